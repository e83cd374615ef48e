"""Member contributions from shares, splitting totals, and Swedish formatting."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from pipeline.apportion import split
from pipeline.compute.allocation import member_contributions
from pipeline.domain import Member
from pipeline import fmt
from pipeline.read.forbundet import DEFAULT_SHARES

D = Decimal


def _members(kommuner: int) -> tuple[Member, ...]:
    count = {"stat": 1, "region": 1, "kommun": kommuner}
    kinds = ["stat", "region"] + ["kommun"] * kommuner
    return tuple(Member(f"M{i}", kind, DEFAULT_SHARES[kind] / count[kind]) for i, kind in enumerate(kinds))


def test_harnosand_timra_contributions_seed_001():
    """001: state 1 877 000, matched by the region and two municipalities: 3 754 000."""
    parts = [amount for _, amount in member_contributions(D(1_877_000), _members(2))]
    assert parts == [D(1_877_000), D(938_500), D(469_250), D(469_250)]
    assert sum(parts) == D(3_754_000)
    # Shown in tkr, the parts still add up: 1 877 / 939 / 469 / 469 = 3 754.
    assert split(D(3_754_000), [Fraction(int(p)) for p in parts], D(1000)) == \
        [D(1_877_000), D(939_000), D(469_000), D(469_000)]


def test_jamtland_contributions_seed_004():
    """004 note 1: 4 251 000 + 2 125 500 + 2 125 500 (eight municipalities)."""
    result = member_contributions(D(4_251_000), _members(8))
    parts = [amount for _, amount in result]
    assert parts[:2] == [D(4_251_000), D(2_125_500)]
    assert sum(parts[2:]) == D(2_125_500)
    assert set(parts[2:]) == {D(265_688), D(265_687)}


@given(
    total=st.integers(min_value=0, max_value=10**9),
    weights=st.lists(st.fractions(min_value=Fraction(1, 1000), max_value=10), min_size=1, max_size=12),
)
def test_split_parts_always_add_to_the_total(total, weights):
    parts = split(D(total), weights)
    assert sum(parts) == D(total)
    exact = [Fraction(total) * w / sum(weights) for w in weights]
    assert all(abs(Fraction(p) - e) < 1 for p, e in zip(parts, exact))


def test_amounts_in_tkr_round_half_away_from_zero():
    assert fmt.amount(D(938_500), "tkr") == "939"
    assert fmt.amount(D(-938_500), "tkr") == "\u2212939"
    assert fmt.amount(D(1_468_659), "tkr") == "1\u00a0469"
    assert fmt.amount(D(-3), "tkr") == "0"
    assert fmt.amount(None, "tkr") == "–"


def test_amounts_in_kr_use_space_groups_and_minus_sign():
    assert fmt.amount(D(8_501_997), "kr") == "8\u00a0501\u00a0997"
    assert fmt.amount(D(-22_143), "kr") == "\u221222\u00a0143"
    assert fmt.amount_with_unit(D(1_361_459), "tkr") == "1\u00a0361\u00a0tkr"


def test_percent_share_and_dates():
    assert fmt.percent(D("0.5745")) == "57\u00a0%"
    assert fmt.share(Fraction(1, 8)) == "12,5\u00a0%"
    assert fmt.share(Fraction(1, 12)) == "8,33\u00a0%"
    assert fmt.decimal_number(D("2.6")) == "2,6"
    assert fmt.iso_date(date(2021, 8, 27)) == "2021-08-27"


def test_fixed_reads_as_babels_swedish_format():
    """fmt.fixed replaces babel's format_decimal in the survey tables: the same text for every number."""
    import random

    from babel.numbers import format_decimal

    rnd = random.Random(33)
    values = [Decimal(0), Decimal("-0"), Decimal("1234567.5"), Decimal("-1234.5"), Decimal("999.95")]
    values += [Decimal(rnd.randint(-10**8, 10**8)) / Decimal(10 ** rnd.randint(0, 4)) for _ in range(2000)]
    for value in values:
        for decimals in (0, 1, 2):
            shown = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
            pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
            assert fmt.fixed(shown, decimals) == \
                format_decimal(shown, format=pattern, locale="sv_SE").replace("-", fmt.MINUS)
    assert fmt.fixed(Decimal("-1234567.5"), 1) == "\u22121\u00a0234\u00a0567,5"
