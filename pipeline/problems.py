"""Errors and warnings about the input, addressed to the förbund's staff in Swedish.

Readers and checks never stop at the first problem: they add every problem to a
`Problems` collection, and the CLI prints them all, grouped by file. A problem names
where it is: one or more places (file, sheet, cell or cell range), so that a
cross-check (the books against the grant list, say) points at the cells on both sides.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum


class Level(Enum):
    ERROR = "Fel"
    WARNING = "Varning"


@dataclass(frozen=True)
class Where:
    """A place in the input: a file, optionally a sheet and a cell (``C7``) or cells (``C7:C12, C15``), or a
    line of a text file (an SIE export)."""

    file: str
    sheet: str | None = None
    cell: str | None = None
    line: int | None = None
    heading: str | None = None  # a heading of a Word file (its texts)

    def describe(self) -> str:
        parts = [self.file]
        if self.heading:
            parts.append(f"rubriken \"{self.heading}\"")
        if self.sheet:
            parts.append(f"blad {self.sheet}")
        if self.cell and self.cell.startswith(("rad ", "kolumn ")):
            parts.append(self.cell)
        elif self.cell:
            parts.append(f"{'celler' if ':' in self.cell or ',' in self.cell else 'cell'} {self.cell}")
        if self.line:
            parts.append(f"rad {self.line}")
        return ", ".join(parts)


_CELL = re.compile(r"^([A-Z]+)(\d+)$")


def cells(places: Iterable[Where]) -> list[Where]:
    """Places merged per sheet, runs of one column written as ranges (D2:D9, D12).

    A check that concerns many rows (every balance of a date, say) names them all in
    one short place instead of a line per cell.
    """
    by_sheet: dict[tuple[str, str | None], list[str]] = {}
    order: list[tuple[str, str | None]] = []
    plain: list[Where] = []
    for place in places:
        if place.cell is None or not _CELL.match(place.cell):
            if place not in plain:
                plain.append(place)
            continue
        key = (place.file, place.sheet)
        if key not in by_sheet:
            by_sheet[key] = []
            order.append(key)
        if place.cell not in by_sheet[key]:
            by_sheet[key].append(place.cell)
    merged = [Where(file, sheet, _ranges(by_sheet[(file, sheet)])) for file, sheet in order]
    return merged + [p for p in plain if not any((p.file, p.sheet) == key for key in order)]


def _ranges(refs: list[str]) -> str:
    columns: dict[str, list[int]] = {}
    for ref in refs:
        column, row = _CELL.match(ref).groups()
        columns.setdefault(column, []).append(int(row))
    parts = []
    for column, rows in columns.items():
        rows = sorted(set(rows))
        start = previous = rows[0]
        for row in rows[1:] + [None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            parts.append(f"{column}{start}" if start == previous else f"{column}{start}:{column}{previous}")
            if row is not None:
                start = previous = row
    return ", ".join(parts)


@dataclass(frozen=True)
class Problem:
    level: Level
    places: tuple[Where, ...]
    message: str
    lacks: str = ""  # what the document lacks that the law or RKR asks for: it is written marked UTKAST

    @property
    def where(self) -> Where | None:
        return self.places[0] if self.places else None

    def __str__(self) -> str:
        prefix = f"{self.level.value}: "
        if not self.places:
            return prefix + self.message
        return f"{prefix}{' och '.join(p.describe() for p in self.places)}: {self.message}"


def error(where: Where | Iterable[Where] | None, message: str) -> Problem:
    return Problem(Level.ERROR, _places(where), message)


def warning(where: Where | Iterable[Where] | None, message: str) -> Problem:
    return Problem(Level.WARNING, _places(where), message)


def incomplete(where: Where | Iterable[Where] | None, message: str, lacks: str) -> Problem:
    """A warning that the document will lack `lacks` (a part the law or RKR asks for): it is marked UTKAST."""
    return Problem(Level.WARNING, _places(where), message, lacks)


def _places(where) -> tuple[Where, ...]:
    if where is None:
        return ()
    if isinstance(where, Where):
        return (where,)
    return tuple(cells(where))


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def error(self, where: Where | Iterable[Where] | None, message: str) -> None:
        self.items.append(error(where, message))

    def warning(self, where: Where | Iterable[Where] | None, message: str) -> None:
        self.items.append(warning(where, message))

    def add(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level is Level.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level is Level.WARNING]

    @property
    def has_errors(self) -> bool:
        return any(p.level is Level.ERROR for p in self.items)

    def report(self) -> str:
        """All problems, one line each: errors first, grouped by file in input order."""
        lines: list[str] = []
        for level in (Level.ERROR, Level.WARNING):
            by_file: dict[str, list[Problem]] = {}
            for p in self.items:
                if p.level is level:
                    by_file.setdefault(p.where.file if p.where else "", []).append(p)
            lines += [str(p) for problems in by_file.values() for p in problems]
        return "\n".join(dict.fromkeys(lines))


class InputError(Exception):
    """Raised when problems with errors must stop the command."""

    def __init__(self, problems: Problems):
        super().__init__(problems.report())
        self.problems = problems


@dataclass(eq=False, slots=True)  # not frozen: one per row of a workbook, and a frozen one takes 4 × as long to make
class Source:
    """Where a domain object came from: one row of a sheet (or a field sheet), with the
    cell of each column, so that any later check can name the cells it concerns."""

    file: str
    sheet: str
    row: int
    refs: Mapping[str, str] = field(default_factory=dict)  # column -> cell, e.g. "Belopp" -> "D7"
    heading: str | None = None  # a text from a Word file: the heading it stands under (no sheet, no row)

    def at(self, column: str) -> Where:
        return Where(self.file, self.sheet or None, self.refs.get(column) or (f"A{self.row}" if self.row else None),
                     heading=self.heading)



@dataclass(frozen=True, eq=False)
class LineSource:
    """Where a domain object came from in a text file (an SIE export): the file and, when known, the line;
    it answers `at` as a `Source` does, so that checks name it like a cell."""

    file: str
    line: int | None = None
    sheet = None  # not a sheet's row: next_row and the like pass it over
    row = 0

    def at(self, column: str) -> Where:
        return Where(self.file, line=self.line)
