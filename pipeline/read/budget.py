"""Reader of budget.xlsx: budget items per year, the state allocation, forecasts, use of eget kapital."""
from __future__ import annotations

from pipeline import fmt
from pipeline.domain import Budget, BudgetItem, ForecastEntry, YearAmount
from pipeline.problems import Problems, Where
from pipeline.read.xlsx import Row, Sheets, read_fields, read_table
from pipeline.schema import BUDGET


def read_budget(book: Sheets, problems: Problems) -> tuple[Budget, list[tuple[str, Where]]]:
    """The budget, and each driftsredovisning line it names with where (for cross-checks)."""
    facts = read_fields(book, BUDGET.sheet("Uppgifter"), problems)
    items: list[BudgetItem] = []
    line_refs = []
    seen: dict[tuple, int] = {}
    for r in read_table(book, BUDGET.sheet("Budget"), problems):
        if None in (r["År"], r["Budgetpost"], r["Rad"], r["Belopp"]):
            continue
        key = (r["År"], r["Budgetpost"], r["Period"])
        if key in seen:
            problems.error(r.where("Budgetpost"), f"budgetposten \"{r['Budgetpost']}\" finns redan för "
                                                  f"{r['År']} (rad {seen[key]}).")
            continue
        if r["Period"] is not None and r["Period"].year != r["År"]:
            problems.error(r.where("Period"), f"perioden {fmt.iso_date(r['Period'])} ligger inte i året {r['År']}.")
            continue
        seen[key] = r.number
        item = BudgetItem(r["År"], r["Budgetpost"], r["Rad"], r["Belopp"], r["Period"], r.source)
        items.append(item)
        line_refs.append((item.line, r.where("Rad")))
    forecasts: dict[tuple, ForecastEntry] = {}
    for r in read_table(book, BUDGET.sheet("Prognos"), problems):
        key = (r["År"], r["Post"], r["Lämnad"])
        if key in forecasts:
            problems.error(r.where("Post"), f"{r['Post']} {r['År']} finns redan på en tidigare rad med samma "
                                            "datum i Lämnad.")
        elif None not in (r["År"], r["Post"], r["Belopp"]):
            forecasts[key] = ForecastEntry(r["År"], r["Post"], r["Belopp"], r["Lämnad"], r.source)
    member_line = facts["Rad för medlemsbidrag"] or "Medlemsbidrag"
    if facts["Rad för medlemsbidrag"]:
        line_refs.append((member_line, facts.where("Rad för medlemsbidrag")))
    budget = Budget(tuple(items), _per_year(read_table(book, BUDGET.sheet("Tilldelning"), problems),
                                            "Statlig tilldelning", problems),
                    member_line, tuple(forecasts.values()),
                    _per_year(read_table(book, BUDGET.sheet("Eget kapital"), problems), "Belopp", problems),
                    facts.source)
    return budget, line_refs


def _per_year(rows: list[Row], column: str, problems: Problems) -> tuple[YearAmount, ...]:
    """One amount per year; a year given twice is an error at its second row."""
    found: dict[int, YearAmount] = {}
    for r in rows:
        if r["År"] in found:
            problems.error(r.where("År"), f"året {r['År']} finns redan på en tidigare rad.")
        elif None not in (r["År"], r[column]):
            found[r["År"]] = YearAmount(r["År"], r[column], r.source)
    return tuple(found.values())
