"""Kallelse with dagordning and förslag till beslut, from a meeting workbook (seed 002)."""
from __future__ import annotations

from pipeline.checks.meetings import attendance_matches_board, not_yet_held, notice_time_and_place
from pipeline.checks.board import terms
from pipeline.checks.slips import meeting_placeholders
from pipeline.compute.meetings import meeting_figures
from pipeline.documents import Document, MeetingDocument, meeting_scope, meetings_where
from pipeline.present.meetings import agenda_context

DOCUMENT = Document(
    key="dagordning",
    title="Kallelse",
    resolve=meeting_scope,
    listed=meetings_where(held=False),
    checks=(not_yet_held, attendance_matches_board, notice_time_and_place, terms, meeting_placeholders),
    compute=meeting_figures,
    context=agenda_context,
    required={"items": "dagordningen"},
    kind=MeetingDocument(),
)
