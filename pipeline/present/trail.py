"""The review trail of a document: each printed figure, what it is made of and where that was read.

A third printing of the context (`Tracing`) prints every figure as the document does, and records it:
its printed text carries an invisible mark with the figure's number, so that the rendered document
tells where each figure landed (pipeline.render.placed). The atoms of a figure (pipeline.amounts) are
described here for the review workbook (Källor); each carries the place it was read (`Atom.source`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from pipeline import fmt
from pipeline.amounts import Amount, Atom, plain
from pipeline.domain import Accounting
from pipeline.present.rounding import Recording, Rounding
from pipeline.phrases import phrase

# A printed figure's mark: START, its number in the digits below, SEP, the printed text, END: Unicode's tag
# characters, which no workbook text or template contains and which are drawn with no width and no break
# (default ignorable), so that the marked document is laid out on the same pages as the document.
START, SEP, END = "\U000E0001", "\U000E003A", "\U000E007F"
_ZERO = 0xE0030  # TAG DIGIT ZERO
_DIGITS = "".join(chr(_ZERO + d) for d in range(10))
MARKED = re.compile(f"{START}([{_DIGITS}]+){SEP}([^{END}]*){END}")
NUMBERED = re.compile(f"([{_DIGITS}]+){SEP}")  # what a PDF's text keeps of a mark


def _encode(number: int) -> str:
    return "".join(chr(_ZERO + int(d)) for d in str(number))


def _decode(digits: str) -> int:
    return int("".join(str(ord(c) - _ZERO) for c in digits))


def marks(text: str) -> list[int]:
    """The numbers of the figures marked in `text`, in order."""
    return [_decode(m.group(1)) for m in MARKED.finditer(text)]


def unmarked(text: str) -> str:
    """`text` as the document prints it."""
    return MARKED.sub(lambda m: m.group(2), text)


@dataclass(frozen=True)
class Shown:
    """A figure as printed: its exact amount in kronor, the unit and the whole number of units shown."""

    number: int
    amount: Amount | Decimal
    unit: str
    whole: int

    @property
    def exact(self) -> Decimal:
        return self.amount.value if isinstance(self.amount, Amount) else Decimal(self.amount)

    @property
    def printed_kr(self) -> Decimal:
        return self.whole * fmt.UNIT_STEP[self.unit]

    @property
    def key(self):
        """Equal for the same figure printed in two places (the same composition, or the same plain value)."""
        return ("amount", self.amount.key) if isinstance(self.amount, Amount) else ("value", self.exact)

    @property
    def negated_key(self):
        """The key of this figure with the opposite sign (a cost printed negative in one table, positive in
        another)."""
        if isinstance(self.amount, Amount):
            return ("amount", frozenset((k, -c) for k, c in self.amount.key))
        return ("value", -self.exact)

    @property
    def traced(self) -> bool:
        """Whether the figure is made of atoms (a zero with none, or a plain number, is not)."""
        return isinstance(self.amount, Amount) and bool(self.amount.terms)


class Tracing(Rounding):
    """The printing of the review trail: figures printed as `Rounding` prints them, each one marked."""

    def __init__(self, recording: Recording, identities: Iterable[Amount]):
        super().__init__(recording, identities)
        self.shown: list[Shown] = []

    def mark(self, value, unit: str, whole: int, text: str) -> str:
        self.shown.append(Shown(len(self.shown) + 1, value, unit, whole))
        return f"{START}{_encode(len(self.shown))}{SEP}{text}{END}"

    def printed(self, amount: Amount, unit: str) -> int | None:
        """The whole number of units an amount's atoms print as (an identity, a sum of printed figures), or
        None for an amount not made of the document's atoms."""
        return self.whole(amount, unit) if isinstance(amount, Amount) else None


# --- the atoms of a figure --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Part:
    """One atom of a figure: `level` 0 for what the figure sums (the parts of level 0 sum to the figure's
    exact amount), 1 and deeper for what a computed part was made from."""

    level: int
    coefficient: Fraction  # how many times the atom counts in the figure (−1: subtracted)
    kind: str  # Saldo, Budget, Tilldelning …
    account: int | None
    name: str  # the account's name, the budget post, the insats …
    day: date | None
    year: int | None
    value: Decimal  # the atom as read (or computed), in kronor
    source: object  # pipeline.problems.Where, or None

    @property
    def contribution(self) -> Decimal:
        return _decimal(self.coefficient) * self.value


def _decimal(x: Fraction) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


_KINDS = {"saldo": "Saldo", "budget": "Budget", "tilldelning": "Statlig tilldelning", "prognos": "Prognos",
          "eget kapital": phrase("trail.planerat_ansprak_pa_eget_kapital"), "beslut": "Beslut om insats",
          "utfall": "Insatsens utfall", "pension": phrase("trail.pensionsavsattning_forandring"),
          "balanskrav": "Balanskravsjustering", "tal": phrase("trail.tal_i_berakningen")}
_HOWS = {"×": "Andel", "avrundat": "Avrundat", "medlemsbidrag": "Medlemsbidrag"}


def parts(amount: Amount | Decimal, accounting: Accounting) -> list[Part]:
    """What a figure is made of: its atoms, each computed one followed by what it was made from."""
    if not isinstance(amount, Amount) or not amount.terms:
        value = plain(amount)
        kind = "Noll: inga poster" if value == 0 else phrase("trail.belopp_utan_sparade_delar")
        return [Part(0, Fraction(1), kind, None, "", None, None, Decimal(value), None)]
    found: list[Part] = []
    _add(amount, Fraction(1), 0, accounting, found)
    return found


def _add(amount: Amount, factor: Fraction, level: int, accounting: Accounting, found: list[Part]) -> None:
    for atom, coefficient in sorted(amount.terms.items(), key=lambda item: _order(item[0])):
        found.append(_part(atom, factor * coefficient, level, accounting))
        if atom.origin is not None:  # a share of an amount sums to it; other computations are shown as made
            how = atom.origin[0]
            scale = how[1] if isinstance(how, tuple) and how[0] == "×" else Fraction(1)
            _add(atom.origin[1], factor * coefficient * scale, level + 1, accounting, found)


def _order(atom: Atom) -> tuple:
    key = atom.key
    return (_canonical(key[0]), _canonical(key[1:])) if isinstance(key, tuple) else ("", _canonical(key))


def _canonical(key) -> str:
    """A key as text that is the same in every process: a set (a derived atom's composition) is written in
    sorted order, since its own order follows the process's string hashes (PYTHONHASHSEED)."""
    if isinstance(key, frozenset):
        return "{" + ", ".join(sorted(_canonical(k) for k in key)) + "}"
    if isinstance(key, tuple):
        return "(" + ", ".join(_canonical(k) for k in key) + ")"
    return str(key)


def _part(atom: Atom, coefficient: Fraction, level: int, accounting: Accounting) -> Part:
    key = atom.key
    kind = key[0] if isinstance(key, tuple) and key else ""
    account = name = day = year = None
    if atom.origin is not None:
        how = atom.origin[0]
        head = how[0] if isinstance(how, tuple) else how
        label = _HOWS.get(head, str(head))
        if head == "×":
            label += f" {fmt.share(how[1]) if how[1] <= 1 else how[1]}"
        elif head == "medlemsbidrag":
            name = how[1]
        return Part(level, coefficient, phrase("trail.beraknat", how=label), None, name or "", None, None, atom.value, None)
    if kind == "saldo":
        day, account = key[1], key[2]
        name = accounting.account_names.get(account, "")
    elif kind == "budget":
        year, name, day = key[1], f"{key[2]} ({key[3]})", key[4]
    elif kind in ("tilldelning", "eget kapital"):
        year = key[1]
    elif kind == "prognos":
        year, name, day = key[1], key[2], key[3]
    elif kind == "beslut":
        name, day = f"{key[1]} {key[3]}".strip(), key[2]
    elif kind == "utfall":
        name, year = key[1], key[2]
    elif kind in ("pension", "balanskrav"):
        year, name = key[1], key[2]
    return Part(level, coefficient, _KINDS.get(kind, str(kind)), account, name or "", day, year, atom.value,
                atom.source)


# --- what was checked ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Footing:
    """A printed sum and the printed parts above it in its column whose atoms make up its own."""

    total: tuple[str, Shown]
    parts: tuple[tuple[int, str, Shown], ...]  # (sign, row, figure)

    @property
    def parts_sum(self) -> int:
        return sum(sign * s.whole for sign, _, s in self.parts)


def footings(column: list[tuple[str, Shown]]) -> list[Footing]:
    """The sums of one table column (figures in row order) with their parts: walking up from a figure of
    several atoms, each figure whose atoms it contains (all added, or all subtracted) is a part, until the
    parts make up the sum; a sub-total met first takes its own parts' place."""
    found = []
    for index, (label, total) in enumerate(column):
        if not isinstance(total.amount, Amount) or len(total.amount.terms) < 2:
            continue
        remaining = {a.key: c for a, c in total.amount.terms.items()}
        taken = []
        for above_label, above in reversed(column[:index]):
            if not isinstance(above.amount, Amount) or not above.amount.terms or above.unit != total.unit:
                continue
            terms = {a.key: c for a, c in above.amount.terms.items()}
            first, coefficient = next(iter(terms.items()))
            sign = 1 if remaining.get(first) == coefficient else -1 if remaining.get(first) == -coefficient else 0
            if sign and all(remaining.get(k) == sign * c for k, c in terms.items()):
                for k in terms:
                    del remaining[k]
                taken.append((sign, above_label, above))
            if not remaining:
                break
        if not remaining and len(taken) >= 2:
            found.append(Footing((label, total), tuple(reversed(taken))))
    return found
