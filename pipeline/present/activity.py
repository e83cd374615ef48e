"""Context for the activity part: goals with status and survey tables, SUS, funded insatser."""
from __future__ import annotations

from pipeline import fmt
from pipeline.compute.grants import GoalShare, KindSummary
from pipeline.compute.surveys import Aggregate, QuestionTable, SurveyBlock
from pipeline.domain import Goal
from pipeline.enums import AnswerGroup, Fulfilment, GoalCategory, GoalStatus, InsatsKind
from pipeline.present.markers import Marker
from pipeline.present.text import number_word, paragraphs, sentences

STATUS = {
    GoalStatus.REACHED: ("Målet är uppnått.", "2E7D32"),
    GoalStatus.MOSTLY: ("Målet är i hög grad uppnått.", "2E7D32"),
    GoalStatus.PARTLY: ("Målet är delvis uppnått.", "F9A825"),
    GoalStatus.NOT_REACHED: ("Målet är inte uppnått.", "C62828"),
    None: ("Måluppfyllelsen är inte bedömd.", "9E9E9E"),
}
CATEGORY_HEADINGS = {
    GoalCategory.ACTIVITY: "Verksamhetsmål",
    GoalCategory.INSATSER: "Mål för finansierade insatser",
    GoalCategory.FINANCIAL: "Finansiella mål",
}
GROUP_LABELS = {AnswerGroup.ALL: "Samtliga", AnswerGroup.WOMEN: "Kvinnor", AnswerGroup.MEN: "Män"}
SUPPRESSED = "Könsuppdelad statistik kan ej redovisas p g a för få svarande"
FULFILMENT_WORDS = {Fulfilment.YES: "uppnått", Fulfilment.PARTLY: "delvis uppnått", Fulfilment.NO: "ej uppnått",
                    None: "ej bedömt ännu"}
KIND_HEADINGS = {InsatsKind.INDIVIDUAL: "Individinriktade insatser",
                 InsatsKind.STRUCTURAL: "Strukturinriktade insatser"}
KIND_PLURAL = {InsatsKind.INDIVIDUAL: "individinriktade", InsatsKind.STRUCTURAL: "strukturinriktade"}


def status(goal: Goal) -> dict:
    text, colour = STATUS[goal.status]
    return {"text": text, "marker": Marker(colour)}


def goals(goal_tables: list[tuple[Goal, list[QuestionTable]]], computed: dict[str, str] | None = None,
          always_status: bool = True, charts: bool = True) -> list[dict]:
    """Goals grouped by category (in the order the categories are defined).

    `computed` gives the sentence a document computes for a goal whose Beräknas names
    it; without `always_status` (the delårsrapport) a goal shows a status only if it has one.
    """
    computed = computed or {}
    groups = []
    for category, heading in CATEGORY_HEADINGS.items():
        items = [
            {
                "text": goal.text,
                "status": status(goal) if always_status or goal.status else None,
                "comment": paragraphs(goal.comment or ""),
                "forecast": paragraphs(goal.forecast or ""),
                "computed": sentences(computed.get(goal.computed, "")),
                "tables": [survey_table(t, charts) for t in tables],
            }
            for goal, tables in goal_tables if goal.category == category
        ]
        if items:
            groups.append({"heading": heading, "goals": items})
    return groups


def survey_table(table: QuestionTable, chart: bool = True) -> dict:
    rows = []
    for block in table.blocks:
        rows += _block_rows(block)
    result = {"question": table.text, "rows": rows, "chart": None, "chart_caption": ""}
    if chart:
        labels, shares = [], []
        for block in table.blocks:
            for a in block.rows:
                parts = fmt.percent_parts([a.negative, a.neutral, a.positive])
                if parts:
                    labels.append(f"{_group_label(block.survey)} – {GROUP_LABELS[a.group].lower()} (n={a.n})")
                    shares.append(parts)
        if shares:
            result["chart"] = charts_module().stacked_shares(labels, shares)
            result["chart_caption"] = f"Diagram: svaren på frågan ”{table.text}”, andel negativa, varken eller " \
                                      "och positiva svar."
    return result


def charts_module():
    """matplotlib is imported only when a chart is drawn."""
    from pipeline.present import charts

    return charts


def _group_label(survey) -> str:
    return survey.group[0].upper() + survey.group[1:]


def _block_rows(block: SurveyBlock) -> list[dict]:
    s = block.survey
    label = _group_label(s) + (f" (i {s.insatser})" if s.insatser else "")
    info = (f"Undersökt population {fmt.percent(block.asked_share)}, svarande {fmt.percent(block.respondent_share)}"
            f" = {s.respondents} st")
    rows = [_row(label, "rubrik", []), _row(info, "delrad", [""] * 5)]
    rows += [_aggregate_row(a) for a in block.rows]
    if block.suppressed:
        rows.append(_row(SUPPRESSED, "delrad", [""] * 5))
    return rows


def _aggregate_row(a: Aggregate) -> dict:
    negative, neutral, positive = fmt.percents_adding_to_100([a.negative, a.neutral, a.positive])
    clear = fmt.percent(a.clear_share)
    return _row(f"{GROUP_LABELS[a.group]} (n={a.n})", "rad",
                [negative, neutral, f"{positive} ({clear})", fmt.percent(a.response_rate), fmt.one_decimal(a.mean)])


def _row(label: str, style: str, cells: list[str]) -> dict:
    return {"label": label, "style": style, "note": "", "cells": cells}


def sus(rows: list[tuple[int, int, int, int]]) -> list[dict]:
    return [{"label": str(y), "style": "rad", "note": "", "cells": [fmt.integer(w), fmt.integer(m), fmt.integer(t)]}
            for y, w, m, t in rows]


SUS_CAPTION = "Diagram: deltagare registrerade i SUS per år, kvinnor och män."


def sus_chart(rows: list[tuple[int, int, int, int]], colours: tuple[str, ...]):
    if not rows:
        return None
    charts = charts_module()
    return charts.counts_by_group([str(y) for y, *_ in rows],
                                  [("Kvinnor", [w for _, w, _, _ in rows]), ("Män", [m for _, _, m, _ in rows])],
                                  colours or charts.DEFAULT_COLOURS)


def insatser(kinds: list[KindSummary], year: int, unit: str) -> list[dict]:
    out = []
    for kind in kinds:
        count = len(kind.insatser)
        lead = (f"Förbundet har under {year} finansierat {number_word(count)} {KIND_PLURAL[kind.kind]} "
                f"{'insats' if count == 1 else 'insatser'} med sammanlagt {fmt.amount_with_unit(kind.cost, unit)}.")
        items = []
        for item in kind.insatser:
            i = item.insats
            owner = f"Insatsägare: {i.owner}" + (f", medsökande: {i.co_applicants}" if i.co_applicants else "") + "."
            decisions = "; ".join(f"{fmt.iso_date(d.day)} {d.paragraph}" for d in item.decisions)
            money = (f"Period {fmt.period(i.start, i.end)}. Beviljat {fmt.amount_with_unit(item.decided, 'kr')}"
                     + (f" (beslut {decisions})" if decisions else "")
                     + f". Kostnad {year}: {fmt.amount_with_unit(item.cost, unit)}.")
            texts = []
            for title, text in (("Bakgrund", i.background), ("Syfte", i.purpose), ("Målgrupp", i.target_group),
                                ("Metod", i.method)):
                if text:
                    texts += [{"text": f"{title}: {p['text']}" if n == 0 else p["text"], "bullet": p["bullet"]}
                              for n, p in enumerate(paragraphs(text))]
            goal_lines = [
                {"text": f"{g.text} – {FULFILMENT_WORDS[g.fulfilled]}" + (f". {g.outcome}" if g.outcome else ""),
                 "bullet": True}
                for g in item.goals
            ]
            items.append({"name": i.name, "lead": sentences(owner, money), "texts": texts, "goals": goal_lines})
        out.append({"heading": KIND_HEADINGS[kind.kind], "lead": sentences(lead), "insatser": items})
    return out


def insats_goal_share(share: GoalShare) -> list[dict]:
    if not share.total:
        return []
    text = (f"Av insatsernas {share.total} mål med redovisat utfall har {share.reached} uppnåtts "
            f"({fmt.percent(share.share)})")
    text += f" och {share.partly} delvis uppnåtts." if share.partly else "."
    return sentences(text)


def insats_entry(item, owner_words: tuple[str, str] = ("Insatsägare", "medsökande")) -> dict:
    """An insats as the plan and the delårsrapport describe it: owner, texts, goals.

    `owner_words` follows each document's wording (001: "Insatsägare: X, medsökande: Y";
    000: "Projektägare: X, medsökande är Y").
    """
    i = item.insats
    owner_label, co_label = owner_words
    owner = f"{owner_label}: {i.owner}" + (f", {co_label} {i.co_applicants}" if i.co_applicants else "")
    texts = [p for text in (i.background, i.purpose, i.target_group, i.method) for p in paragraphs(text or "")]
    return {"name": i.name, "owner": owner, "texts": texts,
            "goals": [{"text": g.text, "bullet": True} for g in item.goals]}
