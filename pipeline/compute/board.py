"""Checks on the board that signs a document."""
from __future__ import annotations

from datetime import date

from pipeline.domain import DocumentInfo, Forbund
from pipeline.problems import Problems, Where
from pipeline.schema import FORBUNDET

STYRELSE = Where(FORBUNDET.filename, "Styrelse")


def check_board(forbund: Forbund, day: date, document: str, problems: Problems) -> None:
    """Warn when nobody, or no ordförande, serves on the day the document is signed."""
    serving = [m for m in forbund.board if m.ordinary and m.serves_on(day)]
    if not serving:
        ended = max((m.end for m in forbund.board if m.ordinary and m.end), default=None)
        since = f" (senaste mandattiden slutade {ended.isoformat()})" if ended else ""
        problems.warning(STYRELSE, f"ingen ordinarie ledamot har mandat {day.isoformat()}, när {document} skrivs "
                                   f"under{since}; underskriftssidan blir tom. Lägg in den nya styrelsen.")
    elif not any(m.role == "ordförande" for m in serving) and any(m.role == "ordförande" for m in forbund.board):
        problems.warning(STYRELSE, f"ingen ordförande har mandat {day.isoformat()}, när {document} skrivs under.")


def signing_day(info: DocumentInfo | None, fallback: date) -> date:
    """The board's decision date, or `fallback` when it is not yet known."""
    return info.decided if info and info.decided else fallback
