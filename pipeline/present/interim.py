"""The delårsrapport's template context: the period's figures, the förbund's texts, the forecast."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from pipeline import fmt
from pipeline.compute.interim import InterimFigures, forecast_table
from pipeline.domain import Inputs, Scope, members_of
from pipeline.enums import DocumentTitle, RowStyle
from pipeline.present import activity
from pipeline.present.common import forbund, funding_sentence, rounding, signatures, table
from pipeline.present.model import Block, Doc, Forbund, Picture, Signatures, Table
from pipeline.present.text import blocks, number_word
from pipeline.phrases import phrase

TITLE = DocumentTitle.INTERIM_REPORT
RESULT = phrase("interim.arets_resultat")


@dataclass(frozen=True)
class Result:
    kind: Doc[str, "underskott, överskott eller balans."]
    amount: Doc[str, "Beloppet utan tecken, i kr (tomt när resultatet är i balans)."]


@dataclass(frozen=True)
class Summary:
    allocation: Doc[str, "Årets driftsbidrag från medlemmarna, i kr."]
    available: Doc[str, "Driftsbidraget och det egna kapitalet vid årets början, i kr."]
    decided_before: Doc[int, "Antal insatser beviljade före årets början (förbundets egna oräknade)."]
    decided_before_words: Doc[str, "Samma antal i ord, t.ex. \"fem\"."]
    insats_budget: Doc[str, "Årets budget för bidrag till insatser, i kr."]
    decided_in_period: Doc[int, "Antal insatser beviljade för första gången under perioden."]
    decided_in_period_words: Doc[str, "Samma antal i ord."]
    blocks: Doc[list[Block], "Texter i avsnittet Sammanfattning."]


@dataclass(frozen=True)
class Goals:
    blocks: Doc[list[Block], "Texter i avsnittet Verksamhetsmål."]
    groups: Doc[list[activity.GoalGroup], "Målen med kommentar och prognos."]


@dataclass(frozen=True)
class InsatsList:
    blocks: Doc[list[Block], "Texter i avsnittet Insatser."]
    entries: Doc[list[activity.InsatsItem], "Årets insatser."]


@dataclass(frozen=True)
class Economy:
    budget: Doc[Result, "Årets budgeterade resultat."]
    forecast: Doc[Result, "Prognosen för årets resultat."]
    equity: Doc[activity.EquityGoal, "Prognosen för eget kapital vid årets slut mot 20 % av intäkterna."]
    blocks: Doc[list[Block], "Texter i avsnittet Ekonomiskt utfall."]


@dataclass(frozen=True)
class Statement:
    table: Doc[Table, "Tabellen: periodens utfall, periodens budget, samma period föregående år och "
                      "föregående helår. Resultatraden heter Periodens resultat."]
    chart: Doc[Picture | None, "Diagram (resultaträkningen: periodens utfall mot budget)."]
    chart_unit: Doc[str, "Enheten på diagrammets axel (kr, tkr eller mnkr), till bildtexten."]
    comparable: Doc[bool, "Sant när saldon för samma period föregående år finns (annars visar kolumnen –)."]
    same_period_before: Doc[str, "Slutdagen för samma period föregående år, t.ex. \"2024-08-31\"."]


@dataclass(frozen=True)
class Note:
    number: Doc[int, "Notens nummer."]
    title: Doc[str, "Notens rubrik."]
    table: Doc[Table, "Notens tabell: periodens slut och föregående års slut (med budget: periodens utfall, "
                      "periodens budget, föregående år)."]
    budget: Doc[bool, "Sant när noten visar periodens budget (forbundet.xlsx, Budget i noterna)."]


@dataclass(frozen=True)
class InterimContext:
    forbund: Doc[Forbund, "Förbundet."]
    year: Doc[int, "Året."]
    title: Doc[str, "Dokumentets titel, t.ex. \"Delårsrapport 2026\"."]
    period: Doc[str, "Perioden i ord, t.ex. \"1 januari till 30 juni 2026\"."]
    period_start: Doc[str, "Periodens första dag, t.ex. 2026-01-01."]
    period_end: Doc[str, "Periodens sista dag, t.ex. 2026-06-30."]
    previous_end: Doc[str, "Föregående års slut, t.ex. 2025-12-31."]
    decided: Doc[str, "Dagen styrelsen beslutar om delårsrapporten, eller tom."]
    unit: Doc[str, "tkr eller kr: hur beloppen i tabellerna visas."]
    summary: Doc[Summary, "Sammanfattning av periodens verksamhet."]
    about: Doc[list[Block], "Texter i avsnittet Om förbundet."]
    allocation: Doc[str, "Årets tilldelning från medlemmarna, i kr."]
    funding: Doc[str, "Meningen om hur medlemmarna delar på finansieringen."]
    goals: Doc[Goals, "Verksamhetsmålen."]
    insatser: Doc[InsatsList, "Insatserna."]
    board: Doc[list[Block], "Texter i avsnittet Styrelsens arbete."]
    economy: Doc[Economy, "Ekonomiskt utfall och prognos."]
    income: Doc[Statement, "Resultaträkning: periodens utfall, periodens budget, föregående helår."]
    balance: Doc[Table, "Balansräkning: periodens slut och föregående års slut."]
    forecast: Doc[Table, "Helårsprognos: budget, prognos och avvikelse."]
    principles: Doc[list[Block], "Texter i avsnittet Redovisningsprinciper: vilka principer delårsrapporten följer "
                                 "och vad som ändrats sedan årsredovisningen (RKR R17)."]
    notes: Doc[list[Note], "Noterna."]
    signatures: Doc[Signatures, "Underskrifterna."]


def context(inputs: Inputs, scope: Scope, report: InterimFigures) -> InterimContext:
    f, year, unit = inputs.forbund, report.year, inputs.forbund.unit
    section = lambda name: blocks(inputs.activity, TITLE, year, name, day=scope.day, period=scope.end)  # noqa: E731
    start, end, previous = fmt.iso_date(date(year, 1, 1)), fmt.iso_date(report.period_end), f"{year - 1}-12-31"
    shown = {n.spec.number for n in report.notes}
    forecast = report.forecast
    equity = activity.EquityGoal(fmt.amount_with_unit(forecast.equity_end, "kr"),
                            fmt.amount_with_unit(forecast.equity_limit, "kr"),
                            forecast.equity_end > forecast.equity_limit)
    return InterimContext(
        forbund=forbund(f),
        year=year,
        title=f"{TITLE} {year}",
        period=phrase("interim.perioden", end=fmt.long_date(report.period_end)),
        period_start=start,
        period_end=end,
        previous_end=previous,
        decided=fmt.iso_date(scope.decided),
        unit=fmt.UNIT_LABEL[unit],
        summary=Summary(
            allocation=fmt.amount_with_unit(report.allocation_total, "kr"),
            available=fmt.amount_with_unit(report.available, "kr"),
            decided_before=len(report.decided_before),
            decided_before_words=number_word(len(report.decided_before)),
            insats_budget=fmt.amount_with_unit(report.insats_budget, "kr"),
            decided_in_period=len(report.decided_in_period),
            decided_in_period_words=number_word(len(report.decided_in_period)),
            blocks=section("Sammanfattning"),
        ),
        about=section("Om förbundet"),
        allocation=fmt.amount_with_unit(report.allocation_total, "kr"),
        funding=funding_sentence(members_of(f.members, report.year)),
        goals=Goals(section("Verksamhetsmål"), activity.goals(report.goals, equity, inputs.forbund.colours)),
        insatser=InsatsList(section("Insatser"), [activity.insats(i, unit) for i in report.insatser]),
        board=section("Styrelsens arbete"),
        economy=Economy(_result(report.budget.result), _result(forecast.result), equity, section("Ekonomiskt utfall")),
        income=Statement(_period_labels(table(report.income, unit, [
            f"{start}–{end}", f"{start}–{end}", f"{year - 1}-01-01–{fmt.iso_date(report.same_period_before)}",
            str(year - 1)], shown), "Periodens resultat"), chart := _income_chart(report, unit, f.colours),
            chart.unit, report.comparable, fmt.iso_date(report.same_period_before)),
        balance=_period_labels(table(report.balance, unit, [end, previous], shown),
                               phrase("interim.periodens_arets_resultat")),
        forecast=table(forecast_table(report), unit, [str(year), str(year), ""]),
        principles=section("Redovisningsprinciper") + [rounding()],
        notes=[Note(n.spec.number, n.spec.title, table(n.table, n.spec.unit, [end] + (["Budget"] if n.budget else [])
                                                      + [previous]), n.budget) for n in report.notes],
        signatures=signatures(f, scope),
    )


def _period_labels(shown: Table, label: str) -> Table:
    """The year's result, at a period's end, is the period's: the row phrase("interim.arets_resultat") is renamed."""
    return replace(shown, rows=[replace(r, label=label + r.label[len(RESULT):])
                                if r.label.lower().startswith(RESULT.lower()) else r for r in shown.rows])


def _result(amount: Decimal) -> Result:
    if amount < 0:
        return Result("underskott", fmt.magnitude_with_unit(amount, "kr"))
    if amount > 0:
        return Result("överskott", fmt.amount_with_unit(amount, "kr"))
    return Result("balans", "")


def _income_chart(report: InterimFigures, unit: str, colours: tuple[str, ...]) -> Picture:
    """The resultaträkning's lines with amounts: the period's outcome beside its budget."""
    lines = [r for r in report.income.rows if r.style == RowStyle.LINE]
    charts = activity.charts_module()
    return charts.grouped_bars([r.label for r in lines],
                               [("Utfall", [r.values[0] for r in lines]), ("Budget", [r.values[1] for r in lines])],
                               unit, phrase("interim.chart_description", end=fmt.long_date(report.period_end)),
                               colours or charts.DEFAULT_COLOURS)
