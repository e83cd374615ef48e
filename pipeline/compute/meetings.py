"""Board meetings: paragraph numbers, who decides at each paragraph, and the posting dates."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.domain import AgendaItem, Forbund, Inputs, Meeting, Scope
from pipeline.enums import AgendaKind, AttendanceRole

POSTING_PERIOD = timedelta(weeks=3)  # kommunallagen: a protokoll's justering is posted for at least three weeks
NO_DECISION = (AgendaKind.OPENING, AgendaKind.NEXT_MEETING, AgendaKind.CLOSING)


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


def seats(forbund: Forbund, day: date) -> int:
    """Ordinary board members with a mandate on `day`."""
    return sum(1 for m in forbund.board if m.ordinary and m.serves_on(day))


def paragraphs(meeting: Meeting, forbund: Forbund) -> list[Paragraph]:
    first, count = meeting.first_paragraph, seats(forbund, meeting.day)
    return [Paragraph(first + i, item, deciding(meeting, first + i), count) for i, item in enumerate(meeting.agenda)]


def earliest_take_down(meeting: Meeting) -> date | None:
    return meeting.posted + POSTING_PERIOD if meeting.posted else None
