"""Controlled rounding: the whole kronor or tkr printed for every figure of a document.

The figures are `Amount`s, each a sum of atoms (see pipeline.amounts). Every atom is rounded once, down or
up, and every figure is printed as the sum of its rounded atoms, so each printed sum equals the sum of its
printed parts and one figure has one printed value. The choice of up or down is an integer programme
(HiGHS), which keeps
- every printed figure within one unit of its exact amount (a soft constraint, heavily weighted),
- the identities of the books exact on paper (each day's balances sum to zero, eget kapital is carried
  forward), so that the balansräkning balances and the kassaflöde equals the change in cash,
- every printed figure as close to its exact amount as it can be, the detailed lines before the totals:
  a line is weighted by one over the number of atoms in it, so the parts are rounded as they are and the
  totals follow from them, as a person adds up a printed table.

A document's context is built twice: once recording the figures it prints, then printing them.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal, localcontext

from pipeline import fmt
from pipeline.amounts import Amount

CLOSE = 1000.0  # per unit a printed figure lies beyond one unit from its exact amount
IDENTITY = 100_000.0  # per unit an identity of the books fails on paper
ATOM = 0.001  # per unit an atom is off, to choose among equal solutions


class Recording:
    """The first pass: amounts print rounded to the nearest unit, and every figure printed is kept."""

    drawing = False  # charts are not drawn in this pass
    recording = True  # nor is what prints no amount made (fmt.recording)

    def __init__(self):
        self.figures: dict[str, dict[frozenset, Amount]] = {}

    def whole(self, amount: Amount, unit: str) -> int | None:
        self.figures.setdefault(unit, {}).setdefault(amount.key, amount)
        return None


class Rounding:
    """The second pass: every figure printed as the sum of its atoms, rounded by `solve` per unit."""

    drawing = True

    def __init__(self, recording: Recording, identities: Iterable[Amount]):
        self._figures = recording.figures
        self._identities = [i for i in identities if isinstance(i, Amount) and i.value == 0]
        self._atoms: dict[str, dict] = {}
        self._printed: dict[str, dict[frozenset, int | None]] = {}

    def whole(self, amount: Amount, unit: str) -> int | None:
        if unit not in self._atoms:
            figures = list(self._figures.get(unit, {}).values())
            used = {a for f in figures for a in f.terms}
            identities = [i for i in self._identities if used.intersection(i.terms)]  # of the figures' books
            self._atoms[unit] = solve(figures, identities, fmt.UNIT_STEP[unit])
            self._printed[unit] = {}
        printed = self._printed[unit]
        key = amount.key  # a figure is printed many times (a line, its note, a sentence): added up once
        if key not in printed:
            atoms = self._atoms[unit]
            if all(a.key in atoms for a in amount.terms):
                printed[key] = sum(c * atoms[a.key] for a, c in amount.terms.items())
            else:
                printed[key] = None  # not among the recorded figures: the nearest unit
        return printed[key]


def warm() -> None:
    """Import the solver ahead (a long-running process does, so that a build does not)."""
    import highspy  # noqa: F401
    import numpy  # noqa: F401


# Digits for exact sums of atoms: an atom made by division has 28 significant digits, and a sum spans
# from millions of kronor down to its last one. (Decimal, not Fraction: the same exact sums, ten times faster.)
EXACT_DIGITS = 80


def solve(figures: list[Amount], identities: list[Amount], step: Decimal) -> dict:
    """Each atom's whole number of `step`, chosen as the module says."""
    with localcontext() as exact_sums:
        exact_sums.prec = EXACT_DIGITS
        return _solve(figures, identities, Decimal(step))


def _solve(figures: list[Amount], identities: list[Amount], step: Decimal) -> dict:
    atoms = {}
    for f in figures + identities:
        for a in f.terms:
            atoms.setdefault(a.key, Decimal(a.value) / step)
    floors = {k: math.floor(x) for k, x in atoms.items()}
    free = [k for k, x in atoms.items() if x != floors[k]]
    if not free:
        return floors
    import highspy
    import numpy as np
    from highspy import _core  # the plain solver object: highspy.Highs prints a banner on stdout

    solver = _core._Highs()
    solver.setOptionValue("output_flag", False)
    solver.setOptionValue("time_limit", 10.0)
    # One thread: the programme is small, and HiGHS's worker threads do not survive the fork of a process
    # pool (pipeline.batch), where a child would wait for them forever.
    solver.setOptionValue("threads", 1)
    index = {k: i for i, k in enumerate(free)}
    infinity = highspy.kHighsInf
    costs, lower, upper = [], [], []

    def column(cost: float, low: float, high: float) -> int:
        costs.append(cost), lower.append(low), upper.append(high)
        return len(costs) - 1

    for k in free:  # z = 1: the atom rounded up
        column(ATOM * float(1 - 2 * (atoms[k] - floors[k])), 0.0, 1.0)
    rows: list[tuple[float, float, list[int], list[float]]] = []

    def linear(amount: Amount) -> tuple[Decimal, int, list[int], list[float]]:
        """Exact value in units, the value with every free atom rounded down, and the free atoms' terms."""
        exact = sum((c * atoms[a.key] for a, c in amount.terms.items()), Decimal(0))
        base = sum((c * floors[a.key] for a, c in amount.terms.items()), 0)
        cols = [index[a.key] for a, c in amount.terms.items() if a.key in index and c]
        coefs = [float(c) for a, c in amount.terms.items() if a.key in index and c]
        return exact, base, cols, coefs

    for identity in identities:
        _, base, cols, coefs = linear(identity)
        if cols:
            over, under = column(IDENTITY, 0.0, infinity), column(IDENTITY, 0.0, infinity)
            rows.append((-base, -base, cols + [over, under], coefs + [-1.0, 1.0]))
    integers = list(range(len(free)))
    for figure in figures:
        exact, base, cols, coefs = linear(figure)
        if not cols:
            continue
        low = math.floor(exact)
        over, under = column(CLOSE, 0.0, infinity), column(CLOSE, 0.0, infinity)
        if exact == low:  # printed exactly, or as near as the slack allows
            rows.append((low - base, low - base, cols + [over, under], coefs + [-1.0, 1.0]))
            continue
        # printed = low + up: up = 1 prints it rounded up, at a cost that is zero for the nearer side and
        # grows as the exact amount lies further from it, weighted by one over the figure's atoms.
        up = column(float(1 - 2 * (exact - low)) / len(figure.terms), 0.0, 1.0)
        integers.append(up)
        rows.append((low - base, low - base, cols + [up, over, under], coefs + [-1.0, -1.0, 1.0]))
    n = len(costs)
    solver.addCols(n, np.array(costs), np.array(lower), np.array(upper), 0, np.array([], dtype=np.int32),
                   np.array([], dtype=np.int32), np.array([], dtype=np.float64))
    solver.changeColsIntegrality(len(integers), np.array(integers, dtype=np.int32),
                                 np.array([highspy.HighsVarType.kInteger] * len(integers)))
    starts, indices, values = [], [], []
    for _, _, cols, coefs in rows:
        starts.append(len(indices))
        indices += cols
        values += coefs
    solver.addRows(len(rows), np.array([float(r[0]) for r in rows]), np.array([float(r[1]) for r in rows]),
                   len(indices), np.array(starts, dtype=np.int32), np.array(indices, dtype=np.int32),
                   np.array(values, dtype=np.float64))
    solver.run()
    chosen = solver.getSolution().col_value
    _core._Highs.resetGlobalScheduler(True)
    if len(chosen) < len(free):  # no solution (never expected): each atom to its nearest unit
        return {k: math.floor(x + Decimal("0.5")) for k, x in atoms.items()}
    return {k: floors[k] + (round(chosen[index[k]]) if k in index else 0) for k in atoms}
