"""Member contributions: the allocation split by the members' shares, to the krona."""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from pipeline.amounts import Amount, plain
from pipeline.apportion import split
from pipeline.domain import Member
from pipeline.enums import MemberKind


def member_contributions(state_allocation: Decimal, members: tuple[Member, ...]) -> list[tuple[Member, Decimal]]:
    """Each member's contribution when the others match the state's allocation.

    The total is the state allocation divided by the state's share (1 877 000 at
    one half gives 3 754 000); the parts add up to it to the krona.
    """
    state_share = sum((m.share for m in members if m.kind == MemberKind.STATE), Fraction(0))
    total = (Fraction(plain(state_allocation)) / state_share) if state_share else Fraction(0)
    total_kr = Decimal(math.floor(total + Fraction(1, 2)))
    parts = split(total_kr, [m.share for m in members])
    if isinstance(state_allocation, Amount):  # each part an atom made from the allocation
        parts = [state_allocation.derived(("medlemsbidrag", m.name), p) for m, p in zip(members, parts)]
    return list(zip(members, parts))

