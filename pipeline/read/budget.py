"""Reader of budget.xlsx: budget items per year and the state allocation."""
from __future__ import annotations

from decimal import Decimal

from pipeline.domain import Budget, BudgetItem, ForecastEntry
from pipeline.problems import Problems
from pipeline.read.xlsx import Sheets, read_fields, read_table
from pipeline.schema import BUDGET


def read_budget(book: Sheets, problems: Problems) -> tuple[Budget, list]:
    """The budget, and each driftsredovisning line it names with where (for cross-checks)."""
    facts = read_fields(book, BUDGET.sheet("Uppgifter"), problems)
    items: list[BudgetItem] = []
    line_refs = []
    seen: dict[tuple[int, str], int] = {}
    for r in read_table(book, BUDGET.sheet("Budget"), problems):
        if None in (r["År"], r["Budgetpost"], r["Rad"], r["Belopp"]):
            continue
        key = (r["År"], r["Budgetpost"], r["Period"])
        if key in seen:
            problems.error(r.where("Budgetpost"), f"budgetposten \"{r['Budgetpost']}\" finns redan för "
                                                  f"{r['År']} (rad {seen[key]}).")
            continue
        if r["Period"] is not None and r["Period"].year != r["År"]:
            problems.error(r.where("Period"), f"perioden {r['Period'].isoformat()} ligger inte i året {r['År']}.")
            continue
        seen[key] = r.number
        item = BudgetItem(r["År"], r["Budgetpost"], r["Rad"], r["Belopp"], r["Period"])
        items.append(item)
        line_refs.append((item.line, r.where("Rad")))
    allocation: dict[int, Decimal] = {}
    for r in read_table(book, BUDGET.sheet("Tilldelning"), problems):
        if r["År"] in allocation:
            problems.error(r.where("År"), f"året {r['År']} finns redan på en tidigare rad.")
        elif None not in (r["År"], r["Statlig tilldelning"]):
            allocation[r["År"]] = r["Statlig tilldelning"]
    forecasts: dict[tuple, ForecastEntry] = {}
    for r in read_table(book, BUDGET.sheet("Prognos"), problems):
        key = (r["År"], r["Post"], r["Lämnad"])
        if key in forecasts:
            problems.error(r.where("Post"), f"{r['Post']} {r['År']} finns redan på en tidigare rad med samma "
                                            "datum i Lämnad.")
        elif None not in (r["År"], r["Post"], r["Belopp"]):
            forecasts[key] = ForecastEntry(r["År"], r["Post"], r["Belopp"], r["Lämnad"])
    equity_use: dict[int, Decimal] = {}
    for r in read_table(book, BUDGET.sheet("Eget kapital"), problems):
        if r["År"] in equity_use:
            problems.error(r.where("År"), f"året {r['År']} finns redan på en tidigare rad.")
        elif None not in (r["År"], r["Belopp"]):
            equity_use[r["År"]] = r["Belopp"]
    member_line = facts["Rad för medlemsbidrag"] or "Medlemsbidrag"
    if "Rad för medlemsbidrag" in facts.cells:
        line_refs.append((member_line, facts.where("Rad för medlemsbidrag")))
    return Budget(tuple(items), allocation, member_line, tuple(forecasts.values()), equity_use), line_refs
