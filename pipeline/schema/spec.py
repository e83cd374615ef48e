"""The shapes every workbook is declared in: a workbook, its sheets (a table or single facts) and their columns."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    TEXT = "text"
    INT = "heltal"
    YEAR = "årtal"
    AMOUNT = "belopp i kronor"
    DECIMAL = "tal"
    SHARE = "andel"
    DATE = "datum"
    CHOICE = "val"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    help: str
    required: bool = True
    choices: tuple[str, ...] = ()
    width: int = 16
    # For a dropdown listing the values of a column on another sheet of the same
    # workbook, e.g. ("Rapportrader", "Rad").
    choices_from: tuple[str, str] | None = None
    positive: bool = False  # an amount that is never negative (a budget post, a grant): a minus is a mistake


@dataclass(frozen=True)
class TableSheet:
    """A sheet holding one table: a header row, then one row per item. An `optional` sheet (added to the
    format later) may be missing from a workbook: it then has no rows."""

    name: str
    help: str
    columns: tuple[Column, ...]
    optional: bool = False
    aliases: tuple[str, ...] = ()  # older names of the sheet, still read

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


@dataclass(frozen=True)
class FieldSheet:
    """A sheet of single facts: column A names the fact, column B holds its value."""

    name: str
    help: str
    fields: tuple[Column, ...]


Sheet = TableSheet | FieldSheet


@dataclass(frozen=True)
class WorkbookSpec:
    filename: str
    title: str
    help: str
    sheets: tuple[Sheet, ...]

    def sheet(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)


README_SHEET = "Läs mig"
# The help of every sheet of single facts.
FACTS_HELP = "En uppgift per rad: namnet står i kolumn A, värdet skrivs i kolumn B."
