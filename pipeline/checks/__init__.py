"""Checks: small functions that take the inputs and a document's scope and return problems.

Each document module lists the checks it runs, as beancount lists its validations; a
build runs them all before computing and stops when any of them returns an error, so
the computations can assume their inputs are complete and consistent. A check names the
cells behind what it finds, on every side of a cross-check.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.domain import Inputs, Scope
from pipeline.problems import Problem, Problems, Source, Where

Check = Callable[[Inputs, Scope], Iterable[Problem]]


def run(checks: Iterable[Check], inputs: Inputs, scope: Scope, problems: Problems) -> None:
    for check in checks:
        problems.add(check(inputs, scope))


def next_row(sources: Iterable[Source | None], file: str, sheet: str) -> Where:
    """The first cell below a sheet's rows: where a missing row is to be written."""
    rows = [s.row for s in sources if s is not None and s.sheet == sheet]
    return Where(file, sheet, f"A{max(rows, default=1) + 1}")
