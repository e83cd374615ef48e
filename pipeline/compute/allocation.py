"""Splitting a total into parts that add up to it exactly (largest remainder)."""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from pipeline.domain import Member


def split(total: Decimal, weights: list[Fraction], step: Decimal = Decimal(1)) -> list[Decimal]:
    """Parts proportional to `weights`, each a multiple of `step`, adding up to `total`.

    `total` must be a multiple of `step`. Each part is rounded down, and the
    remaining steps go to the parts with the largest remainders (ties: earlier first).
    """
    if not weights:
        return []
    weight_sum = sum(weights, Fraction(0))
    units = Fraction(total) / Fraction(step)
    exact = [units * w / weight_sum for w in weights]
    floors = [math.floor(e) for e in exact]
    missing = int(units) - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:missing]:
        floors[i] += 1
    return [Decimal(f) * step for f in floors]


def member_contributions(state_allocation: Decimal, members: tuple[Member, ...]) -> list[tuple[Member, Decimal]]:
    """Each member's contribution when the others match the state's allocation.

    The total is the state allocation divided by the state's share (1 877 000 at
    one half gives 3 754 000); the parts add up to it to the krona.
    """
    state_share = sum((m.share for m in members if m.kind == "stat"), Fraction(0))
    total = (Fraction(state_allocation) / state_share) if state_share else Fraction(0)
    total_kr = Decimal(math.floor(total + Fraction(1, 2)))
    return list(zip(members, split(total_kr, [m.share for m in members])))

