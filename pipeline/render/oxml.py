"""The few things python-docx's API does not do for us, on its own oxml element classes.

The table of contents is a field (fldChar begin … separate … end) whose shown result
Word replaces when it updates fields; we write the headings into that result, and the
page numbers LibreOffice laid them out on, so the reader never sees an empty TOC.
"""
from __future__ import annotations

import copy
import itertools
import re

from docx.oxml.ns import qn

from pipeline.render.layout import normal

TOC_STYLES = {"Heading 1": "toc 1", "Heading 2": "toc 2"}
_P, _PPR, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_STYLE = f"{_PPR}/{_PSTYLE}"


def style_of(p) -> str | None:
    """A paragraph's style id, read from its XML (python-docx's property is slow over a whole document)."""
    found = p.find(_STYLE)
    return found.get(_VAL) if found is not None else None


def styled_paragraphs(element, styles) -> list:
    """The paragraphs within `element` whose style id is one of `styles`, in document order. Found from their
    style elements (w:p/w:pPr/w:pStyle, one to a paragraph), in lxml's own walk: asking each paragraph of a
    long document for its style took a second."""
    found = []
    for style in element.iter(_PSTYLE):
        if style.get(_VAL) in styles and (properties := style.getparent()).tag == _PPR and \
                (paragraph := properties.getparent()) is not None and paragraph.tag == _P:
            found.append(paragraph)
    return found


def _toc_paragraph(body):
    """The paragraph where the TOC field begins (LibreOffice wraps it in a content control: searched deep):
    the first w:p/w:r/w:instrText whose text starts with TOC after white space (an XPath took longer)."""
    for instruction in body.iter(qn("w:instrText")):
        run = instruction.getparent()
        paragraph = run.getparent() if run.tag == qn("w:r") else None
        if paragraph is not None and paragraph.tag == _P and \
                (instruction.text or "").lstrip(" \t\r\n").startswith("TOC"):
            return paragraph
    return None


def style_ids(document, names) -> dict[str, str]:
    """Style name -> style id, matched without regard to case (Word writes "toc 1", LibreOffice "TOC 1")."""
    wanted = {name.lower(): name for name in names}
    found = {}
    for style in document.styles.element.iterchildren(qn("w:style")):  # the XML: python-docx's objects are slow
        name = style.find(qn("w:name"))
        key = name.get(qn("w:val"), "").lower() if name is not None else ""
        if key in wanted:
            found[wanted[key]] = style.get(qn("w:styleId"))
    return found


def _field_runs(paragraph, kind: str) -> list:
    return paragraph.xpath(f'./w:r[w:fldChar[@w:fldCharType="{kind}"]]')


def fill_table_of_contents(document) -> bool:
    """Put the document's level 1–2 headings into the TOC field's shown result; False if it has no TOC."""
    body = document.element.body
    begin = _toc_paragraph(body)
    if begin is None:
        return False
    # Style ids looked up once: python-docx's per-paragraph style lookup is slow on long documents.
    ids = style_ids(document, list(TOC_STYLES) + list(TOC_STYLES.values()))
    levels = {ids[name]: ids.get(toc) for name, toc in TOC_STYLES.items() if name in ids}
    entries = [(levels[style_of(p)], text) for p in styled_paragraphs(body, levels) if (text := p.text.strip())]
    if not entries:
        return True
    separate, end = _field_runs(begin, "separate")[0], _field_runs(begin, "end")[0]
    for run in begin.r_lst[begin.r_lst.index(separate) + 1:]:
        begin.remove(run)
    previous = begin
    for index, (style, text) in enumerate(entries):
        paragraph = begin if index == 0 else copy.deepcopy(begin)
        if index:
            for run in paragraph.r_lst:
                paragraph.remove(run)
            previous.addnext(paragraph)
        if style:
            paragraph.style = style
        paragraph.add_r().add_t(text)
        previous = paragraph
    previous.append(end)
    return True


def _toc_field(body) -> list:
    """The paragraphs of the TOC field: from the one it begins in to the one it ends in (a field nested in
    it, as Word's page references are, counted), or none. Looked for there, not in the whole document."""
    begin = _toc_paragraph(body)
    if begin is None:
        return []
    found, depth, mark, kind = [], 0, qn("w:fldChar"), qn("w:fldCharType")
    for paragraph in itertools.chain([begin], begin.itersiblings(_P)):
        found.append(paragraph)
        for field in paragraph.iter(mark):
            depth += {"begin": 1, "end": -1}.get(field.get(kind), 0)
        if depth <= 0:
            break
    return found


def number_table_of_contents(document, pages: list[tuple[str, int]]) -> None:
    """A tab and the page number after each TOC entry, in order, from (heading, page) pairs."""
    toc_ids = set(style_ids(document, TOC_STYLES.values()).values())
    position = 0
    for p in _toc_field(document.element.body):
        if style_of(p) not in toc_ids:
            continue
        title = normal(p.text)
        match = next((i for i in range(position, len(pages)) if pages[i][0] == title), None)
        if match is None:
            continue
        position = match + 1
        ends = _field_runs(p, "end")
        for make in (lambda r: r.add_tab(), lambda r: r.add_t(str(pages[match][1]))):
            run = p.add_r()
            make(run)
            if ends:
                ends[0].addprevious(run)


def ask_to_update_fields(document, ask: bool) -> None:
    """Whether Word offers to update fields (the TOC's page numbers) when the document is opened."""
    settings = document.settings.element
    for update in settings.findall(qn("w:updateFields")):
        settings.remove(update)
    if ask:
        update = settings.makeelement(qn("w:updateFields"), {qn("w:val"): "true"})
        settings.append(update)


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A hyphen between word joiners: no line break on either side. (Word's own non-breaking hyphen is not
# enough: LibreOffice, which makes the PDFs, still breaks after it when a column is narrow.)
JOINED_HYPHEN = "\u2060-\u2060"


def keep_dates_whole(document) -> None:
    """A date in a table is never broken at its hyphens (a narrow heading showed "Utfall 2026-01-" over
    "01–2026-06-30"): the line breaks at the space, or after the dash of a period, instead."""
    table = qn("w:tbl")
    for t in document.element.body.iter(qn("w:t")):  # (an XPath over the tables' texts took seconds on a long one)
        if t.text and _DATE.search(t.text) and next(t.iterancestors(table), None) is not None:
            t.text = _DATE.sub(lambda match: JOINED_HYPHEN.join(match.groups()), t.text)


def end_tables_at_headings(document) -> None:
    """A table right before a heading does not keep its last row with it: the templates keep every row of a
    table with the next, which chained each note to the following one (heading, table, heading, …) until
    LibreOffice gave each note its own page. A heading keeps with what follows it, not with what precedes it."""
    keep = qn("w:keepNext")
    for table in document.element.body.iterchildren(qn("w:tbl")):
        following = table.getnext()
        if following is None or following.tag != qn("w:p") or not (style_of(following) or "").startswith("Heading"):
            continue
        rows = table.findall(qn("w:tr"))
        for p in rows[-1].iter(qn("w:p")) if rows else ():
            for found in p.findall(f"{qn('w:pPr')}/{keep}"):
                found.getparent().remove(found)


def drop_empty_columns(document) -> None:
    """A table column with nothing under its heading (a year the förbund has no figures for, a spread no
    survey gave) is left out; the other columns widen so that the table keeps its width. The heading rows
    are those that repeat on every page; a table without them loses only columns empty from top to bottom.
    Tables of one row, and tables with merged cells, are left as they are."""
    # lxml's walks by tag, not an XPath or a path per table and row: a long document has thousands of rows.
    row_tag, cell_tag, text_tag = qn("w:tr"), qn("w:tc"), qn("w:t")
    header, merged = qn("w:tblHeader"), (qn("w:gridSpan"), qn("w:vMerge"))
    for table in document.element.body.iter(qn("w:tbl")):
        rows = table.findall(row_tag)
        cells = [list(row.iterchildren(cell_tag)) for row in rows]
        grid = table.find(qn("w:tblGrid"))
        columns = grid.findall(qn("w:gridCol")) if grid is not None else []
        if len(rows) < 2 or any(len(r) != len(columns) for r in cells):
            continue
        marks = list(table.iter(header, *merged))  # one walk for both
        if any(mark.tag in merged for mark in marks):
            continue
        headings = {mark.getparent().getparent() for mark in marks}  # (w:tr/w:trPr/w:tblHeader)
        body = [r for row, r in zip(rows, cells) if row not in headings]  # below the headings
        empty = [i for i in range(len(columns))
                 if not any("".join(t.text or "" for t in r[i].iter(text_tag)).strip() for r in body)]
        if not empty or len(empty) == len(columns):
            continue
        width = lambda c: int(c.get(qn("w:w")) or 0)  # noqa: E731
        total, kept = sum(map(width, columns)), [c for i, c in enumerate(columns) if i not in empty]
        scale = total / (sum(map(width, kept)) or 1)
        for i in sorted(empty, reverse=True):
            grid.remove(columns[i])
            for r in cells:
                r[i].getparent().remove(r[i])
        kept_cells = [[c for i, c in enumerate(r) if i not in empty] for r in cells]
        for index, column in enumerate(kept):
            new = str(round(width(column) * scale))
            column.set(qn("w:w"), new)
            for r in kept_cells:
                tc_w = r[index].find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
                if tc_w is not None and tc_w.get(qn("w:type")) in (None, "dxa"):
                    tc_w.set(qn("w:w"), new)


def set_language(document, language: str) -> None:
    """`language` (e.g. sv-SE) as the language of the document's text: the style defaults, every style and
    every run that names one. A screen reader reads with it, and LibreOffice gives the PDF its /Lang."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = styles.makeelement(qn("w:docDefaults"), {})
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = defaults.makeelement(qn("w:rPrDefault"), {})
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = run_defaults.makeelement(qn("w:rPr"), {})
        run_defaults.append(properties)
    if properties.find(qn("w:lang")) is None:
        properties.append(properties.makeelement(qn("w:lang"), {}))
    for element in (styles, document.element):
        for lang in element.iter(qn("w:lang")):
            lang.set(qn("w:val"), language)


def set_properties(document, properties) -> None:
    """The document's properties (File → Properties in Word; the PDF's title and author): from the data,
    dates included, so that a rebuild gives the same bytes."""
    from datetime import datetime

    core = document.core_properties
    core.title, core.subject, core.keywords = properties.title, properties.subject, properties.keywords
    core.author = core.last_modified_by = properties.author
    core.comments, core.category, core.language = "", properties.category, properties.language
    core.created = core.modified = datetime(properties.day.year, properties.day.month, properties.day.day)
    core.revision = 1
    set_language(document, properties.language)


def break_before(document, headings: list[str]) -> bool:
    """A page break before each heading titled as in `headings` (whitespace normalised), outside the table
    of contents; whether any was found."""
    if not headings:
        return False
    toc_ids = set(style_ids(document, TOC_STYLES.values()).values())
    wanted = set(headings)
    found = False
    for paragraph in document.paragraphs:
        if paragraph._p.style in toc_ids or normal(paragraph.text) not in wanted or \
                not paragraph.style.name.startswith("Heading"):
            continue
        paragraph.paragraph_format.page_break_before = True
        found = True
    return found


def mark_draft(document, mark: str) -> None:
    """`mark` (UTKAST) at the top of the first page and in every page header: each section's header, and its
    first-page and even-page headers where the document has them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    def stamp(paragraph, size: int) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(mark)
        run.bold = True
        run.font.size = Pt(size)

    first = document.add_paragraph()
    document.element.body.insert(0, first._p)  # before whatever the first page begins with
    stamp(first, 28)
    even_pages = document.settings.odd_and_even_pages_header_footer
    for index, section in enumerate(document.sections):
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if even_pages:
            headers.append(section.even_page_header)
        for header in headers:
            if header.is_linked_to_previous and index > 0:
                continue  # shows the previous section's, marked already
            header.is_linked_to_previous = False
            paragraphs = header.paragraphs
            stamp(paragraphs[0].insert_paragraph_before() if paragraphs and paragraphs[0].text else
                  paragraphs[0] if paragraphs else header.add_paragraph(), 12)
