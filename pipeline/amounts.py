"""Amounts that remember what they are made of, so that printed tables foot.

An `Amount` is an exact amount in kronor together with its composition: a sum of atoms (amounts read from
the workbooks: a balance, a budget item, an allocation) with integer coefficients. Arithmetic keeps the
composition, so a line, a sum of lines, a note total and the figure quoted in a sentence each know their
atoms. Printing rounds the atoms once (pipeline.present.rounding) and evaluates every figure from the
rounded atoms: every printed sum is then the sum of its printed parts, and a figure reads the same wherever
it is printed, because it is the same composition.

What is not a sum of atoms with whole coefficients, such as a share of an amount, a pro rata budget or a
rounded amount, becomes an atom of its own, named by how it was made, so that the same computation made
twice is the same atom. A product or ratio of two amounts is a plain number.
"""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from itertools import chain, groupby
from operator import attrgetter, itemgetter, neg
from typing import Hashable, Iterable

class Atom:
    """An amount read from the inputs (or made from one, see `Amount.derived`), named by `key`.

    `source` is where it was read (a `pipeline.problems.Where`: file, sheet and cell, or file and line);
    a derived atom has `origin`: how it was made and the amount it was made from. Neither takes part in
    equality: they are for the review workbook, which shows each printed figure's atoms."""

    __slots__ = ("key", "value", "_source", "origin", "_hash")

    def __init__(self, key: Hashable, value: Decimal, source=None, origin: tuple | None = None):
        self.key = key
        self.value = value
        self._source = source  # or a function that gives it, called when first asked
        self.origin = origin
        self._hash = hash(key)  # looked up millions of times at size (a sum's atoms are added up by atom)

    @property
    def source(self):
        """Where it was read; only the review workbook asks, so a large förbund's ten thousand balances do not
        each make theirs when traced."""
        if callable(self._source):
            self._source = self._source()
        return self._source

    def __eq__(self, other) -> bool:
        return isinstance(other, Atom) and self.key == other.key

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):  # the hash of a key is per process
        return Atom, (self.key, self.value, self._source, self.origin)

    def __repr__(self) -> str:
        return f"Atom({self.key!r}, {self.value})"


def _plain(x) -> Decimal | Fraction | int:
    return x.value if isinstance(x, Amount) else x


def plain(x):
    """The exact value, for arithmetic that does not keep compositions (shares, ratios, rounding)."""
    return _plain(x)


def _whole(k) -> int | None:
    """`k` as a whole number, or None."""
    if isinstance(k, bool):
        return None
    if isinstance(k, int):
        return k
    if isinstance(k, (Decimal, Fraction)) and k == int(k):
        return int(k)
    return None


def _decimal(x) -> Decimal:
    if isinstance(x, Fraction):
        return Decimal(x.numerator) / Decimal(x.denominator)
    return Decimal(x)


_ONE, _MINUS_ONE = Decimal(1), Decimal(-1)  # as exact as the int signs, and multiplied sooner


def added(start, parts: Iterable[tuple[int, object]]):
    """`start` plus or minus each part in turn (sign +1 or −1, part an Amount or a number): the same value and
    composition, its atoms in the same order, as adding them one at a time, made in one step (a line of ten
    thousand accounts, the balances of a day)."""
    total = start
    parts = iter(parts)
    if not isinstance(total, Amount):
        for sign, part in parts:  # as + and - do it, until the sum is an Amount
            total = total + part if sign > 0 else total - part
            if isinstance(total, Amount):
                break
    rest = list(parts)
    if not rest:
        return total
    if set(map(type, map(itemgetter(1), rest))) == {Amount}:
        value, terms = total.value, dict(total.terms)
        count = len(terms)
        for sign, run in groupby(rest, key=itemgetter(0)):  # the parts a run of one sign at a time, in C
            amounts = list(map(itemgetter(1), run))
            composed = list(map(_TERMS, amounts))
            if None in composed:
                composed = [amount.terms for amount in amounts]
            count += sum(map(len, composed))
            # value ± 1 × each part, as Amount._combine computes it, to the last digit in any context
            if sign > 0:
                value = sum(map(_ONE.__mul__, map(_VALUE, amounts)), value)
                terms.update(chain.from_iterable(map(dict.items, composed)))
            else:
                value = sum(map(_MINUS_ONE.__mul__, map(_VALUE, amounts)), value)
                coefficients = chain.from_iterable(map(dict.values, composed))
                terms.update(zip(chain.from_iterable(composed), map(neg, coefficients)))
        if len(terms) == count:  # no atom met twice
            if 0 in terms.values():
                terms = {a: c for a, c in terms.items() if c}
            return Amount(value, terms)
    value, terms = total.value, dict(total.terms)
    get = terms.get
    for sign, part in rest:
        if part.__class__ is not Amount:
            if part.__class__ in (Decimal, int, Fraction) and part == 0:
                continue  # adds nothing to an amount (Amount._combine)
            return _one_at_a_time(total, rest)  # as + and - do it
        value = value + (_ONE if sign > 0 else _MINUS_ONE) * part.value
        for atom, coefficient in part.terms.items():
            terms[atom] = get(atom, 0) + sign * coefficient
    return Amount(value, {a: c for a, c in terms.items() if c})


_VALUE, _TERMS = attrgetter("value"), attrgetter("_terms")


def _one_at_a_time(total, parts: list[tuple[int, object]]):
    for sign, part in parts:
        total = total + part if sign > 0 else total - part
    return total


class Amount:
    """An exact amount in kronor and its composition (atom -> whole coefficient)."""

    __slots__ = ("value", "_terms", "_pending", "_key")

    def __init__(self, value: Decimal, terms: dict[Atom, int] | None, pending: tuple | None = None):
        self.value = value
        self._terms = terms
        self._pending = pending  # (left, right, sign): left ± right, its terms not yet added up
        self._key = None

    @property
    def terms(self) -> dict[Atom, int]:
        """atom -> coefficient. A long sum (a line of ten thousand accounts) is added up here, once, rather
        than copied at every step of the sum, which made summing quadratic."""
        if self._terms is None:
            steps = []
            node = self
            while node._terms is None:
                left, right, sign = node._pending
                steps.append((right, sign))
                node = left
            terms = dict(node._terms)
            for right, sign in reversed(steps):
                for atom, coefficient in right.terms.items():
                    terms[atom] = terms.get(atom, 0) + sign * coefficient
            self._terms = {a: c for a, c in terms.items() if c}
            self._pending = None
        return self._terms

    @classmethod
    def atom(cls, key: Hashable, value: Decimal, source=None, origin: tuple | None = None) -> Amount:
        return cls(value, {Atom(key, value, source, origin): 1})

    @property
    def key(self) -> frozenset:
        """The composition, as a value: equal for the same figure computed in different places."""
        if self._key is None:
            self._key = frozenset((a.key, c) for a, c in self.terms.items() if c)
        return self._key

    def derived(self, how: Hashable, value: Decimal) -> Amount:
        """A new atom made from this amount by `how` (a share, a rounding), with the exact `value`."""
        return Amount.atom((how, self.key), value, origin=(how, self))

    # --- linear arithmetic keeps the composition -------------------------------------------------------
    def _combine(self, other, sign: int) -> Amount:
        if isinstance(other, Amount):
            return Amount(self.value + sign * other.value, None, (self, other, sign))
        if other == 0:
            return self
        constant = Amount.atom(("tal", _decimal(other)), _decimal(other))
        return self._combine(constant, sign)

    def __add__(self, other):
        if not isinstance(other, (Amount, Decimal, int, Fraction)):
            return NotImplemented
        return self._combine(other, 1)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if not isinstance(other, (Amount, Decimal, int, Fraction)):
            return NotImplemented
        return self._combine(other, -1)

    def __rsub__(self, other):
        return (-self).__add__(other)

    def __neg__(self) -> Amount:
        return Amount(-self.value, {a: -c for a, c in self.terms.items()})

    def __pos__(self) -> Amount:
        return self

    def __abs__(self) -> Amount:
        return -self if self.value < 0 else self

    def __mul__(self, k):
        if isinstance(k, Amount):
            return self.value * k.value
        if not isinstance(k, (Decimal, int, Fraction)):
            return NotImplemented
        whole = _whole(k)
        if whole is not None:
            return Amount(self.value * whole, {a: c * whole for a, c in self.terms.items() if c * whole})
        return self.derived(("×", Fraction(k)), _decimal(Fraction(self.value) * Fraction(k)))

    def __rmul__(self, k):
        return self.__mul__(k)

    def __truediv__(self, k):
        if isinstance(k, Amount):
            return self.value / k.value
        if not isinstance(k, (Decimal, int, Fraction)):
            return NotImplemented
        return self.__mul__(1 / Fraction(k))

    def __rtruediv__(self, k):
        return k / self.value

    def quantize(self, exp: Decimal, rounding=None) -> Amount:
        shown = self.value.quantize(exp, rounding=rounding) if rounding else self.value.quantize(exp)
        return self if shown == self.value else self.derived(("avrundat", exp), shown)

    # --- everything else reads the value -----------------------------------------------------------------
    def __eq__(self, other) -> bool:
        return self.value == _plain(other)

    def __hash__(self) -> int:
        return hash(self.value)

    def __lt__(self, other) -> bool:
        return self.value < _plain(other)

    def __le__(self, other) -> bool:
        return self.value <= _plain(other)

    def __gt__(self, other) -> bool:
        return self.value > _plain(other)

    def __ge__(self, other) -> bool:
        return self.value >= _plain(other)

    def __bool__(self) -> bool:
        return bool(self.value)

    def __float__(self) -> float:
        return float(self.value)

    def __int__(self) -> int:
        return int(self.value)

    def __floor__(self) -> int:
        return math.floor(self.value)

    def __ceil__(self) -> int:
        return math.ceil(self.value)

    def __round__(self, digits=None):
        return round(self.value, digits)

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    def __repr__(self) -> str:
        return f"Amount({self.value}, {len(self.terms)} atoms)"
