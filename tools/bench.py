"""The project's benchmark (make bench): prints a table and writes docs/prestanda.md.

Measures whole `python -m pipeline …` processes (wall time and peak memory from
/usr/bin/time, median of RUNS runs after a warm-up) and, from FINSAM_TIMINGS, the
time of each stage. Data: the shipped example (input_xlsx), N varied copies of it
for the batch, and a förbund 100 times its size for scaling.

Run: python tools/bench.py [--runs 5] [--batch 80]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools" / "examples"))

import sjobygden  # noqa: E402

PY = sys.executable
EXAMPLE = ROOT / "input_xlsx"
STAGES = ("read", "check", "compute", "charts", "present", "render", "write", "pdf")
# What every build imports before it does any work: the floor under a document's wall time.
STARTUP = "import pipeline.cli, pipeline.load, pipeline.documents, pipeline.build, pipeline.render.docx"
CHARTS = "matplotlib.figure, matplotlib.backends.backend_agg"
TARGETS = {
    "document": 0.6, "document_warm": 0.3, "check": 0.3, "batch": 20.0, "memory_mb": 150, "pdf": 0.5,
    "sie": 3.0, "sie_memory_mb": 300,
}


# --- measuring -------------------------------------------------------------------

def measure(args: list[str], env: dict | None = None) -> tuple[float, float, dict]:
    """(wall seconds, peak MB, stage seconds) of one process."""
    with tempfile.TemporaryDirectory() as tmp:
        times, stages = Path(tmp) / "time", Path(tmp) / "stages"
        environment = {**os.environ, "FINSAM_TIMINGS": str(stages), **(env or {})}
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(times), *args], env=environment,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
        wall = time.perf_counter() - start
        peak_kb = float(times.read_text().split()[-1])
        lines = stages.read_text().splitlines() if stages.exists() else []
        return wall, peak_kb / 1024, json.loads(lines[-1]) if lines else {}


def median_of(args: list[str], runs: int, env_for_run=None) -> dict:
    """Median wall, largest peak memory and median stage times over `runs` runs after one warm-up."""
    measure(args, env_for_run(-1) if env_for_run else None)
    results = [measure(args, env_for_run(i) if env_for_run else None) for i in range(runs)]
    stages = {s: statistics.median(r[2].get(s, 0.0) for r in results) for s in STAGES}
    return {"wall": statistics.median(r[0] for r in results), "memory": max(r[1] for r in results),
            "stages": stages}


# --- data --------------------------------------------------------------------------

def varied_copies(root: Path, count: int) -> None:
    for k in range(1, count + 1):
        sjobygden.build(root / f"forbund-{k:03d}", variant=k)


def large_forbund(target: Path, factor: int = 300, insatser: int = 2000, questions: int = 500) -> None:
    """The example 100 times over: ~10 000 accounts, 2 000 insatser, 500 survey questions."""
    import openpyxl

    from pipeline.blank import write_workbook
    from pipeline.compute.allocation import split
    from pipeline.schema import INDIKATORER, INSATSER, SCALE

    sjobygden.build(target)
    shutil.rmtree(target / "sammantraden")  # its decisions name the example's insatser, replaced below
    path = target / "redovisning.xlsx"
    wb = openpyxl.load_workbook(path)
    saldon, kontoplan = wb["Saldon"], wb["Kontoplan"]
    rows = [r for r in saldon.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    saldon.delete_rows(2, saldon.max_row)
    for day, account, name, amount in rows:
        parts = split(Decimal(abs(amount)), [Fraction(1)] * factor)
        for i, part in enumerate(parts):
            if part:
                saldon.append([day, account * factor + i, f"{name} {i + 1}", int(part) if amount > 0 else -int(part)])
    for row in kontoplan.iter_rows(min_row=2):
        if row[0].value is not None:
            last = row[1].value if row[1].value is not None else row[0].value
            row[0].value, row[1].value = row[0].value * factor, last * factor + factor - 1
    wb.save(path)

    grants_by_year = {day.year: Decimal(amount) for day, account, _, amount in rows
                      if account == 4610 and (day.month, day.day) == (12, 31)}
    names = [f"Insats {i:04d}" for i in range(insatser)]
    costs: dict[tuple[str, int], Decimal] = {}
    for year, total in grants_by_year.items():
        active = [n for i, n in enumerate(names) if 2020 + i % 6 <= year <= 2022 + i % 6]
        for name, part in zip(active, split(total, [Fraction(1)] * len(active))):
            costs[(name, year)] = part
    from datetime import date
    write_workbook(target / INSATSER.filename, INSATSER, {
        "Uppgifter": {"Rad i driftsredovisningen": "Bidrag till insatser"},
        "Insatser": [[n, "Sjöby kommun", "Region Mittland", ("individinriktad", "strukturinriktad")[i % 2],
                      date(2020 + i % 6, 1, 1), date(2022 + i % 6, 12, 31), None, "Bakgrund.", "Syfte.", None, None]
                     for i, n in enumerate(names)],
        "Beslut": [[n, date(2019 + i % 6, 11, 20), f"§ {i}", int(sum(a for (m, _), a in costs.items() if m == n))
                    + 50_000, None, None] for i, n in enumerate(names)],
        "Utfall": [[n, y, int(a)] for (n, y), a in costs.items()],
        "Mål": [[n, f"Mål {j} för {n}", ("ja", "delvis", "nej", None)[(i + j) % 4], None]
                for i, n in enumerate(names) for j in (1, 2)],
    })
    ids = [f"F{i}" for i in range(1, questions + 1)]
    write_workbook(target / INDIKATORER.filename, INDIKATORER, {
        "Inställningar": {"Minsta antal svarande per kön": 5},
        "Enkäter": [["E1", 2025, "deltagare i pågående insats", "Alla insatser", 400, 360, 270, 150, 120],
                    ["E2", 2025, "personal i insatser", "Alla insatser", 180, 180, 140, 110, 30]],
        "Frågor": [[q, f"Fråga nummer {q}"] for q in ids],
        "Svar": [[e, q, "samtliga", *[(i * 7 + k * 3 + len(e)) % 23 for k in range(len(SCALE))]]
                 for i, q in enumerate(ids) for e in ("E1", "E2")],
        "SUS": [[2021, 41, 30], [2022, 46, 35], [2023, 52, 37], [2024, 49, 40], [2025, 55, 43]],
    })
    wb = openpyxl.load_workbook(target / "verksamhet.xlsx")
    for g in range(50):
        wb["Mål"].append([2025, "finansierade insatser", f"Mål {g} med enkätunderlag", None, None, None,
                          "delvis uppnått", "Kommentar.", None, ", ".join(ids[g * 10:(g + 1) * 10]), None])
    wb.save(target / "verksamhet.xlsx")


# --- the benchmark -----------------------------------------------------------------

def large_sie(path: Path, orgnr: str, vouchers: int = 100_000) -> int:
    """An SIE 4 export of one year with `vouchers` vouchers of two transactions each, objects on the
    costs, opening and closing balances that agree; returns its number of lines."""
    import random

    rnd = random.Random(2025)
    costs, bank, equity = [4610, 5010, 5410, 6410, 7310], 1930, 2010
    opening = {bank: Decimal("2500000.00"), equity: Decimal("-2500000.00")}
    moved: dict[int, Decimal] = {}
    lines = ["#FLAGGA 0", '#PROGRAM "Bänk" 1', "#FORMAT PC8", "#GEN 20260115", "#SIETYP 4", f"#ORGNR {orgnr}",
             '#FNAMN "Samordningsförbundet Sjöbygden"', "#RAR 0 20250101 20251231", '#DIM 6 "Projekt"']
    lines += [f"#KONTO {a} \"Konto {a}\"" for a in (bank, equity, *costs)]
    lines += [f'#OBJEKT 6 "P{n}" "Insats {n}"' for n in range(1, 10)]
    body = []
    for n in range(1, vouchers + 1):
        account, amount = rnd.choice(costs), Decimal(rnd.randint(100, 5_000_000)) / 100
        day = f"2025{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
        body += [f'#VER A {n} {day} "Utbetalning {n}"', "{", f'   #TRANS {account} {{6 "P{n % 9 + 1}"}} {amount}',
                 f"   #TRANS {bank} {{}} {-amount}", "}"]
        moved[account] = moved.get(account, Decimal(0)) + amount
        moved[bank] = moved.get(bank, Decimal(0)) - amount
    lines += [f"#IB 0 {a} {v}" for a, v in opening.items()]
    lines += [f"#UB 0 {a} {v + moved.get(a, Decimal(0))}" for a, v in opening.items()]
    lines += [f"#RES 0 {a} {moved[a]}" for a in costs]
    path.write_bytes("\r\n".join(lines + body).encode("cp437") + b"\r\n")
    return len(lines) + len(body)


def bench_sie(tmp: Path, runs: int) -> dict:
    """import-sie of a large export into a copy of the example."""
    folder = tmp / "sie-input"
    shutil.copytree(EXAMPLE, folder)
    orgnr = subprocess.run([PY, "-c", "from pipeline.load import load; from pipeline.problems import Problems; "
                            f"print(load(__import__('pathlib').Path({str(EXAMPLE)!r}), Problems()).forbund.orgnr)"],
                           capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
    lines = large_sie(tmp / "export.se", orgnr)
    result = median_of([PY, "-m", "pipeline", "import-sie", str(tmp / "export.se"), "--input", str(folder)], runs)
    return {**result, "lines": lines, "vouchers": 100_000, "bytes": (tmp / "export.se").stat().st_size}


def documents(folder: Path) -> list[tuple[str, str]]:
    listed = subprocess.run([PY, "-m", "pipeline", "list", "--input", str(folder)], capture_output=True, text=True,
                            check=True, cwd=ROOT).stdout.split()
    return [tuple(name.split("-", 1)) for name in listed]  # e.g. ("protokoll", "2026-11-20")


def bench_documents(folder: Path, out: Path, runs: int, cold: bool) -> dict:
    results = {}
    for doc, year in documents(folder):
        args = [PY, "-m", "pipeline", "build", doc, "--input", str(folder), "--output", str(out), "--id", year,
                "--no-layout"]
        env = None
        if cold:  # an empty cache for every run: charts drawn, template compiled
            caches = Path(tempfile.mkdtemp(prefix="finsam-bench-cache-"))
            env = lambda i, c=caches: {"FINSAM_CACHE": str(c / str(i))}  # noqa: E731
        results[f"{doc}-{year}"] = median_of(args, runs, env)
    return results


def bench_pdf(out: Path, runs: int) -> dict:
    """PDF of each built document: through a running LibreOffice, and with a new process each time."""
    from pipeline.render import layout

    if layout.soffice() is None:
        return {}
    built = sorted(out.glob("*.docx"))
    results = {"new process": {}, "running": {}}
    for docx in built:
        results["new process"][docx.stem] = median_of([PY, "-m", "pipeline", "pdf", str(docx)], max(2, runs // 2),
                                                      lambda i: {"FINSAM_NO_SERVER": "1"})
    server = layout.start_server()
    try:
        time.sleep(6)
        for docx in built:
            results["running"][docx.stem] = median_of([PY, "-m", "pipeline", "pdf", str(docx)], runs)
    finally:
        server.terminate()
    return results


def machine() -> dict:
    from importlib.metadata import version

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    office = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("soffice") else "saknas"
    return {
        "Maskin": f"{platform.machine()}, {os.cpu_count()} kärnor, {cpu}, {int(memory) // 1024 // 1024} GiB RAM",
        "Python": platform.python_version(),
        "Bibliotek": ", ".join(f"{p} {version(p)}" for p in ("python-calamine", "openpyxl", "docxtpl", "python-docx",
                                                            "Jinja2", "lxml", "babel", "matplotlib", "pypdf")),
        "LibreOffice": office,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=80)
    options = parser.parse_args()
    report: dict = {"machine": machine(), "runs": options.runs}
    with tempfile.TemporaryDirectory(prefix="finsam-bench-") as tmp:
        tmp = Path(tmp)
        print("Dokument (exemplet input_xlsx) …", flush=True)
        report["warm"] = bench_documents(EXAMPLE, tmp / "out", options.runs, cold=False)
        report["cold"] = bench_documents(EXAMPLE, tmp / "out-cold", options.runs, cold=True)
        report["check"] = median_of([PY, "-m", "pipeline", "check", "--input", str(EXAMPLE)], options.runs)
        report["startup"] = median_of([PY, "-c", STARTUP], options.runs)
        report["startup_charts"] = median_of([PY, "-c", f"{STARTUP}, {CHARTS}"], options.runs)
        print("PDF …", flush=True)
        report["pdf"] = bench_pdf(tmp / "out", options.runs)
        print(f"Batch med {options.batch} förbund …", flush=True)
        varied_copies(tmp / "batch", options.batch)
        args = [PY, "-m", "pipeline", "build-all", "--input-root", str(tmp / "batch"), "--output",
                str(tmp / "batch-out"), "--no-layout"]
        measure(args)  # warm the caches (charts of the varied copies differ, so they are drawn here)
        wall, memory, stages = measure(args)
        report["batch"] = {"forbund": options.batch, "documents": len(list((tmp / "batch-out").rglob("*.docx"))),
                           "cores": os.cpu_count(), "wall": wall, "memory": memory}
        print("SIE-import …", flush=True)
        report["sie"] = bench_sie(tmp, max(1, options.runs // 2))
        print("Skalning (100 gånger exemplet) …", flush=True)
        large_forbund(tmp / "large")
        report["large"] = bench_documents(tmp / "large", tmp / "out-large", max(1, options.runs // 2), cold=False)
        report["large_check"] = median_of([PY, "-m", "pipeline", "check", "--input", str(tmp / "large")],
                                          max(1, options.runs // 2))
    text = markdown(report)
    print(text)
    (ROOT / "docs" / "prestanda.md").write_text(text, encoding="utf-8")
    (ROOT / "docs" / "prestanda.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


# --- the report ----------------------------------------------------------------------

def s(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def verdict(value: float, target: float) -> str:
    return "uppfyllt" if round(value, 2) <= target else f"missat med {s(value - target)}"


def markdown(r: dict) -> str:
    lines = ["# Prestanda", "", "Mätt med `make bench` (tools/bench.py): hela processer `python -m pipeline …`, "
             f"median av {r['runs']} körningar efter en uppvärmning; toppminne från /usr/bin/time. Tider i sekunder.",
             ""]
    lines += [f"- **{k}:** {v}" for k, v in r["machine"].items()]
    lines += ["", "## Ett dokument (exemplet input_xlsx, utan LibreOffice-steget)", "",
              "| Dokument | Oförändrade diagram | Mål | Nya diagram (tom cache) | Mål | Toppminne MB | " +
              " | ".join(STAGES[:-1]) + " |", "|---" * (5 + len(STAGES)) + "|"]
    for name, warm in r["warm"].items():
        cold = r["cold"][name]
        stages = " | ".join(s(warm["stages"][st]) if st != "charts" else s(cold["stages"][st]) for st in STAGES[:-1])
        lines.append(f"| {name} | {s(warm['wall'])} | ≤ 0,3: {verdict(warm['wall'], TARGETS['document_warm'])} | "
                     f"{s(cold['wall'])} | ≤ 0,6: {verdict(cold['wall'], TARGETS['document'])} | "
                     f"{max(warm['memory'], cold['memory']):.0f} | {stages} |")
    lines += ["", "Stegen: read = läsa arbetsböckerna, compute = beräkna, charts = rita diagram (med tom cache), "
              "present = bygga mallens innehåll, render = docxtpl, write = skriva filen. Resten av tiden är "
              "Pythons start och import av biblioteken.", "",
              f"**Start och import** (Python, click, docxtpl, python-docx, lxml, Jinja2 och paketet, utan "
              f"något arbete): {s(r['startup']['wall'])} s – golvet under varje dokuments tid. Med tom cache "
              f"kommer matplotlib till innan första diagrammet ritas: {s(r['startup_charts']['wall'])} s med "
              "bara importerna. Därefter ritas ett diagram bara om när dess data ändrats.", ""]
    check = r["check"]
    lines += [f"**check:** {s(check['wall'])} s (mål ≤ 0,3: {verdict(check['wall'], TARGETS['check'])}), toppminne "
              f"{check['memory']:.0f} MB.", ""]
    if r["pdf"]:
        lines += ["## PDF av ett byggt dokument", "",
                  "| Dokument | LibreOffice körs redan | Mål ≤ 0,5 | Ny LibreOffice-process |", "|---|---|---|---|"]
        for name, running in r["pdf"]["running"].items():
            new = r["pdf"]["new process"][name]
            lines.append(f"| {name} | {s(running['wall'])} | {verdict(running['wall'], TARGETS['pdf'])} | "
                         f"{s(new['wall'])} |")
        lines.append("")
    b = r["batch"]
    lines += ["## Batch", "", f"{b['forbund']} förbund, {b['documents'] // b['forbund']} dokument vart "
              f"({b['documents']} dokument), med `build-all`, "
              f"{b['cores']} kärnor: **{s(b['wall'])} s** (mål ≤ 20: {verdict(b['wall'], TARGETS['batch'])}), "
              f"toppminne {b['memory']:.0f} MB i huvudprocessen.", ""]
    if "sie" in r:
        sie = r["sie"]
        lines += ["## SIE-import", "", f"`import-sie` av en SIE 4-fil med {sie['vouchers']:,} verifikationer ".replace(",", " ")
                  + f"({sie['lines']:,} rader, {sie['bytes'] / 1e6:.0f} MB) in i exemplets redovisning.xlsx, ".replace(",", " ")
                  + f"hela processen: **{s(sie['wall'])} s** (mål ≤ 3: {verdict(sie['wall'], TARGETS['sie'])}), "
                  f"toppminne {sie['memory']:.0f} MB (mål ≤ 300: {verdict(sie['memory'], TARGETS['sie_memory_mb'])}).",
                  ""]
    lines += ["## Skalning: ett förbund 100 gånger exemplet", "",
              "Cirka 10 000 konton, 2 000 insatser och 500 enkätfrågor.", "",
              "| Dokument | Exemplet | 100 × | Kvot | " + " | ".join(f"{st} (100 ×)" for st in STAGES[:-1]) + " |",
              "|---" * (4 + len(STAGES) - 1) + "|"]
    for name, big in r["large"].items():
        small = r["warm"][name]
        stages = " | ".join(s(big["stages"][st]) for st in STAGES[:-1])
        lines.append(f"| {name} | {s(small['wall'])} | {s(big['wall'])} | {s(big['wall'] / small['wall'])} | "
                     f"{stages} |")
    ratios = [big["wall"] / r["warm"][name]["wall"] for name, big in r["large"].items()]
    lines += ["", f"**check** 100 ×: {s(r['large_check']['wall'])} s (exemplet {s(r['check']['wall'])} s).", "",
              f"Med 100 gånger så mycket data tar ett dokument {s(min(ratios))}–{s(max(ratios))} gånger så lång "
              f"tid: {'bättre än linjärt' if max(ratios) <= 100 else 'sämre än linjärt'}. Tiden går främst till "
              + "; ".join(f"{name}: " + ", ".join(f"{st} {s(t)} s" for st, t in sorted(
                  big["stages"].items(), key=lambda x: -x[1])[:2]) for name, big in r["large"].items())
              + " (read = läsa de stora arbetsböckerna, render = skriva de långa tabellerna).", ""]
    memory = max(x["memory"] for group in ("warm", "cold") for x in r[group].values())
    large = max(x["memory"] for x in r["large"].values())
    lines += [f"Största toppminne för ett dokument av exemplet: {memory:.0f} MB (mål ≤ 150: "
              f"{verdict(memory, TARGETS['memory_mb'])}); för förbundet 100 gånger större: {large:.0f} MB.", ""]
    return "\n".join(lines + missed(r))


def missed(r: dict) -> list[str]:
    """Why a target is missed, in the figures measured."""
    notes = []
    warm = {name: x["wall"] for name, x in r["warm"].items()}
    if max(warm.values()) > TARGETS["document_warm"]:
        work = [sum(x["stages"].values()) for x in r["warm"].values()]
        notes.append(f"- **Oförändrade diagram ({s(min(warm.values()))}–{s(max(warm.values()))} s mot 0,3 s):** "
                     f"start och import tar {s(r['startup']['wall'])} s innan något arbete görs; läsa, beräkna, "
                     f"fylla mallen och skriva tar {s(min(work))}–{s(max(work))} s. Importerna är python-docx, "
                     "docxtpl med Jinja2, lxml och click, som varje bygge behöver; resten är paketet.")
    cold = {name: x["wall"] for name, x in r["cold"].items()}
    if max(cold.values()) > TARGETS["document"]:
        notes.append(f"- **Nya diagram ({s(max(cold.values()))} s som mest mot 0,6 s):** bara att starta och "
                     f"importera matplotlib tar {s(r['startup_charts']['wall'])} s. Diagrammen ritas därför bara "
                     "när deras data ändrats (cache per datainnehåll); nästa bygge har tiden i kolumnen "
                     "Oförändrade diagram.")
    if r["pdf"]:
        slow = {name: x["wall"] for name, x in r["pdf"]["running"].items() if x["wall"] > TARGETS["pdf"]}
        if slow:
            notes.append("- **PDF (" + ", ".join(f"{name} {s(t)} s" for name, t in slow.items()) + " mot 0,5 s):** "
                         "tiden är LibreOffices egen sidlayout av det längsta dokumentet, med diagram; vår process "
                         "skickar bara filen till den LibreOffice som redan körs.")
    return ["## Mål som inte nås", "", *notes, ""] if notes else []


if __name__ == "__main__":
    main()
