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
    units = Fraction(total) / Fraction(step)
    scale = math.lcm(*(Fraction(w).denominator for w in weights))  # the weights as whole numbers
    whole = [int(Fraction(w) * scale) for w in weights]
    parts = _largest_remainder([units.numerator * w for w in whole], units.denominator * sum(whole), int(units))
    return [Decimal(p) * step for p in parts]


def whole_parts(total: int, weights: list[int]) -> list[int]:
    """`split` of a whole number by whole weights, in whole numbers (as often as a survey's table has rows)."""
    return _largest_remainder([total * w for w in weights], sum(weights), total) if weights else []


def _largest_remainder(numerators: list[int], denominator: int, total: int) -> list[int]:
    """Each numerator / denominator rounded down, and what they lack of `total` given one by one to those with
    the largest remainders (ties: earlier first)."""
    if denominator < 0:
        numerators, denominator = [-n for n in numerators], -denominator
    floors = [n // denominator for n in numerators]
    order = sorted(range(len(numerators)), key=lambda i: (-(numerators[i] % denominator), i))
    for i in order[:total - sum(floors)]:
        floors[i] += 1
    return floors
