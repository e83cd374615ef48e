"""Delårsrapport: the period's statements against the period budget, with a full-year forecast (seed 000)."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import accounting, budget, goals, next_row
from pipeline.checks.as_of import known_by_its_day
from pipeline.checks import slips
from pipeline.checks.board import signing_board, terms
from pipeline.compute.interim import forecast_year, interim, periods
from pipeline.documents import PeriodReport, Request, closing_years, scope_of, year_asked, yearly
from pipeline.domain import Inputs, Scope
from pipeline.enums import DocumentTitle
from pipeline.present.interim import context
from pipeline.problems import InputError, Problem, Problems, incomplete, warning
from pipeline.schema import REDOVISNING

TITLE = DocumentTitle.INTERIM_REPORT


def resolve(inputs: Inputs, request: Request, problems: Problems) -> Scope:
    within = closing_years(inputs, year_end_only=False)
    year, info = year_asked(inputs, request, TITLE, within[-1] if within else None, problems)
    found = periods(inputs.accounting, year)
    end = request.period or (found[-1] if found else None)
    if end not in found:
        where = next_row(inputs.accounting.balance_sources.values(), REDOVISNING.filename, "Saldon")
        if request.period is None:
            problems.error(where, f"inga saldon för en period under {year} (t.ex. {year}-06-30) finns; de behövs "
                                  "för delårsrapporten.")
        else:
            listed = ", ".join(fmt.iso_date(d) for d in found) or "inga"
            problems.error(where, f"det finns inga saldon per {fmt.iso_date(end)} (perioder {year}: {listed}).")
        raise InputError(problems)
    return scope_of(year, end, info, end)


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


DOCUMENT = yearly(
    "delarsrapport", TITLE, resolve,
    checks=(
        accounting.balances_balance,
        balance_sheets,
        same_period_before,
        year_budget,
        full_year_forecast,
        forecast_equity,
        goals.goals_followed_up,
        known_by_its_day(TITLE),
        signing_board(TITLE),
        terms,
        slips.decided_twice,
        slips.amounts_in_scale,
        slips.dated_after,
        slips.no_placeholders(TITLE),
    ),
    compute=interim,
    context=context,
    required={"income": "resultaträkningen", "balance": "balansräkningen", "signatures": "underskrifterna"},
    signature="signatures",
    kind=PeriodReport(within_year=True),
)
