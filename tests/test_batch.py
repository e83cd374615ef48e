"""Building many förbund at once, the stage timings, and `make all -j`."""
from __future__ import annotations

import json
import os
import shutil
import subprocess


from conftest import JAMTLAND, ROOT, SJOBYGDEN, needs_make, run_cli, set_cell
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
    assert set(stages) == {"read", "check"}


@needs_make
def test_make_all_builds_every_listed_document_in_parallel(tmp_path):
    result = subprocess.run(["make", "--no-print-directory", "-j2", "all", f"INPUT={SJOBYGDEN}",
                             f"OUTPUT={tmp_path}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == [
        "arsredovisning-2025.docx", "delarsrapport-2026.docx", "protokoll-2026-11-20.docx",
        "verksamhetsplan-2027.docx"]


def _bench():
    import sys

    sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "tools" / "examples")]
    import bench

    return bench


def test_bench_lists_every_document_of_the_example_with_its_id():
    assert _bench().documents(SJOBYGDEN) == [("arsredovisning", "2025"), ("delarsrapport", "2026"),
                                             ("verksamhetsplan", "2027"), ("protokoll", "2026-11-20")]


def test_bench_report_puts_targets_beside_figures_and_explains_misses():
    bench = _bench()

    def run(wall, **stages):
        return {"wall": wall, "memory": 60.0, "stages": {s: stages.get(s, 0.0) for s in bench.STAGES}}

    report = {"machine": {"Maskin": "test"}, "runs": 5,
              "warm": {"arsredovisning-2025": run(0.42, read=0.03, render=0.1), "protokoll-2026-11-20": run(0.25)},
              "cold": {"arsredovisning-2025": run(1.5, charts=0.8), "protokoll-2026-11-20": run(0.25)},
              "check": run(0.15), "startup": run(0.3), "startup_charts": run(1.0),
              "pdf": {"running": {"arsredovisning-2025": run(0.4)}, "new process": {"arsredovisning-2025": run(1.6)}},
              "batch": {"forbund": 80, "documents": 320, "cores": 2, "wall": 12.0, "memory": 140.0},
              "large": {"arsredovisning-2025": run(4.2, read=1.4, render=2.4)}, "large_check": run(2.0)}
    text = bench.markdown(report)
    assert "| arsredovisning-2025 | 0,42 | ≤ 0,3: missat med 0,12 | 1,50 | ≤ 0,6: missat med 0,90 | 60 |" in text
    assert "| protokoll-2026-11-20 | 0,25 | ≤ 0,3: uppfyllt | 0,25 | ≤ 0,6: uppfyllt |" in text
    assert "| arsredovisning-2025 | 0,40 | uppfyllt | 1,60 |" in text
    assert "80 förbund, 4 dokument vart (320 dokument), med `build-all`, 2 kärnor: **12,00 s** (mål ≤ 20: uppfyllt)" \
        in text
    assert "tar ett dokument 10,00–10,00 gånger så lång tid: bättre än linjärt" in text
    assert "arsredovisning-2025: render 2,40 s, read 1,40 s" in text
    assert "- **Oförändrade diagram (0,25–0,42 s mot 0,3 s):** start och import tar 0,30 s" in text
    assert "- **PDF" not in text  # met
