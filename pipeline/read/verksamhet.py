"""Reader of verksamhet.xlsx: document dates and narrative texts."""
from __future__ import annotations

from pipeline.domain import Activity, DocumentInfo, Goal, TextBlock
from pipeline.problems import Problems
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
            problems.error(r.where("Avsnitt"), f"{r['Dokument'].lower()}en har inget avsnitt \"{r['Avsnitt']}\". "
                                               f"Välj ett av: {', '.join(allowed)}.")
            continue
        texts.append(TextBlock(r["Dokument"], r["År"], r["Avsnitt"], r["Rubrik"], r["Text"], r.source))
    texts = tuple(texts)
    goals = []
    for r in read_table(book, VERKSAMHET.sheet("Mål"), problems):
        if None in (r["År"], r["Kategori"], r["Mål"]):
            continue
        goals.append(Goal(r["År"], r["Kategori"], r["Mål"], r["Hur"], r["Mått"], r["Uppföljning"], r["Status"],
                          r["Kommentar"], r["Prognos"],
                          tuple(q.strip() for q in (r["Underlag"] or "").split(",") if q.strip()), r["Beräknas"],
                          r.source))
    return Activity(tuple(documents.values()), texts, tuple(goals))
