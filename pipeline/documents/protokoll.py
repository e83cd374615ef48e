"""Protokoll: attendance, who decided at each paragraph, the decisions, signatures and anslag (seed 002)."""
from __future__ import annotations

from pipeline.checks.meetings import (attendance_matches_board, board_seats, justering_and_posting, quorum, signers,
                                      time_and_place)
from pipeline.checks.board import terms
from pipeline.checks.slips import meeting_placeholders
from pipeline.compute.meetings import meeting_figures
from pipeline.documents import Document, MeetingDocument, meeting_scope, meetings_where
from pipeline.present.meetings import minutes_context

DOCUMENT = Document(
    key="protokoll",
    title="Protokoll",
    resolve=meeting_scope,
    listed=meetings_where(held=True),
    checks=(attendance_matches_board, time_and_place, board_seats, quorum, signers, justering_and_posting, terms,
            meeting_placeholders),
    compute=meeting_figures,
    context=minutes_context,
    required={"items": "paragraferna", "signers": "underskrifterna", "posting": "bevis om anslag"},
    signature="signers",
    kind=MeetingDocument(),
)
