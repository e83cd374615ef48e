"""Errors and warnings about the input, addressed to the förbund's staff in Swedish.

Readers and checks never stop at the first problem: they add every problem to a
`Problems` collection, and the CLI prints them all, grouped by file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Level(Enum):
    ERROR = "Fel"
    WARNING = "Varning"


@dataclass(frozen=True)
class Where:
    """A place in the input: a file, optionally a sheet and a cell (``C7``)."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def describe(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f"blad {self.sheet}")
        if self.cell:
            parts.append(f"cell {self.cell}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Problem:
    level: Level
    where: Where | None
    message: str

    def __str__(self) -> str:
        prefix = f"{self.level.value}: "
        if self.where is None:
            return prefix + self.message
        return f"{prefix}{self.where.describe()}: {self.message}"


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def error(self, where: Where | None, message: str) -> None:
        self.items.append(Problem(Level.ERROR, where, message))

    def warning(self, where: Where | None, message: str) -> None:
        self.items.append(Problem(Level.WARNING, where, message))

    def extend(self, other: "Problems") -> None:
        self.items.extend(other.items)

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
