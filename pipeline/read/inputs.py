"""Reading an input folder: every workbook, every problem, one `Inputs`."""
from __future__ import annotations

from pathlib import Path

from pipeline.domain import DR, Inputs
from pipeline.problems import InputError, Problems
from pipeline.read.budget import read_budget
from pipeline.read.cells import nearest
from pipeline.read.forbundet import read_forbundet
from pipeline.read.redovisning import read_redovisning
from pipeline.read.verksamhet import read_verksamhet
from pipeline.read.xlsx import open_workbook
from pipeline.schema import BUDGET, FORBUNDET, REDOVISNING, VERKSAMHET


def read_inputs(folder: Path, problems: Problems) -> Inputs:
    """All workbooks of `folder`; raises InputError if any problem is an error."""
    books = {spec: open_workbook(folder, spec, problems) for spec in (FORBUNDET, REDOVISNING, BUDGET, VERKSAMHET)}
    # Read every workbook that opened, so that one run reports all problems.
    read = lambda spec, reader: reader(books[spec], problems) if books[spec] else None  # noqa: E731
    forbund = read(FORBUNDET, read_forbundet)
    accounting = read(REDOVISNING, read_redovisning)
    budget_and_cells = read(BUDGET, read_budget)
    activity = read(VERKSAMHET, read_verksamhet)
    if accounting and budget_and_cells:
        _check_budget_lines(accounting, budget_and_cells[1], problems)
    if problems.has_errors or None in (forbund, accounting, budget_and_cells, activity):
        raise InputError(problems)
    return Inputs(forbund, accounting, budget_and_cells[0], activity, source=str(folder))


def _check_budget_lines(accounting, line_cells, problems: Problems) -> None:
    dr_posts = [line.name for line in accounting.report_lines(DR) if line.is_post]
    for item, where in line_cells.items():
        if item.line not in dr_posts:
            hint = nearest(item.line, dr_posts)
            suffix = f" Menade du \"{hint}\"?" if hint else ""
            problems.error(where, f"\"{item.line}\" är ingen rad med belopp i driftsredovisningen "
                                  f"(redovisning.xlsx, bladet Rapportrader).{suffix}")
