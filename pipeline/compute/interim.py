"""Delårsrapport: the period's statements, the period budget, and the full-year forecast."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.compute.budget import contributions, forecast_as_of, line_posts, member_posts
from pipeline.compute.goals import GoalResult, goal_results
from pipeline.compute.grants import InsatsYear, active
from pipeline.compute.lines import ZERO, line_values
from pipeline.compute.notes import Note, account_note, has_amounts, with_budget
from pipeline.compute.overview import equity
from pipeline.compute.plan import PlanYear, budget_flows, forecast_flows, year_of
from pipeline.compute.statements import rows, rr_budget
from pipeline.compute.tables import Table, TableRow
from pipeline.domain import Accounting, Inputs, Scope, year_end
from pipeline.enums import NoteContent, Report, RowStyle
from pipeline.phrases import phrase


@dataclass(frozen=True)
class InterimFigures:
    year: int
    period_end: date
    same_period_before: date  # the end of the same period a year earlier
    comparable: bool  # the balances at that date are there
    income: Table  # period outcome, period budget, the same period a year earlier (or None), previous full year
    balance: Table  # period end, previous year end
    notes: list[Note]  # account notes at the same two dates
    budget: PlanYear  # the whole year's budget
    forecast: PlanYear  # the whole year's forecast
    allocation_total: Decimal
    insats_budget: Decimal  # the year's budget for grants to insatser
    goals: list[GoalResult]  # the year's goals, followed up as of the period end
    insatser: list[InsatsYear]  # active in the year, in grant-list order
    decided_before: list[InsatsYear]  # of those, the ones granted before the year began
    decided_in_period: list[InsatsYear]  # granted for the first time during the period

    @property
    def available(self) -> Decimal:
        """Eget kapital at the start of the year plus the members' contributions (000: 4 792 000)."""
        return self.budget.equity_start + self.allocation_total


def periods(accounting: Accounting, year: int) -> list[date]:
    """Closing dates within `year` other than 31 December."""
    return sorted(d for d in accounting.balances if d.year == year and (d.month, d.day) != (12, 31))


def interim(inputs: Inputs, scope: Scope) -> InterimFigures:
    """The figures for the period 1 January–`scope.end`, from inputs that passed the document's checks."""
    accounting, budget, members, grants = inputs.accounting, inputs.budget, inputs.forbund.members, inputs.grants
    year, period_end = scope.year, scope.end
    dr_lines = accounting.report_lines(Report.DR)
    period_budget = rr_budget(accounting, line_posts(dr_lines, budget, members, year, period_end))
    rr_lines = accounting.report_lines(Report.RR)
    before = scope.same_period_before
    comparable = before in accounting.balances
    income = Table(rows(rr_lines, [line_values(accounting, Report.RR, period_end), period_budget,
                                   line_values(accounting, Report.RR, before) if comparable
                                   else dict.fromkeys((line.name for line in rr_lines), None),
                                   line_values(accounting, Report.RR, year_end(year - 1))]))
    days = [period_end, year_end(year - 1)]
    balance = Table(rows(accounting.report_lines(Report.BR), [line_values(accounting, Report.BR, d) for d in days]))
    used = {l.note for l in accounting.lines if l.note is not None and l.report in (Report.RR, Report.BR)}
    notes = [Note(spec, table) for spec in accounting.notes
             if spec.content == NoteContent.ACCOUNTS and spec.number in used
             and has_amounts(table := account_note(accounting, spec, days))]
    if inputs.forbund.budget_in_notes:  # the period's budget beside the outcome, where each row has one
        planned = line_posts(dr_lines, budget, members, year, period_end)
        shares = member_posts(budget, members, year, period_end)
        notes = [Note(n.spec, budgeted, True) if (budgeted := with_budget(accounting, n.spec, n.table, planned, days,
                                                                             shares))
                 else n for n in notes]
    insatser = active(grants, year, scope.day, period_end)
    own = inputs.forbund.name
    first_decision = {i.insats.name: min((d.day for d in i.decisions), default=None) for i in insatser}
    external = [i for i in insatser if i.insats.owner != own]
    return InterimFigures(
        year=year,
        period_end=period_end,
        same_period_before=before,
        comparable=comparable,
        income=income,
        balance=balance,
        notes=notes,
        budget=budget_year(inputs, year),
        forecast=forecast_year(inputs, scope),
        allocation_total=sum((a for _, a in contributions(budget, members, year)), ZERO),
        insats_budget=-line_posts(dr_lines, budget, members, year).get(grants.books_line, ZERO),
        goals=goal_results(inputs.activity, inputs.indicators, year, scope.day, period_end),
        insatser=insatser,
        decided_before=[i for i in external if first_decision[i.insats.name]
                        and first_decision[i.insats.name] < scope.start],
        decided_in_period=[i for i in external if first_decision[i.insats.name]
                           and scope.start <= first_decision[i.insats.name] <= period_end],
    )


def budget_year(inputs: Inputs, year: int) -> PlanYear:
    """The whole year's budget as a plan year (revenue, costs, eget kapital at its start)."""
    return year_of(year, False, budget_flows(inputs, year), equity(inputs.accounting, year - 1),
                   forecast_as_of(inputs.budget, year, None))


def forecast_year(inputs: Inputs, scope: Scope) -> PlanYear:
    """The full-year forecast the delårsrapport reports: the latest made up to its decision date."""
    forecast = forecast_as_of(inputs.budget, scope.year, scope.decided)
    return year_of(scope.year, True, forecast_flows(forecast), equity(inputs.accounting, scope.year - 1), forecast)


def forecast_table(report: InterimFigures) -> Table:
    """The year's budget, the full-year forecast and the difference (forecast − budget)."""
    table_rows = []
    for label, attr, sign, style in (
        (phrase("interim.verksamhetens_intakter"), "revenue", 1, RowStyle.LINE),
        ("Verksamhetens kostnader", "costs", -1, RowStyle.LINE),
        (phrase("interim.finansiella_intakter"), "financial_income", 1, RowStyle.LINE),
        ("Finansiella kostnader", "financial_costs", -1, RowStyle.LINE),
        (phrase("interim.arets_resultat"), "result", 1, RowStyle.TOTAL),
        (phrase("interim.eget_kapital_vid_arets_slut"), "equity_end", 1, RowStyle.LINE),
        (phrase("interim.20_av_verksamhetens_intakter"), "equity_limit", 1, RowStyle.LINE),
    ):
        planned, forecast = sign * getattr(report.budget, attr), sign * getattr(report.forecast, attr)
        table_rows.append(TableRow(label, style, (planned, forecast, forecast - planned)))
    return Table(tuple(table_rows))
