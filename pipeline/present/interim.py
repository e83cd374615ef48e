"""The delårsrapport's template context."""
from __future__ import annotations

from datetime import date

from pipeline import fmt
from pipeline.compute.interim import Interim, forecast_table
from pipeline.compute.surveys import goal_tables
from pipeline.domain import Inputs, Scope
from pipeline.enums import DocumentTitle, GoalComputation, RowStyle
from pipeline.present import activity as act
from pipeline.present.common import forbund, funding_sentence, signatures, table_rows, unit_header
from pipeline.present.text import blocks, number_word, sentences

DOCUMENT = DocumentTitle.INTERIM_REPORT

def context(inputs: Inputs, scope: Scope, report: Interim) -> dict:
    f, activity, year = inputs.forbund, inputs.activity, report.year
    unit = f.unit
    section = lambda name: blocks(activity, DOCUMENT, year, name)  # noqa: E731
    period = f"1 januari till {fmt.long_date(report.period_end)}"
    first_day = date(year, 1, 1)
    goals = [(g, goal_tables(inputs.indicators, g)) for g in activity.year_goals(year)]
    computed = {GoalComputation.EQUITY_LIMIT: _equity_sentence(report)}
    return {
        "forbund": forbund(f),
        "year": year,
        "title": f"Delårsrapport {year}",
        "period": period,
        "decided_line": f"Beslutad av styrelsen {fmt.iso_date(scope.decided)}" if scope.decided else "",
        "intro": sentences(f"{f.name} redovisar delårsrapport för perioden {period}. Denna rapport innehåller en "
                           "översiktlig redogörelse över utvecklingen av förbundets verksamhet."),
        "summary": {"lead": sentences(*_summary(inputs, report)), "blocks": section("Sammanfattning")},
        "about": section("Om förbundet"),
        "financing": sentences(f"Årets tilldelning från förbundsmedlemmarna uppgår till "
                               f"{fmt.amount_with_unit(report.allocation_total, 'kr')}. {funding_sentence(f.members)}"),
        "goals": {"blocks": section("Verksamhetsmål"),
                  "groups": act.goals(goals, computed, always_status=False)},
        "insatser": {
            "blocks": section("Insatser"),
            "entries": [act.insats_entry(i, ("Projektägare", "medsökande är")) for i in report.insatser],
        },
        "board": section("Styrelsens arbete"),
        "economy": {"lead": sentences(*_economy(report)), "blocks": section("Ekonomiskt utfall")},
        "income": {
            "chart": _income_chart(report, unit, f.colours),
            "chart_caption": f"Diagram: utfall och budget för perioden {period}, {fmt.UNIT_LABEL[unit]}.",
            "unit_header": unit_header(unit),
            "columns": [f"Utfall {fmt.period(first_day, report.period_end)}",
                        f"Budget {fmt.period(first_day, report.period_end)}", f"Utfall helår {year - 1}"],
            "rows": _with_shown_notes(table_rows(report.income, unit), report),
        },
        "balance": {
            "unit_header": unit_header(unit),
            "columns": [fmt.iso_date(report.period_end), fmt.iso_date(date(year - 1, 12, 31))],
            "rows": _with_shown_notes(table_rows(report.balance, unit), report),
        },
        "forecast": {
            "unit_header": unit_header(unit),
            "columns": [f"Budget {year}", f"Prognos {year}", "Avvikelse"],
            "rows": table_rows(forecast_table(report), unit),
        },
        "notes": [
            {"number": n.spec.number, "title": n.spec.title, "unit_header": unit_header(n.spec.unit),
             "columns": [fmt.iso_date(report.period_end), fmt.iso_date(date(year - 1, 12, 31))],
             "rows": table_rows(n.table, n.spec.unit)}
            for n in report.notes
        ],
        "signatures": signatures(f, scope),
    }


def _with_shown_notes(rows: list[dict], report: Interim) -> list[dict]:
    """Note references only to the notes this report shows."""
    shown = {str(n.spec.number) for n in report.notes}
    return [{**r, "note": r["note"] if r["note"] in shown else ""} for r in rows]


def _summary(inputs: Inputs, report: Interim) -> list[str]:
    f, year = inputs.forbund, report.year
    out = [
        f"För {year} års verksamhet får förbundet {fmt.amount_with_unit(report.allocation_total, 'kr')} i "
        f"driftsbidrag från huvudmännen. Tillsammans med det egna kapitalet förfogar förbundet över "
        f"{fmt.amount_with_unit(report.available, 'kr')}.",
    ]
    before = len(report.decided_before)
    if before:
        out.append(f"{f.name} har för {year} avsatt medel till {number_word(before)} "
                   f"{'insats' if before == 1 else 'insatser'} till en kostnad av "
                   f"{fmt.amount_with_unit(report.insats_budget, 'kr')}.")
    during = len(report.decided_in_period)
    if during:
        out.append(f"Under perioden har styrelsen beslutat att bevilja ytterligare {number_word(during)} "
                   f"{'insats' if during == 1 else 'insatser'}.")
    return out


def _result_words(amount) -> str:
    if amount < 0:
        return f"ett underskott på {fmt.magnitude_with_unit(amount, 'kr')}"
    if amount > 0:
        return f"ett överskott på {fmt.amount_with_unit(amount, 'kr')}"
    return "ett resultat i balans"


def _economy(report: Interim) -> list[str]:
    year, forecast = report.year, report.forecast
    return [
        f"I {year} års budget var det planerat för {_result_words(report.budget.result)}. Prognosen för helåret är "
        f"{_result_words(forecast.result)} vid utgången av {year}.",
        _equity_sentence(report),
    ]


def _equity_sentence(report: Interim) -> str:
    forecast = report.forecast
    over = forecast.equity_end > forecast.equity_limit
    return (f"Prognosen är att det egna kapitalet vid årets slut uppgår till "
            f"{fmt.amount_with_unit(forecast.equity_end, 'kr')}, vilket {'överstiger' if over else 'inte överstiger'} "
            f"20 % av intäkterna ({fmt.amount_with_unit(forecast.equity_limit, 'kr')}).")


def _income_chart(report: Interim, unit: str, colours: tuple[str, ...]):
    """The resultaträkning's lines with amounts: the period's outcome beside its budget."""
    lines = [r for r in report.income.rows if r.style == RowStyle.LINE]
    charts = act.charts_module()
    return charts.grouped_bars([r.label for r in lines],
                               [("Utfall", [r.values[0] for r in lines]), ("Budget", [r.values[1] for r in lines])],
                               unit, colours or charts.DEFAULT_COLOURS)
