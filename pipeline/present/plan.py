"""The verksamhetsplan's template context: texts, goals, planned insatser, budget tables."""
from __future__ import annotations

from pipeline import fmt
from pipeline.compute.grants import active
from pipeline.compute.plan import Plan, balance_budget, equity_table, result_budget
from pipeline.domain import Goal, Inputs, Scope
from pipeline.enums import DocumentTitle, GoalCategory, MemberKind
from pipeline.present.activity import insats_entry
from pipeline.present.common import forbund, signatures, table_rows, unit_header
from pipeline.present.text import blocks, join, sentences

DOCUMENT = DocumentTitle.PLAN


def context(inputs: Inputs, scope: Scope, plan: Plan) -> dict:
    f, activity, year = inputs.forbund, inputs.activity, plan.year
    unit = f.unit
    section = lambda name: blocks(activity, DOCUMENT, year, name)  # noqa: E731
    goals = activity.year_goals(year)
    plan_years = [y.year for y in plan.budget_years]
    forecast_columns = [f"Prognos {plan.forecast.year}", f"Budget {year}"] + [f"Plan {y}" for y in plan_years[1:]]
    return {
        "forbund": forbund(f),
        "year": year,
        "title": f"Verksamhetsplan och budget {year}",
        "plan_span": f"{plan_years[1]}–{plan_years[-1]}",
        "decided_line": (f"Antagen av styrelsen för {f.name} den {fmt.long_date(scope.decided)}"
                         if scope.decided else ""),
        "introduction": section("Inledning"),
        "about": {"lead": sentences(_about_sentence(inputs)), "blocks": section("Förbundet")},
        "organisation": section("Organisation"),
        "direction": section("Inriktning"),
        "target_groups": section("Målgrupper"),
        "board_goals": {"blocks": section("Styrelsens mål"), "goals": _goals(goals, GoalCategory.ACTIVITY)},
        "insats_goals": _goals(goals, GoalCategory.INSATSER),
        "financial_goals": {"goals": _goals(goals, GoalCategory.FINANCIAL), "blocks": section("Finansiella mål")},
        "economy": {"lead": sentences(*_economy_sentences(inputs, plan)), "blocks": section("Ekonomi")},
        "follow_up": section("Uppföljning och utvärdering"),
        "internal_control": section("Internkontroll och riskanalys"),
        "insatser": {
            "blocks": section("Insatser"),
            "planned": [insats_entry(item, ("Insatsägare", "medsökande:")) for item in active(inputs.grants, year)],
            "coming": section("Kommande ansökningar"),
        },
        "budget": _budget_tables(plan, unit),
        "balance": {"unit_header": unit_header(unit), "columns": forecast_columns,
                    "rows": table_rows(balance_budget(plan), unit)},
        "result": {"unit_header": unit_header(unit), "columns": forecast_columns,
                   "rows": table_rows(result_budget(plan), unit)},
        "equity": {"unit_header": unit_header(unit), "columns": forecast_columns,
                   "rows": table_rows(equity_table(plan), unit)},
        "signatures": signatures(f, scope),
    }


def _about_sentence(inputs: Inputs) -> str:
    f = inputs.forbund
    founded = f" bildades {fmt.month_year(f.founded)} och" if f.founded else ""
    return (f"{f.name}{founded} är en egen juridisk person med medlemmarna "
            f"{join([m.name for m in f.members])}.")


def _goals(goals: list[Goal], category: GoalCategory) -> list[dict]:
    return [
        {
            "text": g.text,
            "details": sentences(*(t for t in (g.how, f"Mått: {g.measure}" if g.measure else None,
                                               f"Uppföljning: {g.follow_up}" if g.follow_up else None) if t)),
        }
        for g in goals if g.category == category
    ]


def _economy_sentences(inputs: Inputs, plan: Plan) -> list[str]:
    f, year = inputs.forbund, plan.year
    state = [m.name for m in f.members if m.kind == MemberKind.STATE]
    others = [m.name for m in f.members if m.kind != MemberKind.STATE]
    first = (f"För {year} har staten ({join(state)}) beslutat om en tilldelning på "
             f"{fmt.amount_with_unit(plan.state_allocation, 'kr')} till {f.name}")
    if plan.previous_allocation is not None:
        change = plan.state_allocation - plan.previous_allocation
        if change == 0:
            first += f", detta är lika mycket som förbundet fick för {year - 1}"
        else:
            word = "mer" if change > 0 else "mindre"
            first += f", detta är {fmt.magnitude_with_unit(change, 'kr')} {word} än för {year - 1}"
    return [
        first + ".",
        f"{join(others)} matchar statens belopp, vilket medför att förbundets tilldelning för {year} uppgår till "
        f"{fmt.amount_with_unit(plan.total_allocation, 'kr')}.",
        f"Det egna kapitalet vid {year - 1} års slut beräknas uppgå till "
        f"{fmt.amount_with_unit(plan.forecast.equity_end, 'kr')}, vilket tillsammans med medlemmarnas driftsbidrag "
        f"blir {fmt.amount_with_unit(plan.available, 'kr')} vid ingången av {year}.",
    ]


def _budget_tables(plan: Plan, unit: str) -> dict:
    n = len(plan.budget_years)
    columns = [str(y.year) for y in plan.budget_years]

    def plain(label: str, values, style: str = "rad") -> dict:
        return {"label": label, "style": style, "note": "", "cells": [fmt.amount(v, unit) for v in values]}

    # Member rows are shown so that they add up to the shown total in every column.
    member_cells = [fmt.amounts_adding_up([amounts[i] for _, amounts in plan.members], unit) for i in range(n)]
    revenue_rows = [{"label": m.name, "style": "rad", "note": "", "cells": [member_cells[i][k] for i in range(n)]}
                    for k, (m, _) in enumerate(plan.members)]
    revenue_rows += [plain(r.label, r.values) for r in plan.other_revenue]
    revenue_rows.append(plain("Summa intäkter", [plan.revenue_total(i) for i in range(n)], "summa"))
    cost_rows = [plain(r.label, r.values) for r in plan.costs]
    cost_rows += [
        plain("Summa kostnader", [plan.cost_total(i) for i in range(n)], "summa"),
        plain("Budgeterat resultat", [y.result for y in plan.budget_years], "summa"),
        plain("Anspråkstagande av eget kapital", [y.equity_claimed for y in plan.budget_years]),
    ]
    return {"unit_header": unit_header(unit), "columns": columns, "revenue": revenue_rows, "costs": cost_rows}

