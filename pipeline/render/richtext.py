"""Text written in Word, put where a template shows a paragraph's text.

The template's `{{ p.text }}` renders a token (`stand_in`); `splice` then replaces the run of the token
with the runs of the text (bold, italic, underline, links, line breaks), the paragraph with a table, or
the run with a picture. The paragraph keeps the template's formatting, unless the text asks for one of
the template's list styles. Nothing written by the user passes through Jinja, so `{{`, `&` and `<`
come out as written.
"""
from __future__ import annotations

import copy
import io
import re

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor

from pipeline.present.model import Rich, RichTable, Run

_TOKEN = re.compile("\ue000(\\d+)\ue001")
LINK_STYLE = "Hyperlink"


def stand_in(number: int) -> str:
    """The text a rich paragraph is rendered as, until `splice` puts the text itself in its place."""
    return f"\ue000{number}\ue001"


def splice(document, texts: dict[int, Rich]) -> None:
    """Every stand-in in `document`'s body replaced by its text."""
    if not texts:
        return
    numbering = _Numbering(document)
    for t in list(document.element.body.iter(qn("w:t"))):
        found = _TOKEN.search(t.text or "")
        if found is None or int(found.group(1)) not in texts:
            continue
        rich = texts[int(found.group(1))]
        run, paragraph = t.getparent(), t.getparent().getparent()
        before, after = t.text[:found.start()], t.text[found.end():]
        if rich.table is not None:
            paragraph.addprevious(_table(document, rich.table))
            cell = paragraph.getparent()
            cell.remove(paragraph)
            if cell.tag == qn("w:tc") and cell.find(qn("w:p")) is None:
                cell.append(OxmlElement("w:p"))  # a cell ends with a paragraph
            continue
        _restyle(document, paragraph, rich, numbering)
        if rich.picture is not None:
            new = [_picture_run(document, rich.picture)]
        else:
            new = runs(document, rich.runs, run.find(qn("w:rPr")))
        if before:
            new.insert(0, _plain_run(run, before))
        if after:
            new.append(_plain_run(run, after))
        for element in new:
            run.addprevious(element)
        run.getparent().remove(run)


def runs(document, pieces: list[Run], base=None) -> list:
    """The runs (and hyperlinks) of `pieces`, each with the properties `base` (a w:rPr) and its own."""
    elements: list = []
    link_of: dict[str, object] = {}
    for piece in pieces:
        r = OxmlElement("w:r")
        rpr = copy.deepcopy(base) if base is not None else OxmlElement("w:rPr")
        if piece.bold:
            rpr.get_or_add_b()
        if piece.italic:
            rpr.get_or_add_i()
        if piece.underline:
            rpr.get_or_add_u().set(qn("w:val"), "single")
        if piece.link:
            rpr.get_or_add_rStyle().set(qn("w:val"), _link_style(document))
        if len(rpr):
            r.append(rpr)
        r.text = piece.text
        if not piece.link:
            elements.append(r)
            continue
        last = elements[-1] if elements else None
        if last is not None and link_of.get(piece.link) is last:
            last.append(r)
            continue
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), document.part.relate_to(piece.link, RT.HYPERLINK, is_external=True))
        hyperlink.set(qn("w:history"), "1")
        hyperlink.append(r)
        link_of[piece.link] = hyperlink
        elements.append(hyperlink)
    return elements


def style_ids(document) -> set[str]:
    return {s.style_id for s in document.styles}


def _plain_run(template_run, text: str):
    r = copy.deepcopy(template_run)
    for child in list(r):
        if child.tag != qn("w:rPr"):
            r.remove(child)
    r.text = text
    return r


def _restyle(document, paragraph, rich: Rich, numbering: _Numbering) -> None:
    """The template's paragraph in the style the text asks for (a list's), when the template has it."""
    if not rich.style or rich.style not in style_ids(document):
        return
    ppr = paragraph.get_or_add_pPr()
    ppr.style = rich.style
    if ppr.numPr is not None:
        ppr.remove(ppr.numPr)
    if rich.restart:
        numbering.restart(ppr, rich.style)
    elif rich.style in numbering.current:
        numbering.continue_(ppr, rich.style)


class _Numbering:
    """Numbered lists that each start at 1: a numbering instance of the list style's own, per list."""

    def __init__(self, document):
        self.document = document
        self.current: dict[str, str] = {}  # style id -> the numId of its list being written

    def restart(self, ppr, style_id: str) -> None:
        style = next((s for s in self.document.styles if s.style_id == style_id), None)
        num_pr = style.element.pPr.numPr if style is not None and style.element.pPr is not None else None
        if num_pr is None or num_pr.numId is None:
            return
        try:
            numbering = self.document.part.numbering_part.element
        except NotImplementedError:
            return
        used = numbering.num_having_numId(num_pr.numId.val)
        num = numbering.add_num(used.abstractNumId.val)
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
        self.current[style_id] = str(num.numId)
        self.continue_(ppr, style_id)

    def continue_(self, ppr, style_id: str) -> None:
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = int(self.current[style_id])


def _link_style(document) -> str:
    """The template's character style for links, added (as Word's own) when the template has none."""
    if LINK_STYLE not in style_ids(document):
        from docx.enum.style import WD_STYLE_TYPE

        style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    return LINK_STYLE


def _table(document, table: RichTable):
    """A table in the template's table style, its first row a header row repeated on each page."""
    from docx.oxml.table import CT_Tbl

    columns = max(len(row) for row in table.rows)
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    element = CT_Tbl.new_tbl(len(table.rows), columns, width)
    styles = style_ids(document)
    if table.style in styles:
        element.tblPr.style = table.style
    look = element.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        element.tblPr.append(look)
    for key, value in (("firstRow", "1"), ("lastRow", "0"), ("firstColumn", "0"), ("lastColumn", "0"),
                       ("noHBand", "1"), ("noVBand", "1"), ("val", "0420")):
        look.set(qn(f"w:{key}"), value)
    for number, (tr, row) in enumerate(zip(element.tr_lst, table.rows)):
        if number == 0:
            tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for tc, cell in zip(tr.tc_lst, list(row) + [[]] * (columns - len(row))):
            p = tc.p_lst[0]
            if table.cell_style in styles:
                p.get_or_add_pPr().style = table.cell_style
            pieces = [Run(r.text, r.bold or number == 0, r.italic, r.underline, r.link) for r in cell]
            for element_ in runs(document, pieces):
                p.append(element_)
    return element


def _picture_run(document, picture):
    inline = document.part.new_pic_inline(io.BytesIO(picture.png), Cm(picture.width_cm),
                                          Cm(picture.height_cm) if picture.height_cm else None)
    inline.docPr.set("descr", picture.description)
    r = OxmlElement("w:r")
    r.add_drawing(inline)
    return r

