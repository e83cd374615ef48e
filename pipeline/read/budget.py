"""Reader of budget.xlsx: budget items per year and the state allocation."""
from __future__ import annotations

from decimal import Decimal

from pipeline.domain import Budget, BudgetItem
from pipeline.problems import Problems
from pipeline.read.xlsx import Sheets, read_table
from pipeline.schema import BUDGET


def read_budget(book: Sheets, problems: Problems) -> tuple[Budget, dict]:
    """The budget, and where each item's line was written (for later line checks)."""
    items: list[BudgetItem] = []
    line_cells = {}
    seen: dict[tuple[int, str], int] = {}
    for r in read_table(book, BUDGET.sheet("Budget"), problems):
        if None in (r["År"], r["Budgetpost"], r["Rad"], r["Belopp"]):
            continue
        key = (r["År"], r["Budgetpost"])
        if key in seen:
            problems.error(r.where("Budgetpost"), f"budgetposten \"{r['Budgetpost']}\" finns redan för "
                                                  f"{r['År']} (rad {seen[key]}).")
            continue
        seen[key] = r.number
        item = BudgetItem(r["År"], r["Budgetpost"], r["Rad"], r["Belopp"])
        items.append(item)
        line_cells[item] = r.where("Rad")
    allocation: dict[int, Decimal] = {}
    for r in read_table(book, BUDGET.sheet("Tilldelning"), problems):
        if r["År"] in allocation:
            problems.error(r.where("År"), f"året {r['År']} finns redan på en tidigare rad.")
        elif None not in (r["År"], r["Statlig tilldelning"]):
            allocation[r["År"]] = r["Statlig tilldelning"]
    return Budget(tuple(items), allocation), line_cells
