"""Kassaflödesanalys by the indirect method, from two balance sheets and the result."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.compute.lines import ZERO, post_amounts, year_result
from pipeline.domain import Accounting, year_end
from pipeline.enums import CashflowClass, LineKind, Report


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


def _by_class(accounting: Accounting, day) -> dict[CashflowClass, Decimal]:
    amounts = post_amounts(accounting, Report.BR, day)
    totals: dict[CashflowClass, Decimal] = {}
    for line in accounting.report_lines(Report.BR):
        if line.kind == LineKind.RESULT:
            totals[CashflowClass.EQUITY] = totals.get(CashflowClass.EQUITY, ZERO) + amounts[line.name]
        elif line.is_post and line.cashflow:
            totals[line.cashflow] = totals.get(line.cashflow, ZERO) + amounts[line.name]
    return totals


def equity_change(accounting: Accounting, start: date, end: date) -> Decimal:
    """The change of eget kapital (the result included) from `start` to `end`."""
    return _by_class(accounting, end).get(CashflowClass.EQUITY, ZERO) \
        - _by_class(accounting, start).get(CashflowClass.EQUITY, ZERO)


def unexplained_equity(accounting: Accounting, start: date, end: date) -> Decimal:
    """The change of eget kapital from `start` to `end` other than the result up to `end` (zero when it is
    carried forward: the opening balance is the previous closing balance)."""
    return equity_change(accounting, start, end) - year_result(accounting, end)


def cash_flow(accounting: Accounting, year: int) -> CashFlow:
    end, start = _by_class(accounting, year_end(year)), _by_class(accounting, year_end(year - 1))
    change = lambda kind: end.get(kind, ZERO) - start.get(kind, ZERO)  # noqa: E731
    result = year_result(accounting, year_end(year))
    rr = post_amounts(accounting, Report.RR, year_end(year))
    depreciation = -sum(
        (rr[l.name] for l in accounting.report_lines(Report.RR) if l.cashflow == CashflowClass.DEPRECIATION), ZERO
    )
    provisions = change(CashflowClass.PROVISIONS)
    before = result + depreciation + provisions
    receivables = -change(CashflowClass.RECEIVABLES)
    inventory = -change(CashflowClass.INVENTORY)
    liabilities = change(CashflowClass.SHORT_LIABILITIES)
    operating = before + receivables + inventory + liabilities
    investing = -(change(CashflowClass.FIXED_ASSETS) + depreciation)
    financing = change(CashflowClass.LONG_LIABILITIES)
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
        cash_start=start.get(CashflowClass.CASH, ZERO),
        cash_end=end.get(CashflowClass.CASH, ZERO),
        unexplained=unexplained_equity(accounting, year_end(year - 1), year_end(year)),
    )
