"""Kallelse with dagordning, and protokoll: their contexts.

The decisions the board usually takes (godkänna dagordningen, bevilja en ansökan …) are
worded in the templates, by the item's kind; a decision written in the meeting workbook
replaces them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline import fmt
from pipeline.compute.meetings import MeetingFigures, Paragraph as Numbered, publication
from pipeline.domain import Attendee, Inputs, Scope
from pipeline.enums import AttendanceRole, BoardRole
from pipeline.present.common import pairs
from pipeline.present.model import Doc, Forbund, Paragraph, Signer
from pipeline.present.common import forbund
from pipeline.present.text import paragraphs
from pipeline.phrases import definite, phrase


@dataclass(frozen=True)
class Item:
    number: Doc[int, "Paragrafens nummer."]
    title: Doc[str, "Ärendets rubrik."]
    kind: Doc[str, "Ärendets typ, t.ex. ansökan, slutrapport, information (styr standardbeslutet i mallen)."]
    text: Doc[list[Paragraph], "Vad som sades eller redovisades (kolumnen Text); tom i kallelsen."]
    decisions: Doc[list[Paragraph], "Beslut skrivna i arbetsboken, ett \"Att …\" per stycke; tom = mallens "
                                    "standardbeslut för typen. I kallelsen förslagen, tom när sammanträdet är hållet."]
    insats: Doc[str, "Insatsen (ansökan, slutrapport), eller tom."]
    applicant: Doc[str, "Sökande (ansökan), eller tom."]
    co_applicants: Doc[str, "Medsökande (ansökan), eller tom."]
    amount: Doc[str, "Beviljat belopp, t.ex. \"400 000 kronor\" (ansökan), eller tom."]
    period: Doc[str, "Perioden som i besluten, t.ex. \"240101-241231\" (ansökan), eller tom."]
    start_year: Doc[str, "Året perioden börjar (ansökan), eller tom."]
    pay_out: Doc[bool, "Sant när resterande medel betalas ut (slutrapport)."]


@dataclass(frozen=True)
class Quorum:
    span: Doc[str, "Paragraferna, t.ex. \"§ 108–124\"."]
    deciding: Doc[str, "De som beslutar, uppräknade."]
    count: Doc[str, "Antal beslutande av styrelsens platser enligt förbundsordningen, vakanta inräknade, "
                    "t.ex. \"4 av 5\"."]
    quorate: Doc[str, "ja eller nej: om styrelsen är beslutför."]


@dataclass(frozen=True)
class Posting:
    adjusted: Doc[str, "Dag för justering, planerad eller gjord (bladet Möte, Justeras), eller tom."]
    adjust_by: Doc[str, "Sista dag för justering: 14 dagar efter sammanträdet, nästa vardag om den "
                            "infaller på en helgdag."]
    posted: Doc[str, "Dag då anslaget sätts upp, eller tom."]
    post_by: Doc[str, "Sista dag att anslå justeringen: andra dagen efter justeringen (kommunallagen 8 kap. "
                      "12 §), nästa vardag om den infaller på en helgdag; eller tom när justeringsdagen saknas."]
    appeal_ends: Doc[str, "Sista dag för överklagande: tre veckor från anslaget (13 kap. 5 §), nästa vardag om "
                          "den infaller på en helgdag; eller tom."]
    taken_down: Doc[str, "Dag då anslaget tas ned: den angivna, men aldrig före vardagen efter att tiden "
                         "för överklagande gått ut; eller tom."]
    kept_at: Doc[str, "Förvaringsplats för protokollet, eller tom."]


@dataclass(frozen=True)
class MeetingContext:
    forbund: Doc[Forbund, "Förbundet."]
    title: Doc[str, "T.ex. \"Protokoll 2026-11-20\"."]
    date: Doc[str, "Sammanträdets datum."]
    time: Doc[str, "Tid, eller tom."]
    place: Doc[str, "Plats, eller tom."]
    span: Doc[str, "Paragraferna, t.ex. \"§ 108–138\"."]
    adjuster: Doc[str, "Justerare, eller tom."]
    chief: Doc[str, "Chefens titel i bestämd form, t.ex. \"förbundschefen\"."]
    chief_title: Doc[str, "Chefens titel, t.ex. \"Förbundschef\"."]
    secretary: Doc[str, "Protokollföraren (bladet Möte), eller tom."]
    next_year: Doc[int, "Året efter sammanträdet (verksamhetsplanen som fastställs)."]
    previous_year: Doc[int, "Året före sammanträdet (årsredovisningen som godkänns)."]
    items: Doc[list[Item], "Paragraferna i ordning."]


@dataclass(frozen=True)
class MinutesContext(MeetingContext):
    ordinary: Doc[list[str], "Närvarande ordinarie ledamöter, en rad var."]
    substitutes: Doc[list[str], "Tjänstgörande ersättare, en rad var."]
    others: Doc[list[str], "Övriga närvarande, en rad var."]
    quorum: Doc[list[Quorum], "Beslutande per grupp av paragrafer."]
    signers: Doc[list[list[Signer]], "Ordförande, justerare och sekreterare (protokollföraren), två per rad; "
                                     "ett namn som saknas lämnas tomt."]
    posting: Doc[Posting, "Bevis om anslag."]


def _span(first: int, last: int) -> str:
    return f"§ {first}" if first == last else f"§ {first}–{last}"


def _attendee_line(a: Attendee, first: int, last: int) -> str:
    parts = [a.name + (f", {a.organisation}" if a.organisation else "")]
    if a.role == AttendanceRole.SUBSTITUTE and a.replaces:
        parts.append(phrase("meetings.tjanstgor_for", name=a.replaces))
    if a.comment:
        parts.append(a.comment.rstrip("."))
    absent = [n for n in range(first, last + 1) if not a.present_at(n)]
    if absent:
        parts.append(phrase("meetings.deltog_ej_vid", paragraphs=_span(absent[0], absent[-1])))
    return ", ".join(parts) + "."


def _deciding_groups(numbered: list[Numbered]) -> list[Quorum]:
    """Consecutive paragraphs with the same deciding members, for the table of who decided."""
    groups: list[list[Numbered]] = []
    for p in numbered:
        if groups and groups[-1][-1].deciding == p.deciding:
            groups[-1].append(p)
        else:
            groups.append([p])
    return [Quorum(_span(g[0].number, g[-1].number), ", ".join(g[0].deciding),
                   phrase("meetings.antal_av", count=len(g[0].deciding), seats=g[0].seats),
                   "ja" if g[0].quorate else "nej") for g in groups]


def _item(p: Numbered) -> Item:
    i = p.item
    period = f"{fmt.compact_date(i.start)}-{fmt.compact_date(i.end)}" if i.start and i.end else ""
    return Item(p.number, i.title, i.kind, paragraphs(i.text), [Paragraph(d, False) for d in i.decisions],
                i.insats or "", i.applicant or "", i.co_applicants or "",
                fmt.kronor(i.amount) if i.amount is not None else "", period, str(i.start.year) if i.start else "",
                i.pay_out is not False)


def _common(inputs: Inputs, figures: MeetingFigures) -> dict:
    m = figures.meeting
    numbers = [p.number for p in figures.paragraphs]
    chief = inputs.forbund.chief_title
    return dict(
        forbund=forbund(inputs.forbund),
        date=fmt.iso_date(m.day),
        time=m.time or "",
        place=m.place or "",
        span=_span(numbers[0], numbers[-1]) if numbers else "",
        adjuster=m.adjuster or "",
        chief=definite(chief),
        chief_title=chief.capitalize(),
        secretary=m.secretary or "",
        next_year=m.day.year + 1,
        previous_year=m.day.year - 1,
        items=[_item(p) for p in figures.paragraphs],
    )


def minutes_context(inputs: Inputs, scope: Scope, figures: MeetingFigures) -> MinutesContext:
    m = figures.meeting
    first = figures.paragraphs[0].number if figures.paragraphs else 0
    last = figures.paragraphs[-1].number if figures.paragraphs else 0
    by_role = lambda role: [_attendee_line(a, first, last) for a in m.attendees if a.role == role]  # noqa: E731
    chair = next((b.name for b in inputs.forbund.board if b.role == BoardRole.CHAIR and b.serves_on(m.day)), "")
    common = _common(inputs, figures)
    dates = publication(m)
    return MinutesContext(
        **common,
        title=f"Protokoll {fmt.iso_date(m.day)}",
        ordinary=by_role(AttendanceRole.ORDINARY),
        substitutes=by_role(AttendanceRole.SUBSTITUTE),
        others=by_role(AttendanceRole.OTHER),
        quorum=_deciding_groups(figures.paragraphs),
        signers=pairs([Signer(chair, "Ordförande"), Signer(m.adjuster or "", "Justerare"),
                       Signer(common["secretary"], "Sekreterare")]),
        posting=Posting(fmt.iso_date(dates.adjusted), fmt.iso_date(dates.adjust_by), fmt.iso_date(dates.posted),
                        fmt.iso_date(dates.post_by), fmt.iso_date(dates.appeal_ends), fmt.iso_date(dates.take_down),
                        m.kept_at or ""),
    )


def agenda_context(inputs: Inputs, scope: Scope, figures: MeetingFigures) -> MeetingContext:
    """The kallelse: the agenda and the proposals, never what the minutes say was said; decisions written in the
    workbook are proposals only while the meeting is not held."""
    common = _common(inputs, figures)
    held = bool(figures.meeting.attendees)
    common["items"] = [replace(item, text=[], decisions=[] if held else item.decisions) for item in common["items"]]
    return MeetingContext(**common, title=f"Kallelse {fmt.iso_date(figures.meeting.day)}")
