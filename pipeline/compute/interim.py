"""Delårsrapport: the period's statements, the period budget, and the full-year forecast."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.compute.board import check_board, signing_day
from pipeline.compute.budget import check_member_budget, contributions, forecast_as_of, line_posts
from pipeline.compute.checks import check_balances, kr, require_balance_sheet
from pipeline.compute.grants import InsatsYear, active
from pipeline.compute.lines import ZERO, evaluate, line_values, year_end
from pipeline.compute.notes import Note, account_note
from pipeline.compute.overview import equity
from pipeline.compute.plan import PlanYear, budget_flows, forecast_flows, year_of
from pipeline.compute.statements import rows
from pipeline.compute.tables import LINE, TOTAL, Table, TableRow
from pipeline.domain import BR, DR, RR, Accounting, Inputs
from pipeline.problems import InputError, Problems, Where
from pipeline.schema import BUDGET, REDOVISNING

DOCUMENT = "Delårsrapport"


@dataclass(frozen=True)
class Interim:
    year: int
    period_end: date
    income: Table  # period outcome, period budget, previous full year
    balance: Table  # period end, previous year end
    notes: list[Note]  # account notes at the same two dates
    budget: PlanYear  # the whole year's budget
    forecast: PlanYear  # the whole year's forecast
    allocation_total: Decimal
    insats_budget: Decimal  # the year's budget for grants to insatser
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


def rr_budget(accounting: Accounting, dr_posts: dict[str, Decimal]) -> dict[str, Decimal]:
    """A driftsredovisning budget carried to the resultaträkning's lines.

    Each driftsredovisning line goes to the resultaträkning line of the first kontoplan
    row that maps to it.
    """
    target: dict[str, str] = {}
    for rule in sorted(accounting.rules, key=lambda r: r.order):
        if DR in rule.lines and RR in rule.lines:
            target.setdefault(rule.lines[DR], rule.lines[RR])
    posts: dict[str, Decimal] = {}
    for line, amount in dr_posts.items():
        if line in target:
            posts[target[line]] = posts.get(target[line], ZERO) + amount
    return evaluate(accounting.report_lines(RR), posts)


def interim(inputs: Inputs, year: int, period_end: date | None, problems: Problems) -> Interim:
    accounting, budget, members, grants = inputs.accounting, inputs.budget, inputs.forbund.members, inputs.grants
    found = periods(accounting, year)
    if period_end is None:
        if not found:
            problems.error(Where(REDOVISNING.filename, "Saldon"), f"inga saldon för en period under {year} (t.ex. "
                                                                  f"{year}-06-30) finns; de behövs för delårsrapporten.")
            raise InputError(problems)
        period_end = found[-1]
    elif period_end not in found:
        listed = ", ".join(d.isoformat() for d in found) or "inga"
        problems.error(Where(REDOVISNING.filename, "Saldon"), f"det finns inga saldon per {period_end.isoformat()} "
                                                              f"(perioder {year}: {listed}).")
        raise InputError(problems)
    check_balances(accounting, problems)
    require_balance_sheet(accounting, period_end, f"delårsrapporten per {period_end.isoformat()}", problems)
    require_balance_sheet(accounting, year_end(year - 1), f"jämförelsen med {year - 1}", problems)
    if not any(item.year == year for item in budget.items):
        problems.error(Where(BUDGET.filename, "Budget"), f"budget saknas för {year}.")
    check_member_budget(budget, members, year, problems)
    info = inputs.activity.info(DOCUMENT, year)
    forecast = forecast_as_of(budget, year, info.decided if info else None)
    missing = [p for p in ("Verksamhetens intäkter", "Verksamhetens kostnader") if p not in forecast]
    if missing:
        problems.error(Where(BUDGET.filename, "Prognos"), f"helårsprognos för {year} saknas: {', '.join(missing)}.")
    if problems.has_errors:
        raise InputError(problems)

    dr_lines = accounting.report_lines(DR)
    period_budget = rr_budget(accounting, line_posts(dr_lines, budget, members, year, period_end))
    income = Table(rows(accounting.report_lines(RR), [line_values(accounting, RR, period_end), period_budget,
                                                       line_values(accounting, RR, year_end(year - 1))]))
    days = [period_end, year_end(year - 1)]
    balance = Table(rows(accounting.report_lines(BR), [line_values(accounting, BR, d) for d in days]))
    used = {l.note for l in accounting.lines if l.note is not None and l.report in (RR, BR)}
    notes = [Note(spec, account_note(accounting, spec, days)) for spec in accounting.notes
             if spec.content == "konton" and spec.number in used]

    start = equity(accounting, year - 1)
    given = forecast_as_of(budget, year, None)
    budget_year = year_of(year, False, budget_flows(inputs, year), start, given)
    forecast_year = year_of(year, True, forecast_flows(forecast), start, forecast)
    if forecast_year.equity_end > forecast_year.equity_limit:
        problems.warning(None, f"prognosen ger eget kapital {kr(forecast_year.equity_end)} vid årets slut, mer än "
                               f"20 % av intäkterna ({kr(forecast_year.equity_limit)}).")
    check_board(inputs.forbund, signing_day(info, period_end), "delårsrapporten", problems)
    insatser = active(grants, year)
    own = inputs.forbund.name
    first_decision = {i.insats.name: min((d.day for d in i.decisions), default=None) for i in insatser}
    external = [i for i in insatser if i.insats.owner != own]
    return Interim(
        year=year,
        period_end=period_end,
        income=income,
        balance=balance,
        notes=notes,
        budget=budget_year,
        forecast=forecast_year,
        allocation_total=sum((a for _, a in contributions(budget, members, year)), ZERO),
        insats_budget=-line_posts(dr_lines, budget, members, year).get(grants.books_line, ZERO),
        insatser=insatser,
        decided_before=[i for i in external if first_decision[i.insats.name]
                        and first_decision[i.insats.name] < date(year, 1, 1)],
        decided_in_period=[i for i in external if first_decision[i.insats.name]
                           and date(year, 1, 1) <= first_decision[i.insats.name] <= period_end],
    )


def forecast_table(report: Interim) -> Table:
    """The year's budget, the full-year forecast and the difference (forecast − budget)."""
    rows_ = []
    for label, attr, sign, style in (
        ("Verksamhetens intäkter", "revenue", 1, LINE),
        ("Verksamhetens kostnader", "costs", -1, LINE),
        ("Finansiella intäkter", "financial_income", 1, LINE),
        ("Finansiella kostnader", "financial_costs", -1, LINE),
        ("Årets resultat", "result", 1, TOTAL),
        ("Eget kapital vid årets slut", "equity_end", 1, LINE),
        ("20 % av verksamhetens intäkter", "equity_limit", 1, LINE),
    ):
        planned, forecast = sign * getattr(report.budget, attr), sign * getattr(report.forecast, attr)
        rows_.append(TableRow(label, style, (planned, forecast, forecast - planned)))
    return Table(tuple(rows_))
