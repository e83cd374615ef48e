"""Checks on the board that signs a document."""
from __future__ import annotations

from datetime import date

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.domain import Inputs, Scope
from pipeline.enums import BoardRole
from pipeline.problems import Problem, error, incomplete, warning
from pipeline.phrases import definite
from pipeline.schema import FORBUNDET


def signing_board(title: str):
    """A check that someone, and an ordförande, serves on the day the document `title` is signed."""

    def check(inputs: Inputs, scope: Scope) -> list[Problem]:
        board, day = inputs.forbund.board, scope.day
        serving = [m for m in board if m.ordinary and m.serves_on(day)]
        if not serving:
            ended = max((m.end for m in board if m.ordinary and m.end), default=None)
            since = f" (senaste mandattiden slutade {fmt.iso_date(ended)})" if ended else ""
            places = [m.source.at("Till") for m in board if m.ordinary] or \
                [next_row((), FORBUNDET.filename, "Styrelse")]
            return [incomplete(places, f"ingen ordinarie ledamot har mandat {fmt.iso_date(day)}, när {definite(title)} "
                                       f"skrivs under{since}; underskriftssidan blir tom. Lägg in den nya styrelsen.",
                               "styrelsens underskrifter")]
        chairs = [m for m in board if m.role == BoardRole.CHAIR]
        if chairs and not any(m.role == BoardRole.CHAIR for m in serving):
            return [warning([m.source.at("Till") for m in chairs],
                            f"ingen ordförande har mandat {fmt.iso_date(day)}, när {definite(title)} skrivs under.")]
        return []

    check.__name__ = check.__qualname__ = "signing_board"
    return check


SINGLE_ROLES = (BoardRole.CHAIR, BoardRole.VICE_CHAIR)


def _overlap(a, b) -> tuple[date, date] | None:
    """The first and last day two terms share, or None (an open end counts as without end)."""
    first = max((d for d in (a.start, b.start) if d), default=date.min)
    last = min((d for d in (a.end, b.end) if d), default=date.max)
    return (first, last) if first <= last else None


def terms(inputs: Inputs, scope: Scope) -> list[Problem]:
    """One person's terms do not overlap (listed, and signing, twice), and a single role (ordförande, vice
    ordförande) is held by one person at a time."""
    board = inputs.forbund.board
    found = []
    for i, a in enumerate(board):
        for b in board[i + 1:]:
            shared = _overlap(a, b)
            if shared is None:
                continue
            places = [a.source.at("Från"), a.source.at("Till"), b.source.at("Från"), b.source.at("Till")]
            since = fmt.iso_date(shared[0]) if shared[0] != date.min else "mandattidens början"
            if a.name == b.name:
                found.append(error(places, f"{a.name} har två mandattider som överlappar (från {since}) och skulle "
                                           "stå med, och skriva under, två gånger. Rätta Från och Till."))
            elif a.role == b.role and a.role in SINGLE_ROLES:
                found.append(error(places, f"{a.name} och {b.name} är båda {a.role} samtidigt (från {since}). Rätta "
                                           "Från och Till, så att den ena mandattiden slutar innan den andra börjar."))
    return found
