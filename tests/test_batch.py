"""Building many förbund at once, the stage timings, and `make all -j`."""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from conftest import JAMTLAND, ROOT, SJOBYGDEN, run_cli, set_cell
from pipeline import timing

HARNOSAND = ROOT / "examples" / "harnosand-timra"


def test_build_all_writes_each_forbund_to_its_own_folder_and_reports_failures(tmp_path):
    root = tmp_path / "root"
    for folder in (JAMTLAND, HARNOSAND, SJOBYGDEN):
        shutil.copytree(folder, root / folder.name)
    set_cell(root / HARNOSAND.name, "budget.xlsx", "Budget", "D2", "ca 500")
    (root / "not-a-forbund").mkdir()
    out = tmp_path / "out"
    result = run_cli("build-all", "--input-root", str(root), "--output", str(out), "--jobs", "2")
    assert result.exit_code == 1
    assert sorted(p.name for p in (out / "input_xlsx").iterdir()) == [
        "arsredovisning-2025.docx", "delarsrapport-2026.docx", "protokoll-2026-11-20.docx",
        "verksamhetsplan-2027.docx"]
    assert [p.name for p in (out / "jamtland-2021").iterdir()] == ["arsredovisning-2021.docx"]
    assert not (out / "harnosand-timra").exists()
    assert 'harnosand-timra:\nFel: budget.xlsx, blad Budget, cell D2: Belopp: "ca 500" är inte ett belopp' \
        in result.output
    assert "5 dokument för 2 av 3 förbund." in result.output
    assert "Fel i: harnosand-timra. Deras dokument skrevs inte." in result.output


def test_build_all_same_bytes_as_single_builds(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(HARNOSAND, root / "a")
    assert run_cli("build-all", "--input-root", str(root), "--output", str(tmp_path / "all")).exit_code == 0
    assert run_cli("build", "delarsrapport", "--input", str(root / "a"), "--output", str(tmp_path / "one")).exit_code == 0
    assert (tmp_path / "all" / "a" / "delarsrapport-2021.docx").read_bytes() == \
        (tmp_path / "one" / "delarsrapport-2021.docx").read_bytes()


def test_build_all_needs_forbund_folders(tmp_path):
    result = run_cli("build-all", "--input-root", str(tmp_path))
    assert result.exit_code == 2
    assert "har inga undermappar med forbundet.xlsx" in result.output


def test_stages_nest_and_exclude_inner_time(tmp_path, monkeypatch):
    monkeypatch.setattr(timing, "_totals", {})
    with timing.stage("outer"):
        with timing.stage("inner"):
            sum(range(100_000))
    assert set(timing._totals) == {"outer", "inner"}
    target = tmp_path / "t.jsonl"
    monkeypatch.setenv("FINSAM_TIMINGS", str(target))
    timing._write()
    assert set(json.loads(target.read_text())) == {"outer", "inner"}


def test_check_reports_its_stages_without_presenting(tmp_path):
    target = tmp_path / "t.jsonl"
    env = {**os.environ, "FINSAM_TIMINGS": str(target)}
    import sys
    subprocess.run([sys.executable, "-m", "pipeline", "check", "--input", str(SJOBYGDEN)], check=True, env=env,
                   cwd=ROOT, capture_output=True)
    stages = json.loads(target.read_text())
    assert set(stages) == {"read", "compute"}


@pytest.mark.skipif(not (ROOT / ".venv" / ".installed").exists(), reason="runs under `make test` (needs .venv)")
def test_make_all_builds_every_listed_document_in_parallel(tmp_path):
    result = subprocess.run(["make", "--no-print-directory", "-j2", "all", f"INPUT={SJOBYGDEN}",
                             f"OUTPUT={tmp_path}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == [
        "arsredovisning-2025.docx", "delarsrapport-2026.docx", "protokoll-2026-11-20.docx",
        "verksamhetsplan-2027.docx"]
