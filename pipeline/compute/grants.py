"""The grant list: money still committed to each insats, costs by kind, goals reached."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.compute.known import described
from pipeline.compute.lines import ZERO, line_values
from pipeline.compute.tables import Table, TableRow
from pipeline.domain import Accounting, Decision, Grants, Insats, InsatsFollowUp, InsatsGoal, year_end
from pipeline.enums import Fulfilment, InsatsKind, Report, RowStyle


def decided(grants: Grants, insats: str, year: int) -> Decimal:
    """Money granted to `insats` by decisions taken up to the end of `year`."""
    return sum((d.amount for d in grants.decisions_of.get(insats, []) if d.day <= year_end(year)), ZERO)


def spent(grants: Grants, insats: str, year: int) -> Decimal:
    """Grant costs booked for `insats` up to and including `year`."""
    return sum((c.amount for c in grants.costs_of.get(insats, []) if c.year <= year), ZERO)


def remaining(grants: Grants, insats: Insats, year: int) -> Decimal:
    """Återstående belopp för beslutad finansiering at the end of `year` (004 note 6).

    Decided minus spent. A closed insats (slutredovisad) commits nothing more from the
    decisions before its closing; a later decision (a new period) counts again, also one
    taken at the closing meeting for a period that starts after it (seed 002: § 112 and § 122).
    """
    closed = insats.closed if insats.closed is not None and insats.closed <= year_end(year) else None
    if closed is None:
        return decided(grants, insats.name, year) - spent(grants, insats.name, year)
    later = sum((d.amount for d in grants.decisions_of.get(insats.name, [])
                 if d.day <= year_end(year) and _after(d, closed)), ZERO)
    spent_later = sum((c.amount for c in grants.costs_of.get(insats.name, []) if closed.year < c.year <= year), ZERO)
    return later - spent_later


def _after(decision: Decision, closed: date) -> bool:
    if decision.day == closed:
        return decision.start is not None and decision.start > closed
    return decision.day > closed


def commitments(grants: Grants, years: list[int]) -> Table:
    """Remaining committed money per insats for each year, in grant-list order, with the sum."""
    rows = []
    for insats in grants.insatser:
        values = tuple(remaining(grants, insats, y) for y in years)
        if any(values):
            rows.append(TableRow(insats.name, RowStyle.LINE, values))
    total = tuple(sum((r.values[i] for r in rows), ZERO) for i in range(len(years)))
    return Table(tuple(rows) + (TableRow("Summa", RowStyle.TOTAL, total),))


def year_cost(grants: Grants, year: int) -> Decimal:
    return sum((c.amount for c in grants.costs if c.year == year), ZERO)


def books_cost(accounting: Accounting, grants: Grants, year: int) -> Decimal:
    """The grant costs in the books: the driftsredovisning line, as a positive amount."""
    return -line_values(accounting, Report.DR, year_end(year)).get(grants.books_line, ZERO)


@dataclass(frozen=True)
class InsatsYear:
    """An insats as the year's report tells it: decisions, money granted, the year's cost, goals."""

    insats: Insats
    decisions: list[Decision]
    decided: Decimal  # all decisions up to year end
    cost: Decimal  # booked in the year
    goals: list[InsatsGoal]  # those that hold on the document's day
    follow_up: InsatsFollowUp | None = None  # as of the report's day


@dataclass(frozen=True)
class KindSummary:
    kind: InsatsKind
    insatser: list[InsatsYear]

    @property
    def cost(self) -> Decimal:
        return sum((i.cost for i in self.insatser), ZERO)


def shown(grants: Grants, insats: Insats, year: int, as_of: date | None = None) -> bool:
    """Whether `active` lists the insats: active in `year`, and granted by `as_of` when that is given."""
    decisions = grants.decisions_of.get(insats.name, [])
    return insats.active_in(year) and not (decisions and as_of and not any(d.day <= as_of for d in decisions))


def active(grants: Grants, year: int, as_of: date | None = None, report_day: date | None = None) -> list[InsatsYear]:
    """The insatser active in `year`, in grant-list order, as a document of `as_of` knows them: an insats
    the board granted only after that day is not there yet, its texts, co-applicants and goals are those of that
    day; followed up as of `report_day` (31 December, the delårsrapport's period end)."""
    cutoff = min(year_end(year), as_of) if as_of else year_end(year)
    found = []
    for i in grants.insatser:
        if not shown(grants, i, year, as_of):
            continue
        known = [d for d in grants.decisions_of.get(i.name, []) if d.day <= cutoff]
        found.append(InsatsYear(insats=described(grants, i, as_of), decisions=known,
                                decided=sum((d.amount for d in known), ZERO), cost=grants.cost(i.name, year),
                                goals=grants.goals_on(i.name, as_of), follow_up=grants.follow_up(i.name, report_day)))
    return found


def by_kind(grants: Grants, year: int, as_of: date | None = None, report_day: date | None = None) -> list[KindSummary]:
    """The insatser active in `year`, grouped individinriktad / strukturinriktad."""
    items = active(grants, year, as_of, report_day)
    groups = [KindSummary(kind, [i for i in items if i.insats.kind == kind])
              for kind in InsatsKind]
    return [g for g in groups if g.insatser]


@dataclass(frozen=True)
class GoalShare:
    reached: int
    partly: int
    total: int  # goals with a recorded fulfilment

    @property
    def share(self) -> Decimal | None:
        return Decimal(self.reached) / self.total if self.total else None


def goal_share(grants: Grants, year: int) -> GoalShare:
    """How many of the insatser's followed-up goals were reached (the "80 % of goals" target)."""
    active = {i.name for i in grants.insatser if i.active_in(year)}
    judged = [g for g in grants.goals if g.insats in active and g.fulfilled]
    return GoalShare(sum(g.fulfilled == Fulfilment.YES for g in judged),
                     sum(g.fulfilled == Fulfilment.PARTLY for g in judged), len(judged))
