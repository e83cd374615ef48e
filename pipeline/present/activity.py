"""Context for the activity part: goals with status and survey tables, Uppföljning Finsam, funded insatser."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline import fmt
from pipeline.compute import surveys
from pipeline.compute.goals import GoalResult
from pipeline.compute.grants import GoalShare, InsatsYear, KindSummary
from pipeline.compute.surveys import MEAN_YEARS, Aggregate, QuestionTable, SurveyBlock
from pipeline.enums import AnswerGroup, Fulfilment, GoalCategory, GoalStatus, InsatsKind, RespondentGroup, RowStyle
from pipeline.phrases import phrase
from pipeline.present.model import Doc, Marker, Paragraph, Picture, Row
from pipeline.present.text import number_word, paragraphs

COLOURS = {GoalStatus.REACHED: "2E7D32", GoalStatus.MOSTLY: "2E7D32", GoalStatus.PARTLY: "F9A825",
           GoalStatus.NOT_REACHED: "C62828"}
WORDS = {GoalStatus.NOT_REACHED: phrase("activity.inte_uppnatt")}
CATEGORY_HEADINGS = {
    GoalCategory.ACTIVITY: phrase("activity.verksamhetsmal"),
    GoalCategory.INSATSER: phrase("activity.mal_for_finansierade_insatser"),
    GoalCategory.FINANCIAL: phrase("activity.finansiella_mal"),
}
GROUP_LABELS = {AnswerGroup.ALL: phrase("activity.samtliga"), AnswerGroup.WOMEN: phrase("activity.kvinnor"),
                AnswerGroup.MEN: phrase("activity.man")}
SUPPRESSED = phrase("activity.konsuppdelad_statistik_kan_ej_redovisas")
FULFILMENT_WORDS = {Fulfilment.YES: phrase("activity.uppnatt"), Fulfilment.PARTLY: phrase("activity.delvis_uppnatt"),
                    Fulfilment.NO: phrase("activity.ej_uppnatt")}
FOLLOW_UP_FINSAM_FROM = 2023  # the year Uppföljning Finsam replaced SUS
KIND_HEADINGS = {InsatsKind.INDIVIDUAL: phrase("activity.individinriktade_insatser"),
                 InsatsKind.STRUCTURAL: phrase("activity.strukturinriktade_insatser")}
KIND_ADJECTIVES = {InsatsKind.INDIVIDUAL: ("individinriktad", "individinriktade"),
                   InsatsKind.STRUCTURAL: ("strukturinriktad", "strukturinriktade")}


@dataclass(frozen=True)
class Status:
    words: Doc[str, "uppnått, i hög grad uppnått, delvis uppnått eller inte uppnått."]
    marker: Doc[Marker, "En färgad punkt: grön för uppnått, gul för delvis, röd för inte uppnått."]


@dataclass(frozen=True)
class SurveyTable:
    question: Doc[str, "Frågans text."]
    rows: Doc[list[Row], "Per enkät: gruppen, population och svarande, och raderna samtliga, kvinnor, män med "
                         "negativt, varken eller, positivt (klart positivt), svarsfrekvens och medelvärde."]
    chart: Doc[Picture | None, "Stapeldiagram över negativa, neutrala och positiva svar."]


@dataclass(frozen=True)
class MeanTable:
    text: Doc[str, "Frågans text, eller \"Samlat medelvärde per respondentgrupp\"."]
    years: Doc[list[str], "Tre år, äldst först och året sist; de första tomma när färre år finns."]
    rows: Doc[list[Row], "En rad per respondentgrupp: medelvärdet de tre åren, förändringen mot föregående år, "
                         "antal svar och spridning."]
    chart: Doc[Picture | None, "Stapeldiagram över medelvärdena per grupp och år."]


@dataclass(frozen=True)
class EquityGoal:
    equity: Doc[str, "Eget kapital, t.ex. \"6 057 tkr\" (i delårsrapporten: prognosen vid årets slut)."]
    limit: Doc[str, "20 % av årets intäkter."]
    over: Doc[bool, "Sant när det egna kapitalet överstiger 20 %."]


@dataclass(frozen=True)
class GoalItem:
    text: Doc[str, "Målet."]
    how: Doc[list[Paragraph], "Hur målet ska nås (bladet Mål, Hur), eller tom."]
    measure: Doc[list[Paragraph], "Hur målet mäts (Mått), eller tom."]
    follow_up: Doc[list[Paragraph], "Hur målet följs upp (Uppföljning), eller tom."]
    status: Doc[Status | None, "Måluppfyllelsen, eller tom när den inte är bedömd."]
    comment: Doc[list[Paragraph], "Kommentaren."]
    forecast: Doc[list[Paragraph], "Prognosen för helåret."]
    equity: Doc[EquityGoal | None, "För ett mål med Beräknas = eget kapital mot 20 %: siffrorna."]
    target: Doc[str, "Målvärdet för medelvärdet (Medelvärde minst), t.ex. \"4,5\", eller tom."]
    computed: Doc[bool, "Sant när statusen räknats fram ur underlagets medelvärden och målvärdet."]
    tables: Doc[list[SurveyTable], "Enkättabellerna (antal svar) som är målets underlag."]
    means: Doc[list[MeanTable], "Medelvärdena som är målets underlag."]


@dataclass(frozen=True)
class GoalGroup:
    heading: Doc[str, "Verksamhetsmål, Mål för finansierade insatser eller Finansiella mål."]
    category: Doc[str, "verksamhet, finansierade insatser eller finansiella."]
    goals: Doc[list[GoalItem], "Målen i kategorin."]


@dataclass(frozen=True)
class InsatsGoalItem:
    text: Doc[str, "Insatsens mål."]
    fulfilled: Doc[str, "uppnått, delvis uppnått, ej uppnått, eller tom när det inte följts upp."]
    outcome: Doc[str, "Vad som uppnåddes, eller tom."]


@dataclass(frozen=True)
class InsatsFollowUpItem:
    day: Doc[str, "Rapportdagen, t.ex. 2021-06-30."]
    status: Doc[str, "Läget med förbundets ord, t.ex. \"Pågår enligt plan\", eller tom."]
    paragraphs: Doc[list[Paragraph], "Uppföljningens text."]


@dataclass(frozen=True)
class InsatsItem:
    name: Doc[str, "Insatsens namn."]
    owner: Doc[str, "Insatsägare."]
    co_applicants: Doc[str, "Medsökande, eller tom."]
    period: Doc[str, "Insatsens period, t.ex. 2021-01-01–2023-12-31."]
    granted: Doc[str, "Beviljat belopp till och med årets slut, i kr."]
    decisions: Doc[str, "Styrelsens beslut, t.ex. \"2021-03-12 § 23; 2021-11-26 § 60\", eller tom."]
    cost: Doc[str, "Årets kostnad för insatsen."]
    background: Doc[list[Paragraph], "Bakgrund."]
    purpose: Doc[list[Paragraph], "Syfte."]
    target_group: Doc[list[Paragraph], "Målgrupp."]
    method: Doc[list[Paragraph], "Metod."]
    goals: Doc[list[InsatsGoalItem], "Insatsens mål som gäller på dokumentets datum."]
    follow_up: Doc[InsatsFollowUpItem | None, "Uppföljningen per rapportdagen (insatser.xlsx, Uppföljning), eller tom."]


@dataclass(frozen=True)
class KindGroup:
    heading: Doc[str, "Individinriktade insatser eller Strukturinriktade insatser."]
    phrase: Doc[str, "Antalet i ord med slaget, t.ex. \"två strukturinriktade insatser\"."]
    cost: Doc[str, "Årets kostnad för insatserna av slaget."]
    insatser: Doc[list[InsatsItem], "Insatserna."]


@dataclass(frozen=True)
class GoalShareFigures:
    total: Doc[int, "Insatsernas mål med redovisat utfall."]
    reached: Doc[int, "Av dem uppnådda."]
    partly: Doc[int, "Av dem delvis uppnådda."]
    share: Doc[str, "Andelen uppnådda, t.ex. \"57 %\"."]


def status(value: GoalStatus | None) -> Status | None:
    if value is None:
        return None
    return Status(WORDS.get(value, value), Marker(COLOURS[value]))


def goals(results: list[GoalResult], equity: EquityGoal | None, colours: tuple[str, ...] = ()) -> list[GoalGroup]:
    """Goals grouped by category, in the order the categories are defined; `equity` is the figures of
    a goal whose Beräknas is eget kapital mot 20 %."""
    groups = []
    with_surveys = not fmt.recording()  # a survey's tables print shares and means, no amount
    for category, heading in CATEGORY_HEADINGS.items():
        items = [GoalItem(r.goal.text, paragraphs(r.goal.how), paragraphs(r.goal.measure),
                          paragraphs(r.goal.follow_up), status(r.status), paragraphs(r.goal.comment), paragraphs(r.goal.forecast),
                          equity if r.goal.computed else None, fmt.one_decimal(r.goal.target) if r.goal.target
                          else "", r.computed, [survey_table(t) for t in r.tables] if with_surveys else [],
                          [mean_table(t, colours) for t in r.means] if with_surveys else [])
                 for r in results if r.goal.category == category]
        if items:
            groups.append(GoalGroup(heading, category, items))
    return groups


def mean_table(table: surveys.MeanTable, colours: tuple[str, ...] = ()) -> MeanTable:
    """Means per group (and per insats) for up to three years with the decimals the förbund publishes, the change
    since last year as the printed means give it, n and spread (deviation or range); the total as a sum row;
    and a chart."""
    pad = MEAN_YEARS - len(table.years)
    places = table.decimals
    rows = [Row(_mean_label(r), RowStyle.TOTAL if r.group == RespondentGroup.TOTAL else RowStyle.LINE, "",
                [""] * pad + [fmt.decimals(v, places) if v is not None else "" for v in r.values]
                + [fmt.printed_change(r.values[-1], r.before, places), fmt.integer(r.n) if r.n is not None else "",
                   _spread(r)])
            for r in table.rows]
    charts = charts_module()
    series = [(str(year), [r.values[i] for r in table.rows]) for i, year in enumerate(table.years)]
    chart = charts.mean_bars([_mean_label(r) for r in table.rows], series, table.text,
                             colours or charts.DEFAULT_COLOURS, places)
    return MeanTable(table.text, [""] * pad + [str(y) for y in table.years], rows, chart)


def _mean_label(row: surveys.MeanRow) -> str:
    name = _capitalized(row.name)
    return f"{name} – {row.insatser}" if row.insatser else name


def _spread(row: surveys.MeanRow) -> str:
    """The spread as published: a range (lägsta–högsta) or a standard deviation, with the decimals typed."""
    if row.low is not None and row.high is not None:
        return f"{fmt.as_typed(row.low)}–{fmt.as_typed(row.high)}"
    return fmt.as_typed(row.spread) if row.spread is not None else ""


def _capitalized(text: str) -> str:
    return text[0].upper() + text[1:]


def survey_table(table: QuestionTable, chart: bool = True) -> SurveyTable:
    rows = [row for block in table.blocks for row in _block_rows(block)]
    picture = None
    if chart:
        labels, shares = [], []
        for block in table.blocks:
            for a in block.rows:
                parts = fmt.percent_parts([a.negative, a.neutral, a.positive])
                if parts:
                    labels.append(f"{_capitalized(block.group_name)} – {GROUP_LABELS[a.group].lower()} (n={a.n})")
                    shares.append(parts)
        if shares:
            picture = charts_module().stacked_shares(labels, shares,
                                                     phrase("activity.svaren_pa_fragan", question=table.text))
    return SurveyTable(table.text, rows, picture)


def charts_module():
    """matplotlib is imported only when a chart is drawn."""
    from pipeline.present import charts

    return charts


def _block_rows(block: SurveyBlock) -> list[Row]:
    s = block.survey
    label = _capitalized(block.group_name) + (f" (i {s.insatser})" if s.insatser else "")
    info = phrase("activity.population_och_svarande", asked=fmt.percent(block.asked_share),
                  answered=fmt.percent(block.respondent_share), respondents=s.respondents)
    rows = [Row(label, RowStyle.HEADING, "", []), Row(info, RowStyle.SUBLINE, "", [""] * 5)]
    rows += [_aggregate_row(a) for a in block.rows]
    if block.suppressed:
        rows.append(Row(SUPPRESSED, RowStyle.SUBLINE, "", [""] * 5))
    return rows


def _aggregate_row(a: Aggregate) -> Row:
    negative, neutral, positive = fmt.percents_adding_to_100([a.negative, a.neutral, a.positive])
    return Row(f"{GROUP_LABELS[a.group]} (n={a.n})", RowStyle.LINE, "",
               [negative, neutral, f"{positive} ({fmt.percent(a.clear_share)})", fmt.percent(a.response_rate),
                fmt.one_decimal(a.mean)])


def sus_rows(rows: list[tuple[int, int, int, int]]) -> list[Row]:
    return [Row(str(y), RowStyle.LINE, "", [fmt.integer(w), fmt.integer(m), fmt.integer(t)]) for y, w, m, t in rows]


def follow_up_system(year: int) -> str:
    """The name of the system participants are registered in: Uppföljning Finsam replaced SUS in 2023."""
    return phrase("uppfoljningssystem" if year >= FOLLOW_UP_FINSAM_FROM else "uppfoljningssystem_sus")


def sus_chart(rows: list[tuple[int, int, int, int]], colours: tuple[str, ...], system: str) -> Picture | None:
    if not rows:
        return None
    charts = charts_module()
    return charts.counts_by_group([str(y) for y, *_ in rows],
                                  [("Kvinnor", [w for _, w, _, _ in rows]), ("Män", [m for _, _, m, _ in rows])],
                                  phrase("activity.deltagare_registrerade_i_sus_per_ar_kvin", system=system),
                                  colours or charts.DEFAULT_COLOURS)


def insats(item: InsatsYear, unit: str) -> InsatsItem:
    i = item.insats
    return InsatsItem(
        name=i.name, owner=i.owner, co_applicants=i.co_applicants or "", period=fmt.period(i.start, i.end),
        granted=fmt.amount_with_unit(item.decided, "kr"),
        decisions="; ".join(f"{fmt.iso_date(d.day)} {d.paragraph}" for d in item.decisions),
        cost=fmt.amount_with_unit(item.cost, unit),
        background=paragraphs(i.background), purpose=paragraphs(i.purpose), target_group=paragraphs(i.target_group),
        method=paragraphs(i.method),
        goals=[InsatsGoalItem(g.text, FULFILMENT_WORDS.get(g.fulfilled, ""), g.outcome or "") for g in item.goals],
        follow_up=InsatsFollowUpItem(fmt.iso_date(f.day), f.status or "", paragraphs(f.text))
        if (f := item.follow_up) else None,
    )


def kinds(summaries: list[KindSummary], unit: str) -> list[KindGroup]:
    groups = []
    for kind in summaries:
        count = len(kind.insatser)
        adjective = KIND_ADJECTIVES[kind.kind][count != 1]
        phrase = f"{number_word(count)} {adjective} {'insats' if count == 1 else 'insatser'}"
        groups.append(KindGroup(KIND_HEADINGS[kind.kind], phrase, fmt.amount_with_unit(kind.cost, unit),
                                [insats(i, unit) for i in kind.insatser]))
    return groups


def goal_share(share: GoalShare) -> GoalShareFigures | None:
    if not share.total:
        return None
    return GoalShareFigures(share.total, share.reached, share.partly, fmt.percent(share.share))
