"""Checks on a board meeting: who attends against the board, quorum, and the posting of the minutes."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.compute.meetings import earliest_take_down, meeting_of, paragraphs
from pipeline.domain import Inputs, Scope
from pipeline.enums import AttendanceRole
from pipeline.problems import Problem, error, warning
from pipeline.schema import FORBUNDET


def attendance_matches_board(inputs: Inputs, scope: Scope) -> list[Problem]:
    meeting = meeting_of(inputs, scope.day)
    day = fmt.iso_date(meeting.day)
    serving = {m.name for m in inputs.forbund.board if m.ordinary and m.serves_on(meeting.day)}
    if not serving:
        return [error([m.source.at("Till") for m in inputs.forbund.board if m.ordinary]
                      or [next_row((), FORBUNDET.filename, "Styrelse")],
                      f"ingen ordinarie ledamot har mandat {day}; beslutförheten kan inte prövas.")]
    found = []
    for a in meeting.attendees:
        if a.role == AttendanceRole.ORDINARY and a.name not in serving:
            found.append(warning(a.source.at("Namn"), f"{a.name} är inte ordinarie ledamot med mandat {day} enligt "
                                                      "forbundet.xlsx (bladet Styrelse)."))
        if a.role == AttendanceRole.SUBSTITUTE and a.replaces and a.replaces not in serving:
            found.append(warning(a.source.at("Tjänstgör för"), f"{a.name} tjänstgör för {a.replaces}, som inte är "
                                                               f"ordinarie ledamot med mandat {day}."))
    return found


def quorum(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Every paragraph that decides needs at least half of the ordinary members taking part."""
    meeting = meeting_of(inputs, scope.day)
    if not any(m.ordinary and m.serves_on(meeting.day) for m in inputs.forbund.board):
        return []  # reported by attendance_matches_board
    found = []
    for p in paragraphs(meeting, inputs.forbund):
        if p.decides and not p.quorate:
            present = [a.source.at("Namn") for a in meeting.attendees if a.present_at(p.number)]
            found.append(error(present or [meeting.facts.at("Datum")],
                               f"§ {p.number} ({p.item.title}) är inte beslutför: {len(p.deciding)} av {p.seats} "
                               f"ordinarie ledamöter deltar, minst {(p.seats + 1) // 2} behövs."))
    return found


def posting_period(inputs: Inputs, scope: Scope) -> list[Problem]:
    meeting = meeting_of(inputs, scope.day)
    earliest = earliest_take_down(meeting)
    if not (earliest and meeting.taken_down and meeting.taken_down < earliest):
        return []
    days = (meeting.taken_down - meeting.posted).days
    return [warning(meeting.facts.at("Anslag nedtas"),
                    f"anslaget ska sitta uppe i minst tre veckor: uppsatt {fmt.iso_date(meeting.posted)}, nedtaget "
                    f"tidigast {fmt.iso_date(earliest)} (inte {fmt.iso_date(meeting.taken_down)}, efter {days} dagar).")]
