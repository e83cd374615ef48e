"""The budget per driftsredovisning line, with member contributions computed from the allocation."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from pipeline.compute.allocation import member_contributions
from pipeline.compute.lines import ZERO
from pipeline.domain import Budget, Member, ReportLine, members_of


def contributions(budget: Budget, members: tuple[Member, ...], year: int) -> list[tuple[Member, Decimal]]:
    """Each member's contribution in `year` (by the shares that hold in it), or [] when the year has no
    allocation."""
    allocation = budget.state_allocation.get(year)
    return member_contributions(allocation, members_of(members, year)) if allocation is not None else []


def year_share(period_end: date) -> Fraction:
    """How much of the year 1 January–`period_end` is: whole months when it ends a month."""
    if (period_end + timedelta(days=1)).day == 1:
        return Fraction(period_end.month, 12)
    days = (date(period_end.year, 12, 31) - date(period_end.year, 1, 1)).days + 1
    return Fraction(period_end.timetuple().tm_yday, days)


def line_posts(lines: tuple[ReportLine, ...], budget: Budget, members: tuple[Member, ...],
               year: int, period_end: date | None = None) -> dict[str, Decimal]:
    """Budget per line, signed like the outcome (costs negative).

    The member-contribution line is budgeted from the allocation when there is one,
    so the allocation is typed once (in Tilldelning) and never again. With
    `period_end`, the budget for 1 January up to that day: the line's items for that
    period where the workbook gives them, otherwise the year's budget pro rata.
    """
    kinds = {line.name: line.kind for line in lines}
    annual: dict[str, Decimal] = {}
    periodic: dict[str, Decimal] = {}
    for item in budget.items:
        if item.year == year and item.line in kinds:
            sign = -1 if kinds[item.line].is_cost else 1
            target = annual if item.period is None else periodic if item.period == period_end else None
            if target is not None:
                target[item.line] = target.get(item.line, ZERO) + sign * item.amount
    parts = contributions(budget, members, year)
    if parts and budget.member_line in kinds:
        annual[budget.member_line] = sum((amount for _, amount in parts), ZERO)
    if period_end is None:
        return annual
    share = year_share(period_end)
    return {**{line: prorated(amount, share) for line, amount in annual.items()}, **periodic}


def prorated(amount: Decimal, share: Fraction) -> Decimal:
    """`share` of a year's `amount`, to the öre."""
    return (amount * share.numerator / share.denominator).quantize(Decimal("0.01"))


def member_posts(budget: Budget, members: tuple[Member, ...], year: int, period_end: date) -> dict[str, Decimal]:
    """Each member's budgeted contribution for 1 January–`period_end`: the year's contribution in proportion to
    the time, as the member line's budget is (each made of the member's atom, so that a note's parts and sum
    are rounded together)."""
    share = year_share(period_end)
    return {m.name: prorated(amount, share) for m, amount in contributions(budget, members, year)}


def forecast_as_of(budget: Budget, year: int, cutoff: date | None) -> dict[str, Decimal]:
    """The forecast for `year`: for each post, the latest made on or before `cutoff`."""
    chosen: dict[str, tuple[date, Decimal]] = {}
    for f in budget.forecasts:
        made = f.made or date.min
        if f.year == year and (cutoff is None or made <= cutoff):
            if f.post not in chosen or made >= chosen[f.post][0]:
                chosen[f.post] = (made, f.amount)
    return {post: amount for post, (_, amount) in chosen.items()}
