"""Reading a built document as an auditor does: every printed sum against its printed parts, and every
figure printed in two places against itself. Used by test_footing.py."""
from __future__ import annotations

import re

import docx

from conftest import plain
from pipeline.enums import CashflowClass, LineKind, Report

RESULT_LABELS = ("Periodens/årets resultat", "Periodens resultat")


def number(text: str) -> int | None:
    """'1 234' -> 1234, '-5' -> -5; a dash or nothing -> None."""
    text = plain(text).replace(" ", "").replace("\u00a0", "")
    return int(text) if re.fullmatch(r"-?\d+", text) else None


def tables(document) -> list[tuple[str, list[list[str]], list[list[bool]]]]:
    """Each table with the last heading or caption-less paragraph before it, its cell texts and, per cell,
    whether its text is italic (a row that is part of a sub-total)."""
    found, heading = [], ""
    for child in document.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            if paragraph.style.name.startswith("Heading") and paragraph.text.strip():
                heading = paragraph.text
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            cells = [[plain(c.text) for c in row.cells] for row in table.rows]
            italic = [[any(r.italic for p in c.paragraphs for r in p.runs) for c in row.cells] for row in table.rows]
            found.append((heading, cells, italic))
    return found


def amount_columns(header: list[str]) -> list[int]:
    return [i for i, h in enumerate(header) if i > 0 and h != "Not"]


def line_name(label: str) -> str:
    """The report line a printed label stands for (the delårsrapport renames the year's result)."""
    if label in RESULT_LABELS:
        return "Årets resultat"
    return label.replace("nettointäkter", "nettokostnader").replace("nettointäkt", "nettokostnad")


def statement_problems(cells: list[list[str]], lines) -> list[str]:
    """Each sum line of a statement against its printed children (a line not printed counts as zero)."""
    header, rows = cells[0], cells[1:]
    columns = amount_columns(header)
    printed = {line_name(r[0]): r for r in rows}
    children: dict[str, list[str]] = {}
    for line in lines:
        if line.parent:
            children.setdefault(line.parent, []).append(line.name)
    problems = []
    for name, parts in children.items():
        if name not in printed:
            continue
        for i in columns:
            total = number(printed[name][i])
            values = [number(printed[p][i]) for p in parts if p in printed]
            if total is None and not any(v is not None for v in values):
                continue
            if (total or 0) != sum(v or 0 for v in values):
                problems.append(f"{name} ({header[i]}): {total} ≠ {' + '.join(str(v) for v in values)}")
    return problems


def deviation_problems(cells: list[list[str]]) -> list[str]:
    """Avvikelse = utfall − budget, in every row and year."""
    header, problems = cells[0], []
    for i, h in enumerate(header):
        if h.startswith("Avvikelse"):
            for r in cells[1:]:
                values = [number(r[i - 2]), number(r[i - 1]), number(r[i])]
                if None not in values and values[2] != values[0] - values[1]:
                    problems.append(f"{r[0]} ({h}): {values[2]} ≠ {values[0]} − {values[1]}")
    return problems


def note_problems(cells: list[list[str]], italic: list[list[bool]]) -> list[str]:
    """The Summa row against the rows above it (sub-totals once: their italic parts against them)."""
    header, rows = cells[0], cells[1:]
    flags = [row[0] for row in italic[1:]]
    problems = []
    for i in amount_columns(header):
        if rows[-1][0] == "Utgående avsättning för pensioner":
            values = [number(r[i]) or 0 for r in rows[:-1]]
            if number(rows[-1][i]) != sum(values):
                problems.append(f"{header[i]}: utgående {rows[-1][i]} ≠ ingående och årets poster {values}")
            continue
        if rows[-1][0] != "Summa":
            continue
        plain_rows = [number(r[i]) or 0 for r, part in zip(rows[:-1], flags[:-1]) if not part]
        if number(rows[-1][i]) != sum(plain_rows):
            problems.append(f"Summa ({header[i]}): {rows[-1][i]} ≠ {plain_rows}")
        for k, (r, part) in enumerate(zip(rows[:-1], flags[:-1])):
            following = []
            for r2, part2 in zip(rows[k + 1:-1], flags[k + 1:-1]):
                if not part2:
                    break
                following.append(number(r2[i]) or 0)
            if not part and following and number(r[i]) != sum(following):
                problems.append(f"{r[0]} ({header[i]}): {r[i]} ≠ {following}")
    return problems


def labelled(cells: list[list[str]]) -> dict[str, list[int | None]]:
    return {r[0]: [number(c) for c in r[1:]] for r in cells[1:]}


def cash_flow_problems(cells: list[list[str]]) -> list[str]:
    rows, problems = labelled(cells), []
    get = lambda label, i: (rows.get(label) or [0] * 9)[i] or 0  # noqa: E731
    for i in range(len(cells[0]) - 1):
        before = get("Årets resultat", i) + get("Justering för av- och nedskrivningar", i) \
            + get("Justering för gjorda avsättningar", i)
        operating = get("Medel från verksamheten före förändring av rörelsekapital", i) + sum(
            get(label, i) for label in rows if label.startswith(("Ökning (−)/minskning (+)", "Ökning (+)/minskning (−)",
                                                                 "Ökning (-)/minskning (+)", "Ökning (+)/minskning (-)")))
        total = get("Kassaflöde från den löpande verksamheten", i) + get("Kassaflöde från investeringsverksamheten", i) \
            + get("Kassaflöde från finansieringsverksamheten", i)
        for label, expected in (("Medel från verksamheten före förändring av rörelsekapital", before),
                                ("Kassaflöde från den löpande verksamheten", operating),
                                ("Årets kassaflöde", total),
                                ("Likvida medel vid årets slut",
                                 get("Likvida medel vid årets början", i) + get("Årets kassaflöde", i))):
            if get(label, i) != expected:
                problems.append(f"{label} ({cells[0][i + 1]}): {get(label, i)} ≠ {expected}")
    return problems


def sum_row_problems(cells: list[list[str]], total_label: str) -> list[str]:
    """A table whose last row (or `total_label`) is the sum of the rows above it."""
    header, rows = cells[0], cells[1:]
    totals = [r for r in rows if r[0] == total_label]
    if not totals:
        return []
    index = rows.index(totals[0])
    problems = []
    for i in amount_columns(header):
        if "%" in "".join(r[i] for r in rows):
            continue
        parts = [number(r[i]) or 0 for r in rows[:index]]
        if number(totals[0][i]) != sum(parts):
            problems.append(f"{total_label} ({header[i]}): {totals[0][i]} ≠ {parts}")
    return problems


def formula_problems(cells: list[list[str]], formulas: dict[str, list[tuple[int, str]]]) -> list[str]:
    """Rows that are signed sums of other rows, by label: {total: [(sign, part), ...]}."""
    rows, problems = labelled(cells), []
    for total, parts in formulas.items():
        if total not in rows or not all(p in rows for _, p in parts):
            continue
        for i, value in enumerate(rows[total]):
            expected = sum(sign * (rows[p][i] or 0) for sign, p in parts)
            if value is not None and value != expected:
                problems.append(f"{total} ({cells[0][i + 1]}): {value} ≠ {expected}")
    return problems


def forecast_problems(cells: list[list[str]]) -> list[str]:
    """The delårsrapport's forecast: the result is the sum of the lines above it; avvikelse = prognos − budget."""
    problems = formula_problems(cells, {"Årets resultat": [(1, label) for label in (
        "Verksamhetens intäkter", "Verksamhetens kostnader", "Finansiella intäkter", "Finansiella kostnader")]})
    for r in cells[1:]:
        budget, forecast, deviation = (number(c) for c in r[1:4])
        if None not in (budget, forecast, deviation) and deviation != forecast - budget:
            problems.append(f"{r[0]}: avvikelse {deviation} ≠ {forecast} − {budget}")
    return problems


def plan_problems(document) -> list[str]:
    """The verksamhetsplan's budget, result budget, balance budget and eget kapital against its parts."""
    problems = []
    for heading, cells, _ in tables(document):
        rows = [r[0] for r in cells[1:]]
        if heading == "Intäkter":
            found = sum_row_problems(cells, "Summa intäkter")
        elif heading == "Kostnader":
            found = sum_row_problems(cells, "Summa kostnader")
        elif heading == "Resultatbudget":
            found = formula_problems(cells, {
                "Verksamhetens nettokostnader": [(1, "Verksamhetens intäkter"), (1, "Verksamhetens kostnader")],
                "Årets resultat": [(1, "Verksamhetens nettokostnader"), (1, "Finansiella intäkter"),
                                   (1, "Finansiella kostnader")]})
        elif heading == "Balansbudget":
            found = formula_problems(cells, {
                "Summa tillgångar": [(1, r) for r in rows[1:rows.index("Summa tillgångar")] if r != "Tillgångar"],
                "Summa eget kapital": [(1, "Eget kapital vid årets början"), (1, "Årets resultat")],
                "Summa eget kapital, avsättningar och skulder": [(1, "Summa eget kapital"), (1, "Avsättningar"),
                                                                 (1, "Summa skulder")]})
            found += formula_problems(cells, {"Summa tillgångar": [(1, "Summa eget kapital, avsättningar och "
                                                                      "skulder")]})
        elif heading.startswith("Eget kapital och Nationella"):
            found = formula_problems(cells, {"Eget kapital över (+) eller under (-) rekommendationen": [
                (1, "Eget kapital vid årets slut"), (-1, "20 % av verksamhetens intäkter")]})
        else:
            continue
        problems += [f"{heading}: {p}" for p in found]
    return problems


def report_problems(document, accounting) -> list[str]:
    """Every table of a built report that has a known structure, as an auditor adds it up."""
    problems = []
    for heading, cells, italic in tables(document):
        if len(cells) < 2:
            continue
        if heading in ("Resultaträkning", "Balansräkning", "Driftsredovisning"):
            report = {"Resultaträkning": Report.RR, "Balansräkning": Report.BR, "Driftsredovisning": Report.DR}[heading]
            found = statement_problems(cells, accounting.report_lines(report)) + deviation_problems(cells)
        elif heading.startswith("Not "):
            found = note_problems(cells, italic)
        elif heading == "Kassaflödesanalys":
            found = cash_flow_problems(cells)
        elif heading == "Finansiering och medlemsbidrag":
            found = sum_row_problems(cells, "Summa")
        elif heading == "Helårsprognos":
            found = forecast_problems(cells)
        else:
            continue
        problems += [f"{heading}: {p}" for p in found]
    return problems


def same_figure_problems(document, accounting, year: int) -> list[str]:
    """Figures printed in two places (a year's result, a note's total and its line, cash, eget kapital)
    read the same everywhere."""
    found = {heading: cells for heading, cells, _ in tables(document)}
    problems = []

    def column(heading: str, label: str, index: int = 0) -> int | None:
        cells = found.get(heading)
        if not cells:
            return None
        row = next((r for r in cells[1:] if line_name(r[0]) == label), None)
        if row is None:
            return None
        return [number(c) for c, h in zip(row[1:], cells[0][1:]) if h != "Not"][index]

    def same(what: str, *values) -> None:
        shown = [v for v in values if v is not None]
        if len(set(shown)) > 1:
            problems.append(f"{what}: {values}")

    rr_root = next((l.name for l in accounting.report_lines(Report.RR) if l.kind == LineKind.SUM and not l.parent),
                   None)
    dr_root = next((l.name for l in accounting.report_lines(Report.DR) if l.kind == LineKind.SUM and not l.parent),
                   None)
    br_result = next((l.name for l in accounting.report_lines(Report.BR) if l.kind == LineKind.RESULT), None)
    same("årets resultat", column("Resultaträkning", rr_root), column("Balansräkning", br_result),
         column("Kassaflödesanalys", "Årets resultat"), column("Driftsredovisning", dr_root),
         column("Översikt över verksamhetens utveckling", "Årets resultat"))
    equity = next((l.name for l in accounting.report_lines(Report.BR) if l.kind == LineKind.SUM
                   and any(c.parent == l.name and c.kind == LineKind.RESULT for c in accounting.lines)), None)
    same("eget kapital", column("Balansräkning", equity), column("Översikt över verksamhetens utveckling",
                                                                "Eget kapital"))
    cash = [l.name for l in accounting.report_lines(Report.BR) if l.cashflow == CashflowClass.CASH]
    if len(cash) == 1 and "Kassaflödesanalys" in found:
        same("likvida medel vid årets slut", column("Balansräkning", cash[0]),
             column("Kassaflödesanalys", "Likvida medel vid årets slut"))
        same("likvida medel vid årets början", column("Balansräkning", cash[0], 1),
             column("Kassaflödesanalys", "Likvida medel vid årets början"))
    for heading, cells in found.items():
        match = re.match(r"Not (\d+) ", heading)
        if not match or cells[-1][0] not in ("Summa", "Utgående avsättning för pensioner"):
            continue
        if cells[0][0] != found.get("Resultaträkning", [[""]])[0][0]:
            continue  # a note in kr beside statements in tkr: another unit
        number_ = int(match.group(1))
        for report, title in ((Report.RR, "Resultaträkning"), (Report.BR, "Balansräkning")):
            lines = [l.name for l in accounting.report_lines(report) if l.note == number_ and l.kind != LineKind.SUM]
            values = [column(title, name) for name in lines]
            if values and None not in values:
                same(f"not {number_} och {title.lower()}", abs(sum(values)), abs(number(cells[-1][1]) or 0))
    return problems
