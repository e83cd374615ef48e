"""Amounts of report lines from account balances, and sums along the line tree.

Balances are signed as in the ledger (debet +, kredit −). A line shows its amount
with the sign a reader expects: revenue and claims positive, costs negative in the
resultaträkning and driftsredovisning, assets positive in the balansräkning.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from pipeline.amounts import added
from pipeline.domain import Accounting, ReportLine
from pipeline.enums import LineKind, Report

ZERO = Decimal(0)


def display_sign(line: ReportLine) -> int:
    """+1 or −1: how a ledger balance on this line is shown in its report."""
    if line.report == Report.BR and line.kind == LineKind.ASSET:
        return 1
    return -1


def note_sign(line: ReportLine) -> int:
    """Sign in a note, where every amount is shown as a positive size of its kind."""
    if line.kind.is_cost or line.kind == LineKind.ASSET:
        return 1
    return -1


def _rule_line(accounting: Accounting, account: int, report: Report) -> str | None:
    rule = accounting.rule_for(account)
    return rule.lines.get(report) if rule else None


def has_balance_sheet(accounting: Accounting, day: date) -> bool:
    """Whether balance-sheet accounts were entered for `day` (not only results)."""
    lines = _lines_of(accounting, Report.BR)
    return any(lines[a] for a in accounting.balances.get(day, {}))


def has_results(accounting: Accounting, day: date) -> bool:
    lines = _lines_of(accounting, Report.RR)
    return any(lines[a] for a in accounting.balances.get(day, {}))


def post_amounts(accounting: Accounting, report: Report, day: date) -> dict[str, Decimal]:
    """Shown amount of every line of `report` that takes its amount from accounts (do not modify:
    the result is kept, as statements, notes and checks ask for the same amounts many times)."""
    key = ("post_amounts", report, day)
    if key not in accounting.memo:
        accounting.memo[key] = _post_amounts(accounting, report, day)
    return accounting.memo[key]


def _post_amounts(accounting: Accounting, report: Report, day: date) -> dict[str, Decimal]:
    lines = {line.name: line for line in accounting.report_lines(report)}
    amounts = {name: ZERO for name, line in lines.items() if line.is_post or line.kind == LineKind.RESULT}
    routes = _routes(accounting, report)
    parts: dict[str, list] = {}  # line -> (sign, balance), in the order of the balances
    for account, balance in accounting.balances.get(day, {}).items():
        route = routes[account]
        if route is not None:
            parts.setdefault(route[0], []).append((route[1], balance))
    for name, signed in parts.items():
        amounts[name] = added(ZERO, signed)
    return amounts


def _routes(accounting: Accounting, report: Report) -> dict[int, tuple[str, int] | None]:
    """account -> the line of `report` its balance is shown on and the sign it is added with (a result account
    on the balansräkning's result line, negated), or None; for every account with a balance on any day."""
    key = ("routes", report)
    if key not in accounting.memo:
        lines = {line.name: line for line in accounting.report_lines(report)}
        result_line = next((l.name for l in lines.values() if l.kind == LineKind.RESULT), None)
        own, results = _lines_of(accounting, report), _lines_of(accounting, Report.RR)
        routes: dict[int, tuple[str, int] | None] = {}
        for account, name in own.items():
            if name in lines:
                routes[account] = (name, display_sign(lines[name]))
            elif result_line is not None and results[account]:
                routes[account] = (result_line, -1)
            else:
                routes[account] = None
        accounting.memo[key] = routes
    return accounting.memo[key]


def _lines_of(accounting: Accounting, report: Report) -> dict[int, str | None]:
    """account -> its line in `report` (or None), for every account with a balance on any day."""
    key = ("lines_of", report)
    if key not in accounting.memo:
        accounts = {account for balances in accounting.balances.values() for account in balances}
        accounting.memo[key] = {account: _rule_line(accounting, account, report) for account in accounts}
    return accounting.memo[key]


def evaluate(lines: Iterable[ReportLine], posts: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Amounts of all lines: posts as given, each sum the total of its children."""
    lines = list(lines)
    children: dict[str, list[str]] = {}
    for line in lines:
        if line.parent:
            children.setdefault(line.parent, []).append(line.name)
    kinds = {line.name: line.kind for line in lines}
    values: dict[str, Decimal] = {}

    def value(name: str) -> Decimal:
        if name not in values:
            if kinds[name] == LineKind.SUM:
                values[name] = sum((value(c) for c in children.get(name, [])), ZERO)
            else:
                values[name] = posts.get(name, ZERO)
        return values[name]

    for line in lines:
        if line.kind != LineKind.HEADING:
            value(line.name)
    return values


def line_values(accounting: Accounting, report: Report, day: date) -> dict[str, Decimal]:
    lines = accounting.report_lines(report)
    return evaluate(lines, post_amounts(accounting, report, day))


def kind_total(accounting: Accounting, report: Report, day: date, kinds: tuple[LineKind, ...]) -> Decimal:
    posts = post_amounts(accounting, report, day)
    return sum((posts[l.name] for l in accounting.report_lines(report) if l.kind in kinds), ZERO)


def year_result(accounting: Accounting, day: date) -> Decimal:
    """Årets resultat: the negated sum of all result-account balances (kept, as for post_amounts: the
    identities of the books, the cash flow and the overview ask for it for the same days)."""
    key = ("year_result", day)
    if key not in accounting.memo:
        results = _lines_of(accounting, Report.RR)
        accounting.memo[key] = -added(ZERO, ((1, b) for a, b in accounting.balances.get(day, {}).items()
                                             if results[a]))
    return accounting.memo[key]
