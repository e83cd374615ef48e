"""The årsredovisning's template context: formatted tables and generated sentences."""
from __future__ import annotations

from decimal import Decimal

from pipeline import fmt
from pipeline.compute.annual_report import AnnualReport
from pipeline.compute.cashflow import CashFlow
from pipeline.compute.statements import BudgetComparison
from pipeline.domain import Inputs, Member, Scope, year_end
from pipeline.enums import DocumentTitle, GoalComputation
from pipeline.present import activity as act
from pipeline.present.common import forbund, funding_sentence, signatures, table_rows, unit_header
from pipeline.present.text import blocks, headed, sentences

DOCUMENT = DocumentTitle.ANNUAL_REPORT


def context(inputs: Inputs, scope: Scope, report: AnnualReport) -> dict:
    f, activity, year = inputs.forbund, inputs.activity, report.year
    unit = f.unit
    section = lambda name, skip=frozenset(): blocks(activity, DOCUMENT, year, name, skip)  # noqa: E731
    drift_lines = {c.line for c in report.comparisons}
    return {
        "forbund": forbund(f),
        "year": year,
        "title": f"Årsredovisning {year}",
        "decided_line": f"Beslutad av förbundsstyrelsen {fmt.iso_date(scope.decided)}" if scope.decided else "",
        "unit": fmt.UNIT_LABEL[unit],
        "about": section("Om förbundet"),
        "financing": _financing(report, f.members, unit, section("Finansiering")),
        "overview": _overview(report, unit, section("Verksamhetens utveckling"), f.colours),
        "governance": section("Styrning och uppföljning"),
        "economy": {
            "goals_lead": sentences(
                f"Nedan redovisas resultatet i förhållande till de mål förbundsstyrelsen fastställt för {year}. "
                "Till varje mål lämnas en kommentar om måluppfyllelsen.") if report.goals else [],
            "goal_groups": act.goals(report.goals, {GoalComputation.EQUITY_LIMIT: (
                f"Det egna kapitalet uppgår vid årets slut till {fmt.amount_with_unit(report.current.equity, unit)}; "
                f"20 % av årets intäkter är {fmt.amount_with_unit(report.current.equity_limit, unit)}.")}),
            "lead": sentences(*_economy_sentences(report, unit)),
            "blocks": section("God ekonomisk hushållning"),
        },
        "cooperation": {
            "blocks": section("Samverkansarbete"),
            "sus": act.sus(report.sus),
            "sus_chart": act.sus_chart(report.sus, f.colours),
            "sus_chart_caption": act.SUS_CAPTION,
            "kinds": act.insatser(report.insatser, year, unit),
            "goal_share": act.insats_goal_share(report.insats_goals),
        },
        "important": {
            "lead": sentences(_result_sentence(report, unit)),
            "blocks": [b for b in section("Viktiga förhållanden") if not b["heading"]],
            "lines": [
                {
                    "heading": c.line,
                    "lead": sentences(_comparison_sentence(c, unit)),
                    "paragraphs": headed(activity, DOCUMENT, year, "Viktiga förhållanden", c.line),
                }
                for c in report.comparisons
            ],
            "extra": [b for b in section("Viktiga förhållanden", drift_lines) if b["heading"]],
        },
        "outlook": section("Förväntad utveckling"),
        "operating": {
            "unit_header": unit_header(unit),
            "years": [year, year - 1],
            "rows": table_rows(report.operating, unit),
        },
        "income": {
            "unit_header": unit_header(unit),
            "columns": [fmt.period(year_end(y).replace(month=1, day=1), year_end(y)) for y in (year, year - 1)],
            "rows": table_rows(report.income, unit),
        },
        "balance": {
            "unit_header": unit_header(unit),
            "columns": [fmt.iso_date(year_end(y)) for y in (year, year - 1)],
            "rows": table_rows(report.balance, unit),
        },
        "cash_flow": {
            "unit_header": unit_header(unit),
            "columns": [str(year), str(year - 1)],
            "rows": _cash_flow_rows(report.cash_flows, unit),
        },
        "principles": section("Redovisningsprinciper"),
        "notes": [
            {
                "number": n.spec.number,
                "title": n.spec.title,
                "unit_header": unit_header(n.spec.unit),
                "columns": [str(year), str(year - 1)],
                "rows": table_rows(n.table, n.spec.unit),
            }
            for n in report.notes
        ],
        "signatures": signatures(f, scope),
    }


def _financing(report: AnnualReport, members: tuple[Member, ...], unit: str, extra: list[dict]) -> dict:
    lead = [f"Årets verksamhetsintäkter uppgår till {fmt.amount_with_unit(report.current.revenue, unit)}."]
    lead.append(funding_sentence(members))
    total = sum((amount for _, amount in report.contributions), Decimal(0))
    return {
        "lead": sentences(*lead),
        "blocks": extra,
        "members": [
            {"name": m.name, "share": fmt.share(m.share),
             "amount": fmt.amount(amount, "kr")}
            for m, amount in report.contributions
        ],
        "total": fmt.amount(total, "kr"),
        "year": report.year,
    }


OVERVIEW_YEARS = 5


def _overview(report: AnnualReport, unit: str, extra: list[dict], colours: tuple[str, ...]) -> dict:
    """The five-year table, and its chart; with fewer years of data the last columns stay empty."""
    years = report.overview
    charts = act.charts_module()
    oldest_first = list(reversed(years))
    chart = charts.grouped_bars(
        [str(y.year) for y in oldest_first],
        [("Verksamhetens intäkter", [y.revenue for y in oldest_first]),
         ("Verksamhetens kostnader", [y.costs for y in oldest_first]),
         ("Årets resultat", [y.result for y in oldest_first])],
        unit, colours or charts.DEFAULT_COLOURS)
    pad = lambda cells: cells + [""] * (OVERVIEW_YEARS - len(cells))  # noqa: E731
    return {
        "unit_header": fmt.UNIT_LABEL[unit].capitalize(),
        "years": pad([str(y.year) for y in years]),
        "rows": [
            {"label": "Verksamhetens intäkter", "cells": pad([fmt.amount(y.revenue, unit) for y in years])},
            {"label": "Verksamhetens kostnader", "cells": pad([fmt.amount(y.costs, unit) for y in years])},
            {"label": "Årets resultat", "cells": pad([fmt.amount(y.result, unit) for y in years])},
            {"label": "Eget kapital", "cells": pad([fmt.amount(y.equity, unit) for y in years])},
            {"label": "Soliditet", "cells": pad([fmt.percent(y.solidity) for y in years])},
            {"label": "Antal anställda", "cells": pad([fmt.decimal_number(y.staff) for y in years])},
        ],
        "blocks": extra,
        "chart": chart,
        "chart_caption": f"Diagram: verksamhetens intäkter, kostnader och resultat {oldest_first[0].year}–"
                         f"{oldest_first[-1].year}, {fmt.UNIT_LABEL[unit]}.",
    }


def _economy_sentences(report: AnnualReport, unit: str) -> list[str]:
    now, before = report.current, report.previous
    out = [
        f"Det egna kapitalet uppgår på balansdagen till {fmt.amount_with_unit(now.equity, unit)}. "
        f"Nationella rådets rekommendation är att det egna kapitalet inte bör överstiga 20 % av årets "
        f"intäkter, vilket för {now.year} motsvarar {fmt.amount_with_unit(now.equity_limit, unit)}."
    ]
    if now.equity_over_limit:
        out.append(f"Det egna kapitalet överstiger därmed rekommendationen med "
                   f"{fmt.amount_with_unit(now.equity_excess, unit)}.")
    else:
        out.append("Det egna kapitalet ligger därmed inom rekommendationen.")
    solidity = f"Soliditeten, det egna kapitalet i förhållande till de totala tillgångarna, är {fmt.percent(now.solidity)}"
    if before and before.solidity is not None:
        solidity += f" ({fmt.percent(before.solidity)} föregående år)"
    out.append(solidity + ".")
    return out


def _result_sentence(report: AnnualReport, unit: str) -> str:
    now = report.current
    return (f"Samordningsförbundet redovisar ett resultat för {now.year} på {fmt.amount_with_unit(now.result, unit)} "
            f"vilket medför att det egna kapitalet på balansdagen uppgår till "
            f"{fmt.amount_with_unit(now.equity, unit)}.")


def _comparison_sentence(c: BudgetComparison, unit: str) -> str:
    start = f"{c.line} uppgår till {fmt.magnitude_with_unit(c.outcome, unit)}"
    if fmt.rounded(c.size_change, unit) == 0:
        return start + " vilket motsvarar budget."
    direction = "högre" if c.size_change > 0 else "lägre"
    return f"{start} vilket är {fmt.magnitude_with_unit(c.size_change, unit)} {direction} än budgeterat."


def _cash_flow_rows(flows: tuple[CashFlow, CashFlow], unit: str) -> list[dict]:
    def row(label: str, attr: str | None, style: str = "rad") -> dict:
        cells = [fmt.amount(getattr(f, attr), unit) for f in flows] if attr else []
        return {"label": label, "style": style, "note": "", "cells": cells}

    rows = [
        row("Den löpande verksamheten", None, "rubrik"),
        row("Årets resultat", "result"),
        row("Justering för av- och nedskrivningar", "depreciation"),
        row("Justering för gjorda avsättningar", "provisions"),
        row("Medel från verksamheten före förändring av rörelsekapital", "before_working_capital", "summa"),
        row("Ökning (−)/minskning (+) kortfristiga fordringar", "receivables"),
    ]
    if any(f.inventory for f in flows):
        rows.append(row("Ökning (−)/minskning (+) förråd", "inventory"))
    rows += [
        row("Ökning (+)/minskning (−) kortfristiga skulder", "liabilities"),
        row("Kassaflöde från den löpande verksamheten", "operating", "summa"),
        row("Kassaflöde från investeringsverksamheten", "investing", "summa"),
        row("Kassaflöde från finansieringsverksamheten", "financing", "summa"),
        row("Årets kassaflöde", "total", "summa"),
        row("Likvida medel vid årets början", "cash_start"),
        row("Likvida medel vid årets slut", "cash_end", "summa"),
    ]
    return rows
