"""Notes to the statements: account specifications with sub-totals, pension provisions."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.amounts import added
from pipeline.compute.lines import ZERO, line_values, note_sign
from pipeline.compute.tables import Table, TableRow
from pipeline.domain import Accounting, NoteSpec, year_end
from pipeline.enums import NoteContent, Report, RowStyle
from pipeline.phrases import phrase


@dataclass(frozen=True)
class Note:
    spec: NoteSpec
    table: Table
    budget: bool = False  # the second column is the budget


def account_note(accounting: Accounting, spec: NoteSpec, days: list[date]) -> Table:
    """The accounts on the lines that refer to the note, in kontoplan order.

    Accounts whose kontoplan row names a "Benämning i not" are added up on one row;
    accounts under a "Delsumma i not" are listed under their sub-total, and count
    once in the total (the sub-total is not an extra line).
    """
    lines = {(l.report, l.name): l for l in accounting.lines if l.note == spec.number and l.is_post}
    balances = [accounting.balances.get(day, {}) for day in days]
    every = sorted({account for accounts in balances for account in accounts})
    parts: dict[str, list[list]] = {}  # label -> per day, its accounts' (+1, amount shown)
    groups: dict[str, str | None] = {}
    for rule in sorted(accounting.rules, key=lambda r: r.order):
        line = next((lines[(rep, name)] for rep, name in rule.lines.items() if (rep, name) in lines), None)
        if line is None:
            continue
        sign = note_sign(line)
        for account in every[bisect_left(every, rule.first):bisect_right(every, rule.last)]:
            label = rule.note_label or accounting.account_names.get(account, f"Konto {account}")
            shown = parts.setdefault(label, [[] for _ in days])
            groups.setdefault(label, rule.note_group)
            for i, accounts in enumerate(balances):
                shown[i].append((1, sign * accounts.get(account, ZERO)))
    entries = {label: [added(ZERO, day) for day in shown] for label, shown in parts.items()}
    rows: list[TableRow] = []
    shown_groups: set[str] = set()
    for label, amounts in entries.items():
        group = groups[label]
        if group is None:
            if any(amounts):
                rows.append(TableRow(label, RowStyle.LINE, tuple(amounts)))
            continue
        if group in shown_groups:
            continue
        shown_groups.add(group)
        members = [(lab, am) for lab, am in entries.items() if groups[lab] == group and any(am)]
        if not members:
            continue
        subtotal = tuple(added(ZERO, ((1, am[i]) for _, am in members)) for i in range(len(days)))
        rows.append(TableRow(group, RowStyle.SUBTOTAL, subtotal))
        rows += [TableRow(lab, RowStyle.SUBLINE, tuple(am)) for lab, am in members]
    total = tuple(added(ZERO, ((1, am[i]) for am in entries.values())) for i in range(len(days)))
    rows.append(TableRow("Summa", RowStyle.TOTAL, total))
    return Table(tuple(rows))


def with_budget(accounting: Accounting, spec: NoteSpec, table: Table, dr_posts: dict[str, Decimal],
                days: list[date], member_posts: dict[str, Decimal] | None = None) -> Table | None:
    """A resultaträkning note with the budget beside the first column, when each of its rows has a budget of
    its own: a driftsredovisning line of its own, or one member's contribution (the kontoplan's Medlem, budgeted
    in `member_posts`); else None."""
    lines = {(l.report, l.name): l for l in accounting.lines if l.note == spec.number and l.is_post}
    if not lines or any(l.report != Report.RR for l in lines.values()):
        return None
    owner_of: dict[str, set[tuple[bool, str]]] = {}  # note row -> (a member?, driftsredovisning line or member)
    rows_of: dict[tuple[bool, str], set[str]] = {}  # the owner of a budget -> note rows
    costs: set[str] = set()
    for rule in accounting.rules:
        line = next((lines[(rep, name)] for rep, name in rule.lines.items() if (rep, name) in lines), None)
        if line is None:
            continue
        owner = (True, rule.member) if rule.member else (False, rule.lines.get(Report.DR))
        for account in {a for d in days for a in accounting.balances.get(d, {}) if rule.covers(a)}:
            label = rule.note_label or accounting.account_names.get(account, f"Konto {account}")
            owner_of.setdefault(label, set()).add(owner)
            rows_of.setdefault(owner, set()).add(label)
            if line.kind.is_cost:
                costs.add(label)
    budgeted = []
    for row in table.rows:
        if row.style == RowStyle.TOTAL:
            continue
        owners = owner_of.get(row.label, set())
        if row.style != RowStyle.LINE or len(owners) != 1 or rows_of[next(iter(owners))] != {row.label}:
            return None
        member, name = next(iter(owners))
        planned = ((member_posts or {}) if member else dr_posts).get(name, ZERO)
        budgeted.append(TableRow(row.label, row.style, (row.values[0], -planned if row.label in costs else planned,
                                                        *row.values[1:])))
    total = tuple(sum((r.values[i] for r in budgeted), ZERO) for i in range(len(table.rows[-1].values) + 1))
    return Table(tuple(budgeted) + (TableRow("Summa", RowStyle.TOTAL, total),))


def provision_line_values(accounting: Accounting, spec: NoteSpec, year: int) -> Decimal:
    """The provision at year end: the balansräkning lines that refer to the note."""
    values = line_values(accounting, Report.BR, year_end(year))
    return sum((values[l.name] for l in accounting.report_lines(Report.BR) if l.note == spec.number), ZERO)


def pension_note(accounting: Accounting, spec: NoteSpec, years: list[int]) -> Table:
    """Ingående avsättning, the year's movements, utgående avsättning."""
    opening = [provision_line_values(accounting, spec, y - 1) for y in years]
    closing = [provision_line_values(accounting, spec, y) for y in years]
    labels: list[str] = []
    for m in accounting.pension_movements:
        if m.year in years and m.label not in labels:
            labels.append(m.label)
    rows = [TableRow(phrase("notes.ingaende_avsattning"), RowStyle.SUBTOTAL, tuple(opening))]
    for label in labels:
        amounts = tuple(
            sum((m.amount for m in accounting.pension_movements if m.year == y and m.label == label), ZERO)
            for y in years
        )
        rows.append(TableRow(label, RowStyle.LINE, amounts))
    rows.append(TableRow(phrase("notes.utgaende_avsattning_for_pensioner"), RowStyle.TOTAL, tuple(closing)))
    return Table(tuple(rows))


def notes(accounting: Accounting, years: list[int]) -> list[Note]:
    used = {l.note for l in accounting.lines if l.note is not None and l.report in (Report.RR, Report.BR)}
    result = []
    for spec in accounting.notes:
        if spec.number not in used:
            continue
        if spec.content == NoteContent.COMMITMENTS:
            continue  # from the grant list, see compute.grants.commitments
        if spec.content == NoteContent.PENSION:
            table = pension_note(accounting, spec, years)
        else:
            table = account_note(accounting, spec, [year_end(y) for y in years])
        if has_amounts(table):
            result.append(Note(spec, table))
    return result


def has_amounts(table: Table) -> bool:
    """Whether any row has an amount: a note of nothing but zeros is left out."""
    return any(v for row in table.rows for v in row.values)
