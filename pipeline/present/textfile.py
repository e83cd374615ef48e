"""What the starting Word file of a document's texts holds (`make texter`): every section the document can
show, in its order, with a hint of what belongs there and the text it has now."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.domain import Activity, TextBlock
from pipeline.enums import DocumentTitle
from pipeline.phrases import phrase
from pipeline.present.model import Block
from pipeline.present.text import block_paragraphs
from pipeline.schema import SECTION_HINTS

FROM_SHEET = phrase("textfile.bladet_texter")  # a section's source when its text is the year's on the Texter sheet


@dataclass(frozen=True)
class StartingSection:
    title: str  # the section, as Heading 1
    hint: str  # a Word comment on the heading
    blocks: list[Block]  # each with its sub-heading (Heading 2) or none
    source: str  # where the text was taken from, for the message ("" when there is none)


def starting_sections(activity: Activity, document: DocumentTitle, year: int,
                      period: date | None = None) -> list[StartingSection]:
    """Each section's text now: the year's on the Texter sheet, else the previous Word file's (the year
    before, or an earlier delårsrapport), else the sheet's text for every year."""
    found = []
    for section, hint in SECTION_HINTS[document]:
        texts = [t for t in activity.texts if (t.document, t.section) == (document, section)]
        sheet = [t for t in texts if t.prose is None and t.year == year]
        earlier = _previous_file(texts, year, period)
        every_year = [t for t in texts if t.prose is None and t.year is None]
        chosen, source = next(((blocks, where) for blocks, where in (
            (sheet, FROM_SHEET), (earlier, earlier[0].source.file if earlier else ""),
            (every_year, phrase("textfile.bladet_texter_alla_ar"))) if blocks), ([], ""))
        found.append(StartingSection(section, hint, [Block(t.heading or "", block_paragraphs(t)) for t in chosen],
                                     source))
    return found


def _previous_file(texts: list[TextBlock], year: int, period: date | None) -> list[TextBlock]:
    """The section's texts in the latest Word file before this one."""
    earlier = [t for t in texts if t.prose is not None and t.source is not None
               and (t.period < period if period and t.period else t.year < year)]
    latest = max((t.source.file for t in earlier), default=None)
    return [t for t in earlier if t.source.file == latest]
