"""Checks on the budget: years present, member contributions as the allocation gives them, forecasts."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.compute.budget import contributions, forecast_as_of
from pipeline.compute.lines import ZERO
from pipeline.domain import Budget, Inputs
from pipeline.enums import ForecastPost
from pipeline.problems import Problem, error, warning
from pipeline.schema import BUDGET


def budget_year(budget: Budget, year: int, purpose: str) -> list[Problem]:
    if budget.year_items(year):
        return []
    return [error(next_row((i.source for i in budget.items), BUDGET.filename, "Budget"),
                  f"budget saknas för {year}; {purpose}.")]


def member_budget(inputs: Inputs, year: int) -> list[Problem]:
    """Budget items on the member-contribution line must equal what the allocation gives."""
    budget = inputs.budget
    parts = contributions(budget, inputs.forbund.members, year)
    typed = [item for item in budget.year_items(year) if item.line == budget.member_line and item.period is None]
    if not (parts and typed):
        return []
    total = sum((amount for _, amount in parts), ZERO)
    entered = sum((item.amount for item in typed), ZERO)
    if entered == total:
        return []
    allocation = next(a for a in budget.allocations if a.year == year)
    return [error([item.source.at("Belopp") for item in typed] + [allocation.source.at("Statlig tilldelning")],
                  f"budgeten för {budget.member_line.lower()} {year} är {fmt.kr(entered)} men tilldelningen ger "
                  f"{fmt.kr(total)} (statens {fmt.kr(allocation.amount)} matchat enligt andelarna). Ta bort "
                  "budgetposten – den räknas fram – eller rätta den.")]


def allocation(budget: Budget, year: int, consequence: str | None = None) -> list[Problem]:
    """The state allocation for `year`: an error, or with a `consequence` only a warning."""
    if year in budget.state_allocation:
        return []
    where = next_row((a.source for a in budget.allocations), BUDGET.filename, "Tilldelning")
    if consequence:
        return [warning(where, f"statens tilldelning för {year} saknas; {consequence}.")]
    return [error(where, f"statens tilldelning för {year} saknas.")]


def forecast(budget: Budget, year: int, cutoff, purpose: str) -> list[Problem]:
    """The forecast of the year's result must be given (revenue and costs at least)."""
    given = forecast_as_of(budget, year, cutoff)
    missing = [p for p in (ForecastPost.REVENUE, ForecastPost.COSTS) if p not in given]
    if not missing:
        return []
    return [error(next_row((f.source for f in budget.forecasts), BUDGET.filename, "Prognos"),
                  f"{purpose} för {year} saknas: {', '.join(missing)}.")]
