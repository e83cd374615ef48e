"""The verksamhetsplan's own checks: a budget for each of its years, the current year's forecast, a budget in
balance."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import accounting, budget, next_row
from pipeline.compute.plan import plan, plan_years
from pipeline.domain import Inputs, Scope, year_end
from pipeline.problems import Problem, warning
from pipeline.schema import BUDGET


def budget_and_plan_years(inputs: Inputs, scope: Scope) -> list[Problem]:
    years = plan_years(scope.year)
    found = []
    for y in years:
        found += budget.allocation(inputs.budget, y)
        found += budget.budget_year(inputs.budget, y, f"verksamhetsplanen {scope.year} omfattar {years[0]}–"
                                                      f"{years[-1]}")
        found += budget.member_budget(inputs, y)
    return found


def current_year(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The forecast for the current year, and the books at its start (its opening eget kapital)."""
    return budget.forecast(inputs.budget, scope.year - 1, scope.decided, "prognos") + \
        accounting.balance_sheet(inputs.accounting, year_end(scope.year - 2),
                                 f"eget kapital vid ingången av prognosåret {scope.year - 1}")


def budget_in_balance(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Warnings: a deficit not covered by planned use of eget kapital, negative current assets."""
    if budget_and_plan_years(inputs, scope) or current_year(inputs, scope):
        return []  # the figures cannot be computed; the other checks say why
    found = []
    budget_rows = {item.year: item for item in inputs.budget.items}
    for p in plan(inputs, scope).years[1:]:
        if p.result < 0 and p.equity_use < -p.result:
            planned = f"planerad användning av eget kapital är {fmt.kr(p.equity_use)}" if p.equity_use else \
                "ingen användning av eget kapital är planerad"
            places = [a.source.at("Belopp") for a in inputs.budget.equity_uses if a.year == p.year] or \
                [next_row((a.source for a in inputs.budget.equity_uses), BUDGET.filename, "Eget kapital")]
            found.append(warning(places, f"budgeten för {p.year} är inte i balans: underskott {fmt.kr(-p.result)}, "
                                         f"men {planned}."))
        if p.current_assets < 0:
            places = [f.source.at("Belopp") for f in inputs.budget.forecasts if f.year <= p.year] or \
                [budget_rows[p.year].source.at("Belopp")]
            found.append(warning(places, f"omsättningstillgångarna blir negativa {p.year} "
                                         f"({fmt.kr(p.current_assets)})."))
    return found
