"""The rendered body is parsed into the document whole (pipeline.render.docx._Template.fix_tables and map_tree)
rather than parsed alone and moved into the template's tree by docxtpl, each picture that recurs is made once,
and docxtpl's rendering of a part is sped up: the document is the same, byte for byte, and a body that lxml's
move would change otherwise (or whose tables docxtpl fixes) is left to docxtpl."""
from __future__ import annotations

import io
import zipfile

import pytest

from pipeline import build as building
from pipeline.render import docx as render_docx
from tests.conftest import instances

W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = b"http://schemas.openxmlformats.org/drawingml/2006/main"
ROOT = {W: b"w", WP: b"wp"}


class _Forgetful(dict):
    """A memo that keeps nothing."""

    def __setitem__(self, key, value):
        pass


def _document(key: str, inputs, monkeypatch, moved: bool) -> bytes:
    if moved:  # docxtpl's own parse of the body, move into the template's tree, and rendering of each part
        from docxtpl import DocxTemplate

        def render_init(self):
            DocxTemplate.render_init(self)
            self.pictures = _Forgetful()  # each picture made by python-docx

        monkeypatch.setattr(render_docx, "_body_within", lambda body, declared: None)
        monkeypatch.setattr(render_docx._Template, "render_xml_part", DocxTemplate.render_xml_part)
        monkeypatch.setattr(render_docx._Template, "resolve_listing", DocxTemplate.resolve_listing)
        monkeypatch.setattr(render_docx._Template, "render_init", render_init)
    doc, scope = next((doc, scope) for doc, scope in instances(inputs) if doc.key == key)
    document = render_docx.rendered(doc.template, building.context(doc, inputs, scope))
    monkeypatch.undo()
    return render_docx.save_reproducibly(document)


@pytest.mark.parametrize("key", ["arsredovisning", "protokoll"])
def test_the_document_is_the_one_docxtpl_makes(key, sjobygden, monkeypatch):
    parsed = _document(key, sjobygden, monkeypatch, moved=False)
    moved = _document(key, sjobygden, monkeypatch, moved=True)
    assert parsed == moved
    body = zipfile.ZipFile(io.BytesIO(parsed)).read("word/document.xml")
    assert b"<w:tbl>" in body and (b"<wp:inline" in body or key == "protokoll")  # tables, and charts


def test_declarations_the_document_makes_are_left_out_and_others_kept():
    body = (b'<w:body xmlns:w="' + W + b'" xmlns:wp="' + WP + b'"><w:p/><wp:inline xmlns:wp="' + WP
            + b'" xmlns:a="' + A + b'"><a:graphic/></wp:inline><wp:inline xmlns:a="' + A
            + b'"><a:graphic/></wp:inline></w:body>')
    assert render_docx._body_within(body, ROOT) == (
        b'<w:body><w:p/><wp:inline xmlns:a="' + A + b'"><a:graphic/></wp:inline><wp:inline xmlns:a="' + A
        + b'"><a:graphic/></wp:inline></w:body>')


@pytest.mark.parametrize("body", [
    # a namespace of the document under another prefix: lxml's move renames it
    b'<w:body xmlns:w="' + W + b'"><x:inline xmlns:x="' + WP + b'"/></w:body>',
    # the same declaration again inside the element that makes it: lxml's move drops the inner one
    b'<w:body xmlns:w="' + W + b'"><w:p xmlns:a="' + A + b'"><w:r xmlns:a="' + A + b'"/></w:p></w:body>',
    # a declaration this does not read (single quotes)
    b'<w:body xmlns:w="' + W + b'"><w:p xmlns:a=\'' + A + b'\'/></w:body>',
])
def test_a_body_the_move_would_change_otherwise_is_left_to_docxtpl(body):
    assert render_docx._body_within(body, ROOT) is None


def _table(grid: int, *rows: str) -> bytes:
    """A body with one table: `grid` columns, and rows of cells ("1" a cell, "2" a cell spanning two)."""
    def cell(span: str) -> bytes:
        props = b"" if span == "1" else b'<w:tcPr><w:gridSpan w:val="' + span.encode() + b'"/></w:tcPr>'
        return b"<w:tc>" + props + b"<w:p/></w:tc>"

    return (b'<w:body xmlns:w="' + W + b'"><w:tbl><w:tblGrid>' + b'<w:gridCol w:w="1000"/>' * grid
            + b"</w:tblGrid>" + b"".join(b"<w:tr>" + b"".join(cell(s) for s in row) + b"</w:tr>" for row in rows)
            + b"</w:tbl></w:body>")


@pytest.mark.parametrize("body, fits", [
    (_table(3, "111", "12"), True),
    (_table(3, "12", "21"), True),
    (_table(3, "111", "1111"), False),  # a row wider than the grid: docxtpl adds a column
    (_table(3, "11", "2"), False),  # no row as wide as the grid: docxtpl drops one
    (_table(3, "11", "12"), True),
    (_table(2), False),  # no rows at all
    (_table(0), True),
])
def test_a_table_is_parsed_in_place_only_where_docxtpl_would_leave_its_grid(body, fits):
    from docxtpl import DocxTemplate
    from lxml import etree

    assert render_docx._grids_fit(etree.fromstring(body)) is fits
    unchanged = etree.tostring(DocxTemplate.fix_tables(None, body.decode())) == etree.tostring(etree.fromstring(body))
    assert unchanged is fits


@pytest.mark.parametrize("xml", [
    "<w:p><w:r><w:t>a\tb</w:t></w:r></w:p>",
    '<w:p><w:r><w:t xml:space="preserve">a\nb</w:t></w:r></w:p>',
    "<w:p><w:r><w:t>a\fb</w:t></w:r></w:p>\n<w:p/>",
    "<w:p>\n<w:r><w:tab/>\n<w:t>ab</w:t>\n</w:r></w:p>",  # line breaks between tags only
    "<wp:inline>\n  <wp:extent/>\n</wp:inline><w:t>\a</w:t>",
    "<w:tbl>\t<w:tr/></w:tbl>",
    "a\nb",
    "",
])
def test_a_text_with_a_tab_or_break_is_found_as_docxtpl_finds_it(xml):
    assert render_docx._has_listing(xml) is (render_docx._LISTING.search(xml) is not None)
