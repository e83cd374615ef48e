"""Reader of verksamhet.xlsx: document dates and narrative texts."""
from __future__ import annotations

from pipeline import fmt
from pipeline.domain import Activity, DocumentInfo, FollowUp, Goal, TextBlock
from pipeline.phrases import definite
from pipeline.problems import Problems
from pipeline.read.cells import nearest
from pipeline.read.xlsx import Sheets, read_table
from pipeline.schema import SECTIONS, VERKSAMHET


def read_verksamhet(book: Sheets, problems: Problems) -> Activity:
    """The documents' dates, the narrative texts and the board's goals."""
    documents: dict[tuple[str, int], DocumentInfo] = {}
    for r in read_table(book, VERKSAMHET.sheet("Dokument"), problems):
        if None in (r["Dokument"], r["År"]):
            continue
        key = (r["Dokument"], r["År"])
        if key in documents:
            problems.error(r.where("År"), f"{r['Dokument']} {r['År']} finns redan på en tidigare rad.")
            continue
        documents[key] = DocumentInfo(r["Dokument"], r["År"], r["Beslutsdatum"], r["Ort"], r.source)
    texts = []
    for r in read_table(book, VERKSAMHET.sheet("Texter"), problems):
        if None in (r["Dokument"], r["Avsnitt"], r["Text"]):
            continue
        allowed = SECTIONS.get(r["Dokument"], ())
        if r["Avsnitt"] not in allowed:
            problems.error(r.where("Avsnitt"), f"{definite(r['Dokument'])} har inget avsnitt \"{r['Avsnitt']}\". "
                                               f"Välj ett av: {', '.join(allowed)}.")
            continue
        texts.append(TextBlock(r["Dokument"], r["År"], r["Avsnitt"], r["Rubrik"], r["Text"], r.source, r["Skriven"]))
    texts = tuple(texts)
    goals = []
    for r in read_table(book, VERKSAMHET.sheet("Mål"), problems):
        if None in (r["År"], r["Kategori"], r["Mål"]):
            continue
        if r["Beslutad"] and r["Ersatt"] and r["Ersatt"] <= r["Beslutad"]:
            problems.error(r.where("Ersatt"), f"målet ersattes {fmt.iso_date(r['Ersatt'])}, inte efter att det "
                                              f"beslutades {fmt.iso_date(r['Beslutad'])}.")
            continue
        goals.append(Goal(r["År"], r["Kategori"], r["Mål"], r["Hur"], r["Mått"], r["Uppföljning"], r["Status"],
                          r["Kommentar"], r["Prognos"],
                          tuple(q.strip() for q in (r["Underlag"] or "").split(",") if q.strip()), r["Beräknas"],
                          r.source, r["Medelvärde minst"], r["Beslutad"], r["Ersatt"]))
    return Activity(tuple(documents.values()), texts, tuple(goals), _follow_ups(book, goals, problems))


def _follow_ups(book: Sheets, goals: list[Goal], problems: Problems) -> tuple[FollowUp, ...]:
    """Follow-ups per report date, each of a goal on the Mål sheet (named as written there)."""
    found: dict[tuple, FollowUp] = {}
    for r in read_table(book, VERKSAMHET.sheet("Uppföljning"), problems):
        if None in (r["År"], r["Mål"], r["Datum"]):
            continue
        texts = [g.text for g in goals if g.year == r["År"]]
        if r["Mål"] not in texts:
            hint = nearest(r["Mål"], texts)
            suffix = f" Menade du \"{hint}\"?" if hint else ""
            problems.error(r.where("Mål"), f"det finns inget mål för {r['År']} med den texten på bladet Mål.{suffix}")
            continue
        if r["Datum"].year != r["År"]:
            problems.error(r.where("Datum"), f"uppföljningen {fmt.iso_date(r['Datum'])} ligger inte i året {r['År']}.")
            continue
        key = (r["Mål"], r["År"], r["Datum"])
        if key in found:
            problems.error(r.where("Datum"), f"målet har redan en uppföljning per {fmt.iso_date(r['Datum'])} (rad "
                                             f"{found[key].source.row}).")
            continue
        found[key] = FollowUp(r["Mål"], r["År"], r["Datum"], r["Status"], r["Kommentar"], r["Prognos"], r.source)
    return tuple(found.values())
