"""Verksamhetsplan och budget: the budget year, two plan years and the current year's forecast.

The current year (the year before the plan) is the forecast year: its result and
balance posts come from the Prognos sheet and its opening eget kapital from the
books. Each later year's eget kapital is the previous year's plus its result, and
omsättningstillgångar are what makes each balansbudget balance.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.compute.budget import contributions, forecast_as_of, line_posts
from pipeline.compute.grants import InsatsYear, active
from pipeline.compute.lines import ZERO
from pipeline.compute.overview import EQUITY_LIMIT, equity
from pipeline.compute.tables import Table, TableRow
from pipeline.domain import Inputs, Member, Scope, members_of
from pipeline.enums import ForecastPost, LineKind, Report, RowStyle
from pipeline.phrases import phrase

PLAN_YEARS = 3
BALANCE_POSTS = (ForecastPost.FIXED_ASSETS, ForecastPost.PROVISIONS, ForecastPost.SHORT_LIABILITIES,
                 ForecastPost.LONG_LIABILITIES)
FLOW_POSTS = (ForecastPost.REVENUE, ForecastPost.COSTS, ForecastPost.FINANCIAL_INCOME, ForecastPost.FINANCIAL_COSTS)
REVENUE_KINDS = (LineKind.REVENUE, LineKind.FINANCIAL_INCOME)
COST_KINDS = (LineKind.COST, LineKind.FINANCIAL_COST)


@dataclass(frozen=True)
class PlanYear:
    year: int
    forecast: bool  # the current year, from the Prognos sheet
    revenue: Decimal  # verksamhetens intäkter
    costs: Decimal  # verksamhetens kostnader, positive
    financial_income: Decimal
    financial_costs: Decimal  # positive
    equity_start: Decimal  # eget kapital at the start of the year
    fixed_assets: Decimal
    provisions: Decimal
    short_liabilities: Decimal
    long_liabilities: Decimal
    equity_use: Decimal  # planned use of eget kapital, as decided

    @property
    def operating_result(self) -> Decimal:
        return self.revenue - self.costs

    @property
    def result(self) -> Decimal:
        return self.operating_result + self.financial_income - self.financial_costs

    @property
    def equity_end(self) -> Decimal:
        return self.equity_start + self.result

    @property
    def liabilities(self) -> Decimal:
        return self.short_liabilities + self.long_liabilities

    @property
    def current_assets(self) -> Decimal:
        """The balancing item: what the förbund holds besides fixed assets."""
        return self.equity_end + self.provisions + self.liabilities - self.fixed_assets

    @property
    def total_assets(self) -> Decimal:
        return self.fixed_assets + self.current_assets

    @property
    def equity_claimed(self) -> Decimal:
        """Anspråkstagande av eget kapital: the deficit the budget covers with eget kapital."""
        return max(ZERO, -self.result)

    @property
    def equity_limit(self) -> Decimal:
        return EQUITY_LIMIT * self.revenue


@dataclass(frozen=True)
class BudgetRow:
    label: str
    values: tuple[Decimal, ...]  # one per budget/plan year


@dataclass(frozen=True)
class Plan:
    year: int
    years: list[PlanYear]  # forecast year, budget year, plan years
    members: list[tuple[Member, tuple[Decimal, ...]]]  # contributions per budget/plan year
    other_revenue: list[BudgetRow]
    costs: list[BudgetRow]
    insatser: list[InsatsYear]  # planned: active in the budget year and decided by the plan's day
    state_allocation: Decimal
    previous_allocation: Decimal | None

    @property
    def budget_years(self) -> list[PlanYear]:
        return self.years[1:]

    @property
    def forecast(self) -> PlanYear:
        return self.years[0]

    @property
    def current(self) -> PlanYear:
        return self.years[1]

    @property
    def total_allocation(self) -> Decimal:
        return sum((amounts[0] for _, amounts in self.members), ZERO)

    @property
    def available(self) -> Decimal:
        """Eget kapital at the start of the budget year plus the members' contributions (001: 4 032 000)."""
        return self.current.equity_start + self.total_allocation

    def revenue_total(self, index: int) -> Decimal:
        return self.budget_years[index].revenue + self.budget_years[index].financial_income

    def cost_total(self, index: int) -> Decimal:
        return self.budget_years[index].costs + self.budget_years[index].financial_costs


def _items(inputs: Inputs, years: list[int], kinds: tuple[LineKind, ...], skip: str | None) -> list[BudgetRow]:
    """Budget items of the given line kinds, one row per item name, in first-seen order."""
    line_kinds = {line.name: line.kind for line in inputs.accounting.report_lines(Report.DR)}
    names: list[str] = []
    for item in inputs.budget.items:
        if item.year in years and line_kinds.get(item.line) in kinds and item.line != skip and item.name not in names:
            names.append(item.name)
    return [
        BudgetRow(name, tuple(sum((i.amount for i in inputs.budget.items if i.name == name and i.year == y), ZERO)
                              for y in years))
        for name in names
    ]


def year_of(year: int, is_forecast: bool, flows: list[Decimal], equity_start: Decimal,
            balance: dict[str, Decimal], equity_use: Decimal = ZERO) -> PlanYear:
    return PlanYear(year, is_forecast, *flows, equity_start, *(balance.get(post, ZERO) for post in BALANCE_POSTS),
                    equity_use)


def forecast_flows(forecast: dict[str, Decimal]) -> list[Decimal]:
    """Revenue, costs, financial income and financial costs of a forecast, all positive."""
    return [forecast.get(p, ZERO) for p in FLOW_POSTS]


def budget_flows(inputs: Inputs, year: int) -> list[Decimal]:
    """Revenue, costs, financial income and financial costs of a budget year, all positive."""
    lines = inputs.accounting.report_lines(Report.DR)
    posts = line_posts(lines, inputs.budget, inputs.forbund.members, year)
    by_kind = lambda kind: sum((posts.get(l.name, ZERO) for l in lines if l.kind == kind), ZERO)  # noqa: E731
    return [by_kind(LineKind.REVENUE), -by_kind(LineKind.COST), by_kind(LineKind.FINANCIAL_INCOME),
            -by_kind(LineKind.FINANCIAL_COST)]


def plan(inputs: Inputs, scope: Scope) -> Plan:
    """The figures of the verksamhetsplan for the scope's year, from inputs that passed its checks."""
    budget, members, year = inputs.budget, inputs.forbund.members, scope.year
    years = plan_years(year)
    forecast_year = year - 1
    forecast = forecast_as_of(budget, forecast_year, scope.decided)
    result: list[PlanYear] = []
    equity_start = equity(inputs.accounting, forecast_year - 1)
    carried = {post: ZERO for post in BALANCE_POSTS}
    for y in [forecast_year] + years:
        given = forecast if y == forecast_year else forecast_as_of(budget, y, None)
        carried = {post: given.get(post, carried[post]) for post in BALANCE_POSTS}
        flows = forecast_flows(forecast) if y == forecast_year else budget_flows(inputs, y)
        current = year_of(y, y == forecast_year, flows, equity_start, carried, budget.equity_use.get(y, ZERO))
        result.append(current)
        equity_start = current.equity_end
    parts = [dict((m.name, a) for m, a in contributions(budget, members, y)) for y in years]
    names = list(dict.fromkeys(m.name for y in years for m in members_of(members, y)))
    member_rows = [(next(m for y in years for m in members_of(members, y) if m.name == name),
                    tuple(part.get(name, ZERO) for part in parts)) for name in names]
    return Plan(
        year=year,
        years=result,
        members=member_rows,
        other_revenue=_items(inputs, years, REVENUE_KINDS, budget.member_line),
        costs=_items(inputs, years, COST_KINDS, None),
        insatser=active(inputs.grants, year, scope.day),
        state_allocation=budget.state_allocation[year],
        previous_allocation=budget.state_allocation.get(year - 1),
    )


def plan_years(year: int) -> list[int]:
    """The budget year and the plan years after it."""
    return list(range(year, year + PLAN_YEARS))


def result_budget(p: Plan) -> Table:
    """Resultatbudget: forecast year and budget/plan years."""
    ys = p.years
    row = lambda label, style, f: TableRow(label, style, tuple(f(y) for y in ys))  # noqa: E731
    return Table((
        row(phrase("plan.verksamhetens_intakter"), RowStyle.LINE, lambda y: y.revenue),
        row("Verksamhetens kostnader", RowStyle.LINE, lambda y: -y.costs),
        row("Verksamhetens nettokostnader", RowStyle.TOTAL, lambda y: y.operating_result),
        row(phrase("plan.finansiella_intakter"), RowStyle.LINE, lambda y: y.financial_income),
        row("Finansiella kostnader", RowStyle.LINE, lambda y: -y.financial_costs),
        row(phrase("plan.arets_resultat"), RowStyle.TOTAL, lambda y: y.result),
    ))


def balance_budget(p: Plan) -> Table:
    """Balansbudget: each year's closing balance, eget kapital rolled forward."""
    ys = p.years
    row = lambda label, style, f: TableRow(label, style, tuple(f(y) for y in ys))  # noqa: E731
    rows = [
        TableRow("Tillgångar", RowStyle.HEADING),
        row("Anläggningstillgångar", RowStyle.LINE, lambda y: y.fixed_assets),
        row("Omsättningstillgångar", RowStyle.LINE, lambda y: y.current_assets),
        row(phrase("plan.summa_tillgangar"), RowStyle.TOTAL, lambda y: y.total_assets),
        TableRow(phrase("plan.eget_kapital_avsattningar_och_skulder"), RowStyle.HEADING),
        row(phrase("plan.eget_kapital_vid_arets_borjan"), RowStyle.LINE, lambda y: y.equity_start),
        row(phrase("plan.arets_resultat"), RowStyle.LINE, lambda y: y.result),
        row("Summa eget kapital", RowStyle.TOTAL, lambda y: y.equity_end),
    ]
    if any(y.provisions for y in ys):
        rows.append(row("Avsättningar", RowStyle.TOTAL, lambda y: y.provisions))
    if any(y.long_liabilities for y in ys):
        rows.append(row(phrase("plan.langfristiga_skulder"), RowStyle.LINE, lambda y: y.long_liabilities))
    rows += [
        row("Kortfristiga skulder", RowStyle.LINE, lambda y: y.short_liabilities),
        row("Summa skulder", RowStyle.TOTAL, lambda y: y.liabilities),
        row(phrase("plan.summa_eget_kapital_avsattningar_och_skul"), RowStyle.TOTAL,
            lambda y: y.equity_end + y.provisions + y.liabilities),
    ]
    return Table(tuple(rows))


def equity_table(p: Plan) -> Table:
    """Eget kapital at each year's end against 20 % of the year's revenue."""
    ys = p.years
    return Table((
        TableRow(phrase("plan.eget_kapital_vid_arets_slut"), RowStyle.LINE, tuple(y.equity_end for y in ys)),
        TableRow(phrase("plan.20_av_verksamhetens_intakter"), RowStyle.LINE, tuple(y.equity_limit for y in ys)),
        TableRow(phrase("plan.eget_kapital_over_eller_under_rekommenda"), RowStyle.TOTAL,
                 tuple(y.equity_end - y.equity_limit for y in ys)),
    ))
