"""Key figures: five-year overview, soliditet, eget kapital against 20 % of revenue."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.lines import ZERO, has_balance_sheet, has_results, kind_total, post_amounts, year_result
from pipeline.domain import Accounting, StaffYear, year_end
from pipeline.enums import CashflowClass, LineKind, Report

EQUITY_LIMIT = Decimal("0.20")  # Nationella rådet: eget kapital at most 20 % of the year's revenue


@dataclass(frozen=True)
class YearFigures:
    year: int
    revenue: Decimal  # verksamhetens intäkter
    costs: Decimal  # verksamhetens kostnader, as a positive amount
    result: Decimal
    equity: Decimal | None  # None when no balance sheet was entered for the year
    assets: Decimal | None
    staff: Decimal | None

    @property
    def solidity(self) -> Decimal | None:
        """Soliditet: eget kapital as a share of total assets."""
        if self.equity is None or not self.assets:
            return None
        return self.equity / self.assets

    @property
    def equity_limit(self) -> Decimal:
        return EQUITY_LIMIT * self.revenue

    @property
    def equity_excess(self) -> Decimal:
        """Eget kapital above the 20 % limit (negative: room left under it)."""
        return (self.equity or ZERO) - self.equity_limit

    @property
    def equity_over_limit(self) -> bool:
        return self.equity is not None and self.equity > self.equity_limit


def equity(accounting: Accounting, year: int) -> Decimal:
    """Eget kapital at year end: the eget kapital lines and the year's result."""
    amounts = post_amounts(accounting, Report.BR, year_end(year))
    return sum(
        (amounts[l.name] for l in accounting.report_lines(Report.BR)
         if l.kind == LineKind.RESULT or (l.is_post and l.cashflow == CashflowClass.EQUITY)),
        ZERO,
    )


def year_figures(accounting: Accounting, staff: dict[int, StaffYear], year: int) -> YearFigures:
    day = year_end(year)
    with_balance = has_balance_sheet(accounting, day)
    return YearFigures(
        year=year,
        revenue=kind_total(accounting, Report.RR, day, (LineKind.REVENUE,)),
        costs=-kind_total(accounting, Report.RR, day, (LineKind.COST,)),
        result=year_result(accounting, day),
        equity=equity(accounting, year) if with_balance else None,
        assets=kind_total(accounting, Report.BR, day, (LineKind.ASSET,)) if with_balance else None,
        staff=staff[year].employees if year in staff else None,
    )


def overview(accounting: Accounting, staff: dict[int, StaffYear], year: int, span: int = 5) -> list[YearFigures]:
    """Up to `span` years ending with `year`, newest first, for the years with results."""
    years = [y for y in range(year, year - span, -1) if has_results(accounting, year_end(y))]
    return [year_figures(accounting, staff, y) for y in years]
