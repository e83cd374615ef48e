"""The verksamhetsplan's template context: texts, goals, planned insatser, budget tables."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline import fmt
from pipeline.compute.plan import Plan, balance_budget, equity_table, result_budget
from pipeline.domain import Goal, Inputs, Scope, members_of
from pipeline.enums import DocumentTitle, GoalCategory, MemberKind, RowStyle
from pipeline.present.activity import InsatsItem, insats
from pipeline.present.common import forbund, rounding, signatures, table, unit_header
from pipeline.present.model import Block, Doc, Forbund, Row, Signatures, Table
from pipeline.present.text import blocks, join
from pipeline.phrases import phrase

TITLE = DocumentTitle.PLAN


@dataclass(frozen=True)
class PlanGoal:
    text: Doc[str, "Målet."]
    how: Doc[str, "Hur målet ska nås, eller tom."]
    measure: Doc[str, "Hur målet mäts, eller tom."]
    follow_up: Doc[str, "Hur målet följs upp, eller tom."]


@dataclass(frozen=True)
class About:
    founded: Doc[str, "När förbundet bildades, t.ex. \"november 2005\", eller tom."]
    members: Doc[str, "Medlemmarna uppräknade, t.ex. \"A, B och C\"."]
    blocks: Doc[list[Block], "Texter i avsnittet Förbundet."]


@dataclass(frozen=True)
class Economy:
    state: Doc[str, "Statens parter, t.ex. \"Försäkringskassan och Arbetsförmedlingen\"."]
    others: Doc[str, "Övriga medlemmar, som matchar statens belopp."]
    allocation: Doc[str, "Statens tilldelning för året, i kr."]
    change: Doc[str, "Skillnaden mot föregående års tilldelning (utan tecken), eller tom."]
    change_word: Doc[str, "mer, mindre eller lika (mot föregående år), eller tom när föregående år saknas."]
    total: Doc[str, "Förbundets tilldelning från alla medlemmar, i kr."]
    equity_forecast: Doc[str, "Eget kapital vid föregående års slut enligt prognosen, i kr."]
    available: Doc[str, "Det egna kapitalet och årets driftsbidrag, i kr."]
    blocks: Doc[list[Block], "Texter i avsnittet Ekonomi."]


@dataclass(frozen=True)
class Insatser:
    blocks: Doc[list[Block], "Texter i avsnittet Insatser."]
    planned: Doc[list[InsatsItem], "Insatserna vars period omfattar året."]
    coming: Doc[list[Block], "Texter i avsnittet Kommande ansökningar."]


@dataclass(frozen=True)
class BudgetTables:
    unit_header: Doc[str, "T.ex. \"Belopp i tkr\"."]
    columns: Doc[list[str], "Budgetåret och planåren."]
    revenue: Doc[list[Row], "Intäkterna: medlemsbidrag per medlem, övriga intäkter och summan."]
    costs: Doc[list[Row], "Kostnaderna per budgetpost, summan, resultatet och anspråkstagandet av eget kapital."]


@dataclass(frozen=True)
class PlanContext:
    forbund: Doc[Forbund, "Förbundet."]
    year: Doc[int, "Budgetåret."]
    title: Doc[str, "Dokumentets titel, t.ex. \"Verksamhetsplan och budget 2027\"."]
    plan_span: Doc[str, "Planåren, t.ex. \"2028–2029\"."]
    forecast_year: Doc[int, "Innevarande år, vars prognos visas."]
    decided: Doc[str, "Dagen styrelsen antar planen, t.ex. \"26 november 2026\", eller tom."]
    introduction: Doc[list[Block], "Texter i avsnittet Inledning."]
    about: Doc[About, "Om förbundet."]
    organisation: Doc[list[Block], "Texter i avsnittet Organisation."]
    direction: Doc[list[Block], "Texter i avsnittet Inriktning."]
    target_groups: Doc[list[Block], "Texter i avsnittet Målgrupper."]
    board_goals: Doc[list[PlanGoal], "Styrelsens mål för verksamheten."]
    board_goals_blocks: Doc[list[Block], "Texter i avsnittet Styrelsens mål."]
    insats_goals: Doc[list[PlanGoal], "Mål för finansierade insatser."]
    financial_goals: Doc[list[PlanGoal], "Finansiella mål."]
    financial_goals_blocks: Doc[list[Block], "Texter i avsnittet Finansiella mål."]
    economy: Doc[Economy, "Ekonomi."]
    follow_up: Doc[list[Block], "Texter i avsnittet Uppföljning och utvärdering."]
    internal_control: Doc[list[Block], "Texter i avsnittet Internkontroll och riskanalys."]
    insatser: Doc[Insatser, "Finansiering av och stöd till samordnade insatser."]
    budget: Doc[BudgetTables, "Budgeten och planen."]
    balance: Doc[Table, "Balansbudget: prognosåret, budgetåret och planåren."]
    result: Doc[Table, "Resultatbudget."]
    equity: Doc[Table, "Eget kapital mot Nationella rådets rekommendation."]
    signatures: Doc[Signatures, "Underskrifterna."]


def context(inputs: Inputs, scope: Scope, plan: Plan) -> PlanContext:
    f, activity, year, unit = inputs.forbund, inputs.activity, plan.year, inputs.forbund.unit
    section = lambda name: blocks(activity, TITLE, year, name, day=scope.day)  # noqa: E731
    goals = activity.year_goals(year, scope.day)
    later = [y.year for y in plan.budget_years][1:]
    columns = [str(plan.forecast.year), str(year)] + [str(y) for y in later]
    return PlanContext(
        forbund=forbund(f),
        year=year,
        title=f"{phrase('Verksamhetsplan, hela titeln')} {year}",
        plan_span=f"{later[0]}–{later[-1]}",
        forecast_year=plan.forecast.year,
        decided=fmt.long_date(scope.decided) if scope.decided else "",
        introduction=section("Inledning"),
        about=About(fmt.month_year(f.founded) if f.founded else "", join([m.name for m in members_of(f.members, year)]),
                    section("Förbundet")),
        organisation=section("Organisation"),
        direction=section("Inriktning"),
        target_groups=section("Målgrupper"),
        board_goals=_goals(goals, GoalCategory.ACTIVITY),
        board_goals_blocks=section("Styrelsens mål"),
        insats_goals=_goals(goals, GoalCategory.INSATSER),
        financial_goals=_goals(goals, GoalCategory.FINANCIAL),
        financial_goals_blocks=section("Finansiella mål"),
        economy=_economy(inputs, plan, section("Ekonomi") + [rounding()]),
        follow_up=section("Uppföljning och utvärdering"),
        internal_control=section("Internkontroll och riskanalys"),
        insatser=Insatser(section("Insatser"), [insats(i, unit) for i in plan.insatser],
                          section("Kommande ansökningar")),
        budget=_budget_tables(plan, unit),
        balance=table(balance_budget(plan), unit, columns),
        result=table(result_budget(plan), unit, columns),
        equity=table(equity_table(plan), unit, columns),
        signatures=signatures(f, scope),
    )


def _goals(goals: list[Goal], category: GoalCategory) -> list[PlanGoal]:
    return [PlanGoal(g.text, g.how or "", g.measure or "", g.follow_up or "") for g in goals if g.category == category]


def _economy(inputs: Inputs, plan: Plan, extra: list[Block]) -> Economy:
    f = inputs.forbund
    change, word = "", ""
    if plan.previous_allocation is not None:
        difference = plan.state_allocation - plan.previous_allocation
        change = fmt.magnitude_with_unit(difference, "kr") if difference else ""
        word = "mer" if difference > 0 else "mindre" if difference < 0 else "lika"
    return Economy(
        state=join([m.name for m in members_of(f.members, plan.year) if m.kind == MemberKind.STATE]),
        others=join([m.name for m in members_of(f.members, plan.year) if m.kind != MemberKind.STATE]),
        allocation=fmt.amount_with_unit(plan.state_allocation, "kr"),
        change=change,
        change_word=word,
        total=fmt.amount_with_unit(plan.total_allocation, "kr"),
        equity_forecast=fmt.amount_with_unit(plan.forecast.equity_end, "kr"),
        available=fmt.amount_with_unit(plan.available, "kr"),
        blocks=extra,
    )


def _budget_tables(plan: Plan, unit: str) -> BudgetTables:
    n = len(plan.budget_years)

    def plain(label: str, values, style: str = RowStyle.LINE) -> Row:
        return Row(label, style, "", [fmt.amount(v, unit) for v in values])

    revenue = [plain(m.name, amounts) for m, amounts in plan.members]
    revenue += [plain(r.label, r.values) for r in plan.other_revenue]
    revenue.append(plain(phrase("plan.summa_intakter"), [plan.revenue_total(i) for i in range(n)], RowStyle.TOTAL))
    costs = [plain(r.label, r.values) for r in plan.costs]
    costs += [
        plain("Summa kostnader", [plan.cost_total(i) for i in range(n)], RowStyle.TOTAL),
        plain("Budgeterat resultat", [y.result for y in plan.budget_years], RowStyle.TOTAL),
        plain(phrase("plan.ansprakstagande_av_eget_kapital"), [y.equity_claimed for y in plan.budget_years]),
    ]
    return BudgetTables(unit_header(unit), [str(y.year) for y in plan.budget_years], revenue, costs)
