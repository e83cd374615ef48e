"""Kassaflödesanalys by the indirect method, from two balance sheets and the result."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.lines import ZERO, post_amounts, year_end, year_result
from pipeline.domain import BR, RESULT_LINE_KIND, RR, Accounting


@dataclass(frozen=True)
class CashFlow:
    result: Decimal
    depreciation: Decimal
    provisions: Decimal
    before_working_capital: Decimal
    receivables: Decimal  # increase shown negative
    inventory: Decimal
    liabilities: Decimal
    operating: Decimal
    investing: Decimal
    financing: Decimal
    total: Decimal
    cash_start: Decimal
    cash_end: Decimal
    unexplained: Decimal  # change of eget kapital other than the result; must be zero


def _by_class(accounting: Accounting, day) -> dict[str, Decimal]:
    amounts = post_amounts(accounting, BR, day)
    totals: dict[str, Decimal] = {}
    for line in accounting.report_lines(BR):
        if line.kind == RESULT_LINE_KIND:
            totals["eget kapital"] = totals.get("eget kapital", ZERO) + amounts[line.name]
        elif line.is_post and line.cashflow:
            totals[line.cashflow] = totals.get(line.cashflow, ZERO) + amounts[line.name]
    return totals


def cash_flow(accounting: Accounting, year: int) -> CashFlow:
    end, start = _by_class(accounting, year_end(year)), _by_class(accounting, year_end(year - 1))
    change = lambda kind: end.get(kind, ZERO) - start.get(kind, ZERO)  # noqa: E731
    result = year_result(accounting, year_end(year))
    rr = post_amounts(accounting, RR, year_end(year))
    depreciation = -sum(
        (rr[l.name] for l in accounting.report_lines(RR) if l.cashflow == "avskrivningar"), ZERO
    )
    provisions = change("avsättningar")
    before = result + depreciation + provisions
    receivables, inventory, liabilities = -change("fordringar"), -change("förråd"), change("kortfristiga skulder")
    operating = before + receivables + inventory + liabilities
    investing = -(change("anläggningstillgångar") + depreciation)
    financing = change("långfristiga skulder")
    total = operating + investing + financing
    return CashFlow(
        result=result,
        depreciation=depreciation,
        provisions=provisions,
        before_working_capital=before,
        receivables=receivables,
        inventory=inventory,
        liabilities=liabilities,
        operating=operating,
        investing=investing,
        financing=financing,
        total=total,
        cash_start=start.get("likvida medel", ZERO),
        cash_end=end.get("likvida medel", ZERO),
        unexplained=change("eget kapital") - result,
    )
