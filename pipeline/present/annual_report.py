"""The årsredovisning's template context: formatted figures, tables and the förbund's texts.

The sentences are the template's: the context gives the figures they quote (formatted),
and the words that depend on them (högre/lägre) as values.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from pipeline import fmt
from pipeline.compute.annual_report import AnnualReport
from pipeline.compute.cashflow import CashFlow
from pipeline.compute.statements import BudgetComparison
from pipeline.domain import Inputs, Scope, members_of, year_end
from pipeline.enums import DocumentTitle, GoalStatus, NoteContent, RowStyle
from pipeline.present import activity
from pipeline.present.common import forbund, funding_sentence, rounding, signatures, table, unit_header
from pipeline.present.model import Block, Doc, Forbund, Paragraph, Picture, Row, Signatures, Table
from pipeline.present.text import blocks, headed, join, number_word
from pipeline.phrases import phrase

TITLE = DocumentTitle.ANNUAL_REPORT
OVERVIEW_YEARS = 5


@dataclass(frozen=True)
class MemberShare:
    name: Doc[str, "Medlemmens namn."]
    share: Doc[str, "Andel, t.ex. \"12,5 %\"."]
    amount: Doc[str, "Medlemsbidraget i kr."]


@dataclass(frozen=True)
class Financing:
    revenue: Doc[str, "Årets verksamhetsintäkter, t.ex. \"8 502 tkr\"."]
    funding: Doc[str, "Meningen om hur medlemmarna delar på finansieringen (räknas fram ur andelarna)."]
    members: Doc[list[MemberShare], "Medlemsbidragen per medlem, eller tom när tilldelningen saknas."]
    total: Doc[str, "Summan av medlemsbidragen i kr."]
    blocks: Doc[list[Block], "Texter i avsnittet Finansiering."]


@dataclass(frozen=True)
class Overview:
    unit: Doc[str, "tkr eller kr."]
    years: Doc[list[str], "De fem åren, senaste först (tomma när förbundet har färre år)."]
    rows: Doc[list[Row], "Intäkter, kostnader, resultat, eget kapital, soliditet och antal anställda (när "
                         "bladet Personal har uppgifter)."]
    first_year: Doc[str, "Första året i diagrammet."]
    last_year: Doc[str, "Sista året i diagrammet."]
    chart: Doc[Picture | None, "Stapeldiagram över intäkter, kostnader och resultat."]
    chart_unit: Doc[str, "Enheten på diagrammets axel (kr, tkr eller mnkr), till bildtexten."]
    blocks: Doc[list[Block], "Texter i avsnittet Verksamhetens utveckling."]


@dataclass(frozen=True)
class Economy:
    goal_groups: Doc[list[activity.GoalGroup], "Styrelsens mål för året med måluppfyllelse."]
    equity: Doc[str, "Eget kapital på balansdagen."]
    limit: Doc[str, "20 % av årets intäkter (Nationella rådets rekommendation)."]
    over: Doc[bool, "Sant när det egna kapitalet överstiger rekommendationen."]
    excess: Doc[str, "Hur mycket det överstiger den."]
    solidity: Doc[str, "Soliditet, t.ex. \"57 %\"."]
    solidity_before: Doc[str, "Föregående års soliditet, eller tom."]
    blocks: Doc[list[Block], "Texter i avsnittet God ekonomisk hushållning: styrelsens samlade bedömning."]
    goals_total: Doc[str, "Antal mål för året i ord, t.ex. \"fem\"."]
    goal_summary: Doc[str, "Målen per status i ord, t.ex. \"två uppnådda, ett delvis uppnått och ett ej "
                           "uppnått\", eller tom när inget mål har status."]
    equity_plan: Doc[list[Block], "Texter i avsnittet Eget kapital: styrelsens plan när det egna kapitalet "
                                  "överstiger rekommendationen."]


@dataclass(frozen=True)
class Cooperation:
    blocks: Doc[list[Block], "Texter i avsnittet Samverkansarbete."]
    system: Doc[str, "Uppföljningssystemet året: \"SUS\" till och med 2022, sedan \"Uppföljning Finsam\"."]
    sus: Doc[list[Row], "Deltagarna i Uppföljning Finsam (SUS): år, kvinnor, män och totalt, de fem senaste åren."]
    sus_chart: Doc[Picture | None, "Diagram över deltagarna i Uppföljning Finsam (SUS)."]
    kinds: Doc[list[activity.KindGroup], "Årets insatser, individinriktade och strukturinriktade."]
    means: Doc[list[activity.MeanTable], "Årets medelvärden från indikatorenkäten som inte redan visas under ett mål."]
    goal_share: Doc[activity.GoalShareFigures | None, "Hur många av insatsernas mål som uppnåtts, eller tom."]


@dataclass(frozen=True)
class BoardRow:
    name: Doc[str, "Namn."]
    role: Doc[str, "Roll, t.ex. \"Ordförande\"."]
    organisation: Doc[str, "Den medlem som utsett personen, eller tom."]


@dataclass(frozen=True)
class Board:
    members: Doc[list[BoardRow], "Styrelsen under året (forbundet.xlsx, Styrelse): ledamöter, sedan ersättare."]
    meetings: Doc[int, "Antal sammanträden under året (mappen sammantraden/), 0 när inga finns där."]
    meetings_phrase: Doc[str, "Antalet med ord, t.ex. \"sex sammanträden\" eller \"ett sammanträde\"."]


@dataclass(frozen=True)
class Staff:
    employees: Doc[str, "Antal anställda under året (forbundet.xlsx, Personal), eller tom när förbundet inte har "
                        "egna anställda (0, eller Anställda hos ifyllt)."]
    fte: Doc[str, "Antal årsarbetare, eller tom."]
    sick_leave: Doc[str, "Sjukfrånvaro i procent av arbetstiden, eller tom."]
    blocks: Doc[list[Block], "Texter i avsnittet Personalförhållanden."]


@dataclass(frozen=True)
class BalanceRequirementPart:
    evaluated: Doc[bool, "Sant när förbundet redovisar en balanskravsutredning (forbundet.xlsx, "
                         "Balanskravsutredning = ja); annars förklarar texterna varför balanskravet inte gäller."]
    rows: Doc[list[Row], "Utredningen: årets resultat, justeringarna och balanskravsresultatet."]
    outcome: Doc[str, "Balanskravsresultatet."]
    negative: Doc[bool, "Sant när balanskravsresultatet är negativt."]
    blocks: Doc[list[Block], "Texter i avsnittet Balanskrav."]


@dataclass(frozen=True)
class LineComment:
    heading: Doc[str, "Driftsredovisningens rad, t.ex. Bidrag till insatser."]
    outcome: Doc[str, "Utfallet (utan tecken)."]
    difference: Doc[str, "Skillnaden mot budget (utan tecken), eller tom när utfallet motsvarar budget."]
    direction: Doc[str, "högre eller lägre (än budgeterat), eller tom när utfallet motsvarar budget."]
    paragraphs: Doc[list[Paragraph], "Kommentaren från avsnittet Viktiga förhållanden med raden som rubrik."]


@dataclass(frozen=True)
class Important:
    result: Doc[str, "Årets resultat."]
    equity: Doc[str, "Eget kapital på balansdagen."]
    blocks: Doc[list[Block], "Texter i avsnittet Viktiga förhållanden utan rubrik."]
    lines: Doc[list[LineComment], "Driftsredovisningens rader mot budget."]
    extra: Doc[list[Block], "Övriga texter i avsnittet Viktiga förhållanden, med egen rubrik."]


@dataclass(frozen=True)
class Operating:
    unit_header: Doc[str, "T.ex. \"Belopp i tkr\"."]
    year: Doc[int, "Året."]
    previous_year: Doc[int, "Föregående år."]
    previous_budget: Doc[bool, "Sant när föregående års budget finns: då visas dess budget och avvikelse."]
    rows: Doc[list[Row], "Raderna: utfall, budget och avvikelse för året, sedan för föregående år (utfall, "
                         "budget, avvikelse – eller bara utfall när föregående års budget saknas)."]


@dataclass(frozen=True)
class Note:
    number: Doc[int, "Notens nummer."]
    title: Doc[str, "Notens rubrik."]
    table: Doc[Table, "Notens tabell."]
    facts: Doc[list[str], "Uppgifter under tabellen, t.ex. pensionsnotens aktualiseringsgrad (RKR R10)."]


@dataclass(frozen=True)
class AnnualReportContext:
    forbund: Doc[Forbund, "Förbundet."]
    year: Doc[int, "Räkenskapsåret."]
    title: Doc[str, "Dokumentets titel, t.ex. \"Årsredovisning 2025\"."]
    decided: Doc[str, "Dagen styrelsen beslutar om årsredovisningen, eller tom."]
    unit: Doc[str, "tkr eller kr: hur beloppen visas."]
    foreword: Doc[list[Block], "Texter i avsnittet Ordförande har ordet, före förvaltningsberättelsen; tom = inget "
                               "förord."]
    about: Doc[list[Block], "Texter i avsnittet Om förbundet (rubrik blir underrubrik)."]
    financing: Doc[Financing, "Finansiering och medlemsbidrag."]
    overview: Doc[Overview, "Översikt över verksamhetens utveckling."]
    governance: Doc[list[Block], "Texter i avsnittet Styrning och uppföljning."]
    economy: Doc[Economy, "God ekonomisk hushållning och ekonomisk ställning."]
    cooperation: Doc[Cooperation, "Årets samordnings- och samverkansarbete."]
    important: Doc[Important, "Viktiga förhållanden för resultat och ekonomisk ställning."]
    outlook: Doc[list[Block], "Texter i avsnittet Förväntad utveckling."]
    board: Doc[Board, "Styrelsen och dess sammanträden under året."]
    staff: Doc[Staff, "Väsentliga personalförhållanden."]
    balance_requirement: Doc[BalanceRequirementPart | None, "Balanskravet, eller tom när förbundet inte valt "
                                                             "hur det redovisas."]
    events_after: Doc[list[Block], "Texter i avsnittet Händelser efter årets slut."]
    operating: Doc[Operating, "Driftsredovisningen."]
    income: Doc[Table, "Resultaträkningen: året och föregående år (med budget: året, årets budget, föregående år)."]
    income_budget: Doc[bool, "Sant när resultaträkningen visar årets budget (forbundet.xlsx, Budget i "
                             "resultaträkningen)."]
    balance: Doc[Table, "Balansräkningen: årets och föregående års slut."]
    cash_flow: Doc[Table, "Kassaflödesanalysen: året och föregående år."]
    principles: Doc[list[Block], "Texter i avsnittet Redovisningsprinciper."]
    notes: Doc[list[Note], "Noterna."]
    signatures: Doc[Signatures, "Underskrifterna."]


def context(inputs: Inputs, scope: Scope, report: AnnualReport) -> AnnualReportContext:
    """The årsredovisning's context, section by section in the order of the document (the order in which its
    amounts are printed, which the rounding's programme follows: keep it when moving a part)."""
    f, year = inputs.forbund, report.year
    unit = f.unit
    section = _sections(inputs, scope, year)
    years = [str(year), str(year - 1)]
    shown = {n.spec.number for n in report.notes}
    return AnnualReportContext(
        forbund=forbund(f),
        year=year,
        title=f"{TITLE} {year}",
        decided=fmt.iso_date(scope.decided),
        unit=fmt.UNIT_LABEL[unit],
        foreword=section("Ordförande har ordet"),
        about=section("Om förbundet"),
        financing=_financing(report, unit, section, members_of(f.members, year)),
        overview=_overview(report, unit, section("Verksamhetens utveckling"), f.colours, f.ratio_decimals),
        governance=section("Styrning och uppföljning"),
        economy=_economy(report, unit, section, f.colours, f.ratio_decimals),
        cooperation=_cooperation(report, unit, section, f.colours),
        important=_important(inputs, scope, report, unit, section),
        outlook=section("Förväntad utveckling"),
        board=Board([BoardRow(m.name, m.role.capitalize(), m.organisation) for m in report.board],
                    report.meetings, phrase("annual_report.ett_sammantrade") if report.meetings == 1
                    else phrase("annual_report.sammantraden", count=number_word(report.meetings))),
        staff=_staff(report, section("Personalförhållanden")),
        balance_requirement=_balance_requirement(report, unit, section("Balanskrav"), f.balance_requirement),
        events_after=section("Händelser efter årets slut"),
        operating=Operating(unit_header(unit), year, year - 1, report.previous_budget, table(report.operating, unit, []).rows),
        income=table(report.income, unit, [fmt.period(year_end(y).replace(month=1, day=1), year_end(y))
                                           for y in (year, year - 1)][:1] + ([str(year)] if f.budget_in_income else [])
                     + [fmt.period(year_end(year - 1).replace(month=1, day=1), year_end(year - 1))], shown),
        income_budget=f.budget_in_income,
        balance=table(report.balance, unit, [fmt.iso_date(year_end(y)) for y in (year, year - 1)], shown),
        cash_flow=Table(unit_header(unit), years, _cash_flow_rows(report.cash_flows, unit)),
        principles=section("Redovisningsprinciper") + [rounding()],
        notes=[Note(n.spec.number, n.spec.title, table(n.table, n.spec.unit, years),
                    _note_facts(n.spec.content, inputs.accounting.actualisation, year)) for n in report.notes],
        signatures=signatures(f, scope),
    )


def _sections(inputs: Inputs, scope: Scope, year: int):
    """A section's texts as blocks, by its name (leaving out the headings in `skip`)."""
    return lambda name, skip=frozenset(): blocks(inputs.activity, TITLE, year, name, skip, scope.day)


def _financing(report: AnnualReport, unit: str, section, members) -> Financing:
    """The revenue and how the members share the state's allocation."""
    return Financing(
        revenue=fmt.amount_with_unit(report.current.revenue, unit),
        funding=funding_sentence(members),
        members=[MemberShare(m.name, share, fmt.amount(amount, "kr")) for (m, amount), share in
                 zip(report.contributions, [fmt.share(m.share) for m, _ in report.contributions])],
        total=fmt.amount(sum((amount for _, amount in report.contributions), Decimal(0)), "kr"),
        blocks=section("Finansiering"),
    )


def _economy(report: AnnualReport, unit: str, section, colours: tuple[str, ...], decimals: int) -> Economy:
    """God ekonomisk hushållning: the goals (the equity's among them), eget kapital and soliditet."""
    now = report.current
    return Economy(
        goal_groups=activity.goals(report.goals, activity.EquityGoal(fmt.amount_with_unit(now.equity, unit),
                                                                     fmt.amount_with_unit(now.equity_limit, unit),
                                                                     now.equity_over_limit), colours),
        equity=fmt.amount_with_unit(now.equity, unit),
        limit=fmt.amount_with_unit(now.equity_limit, unit),
        over=now.equity_over_limit,
        excess=fmt.amount_with_unit(now.equity_excess, unit),
        solidity=fmt.percent(now.solidity, decimals),
        solidity_before=fmt.percent(report.previous.solidity, decimals) if report.previous and
        report.previous.solidity is not None else "",
        blocks=section("God ekonomisk hushållning"),
        goals_total=number_word(len(report.goals), neuter=True),
        goal_summary=_goal_summary(report),
        equity_plan=section("Eget kapital"),
    )


def _cooperation(report: AnnualReport, unit: str, section, colours: tuple[str, ...]) -> Cooperation:
    system = activity.follow_up_system(report.year)
    return Cooperation(
        blocks=section("Samverkansarbete"),
        system=system,
        sus=activity.sus_rows(report.sus),
        sus_chart=activity.sus_chart(report.sus, colours, system),
        kinds=activity.kinds(report.insatser, unit),
        means=[activity.mean_table(t, colours) for t in report.means],
        goal_share=activity.goal_share(report.insats_goals),
    )


def _important(inputs: Inputs, scope: Scope, report: AnnualReport, unit: str, section) -> Important:
    """Viktiga förhållanden: the result, eget kapital, and a comment on each line that differs from its budget."""
    now, year = report.current, report.year
    return Important(
        result=fmt.amount_with_unit(now.result, unit),
        equity=fmt.amount_with_unit(now.equity, unit),
        blocks=[b for b in section("Viktiga förhållanden") if not b.heading],
        lines=[_comment(c, unit, headed(inputs.activity, TITLE, year, "Viktiga förhållanden", c.line, scope.day))
               for c in report.comparisons],
        extra=[b for b in section("Viktiga förhållanden", {c.line for c in report.comparisons}) if b.heading],
    )


def _overview(report: AnnualReport, unit: str, extra: list[Block], colours: tuple[str, ...],
              decimals: int) -> Overview:
    """The five-year table, and its chart; with fewer years of data the last columns stay empty."""
    years = report.overview
    charts = activity.charts_module()
    oldest_first = list(reversed(years))
    chart = charts.grouped_bars(
        [str(y.year) for y in oldest_first],
        [(phrase("annual_report.verksamhetens_intakter"), [y.revenue for y in oldest_first]),
         ("Verksamhetens kostnader", [y.costs for y in oldest_first]),
         (phrase("annual_report.arets_resultat"), [y.result for y in oldest_first])],
        unit, phrase("annual_report.oversikt_diagram", first=oldest_first[0].year, last=oldest_first[-1].year),
        colours or charts.DEFAULT_COLOURS)
    pad = lambda cells: cells + [""] * (OVERVIEW_YEARS - len(cells))  # noqa: E731
    line = lambda label, cells: Row(label, RowStyle.LINE, "", pad(cells))  # noqa: E731
    return Overview(
        unit=fmt.UNIT_LABEL[unit],
        years=pad([str(y.year) for y in years]),
        rows=[
            line(phrase("annual_report.verksamhetens_intakter"), [fmt.amount(y.revenue, unit) for y in years]),
            line("Verksamhetens kostnader", [fmt.amount(y.costs, unit) for y in years]),
            line(phrase("annual_report.arets_resultat"), [fmt.amount(y.result, unit) for y in years]),
            line("Eget kapital", [fmt.amount(y.equity, unit) for y in years]),
            line("Soliditet", [fmt.percent(y.solidity, decimals) for y in years]),
        ] + ([line(phrase("annual_report.antal_anstallda"), [fmt.decimal_number(y.staff) for y in years])]
             if any(y.staff is not None for y in years) else []),  # a förbund without staff has no such row
        first_year=str(oldest_first[0].year),
        last_year=str(oldest_first[-1].year),
        chart=chart,
        chart_unit=chart.unit,
        blocks=extra,
    )


def _note_facts(content: NoteContent, actualisation: dict[int, Fraction], year: int) -> list[str]:
    """The pension note's aktualiseringsgrad, this year and last, when given (RKR R10)."""
    if content != NoteContent.PENSION or year not in actualisation:
        return []
    if year - 1 in actualisation:
        return [phrase("notes.aktualiseringsgrad_och_foregaende", share=fmt.percent(actualisation[year]),
                       before=fmt.percent(actualisation[year - 1]))]
    return [phrase("notes.aktualiseringsgrad", share=fmt.percent(actualisation[year]))]


def _goal_summary(report: AnnualReport) -> str:
    """'två uppnådda, ett delvis uppnått och ett ej uppnått': the year's goals counted by status."""
    counts = [(status, sum(1 for r in report.goals if r.status == status)) for status in GoalStatus]
    return join([f"{number_word(n, neuter=True)} {status if n == 1 else status.replace('uppnått', 'uppnådda')}"
                 for status, n in counts if n])


def _staff(report: AnnualReport, texts: list[Block]) -> Staff:
    s = report.staff
    if s is None or not s.own_employees:  # no "0 anställda": the förbund's own text says who works for it
        return Staff("", "", "", texts)
    return Staff(fmt.decimal_number(s.employees), fmt.decimal_number(s.fte) if s.fte is not None else "",
                 fmt.percent(s.sick_leave, 1) if s.sick_leave is not None else "", texts)


def _balance_requirement(report: AnnualReport, unit: str, texts: list[Block],
                         chosen: bool | None) -> BalanceRequirementPart | None:
    if chosen is None:
        return None
    b = report.balance_requirement
    if b is None:
        return BalanceRequirementPart(False, [], "", False, texts)
    line = lambda label, value, style=RowStyle.LINE: Row(label, style, "", [fmt.amount(value, unit)])  # noqa: E731
    rows = [line(phrase("annual_report.arets_resultat"), b.result)] + [line(a.label, a.amount) for a in b.adjustments] \
        + [line("Balanskravsresultat", b.outcome, RowStyle.TOTAL)]
    return BalanceRequirementPart(True, rows, fmt.amount_with_unit(b.outcome, unit), b.outcome < 0, texts)


def _comment(c: BudgetComparison, unit: str, paragraphs: list[Paragraph]) -> LineComment:
    same = fmt.rounded(c.size_change, unit) == 0
    return LineComment(c.line, fmt.magnitude_with_unit(c.outcome, unit),
                       "" if same else fmt.magnitude_with_unit(c.size_change, unit),
                       "" if same else ("högre" if c.size_change > 0 else "lägre"), paragraphs)


def _cash_flow_rows(flows: tuple[CashFlow, CashFlow], unit: str) -> list[Row]:
    def row(label: str, attr: str | None, style: str = RowStyle.LINE) -> Row:
        return Row(label, style, "", [fmt.amount(getattr(f, attr), unit) for f in flows] if attr else [])

    rows = [
        row(phrase("annual_report.den_lopande_verksamheten"), None, RowStyle.HEADING),
        row(phrase("annual_report.arets_resultat"), "result"),
        row(phrase("annual_report.justering_for_av_och_nedskrivningar"), "depreciation"),
        row(phrase("annual_report.justering_for_gjorda_avsattningar"), "provisions"),
        row(phrase("annual_report.medel_fran_verksamheten_fore_forandring"), "before_working_capital", RowStyle.TOTAL),
        row(phrase("annual_report.okning_minskning_kortfristiga_fordringar"), "receivables"),
    ]
    if any(f.inventory for f in flows):
        rows.append(row(phrase("annual_report.okning_minskning_forrad"), "inventory"))
    rows += [
        row(phrase("annual_report.okning_minskning_kortfristiga_skulder"), "liabilities"),
        row(phrase("annual_report.kassaflode_fran_den_lopande_verksamheten"), "operating", RowStyle.TOTAL),
        row(phrase("annual_report.kassaflode_fran_investeringsverksamheten"), "investing", RowStyle.TOTAL),
        row(phrase("annual_report.kassaflode_fran_finansieringsverksamhete"), "financing", RowStyle.TOTAL),
        row(phrase("annual_report.arets_kassaflode"), "total", RowStyle.TOTAL),
        row(phrase("annual_report.likvida_medel_vid_arets_borjan"), "cash_start"),
        row(phrase("annual_report.likvida_medel_vid_arets_slut"), "cash_end", RowStyle.TOTAL),
    ]
    return rows
