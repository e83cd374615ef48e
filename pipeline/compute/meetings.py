"""Board meetings: paragraph numbers, who decides, quorum, posting dates, and the grant list.

A meeting's granted applications and approved final reports become decisions and
closings in the grant list, so nothing is typed twice; a meeting decision that
contradicts the grant list is an error.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.compute.checks import kr
from pipeline.domain import AgendaItem, Decision, Forbund, Grants, Inputs, Insats, Meeting
from pipeline.problems import InputError, Problems, Where

POSTING_PERIOD = timedelta(weeks=3)  # kommunallagen: a protokoll's justering is posted for at least three weeks
NO_DECISION = ("mötets öppnande", "nästa möte", "mötets avslutning")


@dataclass(frozen=True)
class Paragraph:
    number: int
    item: AgendaItem
    deciding: tuple[str, ...]  # names of those who decide at this paragraph
    seats: int  # ordinary board members serving on the day

    @property
    def decides(self) -> bool:
        return self.item.kind not in NO_DECISION or bool(self.item.decisions)

    @property
    def quorate(self) -> bool:
        """Beslutför: at least half of the ordinary members take part in the decision."""
        return 2 * len(self.deciding) >= self.seats


@dataclass(frozen=True)
class MeetingFigures:
    meeting: Meeting
    paragraphs: list[Paragraph]


def meeting_figures(inputs: Inputs, day: date, problems: Problems, minutes: bool) -> MeetingFigures:
    """A meeting's numbered paragraphs with who decides; `minutes` also checks quorum and posting."""
    meeting = next((m for m in inputs.meetings if m.day == day), None)
    if meeting is None:
        held = ", ".join(m.day.isoformat() for m in inputs.meetings) or "inga"
        problems.error(Where("sammantraden"), f"det finns inget sammanträde {day.isoformat()} (sammanträden: {held}).")
        raise InputError(problems)
    numbered = paragraphs(meeting, inputs.forbund)
    check_meeting(meeting, numbered, inputs.forbund, problems, minutes)
    if minutes:
        check_posting(meeting, problems)
    if problems.has_errors:
        raise InputError(problems)
    return MeetingFigures(meeting, numbered)


def first_paragraphs(meetings: tuple[Meeting, ...], problems: Problems) -> dict[date, int]:
    """Each meeting's first paragraph number: numbering runs on through the year's meetings."""
    firsts: dict[date, int] = {}
    previous: Meeting | None = None
    for meeting in sorted(meetings, key=lambda m: m.day):
        if previous is not None and previous.day.year == meeting.day.year:
            expected = firsts[previous.day] + len(previous.agenda)
            if meeting.first_paragraph is not None and meeting.first_paragraph != expected:
                problems.warning(Where(meeting.file, "Möte"),
                                 f"Första paragraf är {meeting.first_paragraph}, men sammanträdet "
                                 f"{previous.day.isoformat()} slutade med § {expected - 1}; numreringen "
                                 f"fortsätter med § {expected}.")
            firsts[meeting.day] = expected
        else:
            firsts[meeting.day] = meeting.first_paragraph or 1
        previous = meeting
    return firsts


def continue_numbering(meetings: tuple[Meeting, ...], problems: Problems) -> tuple[Meeting, ...]:
    """The meetings with their first paragraph resolved (see first_paragraphs), once for every use."""
    firsts = first_paragraphs(meetings, problems)
    return tuple(replace(m, first_paragraph=firsts[m.day]) for m in meetings)


def deciding(meeting: Meeting, number: int) -> tuple[str, ...]:
    """The ordinary members present at paragraph `number`, and the ersättare serving for absent ones."""
    present = [a for a in meeting.attendees if a.present_at(number)]
    ordinary = [a.name for a in present if a.role == "ordinarie ledamot"]
    substitutes = [a.name for a in present if a.role == "ersättare" and a.replaces and a.replaces not in ordinary]
    return tuple(ordinary + substitutes)


def paragraphs(meeting: Meeting, forbund: Forbund) -> list[Paragraph]:
    seats = sum(1 for m in forbund.board if m.ordinary and m.serves_on(meeting.day))
    first = meeting.first_paragraph
    return [Paragraph(first + i, item, deciding(meeting, first + i), seats) for i, item in enumerate(meeting.agenda)]


def check_meeting(meeting: Meeting, numbered: list[Paragraph], forbund: Forbund, problems: Problems,
                  minutes: bool) -> None:
    """Attendance against the board; with `minutes`, quorum at every paragraph that decides."""
    where = Where(meeting.file, "Närvaro")
    serving = {m.name for m in forbund.board if m.ordinary and m.serves_on(meeting.day)}
    if not serving:
        problems.error(Where("forbundet.xlsx", "Styrelse"),
                       f"ingen ordinarie ledamot har mandat {meeting.day.isoformat()}; beslutförheten kan inte "
                       "prövas.")
        return
    for a in meeting.attendees:
        if a.role == "ordinarie ledamot" and a.name not in serving:
            problems.warning(where, f"{a.name} är inte ordinarie ledamot med mandat {meeting.day.isoformat()} enligt "
                                    "forbundet.xlsx (bladet Styrelse).")
        if a.role == "ersättare" and a.replaces and a.replaces not in serving:
            problems.warning(where, f"{a.name} tjänstgör för {a.replaces}, som inte är ordinarie ledamot med mandat "
                                    f"{meeting.day.isoformat()}.")
    if minutes:
        for p in numbered:
            if p.decides and not p.quorate:
                need = (p.seats + 1) // 2
                problems.error(Where(meeting.file, "Närvaro"),
                               f"§ {p.number} ({p.item.title}) är inte beslutför: {len(p.deciding)} av {p.seats} "
                               f"ordinarie ledamöter deltar, minst {need} behövs.")


def earliest_take_down(meeting: Meeting) -> date | None:
    return meeting.posted + POSTING_PERIOD if meeting.posted else None


def check_posting(meeting: Meeting, problems: Problems) -> None:
    earliest = earliest_take_down(meeting)
    if earliest and meeting.taken_down and meeting.taken_down < earliest:
        days = (meeting.taken_down - meeting.posted).days
        problems.warning(Where(meeting.file, "Möte"), f"anslaget ska sitta uppe i minst tre veckor: uppsatt "
                                                      f"{meeting.posted.isoformat()}, nedtaget tidigast "
                                                      f"{earliest.isoformat()} (inte {meeting.taken_down.isoformat()}, "
                                                      f"efter {days} dagar).")


def granted(item: AgendaItem) -> bool:
    """An application is granted unless the board's decision says it is turned down (avslå)."""
    return not any("avslå" in d.lower() for d in item.decisions)


def merge_into_grants(grants: Grants, meetings: tuple[Meeting, ...], problems: Problems) -> Grants:
    """The grant list with the meetings' granted applications and approved final reports (the
    meetings numbered by continue_numbering)."""
    insatser = {i.name: i for i in grants.insatser}
    decisions = list(grants.decisions)
    for meeting in sorted(meetings, key=lambda m: m.day):
        where = Where(meeting.file, "Dagordning")
        for offset, item in enumerate(meeting.agenda):
            number = meeting.first_paragraph + offset
            if item.kind == "ansökan" and granted(item) and None not in (item.insats, item.amount, item.start,
                                                                          item.end, item.applicant):
                same = [d for d in decisions if d.insats == item.insats and (d.start, d.end) == (item.start, item.end)]
                if any(d.amount != item.amount for d in same):
                    other = next(d for d in same if d.amount != item.amount)
                    problems.error(where, f"§ {number} beviljar {item.insats} {kr(item.amount)} för "
                                          f"{item.start.isoformat()}–{item.end.isoformat()}, men insatslistan har "
                                          f"{kr(other.amount)} för samma period (beslut {other.day.isoformat()} "
                                          f"{other.paragraph}).")
                    continue
                if same:
                    continue  # already in the grant list, as decided
                if item.insats not in insatser:
                    if item.insats_kind is None:
                        problems.error(where, f"§ {number}: {item.insats} är en ny insats; ange Insatstyp "
                                              "(individinriktad eller strukturinriktad).")
                        continue
                    insatser[item.insats] = Insats(item.insats, item.applicant, item.co_applicants, item.insats_kind,
                                                   item.start, item.end, None, item.text, None, None, None)
                else:
                    current = insatser[item.insats]
                    insatser[item.insats] = replace(current, start=min(current.start, item.start),
                                                    end=max(current.end, item.end))
                decisions.append(Decision(item.insats, meeting.day, f"§ {number}", item.amount, item.start, item.end))
            elif item.kind == "slutrapport" and item.insats:
                if item.insats not in insatser:
                    problems.error(where, f"§ {number}: slutrapporten gäller {item.insats}, som inte finns i "
                                          "insatslistan (insatser.xlsx, bladet Insatser).")
                    continue
                if insatser[item.insats].closed is None:
                    insatser[item.insats] = replace(insatser[item.insats], closed=meeting.day)
    return replace(grants, insatser=tuple(insatser.values()), decisions=tuple(decisions))
