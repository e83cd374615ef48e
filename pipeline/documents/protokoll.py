"""Protokoll: attendance, who decided at each paragraph, the decisions, signatures and anslag (seed 002)."""
from __future__ import annotations

from pipeline.checks.meetings import attendance_matches_board, posting_period, quorum
from pipeline.compute.meetings import meeting_figures
from pipeline.documents import Document, meeting_scope, meetings_where
from pipeline.present.meetings import minutes_context

DOCUMENT = Document(
    key="protokoll",
    title="Protokoll",
    resolve=meeting_scope,
    listed=meetings_where(held=True),
    checks=(attendance_matches_board, quorum, posting_period),
    compute=meeting_figures,
    context=minutes_context,
    required={"items": "paragraferna", "signers": "underskrifterna", "posting": "bevis om anslag"},
    per_meeting=True,
)
