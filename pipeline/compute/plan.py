"""Verksamhetsplan och budget: the budget year, two plan years and the current year's forecast.

The current year (the year before the plan) is the forecast year: its result and
balance posts come from the Prognos sheet and its opening eget kapital from the
books. Each later year's eget kapital is the previous year's plus its result, and
omsättningstillgångar are what makes each balansbudget balance.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pipeline.compute.board import check_board, signing_day
from pipeline.compute.budget import check_member_budget, contributions, forecast_as_of, line_posts
from pipeline.compute.checks import kr, require_balance_sheet
from pipeline.compute.lines import ZERO, year_end
from pipeline.compute.overview import EQUITY_LIMIT, equity
from pipeline.compute.tables import HEADING, LINE, TOTAL, Table, TableRow
from pipeline.domain import COST_KINDS, DR, REVENUE_KINDS, Inputs, Member
from pipeline.problems import InputError, Problems, Where
from pipeline.schema import BUDGET

PLAN_YEARS = 3
BALANCE_POSTS = ("Anläggningstillgångar", "Avsättningar", "Kortfristiga skulder", "Långfristiga skulder")


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


def _items(inputs: Inputs, years: list[int], kinds: tuple[str, ...], skip: str | None) -> list[BudgetRow]:
    """Budget items of the given line kinds, one row per item name, in first-seen order."""
    line_kinds = {line.name: line.kind for line in inputs.accounting.report_lines(DR)}
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
    return PlanYear(year, is_forecast, *flows, equity_start, balance.get("Anläggningstillgångar", ZERO),
                    balance.get("Avsättningar", ZERO), balance.get("Kortfristiga skulder", ZERO),
                    balance.get("Långfristiga skulder", ZERO), equity_use)


def forecast_flows(forecast: dict[str, Decimal]) -> list[Decimal]:
    """Revenue, costs, financial income and financial costs of a forecast, all positive."""
    return [forecast.get(p, ZERO) for p in ("Verksamhetens intäkter", "Verksamhetens kostnader",
                                            "Finansiella intäkter", "Finansiella kostnader")]


def budget_flows(inputs: Inputs, year: int) -> list[Decimal]:
    """Revenue, costs, financial income and financial costs of a budget year, all positive."""
    lines = inputs.accounting.report_lines(DR)
    posts = line_posts(lines, inputs.budget, inputs.forbund.members, year)
    by_kind = lambda kind: sum((posts.get(l.name, ZERO) for l in lines if l.kind == kind), ZERO)  # noqa: E731
    return [by_kind("intäkt"), -by_kind("kostnad"), by_kind("finansiell intäkt"), -by_kind("finansiell kostnad")]


def plan(inputs: Inputs, year: int, problems: Problems) -> Plan:
    """The figures of the verksamhetsplan for `year`; raises InputError when data are missing."""
    budget, members = inputs.budget, inputs.forbund.members
    years = list(range(year, year + PLAN_YEARS))
    forecast_year = year - 1
    info = inputs.activity.info("Verksamhetsplan", year)
    forecast = forecast_as_of(budget, forecast_year, info.decided if info else None)
    budget_sheet = Where(BUDGET.filename, "Budget")
    for y in years:
        if y not in budget.state_allocation:
            problems.error(Where(BUDGET.filename, "Tilldelning"), f"statens tilldelning för {y} saknas.")
        if not any(item.year == y for item in budget.items):
            problems.error(budget_sheet, f"budget saknas för {y}; verksamhetsplanen {year} omfattar {years[0]}–"
                                         f"{years[-1]}.")
        check_member_budget(budget, members, y, problems)
    missing = [p for p in ("Verksamhetens intäkter", "Verksamhetens kostnader") if p not in forecast]
    if missing:
        problems.error(Where(BUDGET.filename, "Prognos"), f"prognos för {forecast_year} saknas: {', '.join(missing)}.")
    require_balance_sheet(inputs.accounting, year_end(forecast_year - 1),
                          f"eget kapital vid ingången av prognosåret {forecast_year}", problems)
    if problems.has_errors:
        raise InputError(problems)

    plan_years: list[PlanYear] = []
    equity_start = equity(inputs.accounting, forecast_year - 1)
    carried = {post: ZERO for post in BALANCE_POSTS}
    for y in [forecast_year] + years:
        given = forecast if y == forecast_year else forecast_as_of(budget, y, None)
        carried = {post: given.get(post, carried[post]) for post in BALANCE_POSTS}
        flows = forecast_flows(forecast) if y == forecast_year else budget_flows(inputs, y)
        current = year_of(y, y == forecast_year, flows, equity_start, carried, budget.equity_use.get(y, ZERO))
        plan_years.append(current)
        equity_start = current.equity_end

    for p in plan_years[1:]:
        if p.result < 0 and p.equity_use < -p.result:
            planned = f"planerad användning av eget kapital är {kr(p.equity_use)}" if p.equity_use else \
                "ingen användning av eget kapital är planerad"
            problems.warning(Where(BUDGET.filename, "Eget kapital"),
                             f"budgeten för {p.year} är inte i balans: underskott {kr(-p.result)}, men {planned}.")
        if p.current_assets < 0:
            problems.warning(Where(BUDGET.filename, "Prognos"),
                             f"omsättningstillgångarna blir negativa {p.year} ({kr(p.current_assets)}).")

    check_board(inputs.forbund, signing_day(info, date(year - 1, 12, 31)), "verksamhetsplanen", problems)
    member_rows = [
        (member, tuple(dict((m.name, a) for m, a in contributions(budget, members, y))[member.name] for y in years))
        for member in members
    ]
    return Plan(
        year=year,
        years=plan_years,
        members=member_rows,
        other_revenue=_items(inputs, years, REVENUE_KINDS, budget.member_line),
        costs=_items(inputs, years, COST_KINDS, None),
        state_allocation=budget.state_allocation[year],
        previous_allocation=budget.state_allocation.get(year - 1),
    )


def result_budget(p: Plan) -> Table:
    """Resultatbudget: forecast year and budget/plan years."""
    ys = p.years
    row = lambda label, style, f: TableRow(label, style, tuple(f(y) for y in ys))  # noqa: E731
    return Table((
        row("Verksamhetens intäkter", LINE, lambda y: y.revenue),
        row("Verksamhetens kostnader", LINE, lambda y: -y.costs),
        row("Verksamhetens nettokostnader", TOTAL, lambda y: y.operating_result),
        row("Finansiella intäkter", LINE, lambda y: y.financial_income),
        row("Finansiella kostnader", LINE, lambda y: -y.financial_costs),
        row("Årets resultat", TOTAL, lambda y: y.result),
    ))


def balance_budget(p: Plan) -> Table:
    """Balansbudget: each year's closing balance, eget kapital rolled forward."""
    ys = p.years
    row = lambda label, style, f: TableRow(label, style, tuple(f(y) for y in ys))  # noqa: E731
    rows = [
        TableRow("Tillgångar", HEADING),
        row("Anläggningstillgångar", LINE, lambda y: y.fixed_assets),
        row("Omsättningstillgångar", LINE, lambda y: y.current_assets),
        row("Summa tillgångar", TOTAL, lambda y: y.total_assets),
        TableRow("Eget kapital, avsättningar och skulder", HEADING),
        row("Eget kapital vid årets början", LINE, lambda y: y.equity_start),
        row("Årets resultat", LINE, lambda y: y.result),
        row("Summa eget kapital", TOTAL, lambda y: y.equity_end),
    ]
    if any(y.provisions for y in ys):
        rows.append(row("Avsättningar", TOTAL, lambda y: y.provisions))
    if any(y.long_liabilities for y in ys):
        rows.append(row("Långfristiga skulder", LINE, lambda y: y.long_liabilities))
    rows += [
        row("Kortfristiga skulder", LINE, lambda y: y.short_liabilities),
        row("Summa skulder", TOTAL, lambda y: y.liabilities),
        row("Summa eget kapital, avsättningar och skulder", TOTAL,
            lambda y: y.equity_end + y.provisions + y.liabilities),
    ]
    return Table(tuple(rows))


def equity_table(p: Plan) -> Table:
    """Eget kapital at each year's end against 20 % of the year's revenue."""
    ys = p.years
    return Table((
        TableRow("Eget kapital vid årets slut", LINE, tuple(y.equity_end for y in ys)),
        TableRow("20 % av verksamhetens intäkter", LINE, tuple(y.equity_limit for y in ys)),
        TableRow("Eget kapital över (+) eller under (−) rekommendationen", TOTAL,
                 tuple(y.equity_end - y.equity_limit for y in ys)),
    ))
