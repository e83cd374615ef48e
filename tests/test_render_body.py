"""The rendered body is parsed into the document whole (pipeline.render.docx._Template.map_tree) rather than
moved into the template's tree by docxtpl: the document is the same, byte for byte, and a body that lxml's
move would change otherwise is left to docxtpl."""
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


def _document(key: str, inputs, monkeypatch, moved: bool) -> bytes:
    if moved:  # docxtpl's own move of the body into the template's tree
        monkeypatch.setattr(render_docx, "_body_within", lambda body, declared: None)
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
