"""Every figure of an årsredovisning for one year, with the checks it depends on."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.allocation import member_contributions
from pipeline.compute.board import check_board, signing_day
from pipeline.compute.budget import check_member_budget
from pipeline.compute.cashflow import CashFlow, cash_flow
from pipeline.compute.checks import SALDON, check_balances, kr, require_balance_sheet
from pipeline.compute.grants import (
    GoalShare,
    KindSummary,
    books_cost,
    by_kind,
    commitments,
    goal_share,
    remaining,
    year_cost,
)
from pipeline.compute.lines import year_end
from pipeline.compute.surveys import QuestionTable, goal_tables
from pipeline.compute.notes import Note, notes, pension_mismatches
from pipeline.compute.overview import YearFigures, overview
from pipeline.compute.statements import (
    BudgetComparison,
    budget_comparisons,
    budget_years,
    operating_statement,
    statement,
)
from pipeline.compute.tables import HEADING, LINE, Table, TableRow
from pipeline.domain import BR, DR, RR, Goal, Inputs, Member
from pipeline.problems import InputError, Problems, Where
from pipeline.schema import BUDGET, INSATSER, REDOVISNING, VERKSAMHET

COMMITMENTS_HEADING = "PANTER OCH ANSVARSFÖRBINDELSER"
SUS_YEARS = 5


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
    goals: list[tuple[Goal, list[QuestionTable]]]  # the board's goals with their survey evidence
    sus: list[tuple[int, int, int, int]]  # (year, women, men, total), oldest first
    insatser: list[KindSummary]
    insats_goals: GoalShare

    @property
    def current(self) -> YearFigures:
        return self.overview[0]

    @property
    def previous(self) -> YearFigures | None:
        return self.overview[1] if len(self.overview) > 1 else None


def annual_report(inputs: Inputs, year: int, problems: Problems) -> AnnualReport:
    """The figures for `year`; raises InputError when the data cannot give them."""
    accounting, budget = inputs.accounting, inputs.budget
    check_balances(accounting, problems)
    ok = require_balance_sheet(accounting, year_end(year), f"årsredovisningen {year}", problems)
    ok &= require_balance_sheet(accounting, year_end(year - 1), f"jämförelseåret {year - 1}", problems)
    ok &= require_balance_sheet(accounting, year_end(year - 2), f"kassaflödesanalysen för {year - 1}", problems)
    if accounting.report_lines(DR):
        for y in (year, year - 1):
            check_member_budget(budget, inputs.forbund.members, y, problems)
            if y not in budget_years(budget):
                problems.error(Where(BUDGET.filename, "Budget"), f"budget saknas för {y}; den behövs för "
                                                                 "driftsredovisningen.")
    if problems.has_errors or not ok:
        raise InputError(problems)

    years = [year, year - 1]
    days = [year_end(y) for y in years]
    flows = (cash_flow(accounting, year), cash_flow(accounting, year - 1))
    for y, flow in zip(years, flows):
        if flow.unexplained:
            problems.error(SALDON, f"eget kapital har {y} ändrats med {kr(flow.unexplained)} mer än årets "
                                   "resultat. Ingående eget kapital ska vara föregående års utgående eget "
                                   "kapital (saldot före bokslut).")
        elif flow.total != flow.cash_end - flow.cash_start:
            problems.error(Where(REDOVISNING.filename, "Rapportrader"),
                           f"kassaflödet {y} ({kr(flow.total)}) stämmer inte med förändringen av likvida medel "
                           f"({kr(flow.cash_end - flow.cash_start)}). Kontrollera kolumnen Kassaflöde.")
    grants = inputs.grants
    if grants.books_line:
        books, listed = books_cost(accounting, grants, year), year_cost(grants, year)
        if books != listed:
            problems.error(Where(INSATSER.filename, "Utfall"),
                           f"insatslistans kostnader för {year} blir {kr(listed)} men bokföringen visar "
                           f"{kr(books)} på raden \"{grants.books_line}\" i driftsredovisningen "
                           f"(skillnad {kr(books - listed)}). Rätta bladet Utfall eller bokföringen.")
    for insats in grants.insatser:
        left = remaining(grants, insats, year)
        if left < 0:
            problems.error(Where(INSATSER.filename, "Utfall"),
                           f"kostnaderna för {insats.name} till och med {year} överstiger beslutade medel med "
                           f"{kr(-left)}.")
        elif left > 0 and insats.end < year_end(year) and insats.closed is None:
            problems.warning(Where(INSATSER.filename, "Insatser"),
                             f"{insats.name}: perioden slutade {insats.end.isoformat()} men {kr(left)} är "
                             "fortfarande beslutat och ej förbrukat. Ange Avslutad när insatsen slutredovisats.")
    year_goals = inputs.activity.year_goals(year)
    for goal in year_goals:
        if goal.status is None:
            problems.warning(Where(VERKSAMHET.filename, "Mål"), f"målet \"{goal.text}\" ({year}) saknar status.")
    note_list = notes(accounting, years)
    commitment_note = next((n for n in accounting.notes if n.content == "ansvarsförbindelse"), None)
    for note in note_list:
        if note.spec.content == "pensionsavsättning":
            for y, moved, change in pension_mismatches(accounting, note.spec, years):
                problems.error(Where(REDOVISNING.filename, "Pensionsavsättning"),
                               f"posterna för {y} blir {kr(moved)} men avsättningen för pensioner ändrades "
                               f"med {kr(change)} enligt saldona.")
    allocation = budget.state_allocation.get(year)
    if allocation is None:
        problems.warning(Where(BUDGET.filename, "Tilldelning"), f"statens tilldelning för {year} saknas; "
                                                                "medlemsbidragen per medlem visas inte.")
    figures = overview(accounting, inputs.forbund.staff, year)
    current = figures[0]
    if current.equity_over_limit:
        problems.warning(None, f"eget kapital {kr(current.equity)} överstiger 20 % av årets intäkter "
                               f"({kr(current.equity_limit)}), Nationella rådets rekommendation.")
    info = inputs.activity.info("Årsredovisning", year)
    check_board(inputs.forbund, signing_day(info, year_end(year)), "årsredovisningen", problems)
    if problems.has_errors:
        raise InputError(problems)
    balance = statement(accounting, BR, days)
    if commitment_note is not None:
        table = commitments(grants, years)
        note_list = sorted(note_list + [Note(commitment_note, table)], key=lambda n: n.spec.number)
        total = table.rows[-1].values
        balance = Table(balance.rows + (TableRow(COMMITMENTS_HEADING, HEADING),
                                        TableRow(commitment_note.title, LINE, total, commitment_note.number)))
    sus = sorted((y, w, m, w + m) for y, (w, m) in inputs.indicators.sus.items() if year - SUS_YEARS < y <= year)
    return AnnualReport(
        year=year,
        income=statement(accounting, RR, days),
        balance=balance,
        operating=operating_statement(accounting, budget, inputs.forbund.members, years),
        comparisons=budget_comparisons(accounting, budget, inputs.forbund.members, year),
        cash_flows=flows,
        notes=note_list,
        overview=figures,
        contributions=member_contributions(allocation, inputs.forbund.members) if allocation else [],
        goals=[(goal, goal_tables(inputs.indicators, goal)) for goal in year_goals],
        sus=sus,
        insatser=by_kind(grants, year),
        insats_goals=goal_share(grants, year),
    )
