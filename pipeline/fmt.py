"""Swedish formatting of amounts, percentages and dates: the only place numbers become text,
in documents and in messages alike.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from babel.numbers import format_decimal, get_group_symbol

from pipeline.amounts import Amount, plain
from pipeline.apportion import whole_parts

LOCALE = "sv_SE"
MINUS = "\u2212"
DASH = "–"
UNIT_STEP = {"kr": Decimal(1), "tkr": Decimal(1000)}
UNIT_LABEL = {"kr": "kr", "tkr": "tkr"}


# How a document prints its amounts (pipeline.present.rounding): while set, an `Amount` is printed as the
# document's controlled rounding decides, so that its tables foot; otherwise to the nearest unit.
_printing: ContextVar = ContextVar("printing", default=None)


@contextmanager
def printing(how):
    token = _printing.set(how)
    try:
        yield how
    finally:
        _printing.reset(token)


def current_printing():
    return _printing.get()


def recording() -> bool:
    """Whether this is the pass that only records which amounts a document prints (pipeline.present.rounding),
    in which what prints no amount (a survey's tables) need not be made."""
    return getattr(_printing.get(), "recording", False)


def rounded(value: Decimal | Amount, unit: str) -> int:
    """The whole number of `unit` shown for an exact amount in kronor."""
    how = _printing.get()
    if how is not None and isinstance(value, Amount):
        whole = how.whole(value, unit)
        if whole is not None:
            return whole
    return int((plain(value) / UNIT_STEP[unit]).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def printed(value: Decimal | Amount, unit: str) -> Decimal:
    """The amount in kronor that is printed for `value` in `unit` (1 361 tkr: 1 361 000), for a chart that
    is to show the same figures as the tables."""
    return rounded(value, unit) * UNIT_STEP[unit]


@functools.lru_cache(maxsize=1)
def _group_symbol() -> str:
    """Swedish digit grouping from CLDR (a non-breaking space); looked up once, it is used often."""
    return get_group_symbol(LOCALE)


def integer(value: int) -> str:
    """1234567 -> '1 234 567' (non-breaking spaces), -5 -> '−5'."""
    grouped = f"{abs(value):,}".replace(",", _group_symbol())
    return MINUS + grouped if value < 0 else grouped


def amount(value: Decimal | None, unit: str) -> str:
    """An amount in kronor shown in `unit` (kr or tkr); None shows a dash. A printing that traces the
    figures (pipeline.present.trail) marks where each one is printed."""
    if value is None:
        return DASH
    whole = rounded(value, unit)
    mark = getattr(_printing.get(), "mark", None)
    return integer(whole) if mark is None else mark(value, unit, whole, integer(whole))


def amount_with_unit(value: Decimal, unit: str) -> str:
    """'1 361 tkr' for running text."""
    return f"{amount(value, unit)}\u00a0{UNIT_LABEL[unit]}"


def magnitude_with_unit(value: Decimal, unit: str) -> str:
    """The size of an amount without its sign, for text that says 'lägre' or 'högre'."""
    return amount_with_unit(abs(value), unit)


def _decimal(value: Decimal | Fraction) -> Decimal:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    return value


def percent(share: Decimal | Fraction | None, decimals: int = 0) -> str:
    """0.574 -> '57 %'; None shows a dash."""
    if share is None:
        return DASH
    share = _decimal(share)
    step = Decimal(1).scaleb(-decimals)
    value = (share * 100).quantize(step, rounding=ROUND_HALF_UP)
    return fixed(value, decimals) + "\u00a0%"


def percent_parts(counts: list[int]) -> list[int]:
    """Whole percentages of the parts that add up to exactly 100 (largest remainder); [] for no counts."""
    if not sum(counts):
        return []
    return whole_parts(100, counts)


def percents_adding_to_100(counts: list[int]) -> list[str]:
    """The parts as text, e.g. ['0 %', '7 %', '93 %']."""
    parts = percent_parts(counts)
    return [f"{p}\u00a0%" for p in parts] if parts else [DASH] * len(counts)


def one_decimal(value: Decimal | Fraction | None) -> str:
    """5.0714 -> '5,1'."""
    return decimals(value, 1)


def decimals(value: Decimal | Fraction | None, places: int) -> str:
    """A mean with the decimals its förbund publishes: (4.714, 2) -> '4,71'; None shows a dash."""
    if value is None:
        return DASH
    shown = _decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return fixed(shown, places)


def fixed(value: Decimal, places: int) -> str:
    """A number already rounded to `places` decimals, grouped as CLDR's Swedish (babel's format_decimal with
    '#,##0.0…', which takes a thousand times longer and is called for every cell of a survey's tables):
    1234,5 -> '1 234,5', a negative number (and a negative zero, as babel does) with '−'."""
    text = f"{abs(value):,.{places}f}".replace(",", _group_symbol()).replace(".", ",")
    return MINUS + text if value.is_signed() else text


def as_typed(value: Decimal) -> str:
    """A number with the decimals it was typed with: 0.85 -> '0,85', 3 -> '3'."""
    return decimals(value, max(0, -value.normalize().as_tuple().exponent))


def printed_change(now: Decimal | None, before: Decimal | None, places: int = 1) -> str:
    """The change between two means as printed with `places` decimals, so that the column reads as the printed
    means do: 4.24 -> 4.46 prints 4,2 and 4,5, and the change +0,3 (not the exact +0,2)."""
    if now is None or before is None:
        return ""
    step = Decimal(1).scaleb(-places)
    change = (_decimal(now).quantize(step, rounding=ROUND_HALF_UP)
              - _decimal(before).quantize(step, rounding=ROUND_HALF_UP))
    shown = decimals(abs(change), places)
    if not change:
        return "±" + shown
    return ("+" if change > 0 else MINUS) + shown


def share(value: Fraction) -> str:
    """A funding share as a percentage with at most two decimals: 1/8 -> '12,5 %'."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return _percent_text((exact * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _percent_text(value: Decimal) -> str:
    return format_decimal(value.normalize(), format="#,##0.##", locale=LOCALE) + "\u00a0%"


def decimal_number(value: Decimal | None) -> str:
    """2.6 -> '2,6', 2 -> '2'."""
    if value is None:
        return DASH
    return format_decimal(value.quantize(Decimal("0.01")), format="#,##0.##", locale=LOCALE).replace("-", MINUS)


def iso_date(day: date | None) -> str:
    """Dates are written 2021-08-27, as in the seeds."""
    return day.isoformat() if day else ""


MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")


def contrast(ratio: float) -> str:
    """'2,8:1', rounded down so that a ratio just short of a limit never reads as reaching it."""
    return f"{int(ratio * 10) / 10:.1f}:1".replace(".", ",")


def long_date(day: date) -> str:
    """'26 november 2021', as decisions and periods are written in running text."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_year(day: date) -> str:
    """'november 2005'."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def compact_date(day: date) -> str:
    """Periods in board decisions as the seed writes them: 240101 (002)."""
    return day.strftime("%y%m%d")


def kronor(value: Decimal) -> str:
    """'400 000 kronor', as decisions write amounts."""
    return f"{amount(value, 'kr')} kronor"


def period(start: date, end: date) -> str:
    return f"{iso_date(start)}–{iso_date(end)}"


def kr(value: Decimal) -> str:
    """An exact amount for a message, e.g. '10 543 440 kr' or '12,50 kr' (messages are exact, not rounded)."""
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return (text[:-3] if text.endswith(",00") else text).replace("-", MINUS) + " kr"


def command(finsam: str, make: str) -> str:
    """A command to suggest in a message as the user runs commands: through make (FINSAM_MAKE set) the
    target and its variables, else the finsam program's (Windows, and wherever make is not used)."""
    import os

    return make if os.environ.get("FINSAM_MAKE") else finsam


# Windows's errors that can only mean another program has the file open: sharing and lock violation.
WINDOWS_IN_USE = (32, 33)
_OPENED_IN = {".docx": "Word", ".doc": "Word", ".xlsx": "Excel", ".xlsm": "Excel", ".xls": "Excel",
              ".pdf": "ett PDF-program"}


def _locked(path: str, named: str, winerror: int | None) -> str:
    """Windows locks a file that Word or Excel has open, and says "access denied" (EACCES) when another
    program tries to use it: say so, and to close it there."""
    import os

    where = f"i {_OPENED_IN[os.path.splitext(path)[1].lower()]}"
    text = f"{named} är öppen {where} och kan inte skrivas eller läsas nu. Stäng den {where} och kör igen."
    if winerror not in WINDOWS_IN_USE:  # access denied: also what a missing permission gives
        text += " Är den inte öppen: behörighet saknas; välj en annan mapp."
    return text


def os_error(exc: OSError) -> str:
    """What went wrong with a file or folder, in Swedish, naming it and what to do."""
    import errno
    import os

    path = exc.filename2 or exc.filename or ""  # a rename into place names its target second
    named = f"\"{path}\"" if path else "filen"
    code = exc.errno
    if os.name == "nt" and code == errno.EACCES and path:  # also what a file open in Word or Excel gives
        if os.path.isdir(path):
            code = errno.EISDIR  # replacing a folder by a file is "access denied" too
        elif os.path.splitext(path)[1].lower() in _OPENED_IN:
            return _locked(str(path), named, getattr(exc, "winerror", None))
    causes = {
        errno.EACCES: f"{named} går inte att läsa eller skriva: behörighet saknas. Ändra behörigheten, eller "
                      "välj en annan mapp.",
        errno.EPERM: f"{named} går inte att ändra: behörighet saknas. Välj en annan mapp eller ändra behörigheten.",
        errno.EROFS: f"{named} ligger på en skrivskyddad disk. Välj en annan mapp (OUTPUT=).",
        errno.ENOSPC: f"disken är full, så {named} kunde inte skrivas. Gör plats på disken och kör igen.",
        errno.EDQUOT: f"diskkvoten är slut, så {named} kunde inte skrivas. Gör plats och kör igen.",
        errno.ENOTDIR: f"{named}: en del av sökvägen är en fil, inte en mapp. Välj en annan mapp.",
        errno.EISDIR: f"{named} är en mapp, men här ska en fil skrivas. Flytta eller byt namn på mappen.",
        errno.EEXIST: f"{named} finns redan och är inte en mapp. Välj en annan mapp eller flytta filen.",
        errno.ENOENT: f"{named} finns inte.",
        errno.ENAMETOOLONG: f"sökvägen {named} är för lång. Välj en kortare mapp.",
    }
    return causes.get(code, f"{named} kunde inte läsas eller skrivas ({exc.strerror or exc}).")
