"""The command-line contract: exit statuses, init, the default year, and the Makefile."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig

import openpyxl

from conftest import JAMTLAND, ROOT, needs_make, run_cli
from pipeline.schema import README_SHEET, WORKBOOKS


def test_wrong_usage_exits_2(tmp_path):
    assert run_cli("build", "arsredovisning", "--year", "tjugo").exit_code == 2
    assert run_cli("build", "okänt-dokument").exit_code == 2
    assert run_cli("build", "arsredovisning", "--input", str(tmp_path / "finns-inte")).exit_code == 2


def test_module_and_console_script_run(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "year", "arsredovisning", "--input", str(JAMTLAND)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout.strip() == "2021"
    script = shutil.which("finsam", path=sysconfig.get_path("scripts"))  # Windows: Scripts\finsam.exe
    year = subprocess.run([script, "year", "arsredovisning", "--input", str(JAMTLAND)], capture_output=True, text=True)
    assert year.returncode == 0 and year.stdout.strip() == "2021"


def test_the_makefiles_commands_are_finsams(tmp_path):
    """`finsam arsredovisning` is `make arsredovisning` (build --if-changed), `finsam pdf` with no document
    is `make pdf` (all --pdf), the options are the make variables."""
    output = tmp_path / "ut"
    first = run_cli("årsredovisning", "--input", str(JAMTLAND), "--output", str(output), "--year", "2021")
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == str(output / "arsredovisning-2021.docx")
    again = run_cli("arsredovisning", "--input", str(JAMTLAND), "--output", str(output), "--year", "2021")
    assert again.stdout.strip() == f"{output / 'arsredovisning-2021.docx'} är redan byggt av de senaste arbetsböckerna."
    assert run_cli("arsredovisning", "--mote", "2021-06-01").exit_code == 2
    assert run_cli("--help").output.index("arsredovisning") < run_cli("--help").output.index("check")


def test_init_writes_ready_to_fill_workbooks_and_never_overwrites(tmp_path):
    folder = tmp_path / "nytt"
    result = run_cli("init", str(folder))
    assert result.exit_code == 0
    for spec in WORKBOOKS:
        wb = openpyxl.load_workbook(folder / spec.filename)
        assert wb.sheetnames == [README_SHEET] + [s.name for s in spec.sheets]
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    validations = [dv for dv in wb["Styrelse"].data_validations.dataValidation]
    assert any("ordförande" in dv.formula1 for dv in validations)
    redovisning = openpyxl.load_workbook(folder / "redovisning.xlsx")
    assert redovisning["Kontoplan"]["A2"].value == 3000  # the shipped BAS mapping
    (folder / "budget.xlsx").write_bytes(b"mine")
    again = run_cli("init", str(folder))
    assert "budget.xlsx finns redan och lämnades orörd" in again.output
    assert (folder / "budget.xlsx").read_bytes() == b"mine"
    check = run_cli("check", "--input", str(folder))
    assert check.exit_code == 1
    assert "forbundet.xlsx, blad Uppgifter, cell B2: cellen är tom" in check.output


def _make(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **env})


@needs_make
def test_make_rebuilds_when_the_content_changed_not_the_file_time(input_copy, tmp_path):
    """Up to date means the same content: touching a workbook changes nothing, editing a cell or
    restoring an older copy with its old time (cp -p) rebuilds."""
    import shutil

    from conftest import set_cell

    folder = tmp_path / "Mina förbund" / "Jämtland län"  # blanks and å, ä, ö in both paths
    shutil.copytree(input_copy(JAMTLAND), folder)
    backup = tmp_path / "backup.xlsx"
    shutil.copy2(folder / "budget.xlsx", backup)
    out = tmp_path / "ut data"
    args = [f"INPUT={folder}", f"OUTPUT={out}"]
    first = _make("arsredovisning", *args)
    assert first.returncode == 0, first.stderr
    target = out / "arsredovisning-2021.docx"
    built = target.read_bytes()
    os.utime(folder / "budget.xlsx")  # saved in Excel without a change
    assert "är redan byggt av de senaste arbetsböckerna" in _make("arsredovisning", *args).stdout
    assert "är redan byggt" in _make("arsredovisning", *args, "YEAR=2021").stdout
    set_cell(folder, "verksamhet.xlsx", "Texter", "E2", "En ny text.")
    edited = _make("arsredovisning", *args)
    assert edited.stdout.strip() == str(target), edited.stdout
    assert target.read_bytes() != built
    set_cell(folder, "budget.xlsx", "Budget", "D3", 6_000_000)
    assert _make("arsredovisning", *args).stdout.strip() == str(target)
    shutil.copy2(backup, folder / "budget.xlsx")  # an older copy, with its older time
    restored = _make("arsredovisning", *args)
    assert restored.stdout.strip() == str(target)
    failed = _make("arsredovisning", "INPUT=/finns/inte", f"OUTPUT={out}")
    assert failed.returncode != 0
    assert "är redan byggt" in _make("arsredovisning", *args).stdout  # the failure changed nothing


@needs_make
def test_make_reports_bad_input_with_status_and_no_document(input_copy, tmp_path):
    from conftest import set_cell

    folder = input_copy(JAMTLAND)
    set_cell(folder, "budget.xlsx", "Budget", "D3", "ca 500")
    out = tmp_path / "out"
    result = _make("arsredovisning", f"INPUT={folder}", f"OUTPUT={out}", "YEAR=2021")
    assert result.returncode != 0
    assert 'budget.xlsx, blad Budget, cell D3: Belopp: "ca 500" är inte ett belopp' in result.stderr
    assert not (out / "arsredovisning-2021.docx").exists()


@needs_make
def test_make_verksamhetsplan_takes_the_year_from_the_dokument_sheet(tmp_path):
    out = tmp_path / "out"
    result = _make("verksamhetsplan", f"INPUT={ROOT / 'examples' / 'harnosand-timra'}", f"OUTPUT={out}")
    assert result.returncode == 0, result.stderr
    assert (out / "verksamhetsplan-2022.docx").exists()


@needs_make
def test_make_shows_our_message_in_make_terms(tmp_path):
    result = _make("arsredovisning", "YEAR=abc", f"OUTPUT={tmp_path}")
    assert result.returncode == 2
    assert result.stderr.startswith("Fel: Ogiltigt värde för YEAR: 'abc' är inte ett heltal.\n")
    assert "Användning" not in result.stderr and "--year" not in result.stderr and "python" not in result.stdout
    missing = _make("arsredovisning", "INPUT=/finns/inte", f"OUTPUT={tmp_path}")
    assert "Fel: Ogiltigt värde för INPUT: Mappen '/finns/inte' finns inte." in missing.stderr
    assert not (tmp_path / ".finsam").exists()  # a failed run records nothing for the next to go by
