"""Verksamhetsplan och budget: the budget year and two plan years, with the current year's forecast (seed 001)."""
from __future__ import annotations

from datetime import date

from pipeline.checks import plan as plan_checks
from pipeline.checks.signed import signed_report
from pipeline.compute.plan import plan
from pipeline.documents import Request, scope_of, year_asked, yearly
from pipeline.domain import Inputs, Scope, year_end
from pipeline.enums import DocumentTitle
from pipeline.phrases import phrase
from pipeline.present.plan import context
from pipeline.problems import Problems

TITLE = DocumentTitle.PLAN


def resolve(inputs: Inputs, request: Request, problems: Problems) -> Scope:
    """The plan is for the year after the one the books have reached (a mid-year closing counts)."""
    reached = max((d.year for d in inputs.accounting.balances), default=None)
    year, info = year_asked(inputs, request, TITLE, reached + 1 if reached else None, problems)
    return scope_of(year, year_end(year), info, date(year - 1, 12, 31))


DOCUMENT = yearly(
    "verksamhetsplan", TITLE, resolve, full_title=phrase("Verksamhetsplan, hela titeln"),
    checks=(
        plan_checks.budget_and_plan_years,
        plan_checks.current_year,
        plan_checks.budget_in_balance,
    ) + signed_report(TITLE, of_a_period=False),
    compute=plan,
    context=context,
    required={"budget": "budgeten", "result": "resultatbudgeten", "balance": "balansbudgeten",
              "signatures": "underskrifterna"},
)
