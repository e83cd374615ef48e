"""Splitting a whole into parts that add up to it exactly (the largest-remainder method)."""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction


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
