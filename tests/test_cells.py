"""Cell values to typed values: what an Excel user means is accepted, the rest explained."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.problems import Problems
from pipeline.read.cells import SLOW, parse, quick_column
from pipeline.read.xlsx import _parse_cell
from pipeline.schema import Column, Kind


@pytest.mark.parametrize("value, expected", [
    (1877000, Decimal(1877000)),
    (1877000.0, Decimal(1877000)),
    (-22143, Decimal(-22143)),
    (1234.5, Decimal("1234.50")),
    (0.1 + 0.2, Decimal("0.30")),
])
def test_amount_numbers(value, expected):
    parsed = parse(value, Kind.AMOUNT)
    assert parsed.value == expected and parsed.error is None and parsed.warning is None


@pytest.mark.parametrize("text, expected", [
    ("1 877", Decimal(1877)),
    ("1\u00a0877\u00a0000", Decimal(1877000)),
    ("1877000", Decimal(1877000)),
    ("−500", Decimal(-500)),
    ("12,50", Decimal("12.50")),
])
def test_amount_text_that_is_unambiguous_is_read_with_a_warning(text, expected):
    parsed = parse(text, Kind.AMOUNT)
    assert parsed.value == expected
    assert parsed.error is None
    assert "sparat som text" in parsed.warning


@pytest.mark.parametrize("text", ["ca 500", "1,877 tkr", "1,877", "500 kr", "abc", "1.877"])
def test_amount_text_that_is_not_an_amount_is_an_error(text):
    parsed = parse(text, Kind.AMOUNT)
    assert parsed.error.startswith(f'"{text}" är inte ett belopp')


def test_dates():
    assert parse(datetime(2021, 12, 31, 0, 0), Kind.DATE).value == date(2021, 12, 31)
    text = parse("2021-12-31", Kind.DATE)
    assert text.value == date(2021, 12, 31) and "som text" in text.warning
    assert "inte ett datum" in parse("31/12 2021", Kind.DATE).error
    assert "inte ett datum" in parse("2021-02-30", Kind.DATE).error
    assert "är ett tal, inte ett datum" in parse(44561, Kind.DATE).error


@pytest.mark.parametrize("value, expected", [
    (0.25, Fraction(1, 4)),
    (1 / 12, Fraction(1, 12)),
    (0.5, Fraction(1, 2)),
    ("25 %", Fraction(1, 4)),
    ("1/8", Fraction(1, 8)),
    (25, Fraction(1, 4)),
])
def test_shares(value, expected):
    assert parse(value, Kind.SHARE).value == expected


def test_bad_shares():
    assert "inte en andel" in parse(0, Kind.SHARE).error
    assert "inte en andel" in parse("hälften", Kind.SHARE).error
    assert "inte en andel" in parse(150, Kind.SHARE).error


def test_choices_are_matched_loosely_and_explained_when_wrong():
    assert parse("  Ordförande ", Kind.CHOICE, ("ordförande", "ledamot")).value == "ordförande"
    error = parse("ordförnde", Kind.CHOICE, ("ordförande", "ledamot")).error
    assert "Välj ett av: ordförande, ledamot" in error and 'Menade du "ordförande"?' in error


def test_years_and_integers():
    assert parse(2021, Kind.YEAR).value == 2021
    assert "inte ett årtal" in parse(21, Kind.YEAR).error
    assert parse(1930.0, Kind.INT).value == 1930
    assert "inte ett heltal" in parse(1930.5, Kind.INT).error


# --- a column at a time ------------------------------------------------------------------------------------------

CHOICES = ("individinriktad", "strukturinriktad", "Ja", "ja  nej")
CELL_VALUES = st.one_of(
    st.none(), st.just(""), st.just("  "), st.booleans(), st.sampled_from(CHOICES + ("JA", " Ja ", "ja nej", "x")),
    st.text(max_size=8), st.sampled_from(["\x07text", " 1 877 ", "2021-12-31", "25 %", "1/4", "−500"]),
    st.integers(-10**16, 10**16), st.sampled_from([0, 1900, 2200, 2201, 10**12, -10**12, 10**15, -10**15]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.0, -0.0, 0.25, 1e12, -1e12, 1e15, 2021.0]),
    st.dates(), st.datetimes(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(CELL_VALUES, min_size=1, max_size=12), kind=st.sampled_from(list(Kind)),
       required=st.booleans(), positive=st.booleans())
def test_a_column_read_at_once_gives_what_each_cell_read_alone_gives(values, kind, required, positive):
    """quick_column types the cells it can without a word, exactly as parse (cell by cell, as a message needs
    it) would; the others it leaves to parse."""
    column = Column("Värde", kind, "", required=required, choices=CHOICES if kind is Kind.CHOICE else (),
                    positive=positive and kind in (Kind.AMOUNT, Kind.INT, Kind.YEAR, Kind.DECIMAL, Kind.SHARE))
    book = SimpleNamespace(file="x.xlsx")
    for value, quick in zip(values, quick_column(values, column), strict=True):
        if quick is SLOW:
            continue
        problems = Problems()
        alone = _parse_cell(value, column, book, "Blad", "A2", problems, {})
        assert not problems.items, (value, problems.report())
        assert type(quick) is type(alone) and repr(quick) == repr(alone), (value, quick, alone)


def test_a_column_leaves_a_cell_to_parse_when_it_has_something_to_say():
    amount = Column("Belopp", Kind.AMOUNT, "", positive=True)
    assert quick_column([1877000.0, -5.0, 0.0, "1 877", None], amount)[:1] == [Decimal(1877000)]
    assert all(v is SLOW for v in quick_column([1877000.0, -5.0, 0.0, "1 877", None], amount)[1:])
    text = Column("Text", Kind.TEXT, "", required=False)
    assert quick_column(["a ", "", None, "b\x07", 12.0], text) == ["a", None, None, SLOW, SLOW]
