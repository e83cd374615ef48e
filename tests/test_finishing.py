"""Finishing a rendered document, on documents made by hand: the TOC's page numbers go to the entries of
the TOC field only, and the layout key reads the digits of the text (and only those) as 0."""
from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from pipeline.render import docx as render_docx
from pipeline.render import oxml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _field(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _paragraph(style: str, *runs: str) -> str:
    return f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{"".join(runs)}</w:p>'


def _text(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _page_reference(bookmark: str) -> str:
    """A field as Word puts in each TOC entry, nested in the TOC field."""
    return (_field("begin") + f'<w:r><w:instrText xml:space="preserve"> PAGEREF {bookmark} \\h </w:instrText></w:r>'
            + _field("separate") + _field("end"))


def _with_toc_styles():
    document = docx.Document()
    for name in ("toc 1", "toc 2"):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    return document, oxml.style_ids(document, ["toc 1", "toc 2"])


def test_page_numbers_go_to_the_entries_of_the_toc_field_even_with_fields_nested_in_it():
    document, ids = _with_toc_styles()
    body = document.element.body
    toc = [
        _paragraph(ids["toc 1"], _field("begin"), '<w:r><w:instrText> TOC \\o "1-2" </w:instrText></w:r>',
                   _field("separate"), _text("Förvaltningsberättelse"), _page_reference("_Toc1")),
        _paragraph(ids["toc 2"], _text("Ekonomi"), _page_reference("_Toc2")),
        _paragraph(ids["toc 1"], _text("Noter"), _page_reference("_Toc3"), _field("end")),
        _paragraph(ids["toc 1"], _text("Bilaga")),  # styled as an entry, but after the field
    ]
    for xml in toc:
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties

    oxml.number_table_of_contents(document, [("Förvaltningsberättelse", 3), ("Ekonomi", 5), ("Noter", 11),
                                             ("Bilaga", 14)])

    assert [p.text for p in document.paragraphs] == ["Förvaltningsberättelse\t3", "Ekonomi\t5", "Noter\t11",
                                                     "Bilaga"]
    last = document.paragraphs[2]._p
    kinds = [run.find(f"{{{W}}}fldChar").get(f"{{{W}}}fldCharType") if run.find(f"{{{W}}}fldChar") is not None
             else run.xpath("string(.)") or "tab" for run in last.r_lst]
    assert kinds[-1] == "end" and kinds.index("tab") + 1 == kinds.index("11")  # the number before the field ends


def _table_document(text: str, width: int = 2000):
    document = docx.Document()
    document.add_paragraph(f"Utfall {text}")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Konto 3010", text
    table.columns[0].width = width * 635  # twips as EMU
    return document


def test_the_layout_key_reads_the_digits_of_the_text_as_0_and_no_others():
    key = lambda document: render_docx.layout_key(document)  # noqa: E731
    same_width = key(_table_document("1 234 567"))
    assert key(_table_document("9 876 543")) == same_width  # as wide in Carlito: the same layout
    assert key(_table_document("12 345 678")) != same_width  # a digit more
    assert key(_table_document("1 234 567", width=2100)) != same_width  # digits of the XML (a column's width)
