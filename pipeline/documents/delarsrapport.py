"""Delårsrapport: the period's statements against the period budget, with a full-year forecast (seed 000)."""
from __future__ import annotations

from pipeline.checks import accounting, goals
from pipeline.checks import interim as interim_checks
from pipeline.checks.signed import signed_report
from pipeline.compute.interim import interim
from pipeline.documents import PeriodReport, Request, closing_years, period_asked, scope_of, year_asked, yearly
from pipeline.domain import Inputs, Scope
from pipeline.enums import DocumentTitle
from pipeline.present.interim import context
from pipeline.problems import Problems

TITLE = DocumentTitle.INTERIM_REPORT


def resolve(inputs: Inputs, request: Request, problems: Problems) -> Scope:
    within = closing_years(inputs, year_end_only=False)
    year, info = year_asked(inputs, request, TITLE, within[-1] if within else None, problems)
    end = period_asked(inputs, request, year, TITLE, problems)
    return scope_of(year, end, info, end)


DOCUMENT = yearly(
    "delarsrapport", TITLE, resolve,
    checks=(
        accounting.balances_balance,
        interim_checks.balance_sheets,
        interim_checks.same_period_before,
        interim_checks.year_budget,
        interim_checks.full_year_forecast,
        interim_checks.forecast_equity,
        goals.goals_followed_up,
    ) + signed_report(TITLE),
    compute=interim,
    context=context,
    required={"income": "resultaträkningen", "balance": "balansräkningen", "signatures": "underskrifterna"},
    signature="signatures",
    kind=PeriodReport(within_year=True),
)
