"""The budget per driftsredovisning line, with member contributions computed from the allocation."""
from __future__ import annotations

from decimal import Decimal

from pipeline.compute.allocation import member_contributions
from pipeline.compute.checks import kr
from pipeline.compute.lines import ZERO
from pipeline.domain import COST_KINDS, Budget, Member, ReportLine
from pipeline.problems import Problems, Where
from pipeline.schema import BUDGET


def contributions(budget: Budget, members: tuple[Member, ...], year: int) -> list[tuple[Member, Decimal]]:
    """Each member's contribution in `year`, or [] when the year has no allocation."""
    allocation = budget.state_allocation.get(year)
    return member_contributions(allocation, members) if allocation is not None else []


def line_posts(lines: tuple[ReportLine, ...], budget: Budget, members: tuple[Member, ...],
               year: int) -> dict[str, Decimal]:
    """Budget per line, signed like the outcome (costs negative).

    The member-contribution line is budgeted from the allocation when there is one,
    so the allocation is typed once (in Tilldelning) and never again.
    """
    kinds = {line.name: line.kind for line in lines}
    posts: dict[str, Decimal] = {}
    for item in budget.items:
        if item.year == year and item.line in kinds:
            sign = -1 if kinds[item.line] in COST_KINDS else 1
            posts[item.line] = posts.get(item.line, ZERO) + sign * item.amount
    parts = contributions(budget, members, year)
    if parts and budget.member_line in kinds:
        posts[budget.member_line] = sum((amount for _, amount in parts), ZERO)
    return posts


def check_member_budget(budget: Budget, members: tuple[Member, ...], year: int, problems: Problems) -> None:
    """Budget items on the member-contribution line must equal what the allocation gives."""
    parts = contributions(budget, members, year)
    typed = [item for item in budget.items if item.year == year and item.line == budget.member_line]
    if parts and typed:
        total = sum((amount for _, amount in parts), ZERO)
        entered = sum((item.amount for item in typed), ZERO)
        if entered != total:
            problems.error(Where(BUDGET.filename, "Budget"),
                           f"budgeten för {budget.member_line.lower()} {year} är {kr(entered)} men tilldelningen "
                           f"ger {kr(total)} (statens {kr(budget.state_allocation[year])} matchat enligt "
                           "andelarna). Ta bort budgetposten – den räknas fram – eller rätta den.")
