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
from collections import deque
from collections.abc import Iterable
from decimal import Decimal, localcontext
from operator import attrgetter, itemgetter, mul

from pipeline import fmt
from pipeline.amounts import Amount

CLOSE = 1000.0  # per unit a printed figure lies beyond one unit from its exact amount
IDENTITY = 100_000.0  # per unit an identity of the books fails on paper
ATOM = 0.001  # per unit an atom is off, to choose among equal solutions


class Recorded:
    """The distinct figures printed in one unit, in the order first printed. A figure printed again (a line, its
    note, a sentence) is the same object, or another with the same composition: the same atoms with the same
    coefficients (`Amount.key`, compared here without building it, which at size costs more than the pass)."""

    def __init__(self):
        self.figures: list[Amount] = []
        self._by_object: dict[int, tuple[Amount, int]] = {}  # id: the amount (kept, so the id is not reused), index
        self._by_shape: dict[tuple[int, int], list[int]] = {}  # number of atoms and sum of their hashes: indexes

    def index(self, amount: Amount) -> int | None:
        """The figure's place among those printed, or None when it is not one of them."""
        return self._found(amount)[0]

    def add(self, amount: Amount) -> None:
        index, shape = self._found(amount)
        if index is None:
            i = len(self.figures)
            self.figures.append(amount)
            self._by_object[id(amount)] = (amount, i)
            self._by_shape.setdefault(shape, []).append(i)

    def _found(self, amount: Amount) -> tuple[int | None, tuple[int, int] | None]:
        seen = self._by_object.get(id(amount))
        if seen is not None:
            return seen[1], None
        terms = amount.terms
        shape = _shape(terms)
        for i in self._by_shape.get(shape, ()):
            if self.figures[i].terms == terms:  # atoms compare by key, and no coefficient is zero
                self._by_object[id(amount)] = (amount, i)
                return i, shape
        return None, shape


SMALL = 16  # atoms in a figure whose shape includes their hashes


def _shape(terms: dict) -> tuple[int, int]:
    """The same for figures of the same composition: the number of atoms and, for a small figure, the sum of
    their hashes (a large one is told from the few others of its size by comparing them)."""
    return len(terms), (sum(map(hash, terms)) if len(terms) <= SMALL else 0)


KEY = attrgetter("key")


def printed_sum(amount: Amount, atoms: dict) -> int:
    """The amount as the sum of its atoms' whole numbers."""
    return sum(map(mul, map(atoms.__getitem__, map(KEY, amount.terms)), amount.terms.values()))


class Recording:
    """The first pass: amounts print rounded to the nearest unit, and every figure printed is kept."""

    drawing = False  # charts are not drawn in this pass
    recording = True  # nor is what prints no amount made (fmt.recording)

    def __init__(self):
        self.figures: dict[str, Recorded] = {}

    def whole(self, amount: Amount, unit: str) -> int | None:
        printed = self.figures.get(unit)
        if printed is None:
            printed = self.figures[unit] = Recorded()
        printed.add(amount)
        return None


class Rounding:
    """The second pass: every figure printed as the sum of its atoms, rounded by `solve` per unit."""

    drawing = True

    def __init__(self, recording: Recording, identities: Iterable[Amount]):
        self._figures = recording.figures
        self._identities = [i for i in identities if isinstance(i, Amount) and i.value == 0]
        self._atoms: dict[str, dict] = {}
        self._printed: dict[str, list[int | None]] = {}

    def whole(self, amount: Amount, unit: str) -> int | None:
        recorded = self._figures.get(unit) or Recorded()
        if unit not in self._atoms:
            figures = recorded.figures
            used = set().union(*(map(KEY, f.terms) for f in figures))
            identities = [i for i in self._identities if not used.isdisjoint(map(KEY, i.terms))]  # the figures' books
            self._atoms[unit] = solve(figures, identities, fmt.UNIT_STEP[unit])
            self._printed[unit] = [None] * len(figures)
        atoms = self._atoms[unit]
        index = recorded.index(amount)  # a figure is printed many times (a line, its note, a sentence): added up once
        if index is None:  # not among the recorded figures: made of their atoms, or else the nearest unit
            return printed_sum(amount, atoms) if all(map(atoms.__contains__, map(KEY, amount.terms))) else None
        printed = self._printed[unit]
        if printed[index] is None:
            printed[index] = printed_sum(amount, atoms)
        return printed[index]


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
    first: dict = {}  # key: the atom first met with it, in the order first met
    for f in figures + identities:
        deque(map(first.setdefault, map(KEY, f.terms), f.terms), maxlen=0)
    atoms: dict = {}  # key: the atom in units, rounded down, its column when it is not whole (else None)
    free = 0
    for k, a in first.items():
        x = Decimal(a.value) / step
        floor = math.floor(x)
        atoms[k] = (x, floor, None if x == floor else free)
        free += x != floor
    if not free:
        return {k: floor for k, (_, floor, _) in atoms.items()}
    chosen = _Programme(atoms, free, identities, figures).solved()
    if chosen is None:  # no solution (never expected): each atom to its nearest unit
        return {k: math.floor(x + Decimal("0.5")) for k, (x, _, _) in atoms.items()}
    return {k: floor if i is None else floor + round(chosen[i]) for k, (_, floor, i) in atoms.items()}


class _Programme:
    """The integer programme of `solve`: a column per free atom (1: rounded up), per identity two slacks, per
    figure two slacks and, when it is not whole, a column for printing it rounded up."""

    def __init__(self, atoms: dict, free: int, identities: list[Amount], figures: list[Amount]):
        self.atoms, self.free = atoms, free
        self.costs: list[float] = [ATOM * float(1 - 2 * (x - floor)) for x, floor, i in atoms.values() if i is not None]
        self.lower: list[float] = [0.0] * free
        self.upper: list[float] = [1.0] * free
        self.rows: list[tuple[float, list[int], list[float]]] = []  # (value, columns, coefficients)
        self.integers = list(range(free))
        for identity in identities:
            self.identity(identity)
        for figure in figures:
            self.figure(figure)

    def column(self, cost: float, high: float) -> int:
        self.costs.append(cost), self.lower.append(0.0), self.upper.append(high)
        return len(self.costs) - 1

    def slacks(self, cost: float) -> list[int]:
        """Two columns that let a row miss, over and under, at `cost` per unit."""
        return [self.column(cost, math.inf), self.column(cost, math.inf)]

    def terms(self, amount: Amount, exact: bool) -> tuple[Decimal | None, int, list[int], list[float]]:
        """The amount in units (when `exact`), with every free atom rounded down, and the free atoms' terms,
        in one walk over its atoms."""
        found = [self.atoms[a.key] for a in amount.terms]
        coefficients = amount.terms.values()
        value = sum(map(mul, map(itemgetter(0), found), coefficients), Decimal(0)) if exact else None
        base = sum(map(mul, map(itemgetter(1), found), coefficients))
        cols = [i for (_, _, i), c in zip(found, coefficients) if i is not None and c]
        coefs = [float(c) for (_, _, i), c in zip(found, coefficients) if i is not None and c]
        return value, base, cols, coefs

    def identity(self, identity: Amount) -> None:
        _, base, cols, coefs = self.terms(identity, exact=False)
        if cols:
            self.rows.append((-base, cols + self.slacks(IDENTITY), coefs + [-1.0, 1.0]))

    def figure(self, figure: Amount) -> None:
        exact, base, cols, coefs = self.terms(figure, exact=True)
        if not cols:
            return
        low = math.floor(exact)
        over, under = self.slacks(CLOSE)
        if exact == low:  # printed exactly, or as near as the slack allows
            self.rows.append((low - base, cols + [over, under], coefs + [-1.0, 1.0]))
            return
        # printed = low + up: up = 1 prints it rounded up, at a cost that is zero for the nearer side and
        # grows as the exact amount lies further from it, weighted by one over the figure's atoms.
        up = self.column(float(1 - 2 * (exact - low)) / len(figure.terms), 1.0)
        self.integers.append(up)
        self.rows.append((low - base, cols + [up, over, under], coefs + [-1.0, -1.0, 1.0]))

    def solved(self) -> list[float] | None:
        """The value of every column in HiGHS's solution, or None when it has none."""
        import numpy as np

        starts, indices, values = [], [], []
        for _, cols, coefs in self.rows:
            starts.append(len(indices))
            indices += cols
            values += coefs
        chosen = _highs(np.array(self.costs), np.array(self.lower), np.array(self.upper),
                        np.array(self.integers, dtype=np.int32), np.array([float(r[0]) for r in self.rows]),
                        np.array(starts, dtype=np.int32), np.array(indices, dtype=np.int32),
                        np.array(values, dtype=np.float64))
        return chosen if len(chosen) >= self.free else None


SOLVER_OPTIONS = {
    "output_flag": False,
    # One thread: the programme is small, and HiGHS's worker threads do not survive the fork of a process
    # pool (pipeline.batch), where a child would wait for them forever.
    "threads": 1,
    # A limit counted in work, not in seconds: the same figures are rounded the same way on a busy machine as
    # on an idle one. Every programme met so far is solved at the first node; past the limit, HiGHS's best
    # whole-number solution is used (every figure still the sum of its rounded atoms).
    "mip_max_nodes": 10_000,
}


def _highs(costs, lower, upper, integers, bounds, starts, indices, values) -> list[float]:
    """HiGHS's solution of a programme (its columns, then its rows in compressed form), or [] for none."""
    import highspy  # its infinity is math.inf
    import numpy as np
    from highspy import _core  # the plain solver object: highspy.Highs prints a banner on stdout

    solver = _core._Highs()
    for option, value in SOLVER_OPTIONS.items():
        solver.setOptionValue(option, value)
    solver.addCols(len(costs), costs, lower, upper, 0,
                   np.array([], dtype=np.int32), np.array([], dtype=np.int32), np.array([], dtype=np.float64))
    solver.changeColsIntegrality(len(integers), integers, np.array([highspy.HighsVarType.kInteger] * len(integers)))
    solver.addRows(len(bounds), bounds, bounds, len(indices), starts, indices, values)
    solver.run()
    found = solver.getInfo().primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible
    chosen = solver.getSolution().col_value if found else []
    _core._Highs.resetGlobalScheduler(True)
    return chosen
