"""Time limits of kommunallagen as the law counts them.

A period ending on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton
runs to the next weekday (lag (1930:173) om beräkning av lagstadgad tid), so an appeal period's
last day, and the day the notice of posting may come down, follow from the calendar.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import cache

APPEAL_PERIOD = timedelta(weeks=3)  # 13 kap. 5 §: three weeks from the day the justering was posted
ADJUSTING_PERIOD = timedelta(days=14)  # the protokoll is justerat at the latest 14 days after the meeting
POSTING_DELAY = timedelta(days=2)  # 8 kap. 12 §: posted at the latest the second day after the justering


def easter_sunday(year: int) -> date:
    """Påskdagen (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _saturday_between(start: date) -> date:
    return start + timedelta(days=(5 - start.weekday()) % 7)


@cache
def closed_days(year: int) -> frozenset[date]:
    """The public holidays of the year and the eves the law treats alike (weekends aside)."""
    easter = easter_sunday(year)
    midsummer = _saturday_between(date(year, 6, 20))
    return frozenset({
        date(year, 1, 1), date(year, 1, 6), easter - timedelta(days=2), easter, easter + timedelta(days=1),
        date(year, 5, 1), easter + timedelta(days=39), easter + timedelta(days=49), date(year, 6, 6),
        midsummer - timedelta(days=1), midsummer, _saturday_between(date(year, 10, 31)),
        date(year, 12, 24), date(year, 12, 25), date(year, 12, 26), date(year, 12, 31),
    })


def is_weekday(day: date) -> bool:
    return day.weekday() < 5 and day not in closed_days(day.year)


def last_day(day: date) -> date:
    """The last day of a period that would end on `day`: the next weekday when `day` is not one."""
    while not is_weekday(day):
        day += timedelta(days=1)
    return day


def appeal_ends(posted: date) -> date:
    """The last day to appeal a decision whose justering was posted on `posted`."""
    return last_day(posted + APPEAL_PERIOD)


def earliest_take_down(posted: date) -> date:
    """The notice stays up until the appeal period has run out: it comes down the first weekday after."""
    return last_day(appeal_ends(posted) + timedelta(days=1))


def adjust_by(meeting_day: date) -> date:
    """The last day of justering: 14 days after the meeting, or the next weekday."""
    return last_day(meeting_day + ADJUSTING_PERIOD)


def post_by(adjusted: date) -> date:
    """The last day to post the justering: the second day after it, or the next weekday."""
    return last_day(adjusted + POSTING_DELAY)
