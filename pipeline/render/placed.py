"""Where things landed in a rendered document: each marked figure's table, row and column or sentence, and
each paragraph with the heading it stands under (for the review workbook, pipeline.present.trail)."""
from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from pipeline.present.trail import marks, unmarked
from pipeline.render.oxml import style_ids, style_of

HEADINGS = ("Heading 1", "Heading 2", "Heading 3", "Title")
_P, _TBL, _TR, _TC, _T = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:t")
_SPAN = f"{qn('w:tcPr')}/{qn('w:gridSpan')}"


@dataclass(frozen=True)
class Place:
    """Where a figure is printed: in table `table` (numbered in the document's order) at `row` and `column`,
    or in running text (`table` None), the sentence `text`."""

    heading: str
    table: int | None
    row: str  # the row's label (its first cell)
    column: str  # the column's heading
    text: str  # the cell's or the paragraph's text as printed


@dataclass(frozen=True)
class Placed:
    """A paragraph of running text as printed, with the heading it stands under and its style."""

    heading: str
    text: str
    style: str
    is_heading: bool
    figures: tuple[int, ...]  # the figures marked in it


@dataclass
class Layout:
    figures: dict[int, list[Place]]  # figure number -> where it is printed
    paragraphs: list[Placed]
    table_headings: dict[int, str]  # table number -> the heading above it


def _text(element) -> str:
    """The element's text as a reader sees it (without the word joiners that keep dates whole)."""
    return "".join(t.text or "" for t in element.iter(_T)).replace("\u2060", "").replace("\u00a0", " ")


def read(document) -> Layout:
    """The figures and paragraphs of a rendered python-docx document, in reading order."""
    ids = style_ids(document, HEADINGS)
    heading_ids = {ids[name] for name in HEADINGS if name in ids} | {"Heading1", "Heading2", "Heading3"}
    layout = Layout({}, [], {})
    heading = ""
    for child in document.element.body.iterchildren():
        if child.tag == _P:
            text = _text(child)
            style = style_of(child) or ""
            is_heading = style in heading_ids
            if is_heading and unmarked(text).strip():
                heading = unmarked(text).strip()
            if text.strip():
                layout.paragraphs.append(Placed(heading, unmarked(text), style, is_heading, tuple(marks(text))))
            for number in marks(text):
                layout.figures.setdefault(number, []).append(Place(heading, None, "", "", unmarked(text)))
        elif child.tag == _TBL:
            number = len(layout.table_headings) + 1
            layout.table_headings[number] = heading
            _table(child, number, heading, layout)
    return layout


def _cells(row) -> list[str]:
    """A row's cell texts, a cell spanning columns repeated in each, so that rows line up with the header."""
    found = []
    for cell in row.findall(_TC):
        span = cell.find(_SPAN)
        found += [_text(cell)] * (int(span.get(qn("w:val"))) if span is not None else 1)
    return found


def _table(table, number: int, heading: str, layout: Layout) -> None:
    """The figures of a table: a row is named by its first cell, a column by the cells above the first row
    that prints a figure."""
    rows = [_cells(row) for row in table.findall(_TR)]
    first = next((i for i, row in enumerate(rows) if any(marks(cell) for cell in row)), len(rows))
    for row in rows[first:]:
        label = unmarked(row[0]).strip() if row else ""
        for index, cell in enumerate(row):
            for figure in marks(cell):
                column = " ".join(dict.fromkeys(unmarked(above[index]).strip() for above in rows[:first]
                                                if index < len(above) and unmarked(above[index]).strip()))
                layout.figures.setdefault(figure, []).append(Place(heading, number, label, column,
                                                                   unmarked(cell).strip()))
