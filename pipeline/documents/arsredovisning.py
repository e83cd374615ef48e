"""Årsredovisning: förvaltningsberättelse, driftsredovisning, the statements and notes of a year (seed 004)."""
from __future__ import annotations

from pipeline.checks import accounting, goals, grants, report_parts
from pipeline.checks import annual_report as annual_report_checks
from pipeline.checks.signed import signed_report
from pipeline.compute.annual_report import annual_report
from pipeline.documents import Request, closing_years, scope_of, year_asked, yearly
from pipeline.domain import Inputs, Scope, year_end
from pipeline.enums import DocumentTitle
from pipeline.present.annual_report import context
from pipeline.problems import Problems

TITLE = DocumentTitle.ANNUAL_REPORT


def resolve(inputs: Inputs, request: Request, problems: Problems) -> Scope:
    closed = closing_years(inputs, year_end_only=True)
    year, info = year_asked(inputs, request, TITLE, closed[-1] if closed else None, problems)
    return scope_of(year, year_end(year), info, year_end(year))


DOCUMENT = yearly(
    "arsredovisning", TITLE, resolve,
    checks=(
        accounting.balances_balance,
        annual_report_checks.balance_sheets,
        annual_report_checks.operating_budget,
        accounting.cash_flows_explained,
        grants.costs_match_books,
        grants.costs_within_decisions,
        goals.goals_have_status,
        accounting.pension_movements_match,
        annual_report_checks.allocation,
        report_parts.required_texts,
        report_parts.staff,
        report_parts.balance_requirement,
        report_parts.equity_within_limit,
        report_parts.meetings_counted,
    ) + signed_report(TITLE),
    compute=annual_report,
    context=context,
    required={"income": "resultaträkningen", "balance": "balansräkningen", "cash_flow": "kassaflödesanalysen",
              "notes": "noterna", "operating": "driftsredovisningen", "signatures": "underskrifterna"},
    signature="signatures",
)
