"""Resultaträkning, balansräkning and driftsredovisning as tables of exact amounts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.compute.budget import line_posts
from pipeline.compute.lines import ZERO, evaluate, line_values
from pipeline.compute.tables import Table, TableRow
from pipeline.domain import Accounting, Budget, Member, ReportLine, year_end
from pipeline.enums import LineKind, Report, RowStyle


def rows(lines: tuple[ReportLine, ...], columns: list[dict[str, Decimal]]) -> tuple[TableRow, ...]:
    """One row per line, leaving out what has no amount in any column.

    A post line without amounts is left out; so is a sum whose children are all
    left out, and a heading whose rows (up to the next heading) are all left out.
    """
    values = {line.name: tuple(column[line.name] for column in columns)
              for line in lines if line.kind != LineKind.HEADING}
    kinds = {line.name: line.kind for line in lines}
    children: dict[str, list[str]] = {}
    for line in lines:
        if line.parent:
            children.setdefault(line.parent, []).append(line.name)

    def shown(name: str, kind: LineKind) -> bool:
        if any(values[name]):
            return True
        return kind == LineKind.SUM and any(shown(child, kinds[child]) for child in children.get(name, []))

    # A heading is shown only above a line with amounts: a heading whose lines are all hidden, one followed only
    # by a sum, or one at the end has no content and is left out (headings right above another wait for it).
    result: list[TableRow] = []
    pending: list[TableRow] = []
    hidden_since_heading = False
    for line in lines:
        if line.kind == LineKind.HEADING:
            if hidden_since_heading and pending:
                pending.pop()  # the previous heading's lines were all hidden
            pending.append(TableRow(line.name, RowStyle.HEADING))
            hidden_since_heading = False
            continue
        if not shown(line.name, line.kind):
            hidden_since_heading = True
            continue
        if line.kind == LineKind.SUM:
            pending = []
        else:
            result += pending
            pending = []
        style = RowStyle.TOTAL if line.kind == LineKind.SUM else RowStyle.LINE
        result.append(TableRow(line.name, style, values[line.name], line.note))
    return tuple(result)


def statement(accounting: Accounting, report: Report, days: list[date]) -> Table:
    """Resultaträkning or balansräkning with one column per closing date."""
    return Table(rows(accounting.report_lines(report), [line_values(accounting, report, d) for d in days]))


def operating_statement(accounting: Accounting, budget: Budget, members: tuple[Member, ...],
                        years: list[int]) -> Table:
    """Driftsredovisning: per year utfall, budget and avvikelse = utfall − budget; a year without a
    budget (the previous year of a förbund that did not enter it) has its utfall only."""
    lines = accounting.report_lines(Report.DR)
    columns: list[dict[str, Decimal]] = []
    for year in years:
        outcome = line_values(accounting, Report.DR, year_end(year))
        columns.append(outcome)
        if year in budget_years(budget):
            planned = evaluate(lines, line_posts(lines, budget, members, year))
            columns += [planned, {name: outcome[name] - planned[name] for name in outcome}]
    return Table(rows(lines, columns))


def rr_budget(accounting: Accounting, dr_posts: dict[str, Decimal]) -> dict[str, Decimal]:
    """A driftsredovisning budget carried to the resultaträkning's lines.

    Each driftsredovisning line goes to the resultaträkning line of the first kontoplan
    row that maps to it.
    """
    target: dict[str, str] = {}
    for rule in sorted(accounting.rules, key=lambda r: r.order):
        if Report.DR in rule.lines and Report.RR in rule.lines:
            target.setdefault(rule.lines[Report.DR], rule.lines[Report.RR])
    posts: dict[str, Decimal] = {}
    for line, amount in dr_posts.items():
        if line in target:
            posts[target[line]] = posts.get(target[line], ZERO) + amount
    return evaluate(accounting.report_lines(Report.RR), posts)


def budget_years(budget: Budget) -> set[int]:
    return {item.year for item in budget.items}


@dataclass(frozen=True)
class BudgetComparison:
    """One driftsredovisning line's outcome against its budget, for the commentary."""

    line: str
    outcome: Decimal
    budget: Decimal

    @property
    def size_change(self) -> Decimal:
        """How much larger the outcome is than the budget, whatever the line's sign."""
        return abs(self.outcome) - abs(self.budget)


def budget_comparisons(accounting: Accounting, budget: Budget, members: tuple[Member, ...],
                       year: int) -> list[BudgetComparison]:
    lines = accounting.report_lines(Report.DR)
    outcome = line_values(accounting, Report.DR, year_end(year))
    planned = evaluate(lines, line_posts(lines, budget, members, year))
    return [
        BudgetComparison(line.name, outcome[line.name], planned[line.name])
        for line in lines
        if line.is_post and (outcome[line.name] or planned[line.name])
    ]
