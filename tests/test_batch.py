"""Building many förbund at once, the stage timings, and `make all -j`."""
from __future__ import annotations

import json
import os
import shutil
import subprocess


from conftest import JAMTLAND, ROOT, SJOBYGDEN, needs_make, run_cli, set_cell
from pipeline.machinery import timing

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
    assert "jamtland-2021/arsredovisning-2021.docx är märkt UTKAST eftersom det saknar: styrelsens samlade " \
           "bedömning" in result.output
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
    timing.write()
    assert set(json.loads(target.read_text())) == {"outer", "inner", "memory_mb", "served", "cpu_s"}


def test_check_reports_its_stages_without_presenting(tmp_path):
    target = tmp_path / "t.jsonl"
    env = {**os.environ, "FINSAM_TIMINGS": str(target)}
    import sys
    subprocess.run([sys.executable, "-m", "pipeline", "check", "--input", str(SJOBYGDEN)], check=True, env=env,
                   cwd=ROOT, capture_output=True)
    stages = json.loads(target.read_text())
    assert set(stages) == {"read", "check", "memory_mb", "served", "cpu_s"} and 20 < stages["memory_mb"] < 500
    assert stages["served"] is False and 0 < stages["cpu_s"] < 60


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

    def run(wall, memory=60.0, cpu=0.0, office_cpu=0.0, **stages):
        return {"wall": wall, "memory": memory, "stages": {s: stages.get(s, 0.0) for s in bench.STAGES}, "cpu": cpu,
                "office_cpu": office_cpu}

    report = {"machine": {"Maskin": "test"}, "runs": 5,
              "default": {"arsredovisning-2025": run(0.72, read=0.03, render=0.1), "protokoll-2026-11-20": run(0.25)},
              "no_layout": {"arsredovisning-2025": run(0.5), "protokoll-2026-11-20": run(0.2)},
              "charts": {"arsredovisning-2025": run(0.9, 110.0), "protokoll-2026-11-20": run(0.25)},
              "first": {"wall": 1.2, "memory": 90.0},
              "floor": {"python": run(0.02), "imports": run(0.4), "served": run(0.1)},
              "check": run(0.15), "pdf_all": {"changed": run(3.0), "unchanged": run(0.3), "documents": 4},
              "batch": {"forbund": 80, "documents": 320, "cores": 2, "wall": 12.0, "memory": 140.0},
              "large": {"arsredovisning-2025": run(7.2, read=1.4, render=2.4)}, "large_check": run(2.0),
              "load": {"before": 1.5, "after": 2.25}, "cold": run(1.0, cpu=0.9, office_cpu=0.3),
              "sizes": {1: run(1.0), 10: run(100.0), 100: run(10000.0)}}
    text = bench.markdown(report)
    assert "- **Last** (1 minuts medelvärde, `uptime`): 1,50 före, 2,25 efter" in text
    assert "| build-all, 80 förbund, --no-layout | 12,00 s | 120,00 × golvet | ≤ 10,00 s | missat med 2,00 |" in text
    assert "| 100 ×: årsredovisning | 7,20 s | 72,00 × golvet | ≤ 4,00 s | missat med 3,20 |" in text
    assert "| 100 ×: check | 2,00 s | 20,00 × golvet | ≤ 1,00 s | missat med 1,00 |" in text
    assert "| 100 ×: read (årsredovisningens steg) | 1,40 s | 14,00 × golvet | ≤ 0,50 s | missat med 0,90 |" in text
    assert "| Tillväxt (exponent, 1 ×, 10 ×, 100 ×) | 2,00 | 1 = linjärt | ≤ 1,00 | missat med 1,00 |" in text
    assert "| Årsredovisning utan något sparat | 1,00 s | 10,00 × golvet | ≤ 1,20 s | uppfyllt |" in text
    assert "| Toppminne, exemplet | 110,00 MB |  | ≤ 150,00 MB | uppfyllt |" in text
    assert "| Toppminne, 100 × | 60,00 MB |  | ≤ 600,00 MB | uppfyllt |" in text
    assert "Årsredovisningen per storlek: 1 × 1,00 s, 10 × 100,00 s, 100 × 10000,00 s." in text
    assert "Årsredovisningen utan något sparat, processortid (user + sys, median): 0,90 s i bygget (klienten, " \
           "kommandot i den varma processen och dess diagram) och 0,30 s i LibreOffice." in text
    assert "- **Batch (12,00 s mot 10,00 s):**" in text
    assert "- **100 × årsredovisning (7,20 s mot 4,00 s):** stegen read 1,40, render 2,40 s." in text
    assert "- **100 × read och check (1,40 s och 2,00 s mot 0,50 s och 1,00 s):**" in text
    assert "- **Årsredovisning utan något sparat" not in text  # met
    assert "| arsredovisning-2025 | 0,72 | missat med 0,12 | 0,90 | uppfyllt | 0,50 | 7,20 | 110 |" in text
    assert "| protokoll-2026-11-20 | 0,25 | uppfyllt | 0,25 | uppfyllt | 0,20 | 2,50 | 60 |" in text
    assert "**Första bygget efter att datorn startat** (ingen varm process och ingen LibreOffice igång, cachen på " \
           "disken kvar): 1,20 s (mål ≤ 3: uppfyllt)." in text
    assert "för exemplets 4 dokument: **3,00 s** efter att ett värde ändrats (mål ≤ 2,5: missat med 0,50)" in text
    assert "80 förbund, 4 dokument vart (320 dokument), med `build-all --no-layout`, 2 kärnor: **12,00 s**" in text
    assert "| arsredovisning-2025 | 0,72 | 7,20 | 10,00 |" in text
    assert "- **Standardvägen (arsredovisning-2025 0,72 s mot 0,6 s):**" in text
    assert "- **make pdf efter en ändring (3,00 s mot 2,5 s):**" in text
    assert "- **Nya diagram" not in text and "- **check" not in text  # met
