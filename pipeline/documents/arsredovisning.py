"""Årsredovisning: förvaltningsberättelse, driftsredovisning, the statements and notes of a year (seed 004)."""
from __future__ import annotations

from pipeline.checks import accounting, budget, goals, grants, report_parts
from pipeline.checks.as_of import known_by_its_day
from pipeline.checks import slips
from pipeline.checks.board import signing_board, terms
from pipeline.compute.annual_report import annual_report
from pipeline.compute.statements import budget_years
from pipeline.documents import Request, closing_years, scope_of, year_asked, yearly
from pipeline.domain import Inputs, Scope, year_end
from pipeline.enums import DocumentTitle, Report
from pipeline.present.annual_report import context
from pipeline.problems import Problem, Problems

TITLE = DocumentTitle.ANNUAL_REPORT


def resolve(inputs: Inputs, request: Request, problems: Problems) -> Scope:
    closed = closing_years(inputs, year_end_only=True)
    year, info = year_asked(inputs, request, TITLE, closed[-1] if closed else None, problems)
    return scope_of(year, year_end(year), info, year_end(year))


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


DOCUMENT = yearly(
    "arsredovisning", TITLE, resolve,
    checks=(
        accounting.balances_balance,
        balance_sheets,
        operating_budget,
        accounting.cash_flows_explained,
        grants.costs_match_books,
        grants.costs_within_decisions,
        goals.goals_have_status,
        accounting.pension_movements_match,
        allocation,
        report_parts.required_texts,
        report_parts.staff,
        report_parts.balance_requirement,
        report_parts.equity_within_limit,
        report_parts.meetings_counted,
        known_by_its_day(TITLE),
        signing_board(TITLE),
        terms,
        slips.decided_twice,
        slips.amounts_in_scale,
        slips.dated_after,
        slips.no_placeholders(TITLE),
    ),
    compute=annual_report,
    context=context,
    required={"income": "resultaträkningen", "balance": "balansräkningen", "cash_flow": "kassaflödesanalysen",
              "notes": "noterna", "operating": "driftsredovisningen", "signatures": "underskrifterna"},
    signature="signatures",
)
