"""What was known on a document's day: the texts and the insatser's descriptions as written up to it.

Every document speaks as of its day (`Scope.day`); these pick, of the dated rows the workbooks keep,
the ones that day knew.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipeline.domain import Activity, Grants, Insats, TextBlock
from pipeline.enums import DocumentTitle


def texts_known(activity: Activity, document: DocumentTitle, year: int, section: str, day: date | None = None,
                period: date | None = None) -> list[TextBlock]:
    """The section's texts as known on `day`: the year's, else those given for every year (År empty);
    of texts dated (Skriven) up to `day`, the latest per heading replaces earlier ones. A text written
    for one delårsrapport (its Word file) belongs to the report of that `period` only."""
    texts = [t for t in activity.texts if (t.document, t.section) == (document, section)
             and (day is None or t.written is None or t.written <= day)
             and (t.period is None or t.period == period)]
    texts = [t for t in texts if t.year == year] or [t for t in texts if t.year is None]
    latest: dict[str | None, date] = {}
    for t in texts:
        if t.written and t.written > latest.get(t.heading, date.min):
            latest[t.heading] = t.written
    return [t for t in texts if t.heading not in latest or t.written == latest[t.heading]]


def described(grants: Grants, insats: Insats, day: date | None) -> Insats:
    """The insats with its texts as written up to `day`: the latest description on or before it, an empty
    cell keeping the earlier text."""
    known = [d for d in grants.descriptions if d.insats == insats.name and (day is None or d.day <= day)]
    if not known:
        return insats
    latest = max(known, key=lambda d: d.day)
    return replace(insats, background=latest.background or insats.background,
                   purpose=latest.purpose or insats.purpose, target_group=latest.target_group or insats.target_group,
                   method=latest.method or insats.method,
                   co_applicants=latest.co_applicants or insats.co_applicants)
