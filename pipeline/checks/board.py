"""Checks on the board that signs a document."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.domain import Inputs, Scope
from pipeline.enums import BoardRole
from pipeline.problems import Problem, incomplete, warning
from pipeline.schema import FORBUNDET


def signing_board(document: str):
    """A check that someone, and an ordförande, serves on the day `document` (e.g. "årsredovisningen") is signed."""

    def check(inputs: Inputs, scope: Scope) -> list[Problem]:
        board, day = inputs.forbund.board, scope.day
        serving = [m for m in board if m.ordinary and m.serves_on(day)]
        if not serving:
            ended = max((m.end for m in board if m.ordinary and m.end), default=None)
            since = f" (senaste mandattiden slutade {fmt.iso_date(ended)})" if ended else ""
            places = [m.source.at("Till") for m in board if m.ordinary] or \
                [next_row((), FORBUNDET.filename, "Styrelse")]
            return [incomplete(places, f"ingen ordinarie ledamot har mandat {fmt.iso_date(day)}, när {document} "
                                       f"skrivs under{since}; underskriftssidan blir tom. Lägg in den nya styrelsen.",
                               "styrelsens underskrifter")]
        chairs = [m for m in board if m.role == BoardRole.CHAIR]
        if chairs and not any(m.role == BoardRole.CHAIR for m in serving):
            return [warning([m.source.at("Till") for m in chairs],
                            f"ingen ordförande har mandat {fmt.iso_date(day)}, när {document} skrivs under.")]
        return []

    check.__name__ = check.__qualname__ = "signing_board"
    return check
