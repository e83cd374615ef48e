"""Narrative text: cells to paragraphs and lists, and Swedish phrasing of figures."""
from __future__ import annotations

from datetime import date
from fractions import Fraction

from pipeline import fmt
from pipeline.compute.known import texts_known
from pipeline.domain import Activity, Prose, ProseParagraph, ProsePicture, ProseTable, TextBlock
from pipeline.enums import ListKind
from pipeline.present.model import Block, Paragraph, Picture, Rich, RichTable, Run
from pipeline.phrases import phrase

_SHARE_WORDS = {
    Fraction(1): "hela",
    Fraction(1, 2): "hälften",
    Fraction(1, 3): phrase("text.en_tredjedel"),
    Fraction(1, 4): phrase("text.en_fjardedel"),
    Fraction(1, 5): phrase("text.en_femtedel"),
    Fraction(1, 8): phrase("text.en_attondel"),
    Fraction(3, 4): phrase("text.tre_fjardedelar"),
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


def block_paragraphs(block: TextBlock) -> list[Paragraph]:
    """A text block's paragraphs: from the Texter sheet's cell, or with the formatting of its Word file."""
    return paragraphs(block.text) if block.prose is None else formatted(block.prose)


def formatted(prose: tuple[Prose, ...]) -> list[Paragraph]:
    """Text written in Word, in the template's styles: list items in its list styles (the first level of
    bullets as the template's own bullet paragraph), tables in its table style with a header row."""
    result = []
    previous = None
    for item in prose:
        if isinstance(item, ProseParagraph):
            style = LIST_STYLES[item.listed][item.level] if item.listed else ""
            restart = item.listed is ListKind.NUMBER and item.level == 0 and not (
                isinstance(previous, ProseParagraph) and previous.listed is ListKind.NUMBER)
            result.append(Paragraph(" ".join(item.text.split()), item.listed is not None,
                                    Rich(_runs(item.spans), style, restart)))
        elif isinstance(item, ProseTable):
            rows = [[_runs(cell) for cell in row] for row in item.rows]
            text = " ".join(" ".join(r.text for cell in row for r in cell) for row in rows)
            result.append(Paragraph(" ".join(text.split()), False,
                                    Rich(table=RichTable(rows, TABLE_STYLE, TABLE_TEXT_STYLE))))
        else:
            result.append(Paragraph(item.description, False, Rich(picture=_picture(item))))
        previous = item
    return result


# The template's styles (their ids) that text from Word is given.
LIST_STYLES = {ListKind.BULLET: ("", "ListBullet2"), ListKind.NUMBER: ("ListNumber", "ListNumber2")}
TABLE_STYLE = "TableGrid"
TABLE_TEXT_STYLE = "Tabelltext"
TEXT_WIDTH_CM = 16.0  # a picture wider than the text is made as wide as the text


def _runs(spans) -> list[Run]:
    return [Run(s.text, s.bold, s.italic, s.underline, s.link or "") for s in spans]


def _picture(picture: ProsePicture) -> Picture:
    width, height = picture.width_cm, picture.height_cm
    if not width or not height:
        return Picture(picture.image, TEXT_WIDTH_CM, picture.description)
    scale = min(1.0, TEXT_WIDTH_CM / width)
    return Picture(picture.image, width * scale, picture.description, height * scale)


def blocks(activity: Activity, document: str, year: int, section: str, skip: set[str] = frozenset(),
           day: date | None = None, period: date | None = None) -> list[Block]:
    """The text blocks of a section as known on `day`, each with an optional heading and its paragraphs."""
    return [
        Block(b.heading or "", block_paragraphs(b))
        for b in texts_known(activity, document, year, section, day, period)
        if (b.heading or "") not in skip
    ]


def headed(activity: Activity, document: str, year: int, section: str, heading: str,
           day: date | None = None) -> list[Paragraph]:
    """Paragraphs of the blocks of a section that carry `heading`."""
    return [p for b in texts_known(activity, document, year, section, day) if b.heading == heading
            for p in block_paragraphs(b)]


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
