"""Small coloured marks in running text, kept apart from Word: render turns them into rich text."""
from __future__ import annotations

from dataclasses import dataclass

BULLET = "\u25cf"


@dataclass(frozen=True)
class Marker:
    """A filled circle in a colour (a goal's status: green, yellow, red), beside words that say the same."""

    colour: str  # hex, e.g. "2E7D32"
    text: str = BULLET
    size_pt: int = 12
