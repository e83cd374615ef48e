"""Kallelse with dagordning, and protokoll: contexts, and decisions in the seed's wording (002)."""
from __future__ import annotations

from pipeline import fmt
from pipeline.compute.meetings import MeetingFigures, Paragraph, earliest_take_down
from pipeline.domain import AgendaItem, Inputs, Meeting, Scope
from pipeline.enums import AgendaKind, AttendanceRole, BoardRole, ChiefTitle
from pipeline.present.common import SIGNATURE_LINE, forbund
from pipeline.present.text import paragraphs as text_paragraphs
from pipeline.present.text import sentences

CHIEF = {ChiefTitle.CHIEF: "Förbundschefen", ChiefTitle.OFFICER: "Verkställande tjänstemannen"}


def standard_decisions(item: AgendaItem, meeting: Meeting, chief: str) -> list[str]:
    """The decision for a standard kind of item, as the board writes it."""
    kind = item.kind
    if kind == AgendaKind.AGENDA:
        return ["Att godkänna dagordningen."]
    if kind == AgendaKind.ADJUSTER:
        return [f"Att utse {meeting.adjuster or '…'} att justera protokollet."]
    if kind == AgendaKind.INFORMATION:
        return ["Att tacka för informationen."]
    if kind == AgendaKind.APPLICATION and item.amount is not None and item.start and item.end:
        period = f"{fmt.compact_date(item.start)}-{fmt.compact_date(item.end)}"
        return [f"Att bevilja finansiellt stöd enligt ansökan med {fmt.kronor(item.amount)} för perioden "
                f"{period}. {CHIEF.get(chief, 'Förbundschefen')} upprättar avtal."]
    if kind == AgendaKind.FINAL_REPORT:
        if item.pay_out is False:
            return ["Att godkänna slutrapporten."]
        return ["Att godkänna slutrapporten och betala ut det beviljade medlet."]
    if kind == AgendaKind.PLAN:
        return [f"Att fastställa {meeting.day.year + 1} års budget och verksamhetsplan enligt upprättat förslag."]
    if kind == AgendaKind.ANNUAL_REPORT:
        return [f"Att godkänna årsredovisningen för {meeting.day.year - 1} och överlämna den till revisorerna "
                "och förbundsmedlemmarna."]
    if kind == AgendaKind.ECONOMY:
        return ["Att godkänna rapporterna och lägga dem till handlingarna."]
    if kind == AgendaKind.ELECTION:
        return ["Att lägga beslutet till handlingarna."]
    return []


def decisions(item: AgendaItem, meeting: Meeting, chief: str) -> list[str]:
    return list(item.decisions) or standard_decisions(item, meeting, chief)


def item_text(item: AgendaItem) -> list[dict]:
    if item.text:
        return text_paragraphs(item.text)
    if item.kind == AgendaKind.APPLICATION and item.applicant and item.amount is not None and item.start and item.end:
        together = f", som görs tillsammans med {item.co_applicants}," if item.co_applicants else ""
        return sentences(f"{item.applicant}s ansökan{together} om {fmt.kronor(item.amount)} under "
                         f"{item.start.year} till insatsen {item.insats}. Projekttiden är "
                         f"{fmt.compact_date(item.start)}-{fmt.compact_date(item.end)}.")
    return []


def _span(first: int, last: int) -> str:
    return f"§ {first}" if first == last else f"§ {first}–{last}"


def _attendee_line(a, first: int, last: int) -> str:
    parts = [a.name + (f", {a.organisation}" if a.organisation else "")]
    if a.role == AttendanceRole.SUBSTITUTE and a.replaces:
        parts.append(f"tjänstgör för {a.replaces}")
    if a.comment:
        parts.append(a.comment.rstrip("."))
    absent = [n for n in range(first, last + 1) if not a.present_at(n)]
    if absent:
        parts.append(f"deltog ej vid {_span(absent[0], absent[-1])}")
    return ", ".join(parts) + "."


def _deciding_groups(paragraphs: list[Paragraph]) -> list[dict]:
    """Consecutive paragraphs with the same deciding members, for the table of who decided."""
    groups: list[list[Paragraph]] = []
    for p in paragraphs:
        if groups and groups[-1][-1].deciding == p.deciding:
            groups[-1].append(p)
        else:
            groups.append([p])
    return [{"span": _span(g[0].number, g[-1].number), "deciding": ", ".join(g[0].deciding),
             "count": f"{len(g[0].deciding)} av {g[0].seats}", "quorate": "ja" if g[0].quorate else "nej"}
            for g in groups]


def _common(inputs: Inputs, figures: MeetingFigures) -> dict:
    m = figures.meeting
    numbers = [p.number for p in figures.paragraphs]
    chief = inputs.forbund.chief_title
    return {
        "forbund": forbund(inputs.forbund),
        "date": fmt.iso_date(m.day),
        "time": m.time or "",
        "place": m.place,
        "span": _span(numbers[0], numbers[-1]) if numbers else "",
        "items": [
            {"number": p.number, "title": p.item.title, "text": item_text(p.item),
             "decisions": sentences(*decisions(p.item, m, chief))}
            for p in figures.paragraphs
        ],
    }


def minutes_context(inputs: Inputs, scope: Scope, figures: MeetingFigures) -> dict:
    m = figures.meeting
    first = figures.paragraphs[0].number if figures.paragraphs else 0
    last = figures.paragraphs[-1].number if figures.paragraphs else 0
    by_role = lambda role: [_attendee_line(a, first, last) for a in m.attendees if a.role == role]  # noqa: E731
    chair = next((b.name for b in inputs.forbund.board if b.role == BoardRole.CHAIR and b.serves_on(m.day)), "")
    chief_title = inputs.forbund.chief_title
    secretary = m.secretary or next((a.name for a in m.attendees if a.organisation
                                     and chief_title in a.organisation.lower()), "")
    taken_down = max((d for d in (m.taken_down, earliest_take_down(m)) if d), default=None)
    signers = [(chair, "Ordförande"), (m.adjuster or "", "Justerare"), (secretary, chief_title.capitalize())]
    entries = [{"name": n, "role": r, "line": SIGNATURE_LINE} for n, r in signers]
    return {
        **_common(inputs, figures),
        "title": f"Protokoll {fmt.iso_date(m.day)}",
        "heading": f"Protokoll från styrelsemöte för {inputs.forbund.name}",
        "ordinary": by_role(AttendanceRole.ORDINARY),
        "substitutes": by_role(AttendanceRole.SUBSTITUTE),
        "others": by_role(AttendanceRole.OTHER),
        "adjuster": m.adjuster or "",
        "quorum": _deciding_groups(figures.paragraphs),
        "signatures": {"rows": [entries[:2], entries[2:] + [{"name": "", "role": "", "line": ""}]]},
        "posting": {
            "posted": fmt.iso_date(m.posted) if m.posted else SIGNATURE_LINE[:12],
            "taken_down": fmt.iso_date(taken_down) if taken_down else SIGNATURE_LINE[:12],
            "kept_at": m.kept_at or "",
            "secretary": secretary,
            "role": chief_title.capitalize(),
        },
    }


def agenda_context(inputs: Inputs, scope: Scope, figures: MeetingFigures) -> dict:
    m = figures.meeting
    return {
        **_common(inputs, figures),
        "title": f"Kallelse {fmt.iso_date(m.day)}",
        "heading": f"Kallelse till styrelsemöte för {inputs.forbund.name}",
        "sender": m.secretary or "",
        "sender_role": inputs.forbund.chief_title.capitalize(),
    }
