"""Board meetings: paragraph numbers, who decides at each paragraph, and the dates of justering and posting."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.compute import legal_time
from pipeline.domain import AgendaItem, Forbund, Inputs, Meeting, Scope
from pipeline.enums import AgendaKind, AttendanceRole, QuorumRule

NO_DECISION = (AgendaKind.OPENING, AgendaKind.NEXT_MEETING, AgendaKind.CLOSING)


@dataclass(frozen=True)
class Paragraph:
    number: int
    item: AgendaItem
    deciding: tuple[str, ...]  # names of those who decide at this paragraph
    seats: int  # the board's ordinary seats, vacancies included
    rule: QuorumRule

    @property
    def decides(self) -> bool:
        return self.item.kind not in NO_DECISION or bool(self.item.decisions)

    @property
    def quorate(self) -> bool:
        """Beslutför: more than half of the seats take part in the decision (or at least half, as the
        förbundsordning may say)."""
        return self.rule.met(len(self.deciding), self.seats)


@dataclass(frozen=True)
class MeetingFigures:
    meeting: Meeting
    paragraphs: list[Paragraph]


def meeting_of(inputs: Inputs, day: date) -> Meeting | None:
    return next((m for m in inputs.meetings if m.day == day), None)


def meeting_figures(inputs: Inputs, scope: Scope) -> MeetingFigures:
    """The meeting's numbered paragraphs with who decides at each."""
    meeting = meeting_of(inputs, scope.day)
    return MeetingFigures(meeting, paragraphs(meeting, inputs.forbund))


def deciding(meeting: Meeting, number: int) -> tuple[str, ...]:
    """The ordinary members present at paragraph `number`, and the ersättare serving for absent ones."""
    present = [a for a in meeting.attendees if a.present_at(number)]
    ordinary = [a.name for a in present if a.role == AttendanceRole.ORDINARY]
    substitutes = [a.name for a in present
                   if a.role == AttendanceRole.SUBSTITUTE and a.replaces and a.replaces not in ordinary]
    return tuple(ordinary + substitutes)


def serving(forbund: Forbund, day: date) -> int:
    """Ordinary board members with a mandate on `day`."""
    return sum(1 for m in forbund.board if m.ordinary and m.serves_on(day))


def seats(forbund: Forbund, day: date) -> int:
    """The board's seats: as the förbundsordning gives them (a vacancy counts), else the members serving."""
    return forbund.seats or serving(forbund, day)


def paragraphs(meeting: Meeting, forbund: Forbund) -> list[Paragraph]:
    first, count = meeting.first_paragraph, seats(forbund, meeting.day)
    return [Paragraph(first + i, item, deciding(meeting, first + i), count, forbund.quorum_rule)
            for i, item in enumerate(meeting.agenda)]


@dataclass(frozen=True)
class Publication:
    """When the protokoll is justerat and its justering posted, and for how long, as the law counts."""
    adjust_by: date  # the latest day of justering
    adjusted: date | None  # as planned or done
    post_by: date | None  # the latest day to post the justering
    posted: date | None
    appeal_ends: date | None  # the last day to appeal
    take_down: date | None  # the day the notice comes down: as given, and never before the appeal period ends


def publication(meeting: Meeting) -> Publication:
    posted = meeting.posted
    earliest = legal_time.earliest_take_down(posted) if posted else None
    return Publication(
        adjust_by=legal_time.adjust_by(meeting.day),
        adjusted=meeting.adjusted,
        post_by=legal_time.post_by(meeting.adjusted) if meeting.adjusted else None,
        posted=posted,
        appeal_ends=legal_time.appeal_ends(posted) if posted else None,
        take_down=max((d for d in (meeting.taken_down, earliest) if d), default=None),
    )
