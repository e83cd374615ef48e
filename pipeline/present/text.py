"""Narrative text: cells to paragraphs and lists, and Swedish phrasing of figures."""
from __future__ import annotations

from datetime import date
from fractions import Fraction

from pipeline import fmt
from pipeline.domain import Activity
from pipeline.present.model import Block, Paragraph

_SHARE_WORDS = {
    Fraction(1): "hela",
    Fraction(1, 2): "hälften",
    Fraction(1, 3): "en tredjedel",
    Fraction(1, 4): "en fjärdedel",
    Fraction(1, 5): "en femtedel",
    Fraction(1, 8): "en åttondel",
    Fraction(3, 4): "tre fjärdedelar",
}
_NUMBER_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
_BULLETS = ("- ", "– ", "• ", "* ")


def paragraphs(text: str | None) -> list[Paragraph]:
    """A cell's text as paragraphs; lines starting with "- " become list items."""
    result = []
    for line in (text or "").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        bullet = next((b for b in _BULLETS if stripped.startswith(b)), None)
        if bullet:
            result.append(Paragraph(stripped[len(bullet):].strip(), True))
        else:
            result.append(Paragraph(stripped, False))
    return result


def blocks(activity: Activity, document: str, year: int, section: str, skip: set[str] = frozenset(),
           day: date | None = None) -> list[Block]:
    """The text blocks of a section as known on `day`, each with an optional heading and its paragraphs."""
    return [
        Block(b.heading or "", paragraphs(b.text))
        for b in activity.blocks(document, year, section, day)
        if (b.heading or "") not in skip
    ]


def headed(activity: Activity, document: str, year: int, section: str, heading: str,
           day: date | None = None) -> list[Paragraph]:
    """Paragraphs of the blocks of a section that carry `heading`."""
    return [p for b in activity.blocks(document, year, section, day) if b.heading == heading
            for p in paragraphs(b.text)]


def join(names: list[str]) -> str:
    """['A', 'B', 'C'] -> 'A, B och C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]


def share_words(share: Fraction) -> str:
    """1/2 -> 'hälften', 1/4 -> 'en fjärdedel', otherwise a percentage."""
    return _SHARE_WORDS.get(share) or fmt.share(share)


def number_word(n: int, neuter: bool = False) -> str:
    """3 -> 'tre'; 1 -> 'en', or 'ett' for a neuter noun (ett mål)."""
    if n == 1 and neuter:
        return "ett"
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)
