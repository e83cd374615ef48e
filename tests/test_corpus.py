"""A corpus of bad input and machine problems, as a new user and a tester meet them: every case ends with a
Swedish message (exit 1 or 2, never the 3 of a bug), no traceback, no input changed and no document written.

The cell cases are generated from the input format (pipeline.schema): for each column of each example sheet,
a value of the wrong kind (or an Excel error value, or nothing where something is required) in its first row.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from conftest import JAMTLAND, run_cli
from pipeline.schema import WORKBOOKS, Kind, TableSheet


@dataclass(frozen=True)
class Case:
    name: str
    workbook: str
    sheet: str
    cell: str
    value: object
    expected: str  # a part of the message
    error_value: bool = False


WRONG = {  # a value of the wrong kind for each kind, and what the message says
    Kind.AMOUNT: ("ca 500", "är inte ett belopp"),
    Kind.INT: ("många", "är inte ett heltal"),
    Kind.YEAR: ("i fjol", "är inte ett årtal"),
    Kind.DATE: ("snart", "är inte ett datum"),
    Kind.SHARE: ("en del", "är inte en andel"),
    Kind.DECIMAL: ("mycket", "är inte ett tal"),
    Kind.CHOICE: ("kanske", "är inte ett giltigt val"),
}


def _cases() -> list[Case]:
    found = []
    for spec in WORKBOOKS:
        path = JAMTLAND / spec.filename
        if not path.exists():
            continue
        book = openpyxl.load_workbook(path, read_only=True)
        for sheet in spec.sheets:
            if not isinstance(sheet, TableSheet) or sheet.name not in book.sheetnames:
                continue
            rows = list(book[sheet.name].iter_rows(min_row=1, max_row=2, values_only=True))
            if len(rows) < 2 or not any(v is not None for v in rows[1]):
                continue
            header = [str(v).strip() if v is not None else "" for v in rows[0]]
            for column in sheet.columns:
                if column.name not in header:
                    continue
                cell = f"{openpyxl.utils.get_column_letter(header.index(column.name) + 1)}2"
                label = f"{spec.filename}:{sheet.name}:{column.name}"
                if column.kind in WRONG:
                    value, said = WRONG[column.kind]
                    found.append(Case(f"{label}:fel slag", spec.filename, sheet.name, cell, value, said))
                    found.append(Case(f"{label}:#REF!", spec.filename, sheet.name, cell, "#REF!",
                                      "Excels felvärde #REFERENS! (#REF!)", error_value=True))
                if column.required:
                    found.append(Case(f"{label}:tom", spec.filename, sheet.name, cell, None, "cellen är tom"))
                if column.positive:
                    found.append(Case(f"{label}:negativ", spec.filename, sheet.name, cell, -1000, "är negativt"))
                if column.kind is Kind.AMOUNT:
                    found.append(Case(f"{label}:för stort", spec.filename, sheet.name, cell, 10 ** 13,
                                      "är för stort"))
        book.close()
    return found


CASES = _cases()


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 100, len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_a_bad_cell_is_named_and_nothing_is_written(case, tmp_path):
    folder = tmp_path / "indata"
    shutil.copytree(JAMTLAND, folder)
    wb = openpyxl.load_workbook(folder / case.workbook)
    cell = wb[case.sheet][case.cell]
    cell.value = case.value
    if case.error_value:
        cell.data_type = "e"
    wb.save(folder / case.workbook)
    before = _digest(folder)
    out = tmp_path / "ut"
    result = run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(out), "--no-layout")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "Internt fel" not in result.output
    assert f"{case.workbook}, blad {case.sheet}, cell {case.cell}" in result.output, result.output
    assert case.expected in result.output, result.output
    assert _digest(folder) == before
    assert not out.exists() or not any(out.glob("*.docx"))


# --- the last input checks, each at its own cell -------------------------------------------------------------

def _copy(tmp_path, source: Path = JAMTLAND) -> Path:
    folder = tmp_path / "indata"
    shutil.copytree(source, folder)
    return folder


def _check(folder: Path) -> str:
    result = run_cli("check", "--input", str(folder))
    assert result.exit_code == 1, result.output
    return result.output


def _set(folder: Path, workbook: str, sheet: str, cell: str, value) -> None:
    wb = openpyxl.load_workbook(folder / workbook)
    wb[sheet][cell] = value
    wb.save(folder / workbook)


def test_an_end_before_its_start(tmp_path):
    folder = _copy(tmp_path)
    _set(folder, "forbundet.xlsx", "Styrelse", "E2", datetime(2001, 1, 1))
    output = _check(folder)
    assert "forbundet.xlsx, blad Styrelse, cell E2: Till (2001-01-01) är före Från (2019-04-01). Rätta datumet." \
        in output
    assert output.count("Fel:") == 1


def test_an_amount_that_cannot_be_right_for_the_forbund(tmp_path):
    folder = _copy(tmp_path)
    _set(folder, "redovisning.xlsx", "Saldon", "D2", 98_765_432_100)
    assert ("redovisning.xlsx, blad Saldon, cell D2: 98 765 432 100 kr är mer än 100 gånger förbundets intäkter "
            "ett år (9 365 200 kr) och kan inte stämma.") in _check(folder)


def test_a_number_too_large_is_said_so(tmp_path):
    folder = _copy(tmp_path)
    _set(folder, "budget.xlsx", "Budget", "D3", 10 ** 13)
    assert ("budget.xlsx, blad Budget, cell D3: Belopp: \"10000000000000\" är för stort för att vara ett belopp i "
            "kronor") in _check(folder)
    _set(folder, "budget.xlsx", "Budget", "D3", 10 ** 300)
    assert "cell D3: Belopp: " in _check(folder) and "är för stort för att stämma" in _check(folder)


def test_one_mistake_one_message(tmp_path):
    from conftest import SJOBYGDEN

    folder = _copy(tmp_path, SJOBYGDEN)
    _set(folder, "indikatorer.xlsx", "Enkäter", "E2", "ja")
    output = _check(folder)
    assert 'indikatorer.xlsx, blad Enkäter, cell E2: Population: "ja" är inte ett heltal.' in output
    assert output.count("Fel:") == 1


def test_a_header_that_is_not_on_row_1(tmp_path):
    folder = _copy(tmp_path)
    wb = openpyxl.load_workbook(folder / "budget.xlsx")
    wb["Budget"].insert_rows(1)
    wb["Budget"]["A1"] = "Budget för förbundet"
    wb.save(folder / "budget.xlsx")
    output = _check(folder)
    assert ("budget.xlsx, blad Budget, rad 1: rubrikraden ska stå på rad 1, men står på rad 2. Ta bort raderna "
            "ovanför den.") in output
    assert output.count("Fel:") == 1


def test_a_meeting_workbook_named_for_another_day(tmp_path):
    from conftest import HARNOSAND

    folder = _copy(tmp_path, HARNOSAND)
    meeting = folder / "sammantraden" / "2023-11-24.xlsx"
    meeting.rename(meeting.with_name("2023-11-25.xlsx"))
    assert ("sammantraden/2023-11-25.xlsx, blad Möte, cell B2: arbetsboken heter 2023-11-25.xlsx men sammanträdets "
            "datum är 2023-11-24. Byt namn på filen till 2023-11-24.xlsx, eller rätta datumet.") in _check(folder)


# --- problems of the machine: exit 1 with the path and what to do -------------------------------------------

def _build(folder: Path, out: Path, *extra: str):
    return run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(out), "--no-layout", *extra)


def test_an_output_path_through_a_file(tmp_path):
    (tmp_path / "fil").write_text("x")
    result = _build(JAMTLAND, tmp_path / "fil" / "ut")
    assert result.exit_code == 1
    if os.name == "nt":  # Windows reports the file in the way, not the folder that cannot be made through it
        assert f'Fel: "{tmp_path / "fil"}" finns redan och är inte en mapp. Välj en annan mapp eller flytta filen.' \
            in result.output
    else:
        assert f'Fel: "{tmp_path / "fil" / "ut"}": en del av sökvägen är en fil, inte en mapp.' in result.output


def test_a_folder_where_the_document_should_go(tmp_path):
    (tmp_path / "ut" / "arsredovisning-2021.docx").mkdir(parents=True)
    result = _build(JAMTLAND, tmp_path / "ut")
    assert result.exit_code == 1
    assert f'"{tmp_path / "ut" / "arsredovisning-2021.docx"}" är en mapp, men här ska en fil skrivas.' in result.output
    assert not list((tmp_path / "ut").glob(".*.tmp"))


@pytest.mark.parametrize("code, said", [(13, "behörighet saknas"), (28, "disken är full"),
                                        (30, "ligger på en skrivskyddad disk")])
def test_a_folder_that_cannot_be_written(tmp_path, monkeypatch, code, said):
    import os

    from pipeline.machinery import files

    def refuse(target, data):
        raise OSError(code, os.strerror(code), str(target))

    monkeypatch.setattr(files, "write_atomically", refuse)
    result = _build(JAMTLAND, tmp_path / "ut")
    assert result.exit_code == 1, result.output
    assert said in result.output and "arsredovisning-2021.docx" in result.output
    assert "Internt fel" not in result.output


def test_an_unreadable_workbook(tmp_path, monkeypatch):
    folder = _copy(tmp_path)
    original = Path.open

    def guarded(self, *args, **kwargs):
        if self.name == "budget.xlsx":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    output = _check(folder)
    assert "budget.xlsx: arbetsboken kan inte läsas:" in output and "behörighet saknas" in output


def test_an_unusable_cache_only_costs_time(tmp_path, monkeypatch):
    (tmp_path / "cache").write_text("not a folder")
    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))
    assert _build(JAMTLAND, tmp_path / "ut").exit_code == 0
    assert (tmp_path / "ut" / "arsredovisning-2021.docx").exists()


def test_what_a_killed_build_left_is_removed_on_the_next(tmp_path, monkeypatch):
    import os
    import tempfile

    from pipeline.machinery import files

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale, fresh = tmp_path / "finsam-tmp-old", tmp_path / "finsam-tmp-new"
    stale.mkdir(), fresh.mkdir()
    os.utime(stale, (0, 0))
    with files.work_folder():
        pass
    assert not stale.exists() and fresh.exists()
    out = tmp_path / "ut"
    out.mkdir()
    left = out / ".arsredovisning-2021.docx.abc123.tmp"
    left.write_bytes(b"half a document")
    os.utime(left, (0, 0))
    assert _build(JAMTLAND, out).exit_code == 0
    assert not left.exists()


def test_a_stale_file_that_cannot_be_removed_leaves_the_others_removed(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    from pipeline.machinery import files

    theirs, ours = tmp_path / ".a.docx.1.tmp", tmp_path / ".a.docx.2.tmp"
    for path in (theirs, ours):
        path.write_bytes(b"")
        os.utime(path, (0, 0))
    unlink = Path.unlink

    def refused(self, missing_ok=False):
        if self == theirs:
            raise PermissionError(13, "Åtkomst nekas", str(self))  # another user's
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refused)
    files.write_atomically(tmp_path / "a.docx", b"klar")
    assert theirs.exists() and not ours.exists() and (tmp_path / "a.docx").read_bytes() == b"klar"


@pytest.mark.parametrize("mode, said", [("fails", "den avslutades med status 1 (Error: source file could not be "
                                                  "loaded)"),
                                        ("killed", "den stoppades av signal 9")])
@pytest.mark.skipif(os.name == "nt", reason="the broken LibreOffice is a shell script (POSIX only)")
def test_libreoffice_failing_is_tried_once_more_then_said(tmp_path, monkeypatch, broken_libreoffice, mode, said):
    monkeypatch.setenv("FAKE_MODE", mode)
    result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "ut"), "--pdf")
    assert result.exit_code == 1, result.output
    assert (f"Fel: LibreOffice ({broken_libreoffice}) kunde inte göra om arsredovisning-2021.docx till PDF, två "
            f"gånger: {said}.") in result.output
    tried = (tmp_path / "log").read_text().split()
    assert len(tried) == 2 and all(t.startswith(str(tmp_path / "tmp" / "finsam-tmp-")) for t in tried)
    assert not list((tmp_path / "tmp").iterdir())  # its temporary files went with the build's own
    assert not (tmp_path / "ut").exists() or not list((tmp_path / "ut").iterdir())


@pytest.mark.skipif(os.name == "nt", reason="the broken LibreOffice is a shell script (POSIX only)")
def test_a_failing_running_libreoffice_is_replaced_by_a_new_one_once(tmp_path, monkeypatch, broken_libreoffice):
    from pipeline.render import layout

    monkeypatch.setattr(layout, "_server_wanted", lambda: True)
    monkeypatch.setattr(layout, "_via_server", lambda *args: 1)  # the running one fails the conversion
    result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "ut"), "--pdf")
    assert result.exit_code == 1 and "den avslutades med status 1" in result.output
    assert len((tmp_path / "log").read_text().split()) == 1


@pytest.mark.skipif(os.name == "nt", reason="the broken LibreOffice is a shell script (POSIX only)")
def test_a_full_disk_under_libreoffice_is_said_with_the_folder(tmp_path, monkeypatch, broken_libreoffice):
    import shutil

    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda path: real(path)._replace(free=5 * 2 ** 20))
    result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "ut"), "--pdf")
    assert result.exit_code == 1, result.output
    assert (f"Fel: LibreOffice kunde inte göra om arsredovisning-2021.docx till PDF: disken med de tillfälliga "
            f"filerna ({tmp_path / 'tmp'}) har bara 5 MB ledigt.") in result.output
    assert "Gör plats, eller ange en annan mapp med TMPDIR, och kör igen." in result.output
    assert not list((tmp_path / "tmp").iterdir())


@pytest.mark.skipif(os.name == "nt", reason="the broken LibreOffice is a shell script (POSIX only)")
def test_no_folder_for_temporary_files(tmp_path, monkeypatch, broken_libreoffice):
    import tempfile

    (tmp_path / "fil").write_text("x")
    monkeypatch.setattr(tempfile, "_candidate_tempdir_list", lambda: [str(tmp_path / "fil" / "tmp")])
    result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "ut"), "--pdf")
    assert result.exit_code == 1, result.output
    assert (f'Fel: "{tmp_path / "tmp"}" kunde inte läsas eller skrivas (ingen mapp för tillfälliga filer går att '
            "skriva i: full eller skrivskyddad; gör plats, eller ange en annan mapp med TMPDIR).") in result.output
    assert "Internt fel" not in result.output


# --- caches heal ---------------------------------------------------------------------------------------------------

DAMAGE = {
    "empty": lambda entry: b"",
    "cut short": lambda entry: entry[: len(entry) // 2],
    "one byte changed": lambda entry: entry[:-1] + bytes([entry[-1] ^ 1]),
    "foreign": lambda entry: b'[["ERROR", "inte skrivet av programmet"]]',  # as an older version kept it
}


@pytest.mark.parametrize("damage", DAMAGE, ids=str)
def test_a_damaged_cache_entry_is_removed_and_made_anew(tmp_path, monkeypatch, damage):
    import docx

    from pipeline.machinery import files

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(files, "_noted", False)  # a command of its own: its own note
    assert _build(JAMTLAND, tmp_path / "first").exit_code == 0
    entries = {path: path.read_bytes() for path in (tmp_path / "cache").rglob("*") if path.is_file()}
    kinds = {path.parent.name for path in entries}
    assert kinds == {"templatecheck", "patched", "jinja", "charts", "xlsx"}, kinds  # layout: below (needs LibreOffice)
    for path, entry in entries.items():
        path.write_bytes(DAMAGE[damage](entry))
    result = _build(JAMTLAND, tmp_path / "again")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if line.startswith("Obs:")]
    assert len(notes) == 1 and "i cachen som inte kunde användas" in notes[0], result.output
    for path, entry in entries.items():
        assert path.read_bytes() == entry, path  # made anew, whole
    first, again = (docx.Document(str(tmp_path / name / "arsredovisning-2021.docx")) for name in ("first", "again"))
    assert [p.text for p in again.paragraphs] == [p.text for p in first.paragraphs]
    pictures = [part.blob for part in again.part.package.parts if part.partname.startswith("/word/media/")]
    assert pictures and all(blob.startswith(b"\x89PNG") for blob in pictures)
    assert files.kept("templatecheck", next(p.name for p in entries if p.parent.name == "templatecheck"))


def test_a_chart_kept_empty_never_enters_a_document(tmp_path, monkeypatch):
    import docx

    from pipeline.machinery import files

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))
    assert _build(JAMTLAND, tmp_path / "first").exit_code == 0
    charts = list((tmp_path / "cache" / "charts").iterdir())
    for chart in charts:
        files.keep("charts", chart.name, b"")  # whole as an entry, but no picture
    assert _build(JAMTLAND, tmp_path / "again").exit_code == 0
    document = docx.Document(str(tmp_path / "again" / "arsredovisning-2021.docx"))
    pictures = [part.blob for part in document.part.package.parts if part.partname.startswith("/word/media/")]
    assert len(pictures) == len(charts) and all(len(blob) > 1000 and blob.startswith(b"\x89PNG") for blob in pictures)


@pytest.mark.parametrize("damage", [*DAMAGE, "whole but of another shape"], ids=str)
def test_a_damaged_layout_is_laid_out_anew(tmp_path, monkeypatch, damage):
    """The layout cache (page numbers from LibreOffice) as render reads it: a damaged entry is laid out anew."""
    import json

    from pipeline.machinery import files

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))
    laid_out = json.dumps({"pages": [["Förvaltningsberättelse", 3]], "stranded": []}).encode()
    load = lambda data: json.loads(data)["pages"]  # noqa: E731
    assert files.cached("layout", "a.json", lambda: laid_out, load) == [["Förvaltningsberättelse", 3]]
    path = tmp_path / "cache" / "layout" / "a.json"
    if damage in DAMAGE:
        path.write_bytes(DAMAGE[damage](path.read_bytes()))
    else:
        files.keep("layout", "a.json", b'{"sidor": []}')
    made = []
    assert files.cached("layout", "a.json", lambda: made.append(1) or laid_out, load) == [["Förvaltningsberättelse", 3]]
    assert made == [1] and files.kept("layout", "a.json") == laid_out


def test_a_cache_entry_is_written_whole_and_synced(tmp_path, monkeypatch):
    import os

    from pipeline.machinery import files

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path))
    synced = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real(fd))
    replaced = []
    monkeypatch.setattr(os, "replace", lambda a, b: replaced.append((Path(a).name, Path(b).name)) or os.rename(a, b))
    files.keep("charts", "x.png", b"\x89PNG data")
    assert synced and replaced and replaced[0][0].startswith(".") and replaced[0][1] == "x.png"
    assert files.kept("charts", "x.png") == b"\x89PNG data" and os.listdir(tmp_path / "charts") == ["x.png"]


# --- Swedish wherever a user looks ----------------------------------------------------------------------------

def test_usage_errors_and_help_in_swedish(monkeypatch):
    result = run_cli("build", "arsredovisning", "--year", "abc")
    assert result.exit_code == 2
    assert "Användning: " in result.output and "Fel: Ogiltigt värde för '--year': 'abc' är inte ett heltal." \
        in result.output
    assert "Usage" not in result.output and "Error" not in result.output
    helped = run_cli("build", "--help").output
    assert "Flaggor:" in helped and "Visa den här hjälpen och avsluta." in helped and "[standard: input_xlsx]" in helped
    assert "Options" not in helped and "--year ÅR" in helped and "--input MAPP" in helped
    assert "Filen '/finns/inte.se' finns inte." in run_cli("import-sie", "/finns/inte.se").output


def test_through_make_the_message_names_the_make_variable(monkeypatch):
    monkeypatch.setenv("FINSAM_MAKE", "1")
    result = run_cli("build", "arsredovisning", "--year", "abc")
    assert result.output.strip() == "Fel: Ogiltigt värde för YEAR: 'abc' är inte ett heltal."


def test_a_document_named_with_a_ring(tmp_path):
    result = run_cli("build", "årsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path), "--no-layout")
    assert result.exit_code == 0 and (tmp_path / "arsredovisning-2021.docx").exists()
