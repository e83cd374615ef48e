"""The årsredovisning's own checks: the balance sheets it compares, the driftsredovisning's budget, the allocation."""
from __future__ import annotations

from pipeline.checks import accounting, budget
from pipeline.compute.statements import budget_years
from pipeline.domain import Inputs, Scope, year_end
from pipeline.enums import Report
from pipeline.problems import Problem


def balance_sheets(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The year, the comparison year, and the year before it for the comparison year's cash flow."""
    y = scope.year
    return [p for day, purpose in ((year_end(y), f"årsredovisningen {y}"),
                                   (year_end(y - 1), f"jämförelseåret {y - 1}"),
                                   (year_end(y - 2), f"kassaflödesanalysen för {y - 1}"))
            for p in accounting.balance_sheet(inputs.accounting, day, purpose)]


def operating_budget(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The driftsredovisning compares the year with its budget (and the year before with its own, when given)."""
    if not inputs.accounting.report_lines(Report.DR):
        return []
    found = budget.member_budget(inputs, scope.year) + budget.member_budget(inputs, scope.year - 1)
    if scope.year not in budget_years(inputs.budget):
        found += budget.budget_year(inputs.budget, scope.year, "den behövs för driftsredovisningen")
    return found


def allocation(inputs: Inputs, scope: Scope) -> list[Problem]:
    return budget.allocation(inputs.budget, scope.year, "medlemsbidragen per medlem visas inte")
