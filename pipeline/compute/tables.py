"""The shape every computed table has: rows of exact amounts, before formatting."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.enums import RowStyle


@dataclass(frozen=True)
class TableRow:
    label: str
    style: RowStyle
    values: tuple[Decimal | None, ...] = ()
    note: int | None = None


@dataclass(frozen=True)
class Table:
    rows: tuple[TableRow, ...]

    def row(self, label: str) -> TableRow:
        """The first row with this label (for tests and text that quotes a figure)."""
        return next(r for r in self.rows if r.label == label)
