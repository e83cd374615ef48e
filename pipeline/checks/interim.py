"""The delårsrapport's own checks: the balance sheets it compares, the same period a year earlier (RKR R17), the
year's budget and the full-year forecast."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import accounting, budget, next_row
from pipeline.compute.interim import forecast_year
from pipeline.domain import Inputs, Scope
from pipeline.problems import Problem, incomplete, warning
from pipeline.schema import REDOVISNING


def balance_sheets(inputs: Inputs, scope: Scope) -> list[Problem]:
    return accounting.balance_sheet(inputs.accounting, scope.end, f"delårsrapporten per {fmt.iso_date(scope.end)}") \
        + accounting.balance_sheet(inputs.accounting, scope.previous_end, f"jämförelsen med {scope.year - 1}")


def same_period_before(inputs: Inputs, scope: Scope) -> list[Problem]:
    """RKR R17: the resultaträkning compares the period with the same period of the previous year."""
    before = scope.same_period_before
    if before in inputs.accounting.balances:
        return []
    where = next_row(inputs.accounting.balance_sources.values(), REDOVISNING.filename, "Saldon")
    return [incomplete(where, f"saldon per {fmt.iso_date(before)} saknas, så resultaträkningen kan inte jämföras med "
                              f"samma period {scope.year - 1} (RKR R17); kolumnen visar –. Lägg till resultatkontonas "
                              f"saldon per {fmt.iso_date(before)} på bladet Saldon.",
                       f"resultaträkningens jämförelse med samma period {scope.year - 1} (RKR R17)")]


def year_budget(inputs: Inputs, scope: Scope) -> list[Problem]:
    return budget.budget_year(inputs.budget, scope.year, "den behövs för delårsrapporten") \
        + budget.member_budget(inputs, scope.year)


def full_year_forecast(inputs: Inputs, scope: Scope) -> list[Problem]:
    return budget.forecast(inputs.budget, scope.year, scope.decided, "helårsprognos")


def forecast_equity(inputs: Inputs, scope: Scope) -> list[Problem]:
    """A warning when the forecast leaves eget kapital above 20 % of the year's revenue."""
    if full_year_forecast(inputs, scope):
        return []
    year = forecast_year(inputs, scope)
    if year.equity_end <= year.equity_limit:
        return []
    return [warning([f.source.at("Belopp") for f in inputs.budget.forecasts if f.year == scope.year],
                    f"prognosen ger eget kapital {fmt.kr(year.equity_end)} vid årets slut, mer än 20 % av "
                    f"intäkterna ({fmt.kr(year.equity_limit)}).")]
