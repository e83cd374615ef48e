"""Colour contrast as WCAG 2.1 measures it (1.4.3 text 4.5:1, 1.4.11 graphics 3:1), and the nearest colour
that passes: the same hue, darkened just enough."""
from __future__ import annotations

WHITE = "#FFFFFF"
BLACK = "#000000"
TEXT = 4.5  # WCAG 1.4.3, normal text
LARGE_TEXT = 3.0  # 1.4.3, text from 18 pt (14 pt bold)
GRAPHICS = 3.0  # 1.4.11, bars and lines of a chart


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str = WHITE) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def passing(colour: str, minimum: float, against: str = WHITE) -> str:
    """`colour` if it has `minimum` contrast against `against` (white), else the lightest darker shade of
    it that has (the channels scaled down together, so the hue stays)."""
    if ratio(colour, against) >= minimum:
        return colour.upper()
    r, g, b = _rgb(colour)
    low, high = 0.0, 1.0  # the scale: 0 is black, which always passes against white
    for _ in range(30):
        middle = (low + high) / 2
        if ratio(_hex(r * middle, g * middle, b * middle), against) >= minimum:
            low = middle
        else:
            high = middle
    return _hex(r * low, g * low, b * low)


def _hex(r: float, g: float, b: float) -> str:
    return "#{:02X}{:02X}{:02X}".format(*(int(c) for c in (r, g, b)))


def text_on(colour: str) -> str:
    """Black or white, whichever reads better on `colour` (a label inside a bar)."""
    return BLACK if ratio(BLACK, colour) >= ratio(WHITE, colour) else WHITE
