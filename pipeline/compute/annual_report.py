"""Every figure of an årsredovisning for one year (its checks are in pipeline.documents.arsredovisning)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.compute.allocation import member_contributions
from pipeline.compute.cashflow import CashFlow, cash_flow
from pipeline.compute.grants import GoalShare, KindSummary, by_kind, commitments, goal_share
from pipeline.compute.notes import Note, notes
from pipeline.compute.overview import YearFigures, overview
from pipeline.compute.budget import line_posts
from pipeline.compute.lines import line_values, year_result
from pipeline.compute.statements import (
    BudgetComparison,
    budget_comparisons,
    budget_years,
    operating_statement,
    rows,
    rr_budget,
    statement,
)
from pipeline.compute.goals import GoalResult, goal_results
from pipeline.compute.surveys import MeanTable, year_means
from pipeline.compute.tables import Table, TableRow
from pipeline.domain import BoardMember, Inputs, Member, Movement, Scope, StaffYear, members_of, year_end
from pipeline.enums import BoardRole, NoteContent, Report, RowStyle
from pipeline.phrases import phrase

COMMITMENTS_HEADING = phrase("annual_report.panter_och_ansvarsforbindelser")
SUS_YEARS = 5


@dataclass(frozen=True)
class BalanceRequirement:
    """Kommunallagen's balanskrav: årets resultat, the adjustments the förbund gives, and the outcome."""
    result: Decimal
    adjustments: tuple[Movement, ...]

    @property
    def outcome(self) -> Decimal:
        return self.result + sum((a.amount for a in self.adjustments), Decimal(0))


@dataclass(frozen=True)
class AnnualReport:
    year: int
    income: Table  # resultaträkning, columns: year, year − 1
    balance: Table  # balansräkning, columns: year end, previous year end
    operating: Table  # driftsredovisning: (utfall, budget, avvikelse) for year, year − 1
    comparisons: list[BudgetComparison]  # the year's driftsredovisning lines against budget
    cash_flows: tuple[CashFlow, CashFlow]
    notes: list[Note]
    overview: list[YearFigures]  # newest first
    contributions: list[tuple[Member, Decimal]]  # empty when no allocation is given
    goals: list[GoalResult]  # the board's goals with their follow-up and survey evidence
    means: list[MeanTable]  # the year's published survey means not already a goal's evidence
    sus: list[tuple[int, int, int, int]]  # (year, women, men, total), oldest first
    insatser: list[KindSummary]
    insats_goals: GoalShare
    previous_budget: bool  # the driftsredovisning compares the previous year with its budget too
    board: list[BoardMember]  # everyone with a mandate during the year, ordinary members first
    meetings: int  # board meetings held during the year (meeting workbooks with attendance)
    staff: StaffYear | None  # the year's row of the Personal sheet
    balance_requirement: BalanceRequirement | None  # when the förbund evaluates the balanskrav

    @property
    def current(self) -> YearFigures:
        return self.overview[0]

    @property
    def previous(self) -> YearFigures | None:
        return self.overview[1] if len(self.overview) > 1 else None


def annual_report(inputs: Inputs, scope: Scope) -> AnnualReport:
    """The figures for the scope's year, from inputs that passed the document's checks."""
    accounting, budget, grants = inputs.accounting, inputs.budget, inputs.grants
    year = scope.year
    years = [year, year - 1]
    days = [year_end(y) for y in years]
    note_list = notes(accounting, years)
    balance = statement(accounting, Report.BR, days)
    commitment_note = next((n for n in accounting.notes if n.content == NoteContent.COMMITMENTS), None)
    if commitment_note is not None:
        table = commitments(grants, years)
        note_list = sorted(note_list + [Note(commitment_note, table)], key=lambda n: n.spec.number)
        total = table.rows[-1].values
        balance = Table(balance.rows + (TableRow(COMMITMENTS_HEADING, RowStyle.HEADING),
                                        TableRow(commitment_note.title, RowStyle.LINE, total,
                                                 commitment_note.number)))
    allocation = budget.state_allocation.get(year)
    income = statement(accounting, Report.RR, days)
    if inputs.forbund.budget_in_income:  # the year's budget beside the outcome
        planned = rr_budget(accounting, line_posts(accounting.report_lines(Report.DR), budget, inputs.forbund.members,
                                                   year))
        income = Table(rows(accounting.report_lines(Report.RR), [line_values(accounting, Report.RR, days[0]), planned,
                                                                  line_values(accounting, Report.RR, days[1])]))
    goals = goal_results(inputs.activity, inputs.indicators, year, scope.day, year_end(year))
    shown_means = {t.question for g in goals for t in g.means}
    sus = sorted((s.year, s.women, s.men, s.women + s.men) for s in inputs.indicators.sus
                 if year - SUS_YEARS < s.year <= year)
    return AnnualReport(
        year=year,
        income=income,
        balance=balance,
        operating=operating_statement(accounting, budget, inputs.forbund.members, years),
        comparisons=budget_comparisons(accounting, budget, inputs.forbund.members, year),
        cash_flows=(cash_flow(accounting, year), cash_flow(accounting, year - 1)),
        notes=note_list,
        overview=overview(accounting, inputs.forbund.staff, year),
        contributions=member_contributions(allocation, members_of(inputs.forbund.members, year)) if allocation else [],
        goals=goals,
        means=[t for t in year_means(inputs.indicators.known_on(scope.day), year) if t.question not in shown_means],
        sus=sus,
        insatser=by_kind(grants, year, scope.day, year_end(year)),
        insats_goals=goal_share(grants, year),
        previous_budget=year - 1 in budget_years(budget),
        board=year_board(inputs, year),
        meetings=sum(1 for m in inputs.meetings if m.day.year == year and m.attendees),
        staff=inputs.forbund.staff.get(year),
        balance_requirement=BalanceRequirement(year_result(accounting, year_end(year)),
                                               tuple(a for a in accounting.balance_adjustments if a.year == year))
        if inputs.forbund.balance_requirement else None,
    )


def year_board(inputs: Inputs, year: int) -> list[BoardMember]:
    """The board during the year: the ordinary members (ordförande first), then the ersättare."""
    order = {BoardRole.CHAIR: 0, BoardRole.VICE_CHAIR: 1, BoardRole.MEMBER: 2, BoardRole.SUBSTITUTE: 3}
    during = [m for m in inputs.forbund.board if m.serves_during(date(year, 1, 1), year_end(year))]
    return sorted(during, key=lambda m: order[m.role])
