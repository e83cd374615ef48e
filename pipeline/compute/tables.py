"""The shape every computed table has: rows of exact amounts, before formatting."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

HEADING = "rubrik"
LINE = "rad"
TOTAL = "summa"
SUBTOTAL = "delsumma"
SUBLINE = "delrad"


@dataclass(frozen=True)
class TableRow:
    label: str
    style: str  # HEADING | LINE | TOTAL | SUBTOTAL | SUBLINE
    values: tuple[Decimal | None, ...] = ()
    note: int | None = None


@dataclass(frozen=True)
class Table:
    rows: tuple[TableRow, ...]

    def row(self, label: str) -> TableRow:
        """The first row with this label (for tests and text that quotes a figure)."""
        return next(r for r in self.rows if r.label == label)
