"""Where things landed in a rendered document: each marked figure's table, row and column or sentence, and
each paragraph with the heading it stands under (for the review workbook, pipeline.present.trail)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from docx.oxml.ns import qn

from pipeline.present.trail import marks, unmarked
from pipeline.render.layout import normal as lo_normal
from pipeline.render.oxml import style_ids, style_of

HEADINGS = ("Heading 1", "Heading 2", "Heading 3", "Title")
P, TBL, TR, TC, _T = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:t")
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
    page: int | None = None  # when laid out (`paginated`)


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
    places: list[tuple[int, Place]]  # (figure number, where it is printed), in reading order
    paragraphs: list[Placed]
    table_headings: dict[int, str]  # table number -> the heading above it

    @property
    def figures(self) -> dict[int, list[Place]]:
        """Figure number -> where it is printed."""
        found: dict[int, list[Place]] = {}
        for number, place in self.places:
            found.setdefault(number, []).append(place)
        return found


def text_of(element) -> str:
    """The element's text as a reader sees it (without the word joiners that keep dates whole)."""
    return "".join(t.text or "" for t in element.iter(_T)).replace("\u2060", "").replace("\u00a0", " ")


def read(document) -> Layout:
    """The figures and paragraphs of a rendered python-docx document, in reading order."""
    ids = style_ids(document, HEADINGS)
    heading_ids = {ids[name] for name in HEADINGS if name in ids} | {"Heading1", "Heading2", "Heading3"}
    layout = Layout([], [], {})
    heading = ""
    for child in document.element.body.iterchildren():
        if child.tag == P:
            text = text_of(child)
            style = style_of(child) or ""
            is_heading = style in heading_ids
            if is_heading and unmarked(text).strip():
                heading = unmarked(text).strip()
            if text.strip():
                layout.paragraphs.append(Placed(heading, unmarked(text), style, is_heading, tuple(marks(text))))
            for number in marks(text):
                layout.places.append((number, Place(heading, None, "", "", unmarked(text))))
        elif child.tag == TBL:
            number = len(layout.table_headings) + 1
            layout.table_headings[number] = heading
            _table(child, number, heading, layout)
    return layout


def _cells(row) -> list[str]:
    """A row's cell texts, a cell spanning columns repeated in each, so that rows line up with the header."""
    found = []
    for cell in row.findall(TC):
        span = cell.find(_SPAN)
        found += [text_of(cell)] * (int(span.get(qn("w:val"))) if span is not None else 1)
    return found


def _table(table, number: int, heading: str, layout: Layout) -> None:
    """The figures of a table: a row is named by its first cell, a column by the cells above the first row
    that prints a figure."""
    rows = [_cells(row) for row in table.findall(TR)]
    first = next((i for i, row in enumerate(rows) if any(marks(cell) for cell in row)), len(rows))
    for row in rows[first:]:
        label = unmarked(row[0]).strip() if row else ""
        for index, cell in enumerate(row):
            for figure in marks(cell):
                column = " ".join(dict.fromkeys(unmarked(above[index]).strip() for above in rows[:first]
                                                if index < len(above) and unmarked(above[index]).strip()))
                layout.places.append((figure, Place(heading, number, label, column, unmarked(cell).strip())))


def paginated(document, layout: Layout, folder) -> Layout:
    """`layout` with the page of each place, from LibreOffice's layout of the marked document (its marks take
    no room, so it breaks as the document does): the first page, from the previous figure's on, whose text
    holds the figure's row and value, or its sentence's beginning."""
    from pypdf import PdfReader

    from pipeline.render import layout as lo
    from pipeline.render.docx import save_reproducibly

    path = folder / "underlag.docx"
    path.write_bytes(save_reproducibly(document))
    pdf = lo.to_pdf(path)
    pages = [_plain(page.extract_text()) for page in PdfReader(pdf).pages]
    headings = [(_plain(title), page - 1) for title, page in lo.heading_pages(pdf)]
    placed, cursor, heading = [], 0, 0
    for number, place in layout.places:
        # from the page of the figure's heading on (the bookmarks, in order)
        at = next((i for i in range(heading, len(headings)) if headings[i][0] == _plain(place.heading)), None)
        if at is not None:
            heading, cursor = at, max(cursor, headings[at][1])
        wanted = [_plain(place.row), _plain(place.text)] if place.table is not None else [_plain(place.text)[:40]]
        found = next((i for i in range(cursor, len(pages)) if all(w in pages[i] for w in wanted)), None)
        cursor = found if found is not None else cursor
        placed.append((number, dataclasses.replace(place, page=found + 1 if found is not None else None)))
    return Layout(placed, layout.paragraphs, layout.table_headings)


def _plain(text: str) -> str:
    return lo_normal("".join(c for c in text if not 0xE0000 <= ord(c) <= 0xE007F).replace("\u00a0", " "))
