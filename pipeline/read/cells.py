"""Turning one cell value into a typed value, or a Swedish explanation of why not.

`parse` returns a `Parsed`: the value, and at most one error or warning. A warning
means the cell was understood (e.g. a number stored as text) but should be fixed.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from pipeline import fmt
from pipeline.schema import Column, Kind

_SPACES = "\u00a0\u202f\u2009 "
_GROUPED = re.compile(r"^[-−]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d{1,2})?$")
_PLAIN = re.compile(r"^[-−]?\d+(?:[,.]\d{1,2})?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PERCENT = re.compile(r"^(\d+(?:[,.]\d+)?)\s*%$")
_RATIO = re.compile(r"^(\d+)\s*/\s*(\d+)$")


@dataclass(frozen=True)
class Parsed:
    value: object = None
    error: str | None = None
    warning: str | None = None


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def shown(value: object) -> str:
    """How a cell value is quoted in a message."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"\"{value}\""


def nearest(name: str, candidates) -> str | None:
    match = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.5)
    return match[0] if match else None


def _number_text(text: str) -> Decimal | None:
    """A number written as text the way an Excel user means it, or None."""
    text = text.strip()
    if _GROUPED.match(text):
        digits = text
        for space in _SPACES:
            digits = digits.replace(space, "")
    elif _PLAIN.match(text):
        digits = text
    else:
        return None
    return Decimal(digits.replace("−", "-").replace(",", "."))


LIMIT = Decimal(10) ** 15  # no förbund counts beyond this; larger is a typing slip or a stray value


def _decimal(value: object) -> tuple[Decimal | None, bool]:
    """(number, was_text) for a numeric cell or numeric text; (None, _) otherwise."""
    if isinstance(value, bool):
        return None, False
    if isinstance(value, int):
        return Decimal(value), False
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None, False
        return Decimal(repr(value)), False
    if isinstance(value, str):
        return _number_text(value), True
    return None, False


_TEXT_WARNING = "talet är sparat som text; det lästes som {0}. Skriv det som ett tal i cellen."


def _as_read(number) -> str:
    return str(number).replace(".", ",")


TOO_LARGE = Decimal(10) ** 12  # no förbund's amount comes near a thousand billion kronor


def parse_amount(value: object) -> Parsed:
    number, was_text = _decimal(value)
    if number is None:
        return Parsed(error=f"{shown(value)} är inte ett belopp. Skriv beloppet i kronor som ett tal, "
                            "t.ex. 1877000 (inte \"ca\", \"tkr\" eller tusentalskomma).")
    if abs(number) >= TOO_LARGE:
        return Parsed(error=f"{shown(value)} är för stort för att vara ett belopp i kronor (över 1 000 miljarder). "
                            "Kontrollera cellen: för många siffror, eller ett tal som inte är ett belopp?")
    amount = number.quantize(Decimal("0.01"))
    if amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))
    return Parsed(amount, warning=_TEXT_WARNING.format(_as_read(amount)) if was_text else None)


def parse_int(value: object) -> Parsed:
    number, was_text = _decimal(value)
    if number is None or number != number.to_integral_value():
        return Parsed(error=f"{shown(value)} är inte ett heltal.")
    result = int(number)
    return Parsed(result, warning=_TEXT_WARNING.format(_as_read(result)) if was_text else None)


def parse_year(value: object) -> Parsed:
    parsed = parse_int(value)
    if parsed.error or not 1900 <= parsed.value <= 2200:
        return Parsed(error=f"{shown(value)} är inte ett årtal. Skriv året med fyra siffror, t.ex. 2021.")
    return parsed


def parse_decimal(value: object) -> Parsed:
    number, was_text = _decimal(value)
    if number is None:
        return Parsed(error=f"{shown(value)} är inte ett tal.")
    return Parsed(number, warning=_TEXT_WARNING.format(_as_read(number)) if was_text else None)


def parse_share(value: object) -> Parsed:
    """A share as an exact fraction: 0,25 or 25 % or 25 or 1/4 all mean one quarter."""
    bad = Parsed(error=f"{shown(value)} är inte en andel. Skriv andelen i procent, t.ex. 25 %.")
    if isinstance(value, str):
        text = value.strip()
        if m := _RATIO.match(text):
            if int(m.group(2)) == 0:
                return bad
            share = Fraction(int(m.group(1)), int(m.group(2)))
        elif m := _PERCENT.match(text):
            share = Fraction(m.group(1).replace(",", ".")) / 100
        else:
            return bad
        if not 0 < share <= 1:
            return bad
        return Parsed(share, warning=f"andelen är sparad som text; den lästes som {fmt.share(share)}. "
                                     "Skriv den som ett tal formaterat som procent.")
    number, _ = _decimal(value)
    if number is None or number <= 0 or number > 100:
        return bad
    # Excel stores 1/12 as 0.083333…; recover the fraction the user meant.
    share = Fraction(number).limit_denominator(10_000)
    if share > 1:
        return Parsed(share / 100, warning=f"{shown(value)} lästes som {fmt.share(share / 100)}. "
                                           "Formatera cellen som procent.")
    return Parsed(share)


def parse_date(value: object) -> Parsed:
    if isinstance(value, datetime):
        return Parsed(value.date())
    if isinstance(value, date):
        return Parsed(value)
    if isinstance(value, str) and (m := _ISO_DATE.match(value.strip())):
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
        else:
            return Parsed(day, warning="datumet är sparat som text. Skriv det som ett datum i cellen.")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Parsed(error=f"{shown(value)} är ett tal, inte ett datum. Formatera cellen som datum "
                            "och skriv t.ex. 2021-12-31.")
    return Parsed(error=f"{shown(value)} är inte ett datum. Skriv datumet som 2021-12-31.")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_text(value: object) -> Parsed:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    text = str(value).strip()
    cleaned = _CONTROL.sub("", text)
    if cleaned != text:
        return Parsed(cleaned, warning="texten innehöll osynliga kontrolltecken som Word inte tillåter; de togs bort.")
    return Parsed(cleaned)


def parse_choice(value: object, choices: tuple[str, ...]) -> Parsed:
    text = str(value).strip()
    for choice in choices:
        if " ".join(text.lower().split()) == choice.lower():
            return Parsed(choice)
    listed = ", ".join(choices)
    hint = nearest(text.lower(), [c.lower() for c in choices])
    suggestion = f" Menade du \"{next(c for c in choices if c.lower() == hint)}\"?" if hint else ""
    return Parsed(error=f"{shown(value)} är inte ett giltigt val. Välj ett av: {listed}.{suggestion}")


_PARSERS = {
    Kind.TEXT: parse_text,
    Kind.INT: parse_int,
    Kind.YEAR: parse_year,
    Kind.AMOUNT: parse_amount,
    Kind.DECIMAL: parse_decimal,
    Kind.SHARE: parse_share,
    Kind.DATE: parse_date,
}


_NUMBERS = (Kind.INT, Kind.YEAR, Kind.AMOUNT, Kind.DECIMAL, Kind.SHARE)

SLOW = object()  # `quick_column` cannot tell: `parse` decides
_LIMIT, _TOO_LARGE = int(LIMIT), int(TOO_LARGE)  # as int: a float compares with an int faster than with a Decimal


def quick_column(values: list, column: Column) -> list:
    """The value `parse` gives each cell of a column that is as it should be (an amount in whole kronor, a
    date, plain text, one of the choices as written, an empty optional cell), found per column without the
    checks on the way: a workbook of ten thousand accounts is mostly such cells. SLOW for any other cell,
    which `parse` reads and explains."""
    kind, blank = column.kind, SLOW if column.required else None
    low = 0 if column.positive else -_LIMIT  # a positive column's zero or negative cell: `parse` says why
    if kind is Kind.TEXT:
        clean = not _CONTROL.search("\n".join([v for v in values if type(v) is str]))
        return [(v.strip() or blank) if type(v) is str and (clean or not _CONTROL.search(v))
                else blank if v is None else SLOW for v in values]
    if kind is Kind.AMOUNT:  # zero is left to `parse`, which tells 0 from -0
        low = max(low, -_TOO_LARGE)
        return [Decimal(int(v)) if (type(v) is float and v.is_integer() or type(v) is int) and v and
                low < v < _TOO_LARGE else blank if v is None or v == "" else SLOW for v in values]
    if kind is Kind.INT:
        return [int(v) if (type(v) is float and v.is_integer() or type(v) is int) and low < v < _LIMIT
                else blank if v is None or v == "" else SLOW for v in values]
    if kind is Kind.YEAR:
        return [int(v) if (type(v) is float and v.is_integer() or type(v) is int) and 1900 <= v <= 2200
                else blank if v is None or v == "" else SLOW for v in values]
    if kind is Kind.DECIMAL:
        return [Decimal(repr(v)) if type(v) is float and low < v < _LIMIT else
                Decimal(v) if type(v) is int and low < v < _LIMIT else
                blank if v is None or v == "" else SLOW for v in values]
    if kind is Kind.DATE:
        return [v.date() if type(v) is datetime else v if type(v) is date
                else blank if v is None or v == "" else SLOW for v in values]
    if kind is Kind.CHOICE:
        written = {c: d for c in column.choices  # a choice as written -> the one `parse_choice` finds for it
                   if (d := next((d for d in column.choices if d.lower() == " ".join(c.lower().split())), None))}
        return [written.get(v) or (blank if v is None or v == "" else SLOW) for v in values]
    return [blank if v is None or v == "" else SLOW for v in values]


def parse(value: object, kind: Kind, choices: tuple[str, ...] = ()) -> Parsed:
    if kind is Kind.CHOICE:
        return parse_choice(value, choices)
    if kind in _NUMBERS and (number := _decimal(value)[0]) is not None and abs(number) >= LIMIT:
        return Parsed(error=f"{shown(value)} är för stort för att stämma. Kontrollera cellen: för många siffror, "
                            "eller ett värde som hamnat i fel kolumn?")
    return _PARSERS[kind](value)
