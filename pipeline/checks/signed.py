"""The checks every report the board signs runs (årsredovisning, delårsrapport, verksamhetsplan), after its own."""
from __future__ import annotations

from pipeline.checks import Check, slips
from pipeline.checks.as_of import known_by_its_day
from pipeline.checks.board import signing_board, terms
from pipeline.enums import DocumentTitle


def signed_report(title: DocumentTitle, *, of_a_period: bool = True) -> tuple[Check, ...]:
    """As of its day, its signing board and the slips in its data; a report of a period that has passed (not
    a plan) also names the data dated after its day that it leaves out."""
    return (known_by_its_day(title), signing_board(title), terms, slips.decided_twice, slips.amounts_in_scale) \
        + ((slips.dated_after,) if of_a_period else ()) + (slips.no_placeholders(title),)
