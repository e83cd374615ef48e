"""A sum of many amounts made in one step (pipeline.amounts.added) is the sum made one addition at a time: the
same value to the last digit and the same atoms with the same coefficients in the same order, on which the
rounding's ties and so the printed documents depend."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.amounts import Amount, added

ATOMS = [Amount.atom(("saldo", i), value) for i, value in enumerate(
    [Decimal("0"), Decimal("-0.00"), Decimal("1E+3"), Decimal("12.50"), Decimal("-7"), Decimal(0.1),
     Decimal("-1234567890.12345678901234567890123")])]
PARTS = st.sampled_from(ATOMS + [-ATOMS[3], ATOMS[4] * 2, ATOMS[2] - ATOMS[3], Decimal(0), Decimal("-0"), 0,
                                 Decimal("2.5")])


def _one_at_a_time(start, parts):
    total = start
    for sign, part in parts:
        total = total + part if sign > 0 else total - part
    return total


def _as_printed(x):
    if isinstance(x, Amount):
        return "Amount", str(x.value), list(x.terms.items())
    return type(x).__name__, str(x)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([Decimal(0), Decimal("-0"), 0, Amount(Decimal(0), {}), ATOMS[3]]),
       st.lists(st.tuples(st.sampled_from([1, -1]), PARTS), max_size=12))
@example(Decimal(0), [(1, ATOMS[1]), (-1, ATOMS[0])])  # −0.00 − 0: the sign of a zero kept
def test_a_sum_made_in_one_step_is_the_sum_made_one_addition_at_a_time(start, parts):
    assert _as_printed(added(start, parts)) == _as_printed(_one_at_a_time(start, parts))


def test_a_long_line_keeps_its_accounts_in_order_and_one_account_is_itself():
    balances = [Amount.atom(("saldo", account), Decimal(account) / 100) for account in range(1000, 1500)]
    line = added(Decimal(0), [(-1, b) for b in balances])
    assert line.value == -sum(range(1000, 1500)) / Decimal(100)
    assert [(a.key, c) for a, c in line.terms.items()] == [(("saldo", account), -1) for account in range(1000, 1500)]
    assert added(Decimal(0), [(1, balances[0])]) is balances[0]
