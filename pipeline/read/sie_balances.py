"""Balances and costs from an SIE file, in the Saldon sheet's convention: per closing date, the balance
accounts' balances and the result accounts' amounts for the year up to that date, debit positive, eget
kapital before the year's result is moved to it, so that the balances of a date sum to zero."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from pipeline.domain import SieFile

ZERO = Decimal(0)


def is_result_account(account: int) -> bool:
    """BAS: classes 3–8 are result accounts, 1–2 balance accounts."""
    return 3000 <= account <= 8999


@dataclass(frozen=True)
class Closing:
    """The balances of one date and where they came from."""

    day: date
    balances: dict[int, Decimal]
    source: str  # "#UB och #RES", "#IB", "#PSALDO", "#TRANS"
    result_moved: int | None = None  # the eget kapital account the year's result was taken back from


def year_of(sie: SieFile, day: date) -> int | None:
    return next((n for n, (start, end) in sie.years.items() if start <= day <= end), None)


def transactions_to(sie: SieFile, start: date, day: date) -> dict[int, Decimal]:
    """Each account's transactions from `start` up to and including `day`."""
    found: dict[int, Decimal] = {}
    for (account, when), amount in sie.daily.items():
        if start <= when <= day:
            found[account] = found.get(account, ZERO) + amount
    return found


def is_closing_account(account: int) -> bool:
    """BAS 8990–8999 (Resultat, Årets resultat): where the closing entry moves the year's result to eget
    kapital; not part of the result the reports compute."""
    return 8990 <= account <= 8999


def year_end_balances(sie: SieFile, year: int) -> Closing | None:
    """The closing date of financial year `year` (0, −1 …): the balance accounts' #UB and the result
    accounts' #RES. When the books were closed (the year's result booked to eget kapital, through 8999 or
    directly), the result is taken back out of eget kapital: from the 20xx account that moved by exactly the
    result, else from 2099 (BAS: Årets resultat). The Saldon sheet holds eget kapital before the result."""
    start, end = sie.years[year]
    balances = {a: v for (y, a), v in sie.closing.items() if y == year and not is_result_account(a)}
    results = {a: v for (y, a), v in sie.results.items() if y == year and not is_closing_account(a)}
    if not balances and not results:
        return None
    result = sum(results.values(), ZERO)
    booked = sum(balances.values(), ZERO) + result  # what eget kapital already holds of the result
    moved = None
    if booked != 0 and sum(balances.values(), ZERO) == 0 and result:
        opening = {a: v for (y, a), v in sie.opening.items() if y == year}
        equity = sorted(a for a in balances if 2000 <= a < 2100)
        moved = next((a for a in equity if balances[a] - opening.get(a, ZERO) == result),
                     2099 if 2099 in balances else None)
        if moved is not None:
            balances[moved] -= result
    return Closing(end, {a: v for a, v in {**balances, **results}.items() if v}, "#UB och #RES", moved)


def opening_balances(sie: SieFile, year: int) -> Closing | None:
    """The day before financial year `year` began, from its #IB (balance accounts, after that year's
    closing entries), when the file has no closing balances for it."""
    start, _ = sie.years[year]
    balances = {a: v for (y, a), v in sie.opening.items() if y == year and not is_result_account(a) and v}
    return Closing(start - timedelta(days=1), balances, "#IB") if balances else None


def period_balances(sie: SieFile, day: date) -> Closing | None:
    """The balances at `day` within a financial year: from the transactions when the file has them, else
    from #PSALDO (monthly changes, or accumulated balances: whichever agrees with #IB and #UB)."""
    year = year_of(sie, day)
    if year is None:
        return None
    start, _ = sie.years[year]
    opening = {a: v for (y, a), v in sie.opening.items() if y == year and not is_result_account(a)}
    if sie.has_vouchers:
        moved = transactions_to(sie, start, day)
        balances = {a: opening.get(a, ZERO) + moved.get(a, ZERO) for a in set(opening) | set(moved)}
        return Closing(day, {a: v for a, v in balances.items() if v}, "#TRANS")
    month = day.year * 100 + day.month
    rows = {(m, a): v for (y, m, a), v in sie.periods.items() if y == year}
    if not rows:
        return None
    accounts = {a for _, a in rows}
    cumulative = _cumulative(sie, year, rows)
    balances = {}
    for account in accounts:
        if cumulative:
            value = next((v for (m, a), v in sorted(rows.items(), reverse=True) if a == account and m <= month),
                         ZERO)
        else:
            value = sum((v for (m, a), v in rows.items() if a == account and m <= month), ZERO)
        if not is_result_account(account) and not cumulative:
            value += opening.get(account, ZERO)
        balances[account] = value
    for account, value in opening.items():
        balances.setdefault(account, value)
    return Closing(day, {a: v for a, v in balances.items() if v}, "#PSALDO")


def _cumulative(sie: SieFile, year: int, rows: dict) -> bool:
    """Whether #PSALDO gives accumulated balances (its last month equals #UB or #RES) rather than the
    monthly changes the standard describes."""
    last = max(m for m, _ in rows)
    checked = [(a, v) for (m, a), v in rows.items() if m == last]
    ends = {**{a: v for (y, a), v in sie.results.items() if y == year},
            **{a: v for (y, a), v in sie.closing.items() if y == year}}
    agreeing = sum(1 for a, v in checked if a in ends and ends[a] == v)
    summed = {a: sum((v for (m, b), v in rows.items() if b == a), ZERO) for a, _ in checked}
    opening = {a: v for (y, a), v in sie.opening.items() if y == year}
    as_changes = sum(1 for a, total in summed.items() if a in ends and
                     ends[a] == total + (ZERO if is_result_account(a) else opening.get(a, ZERO)))
    return agreeing > as_changes


def year_ended(sie: SieFile, year: int) -> bool:
    """Whether financial year `year` had ended when the file was written (#GEN, #OMFATTN): an export made
    during the year gives the balances so far as its #UB, which are not the year's closing balances."""
    return sie.generated is None or sie.years[year][1] <= sie.generated


def closings(sie: SieFile, period: date | None = None) -> list[Closing]:
    """Every date the file gives balances for: each financial year's end, the day before the earliest year
    when only its opening balances are there, and `period` when asked."""
    found = {}
    for year in sorted(sie.years):
        if not year_ended(sie, year):
            continue
        closing = year_end_balances(sie, year)
        if closing is not None:
            found[closing.day] = closing
    for year in sorted(sie.years):
        opening = opening_balances(sie, year)
        if opening is not None and opening.day not in found:
            found[opening.day] = opening
    if period is not None:
        closing = period_balances(sie, period)
        if closing is not None:
            found[period] = closing
    return [found[d] for d in sorted(found)]


def unexplained(sie: SieFile, year: int) -> list[tuple[int, Decimal, Decimal]]:
    """Accounts whose closing balance (#UB, or #RES for a result account) is not the opening balance plus
    the year's transactions: (account, in the file, from opening and transactions)."""
    start, end = sie.years[year]
    moved = transactions_to(sie, start, end)
    found = []
    ends = {a: v for (y, a), v in sie.closing.items() if y == year and not is_result_account(a)}
    ends |= {a: v for (y, a), v in sie.results.items() if y == year}
    opening = {a: v for (y, a), v in sie.opening.items() if y == year and not is_result_account(a)}
    for account in sorted(set(ends) | set(moved)):
        expected = opening.get(account, ZERO) + moved.get(account, ZERO)
        if ends.get(account, ZERO) != expected:
            found.append((account, ends.get(account, ZERO), expected))
    return found


def object_costs(sie: SieFile, accounts: set[int], dimension: str) -> dict[tuple[str, int], Decimal]:
    """Cost per object of `dimension` and calendar year of its financial year, on `accounts`."""
    found: dict[tuple[str, int], Decimal] = {}
    for (account, day, dim, obj), amount in sie.by_object.items():
        if dim == dimension and account in accounts:
            year = year_of(sie, day)
            if year is not None:
                key = (obj, sie.years[year][1].year)
                found[key] = found.get(key, ZERO) + amount
    return found


def month_ends(start: date, last: date) -> list[date]:
    """The last day of every month from `start`'s to `last`'s, where that day is not after `last`."""
    found = []
    day = start
    while True:
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        end = following - timedelta(days=1)
        if end > last:
            return found
        found.append(end)
        day = following


def has_periods(sie: SieFile, year: int) -> bool:
    """Whether the file can give balances within financial year `year`: vouchers of it, or #PSALDO."""
    start, end = sie.years[year]
    return any(y == year for y, _, _ in sie.periods) or any(start <= day <= end for _, day in sie.daily)


def running_periods(sie: SieFile) -> list[Closing]:
    """A year still running when the file was written: the balances at each month's end up to then."""
    found = []
    for year, (start, end) in sorted(sie.years.items()):
        if year_ended(sie, year) or not has_periods(sie, year):
            continue
        for day in month_ends(start, min(sie.generated, end - timedelta(days=1))):
            closing = period_balances(sie, day)
            if closing is not None:
                found.append(closing)
    return found


def a_year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - 1)
