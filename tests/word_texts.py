"""Word files of texts as a writer makes them in Word: headings, bold, lists, links, tables, pictures."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def png(width: int = 4, height: int = 2) -> bytes:
    """A small grey PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class WordTexts:
    """A Word document of texts, written the way Word writes one."""

    def __init__(self):
        self.document = docx.Document()

    def heading(self, text: str, level: int = 1) -> WordTexts:
        self.document.add_heading(text, level)
        return self

    def paragraph(self, *pieces, style: str | None = None) -> WordTexts:
        """A paragraph of pieces: a str, or (text, {"bold": True, "link": url, "colour": "FF0000", ...})."""
        p = self.document.add_paragraph(style=style)
        for piece in pieces:
            text, how = (piece, {}) if isinstance(piece, str) else piece
            if how.get("link"):
                self.link(p, text, how["link"])
                continue
            run = p.add_run(text)
            run.bold, run.italic, run.underline = how.get("bold"), how.get("italic"), how.get("underline")
            if how.get("colour"):
                run.font.color.rgb = docx.shared.RGBColor.from_string(how["colour"])
            if how.get("size"):
                run.font.size = docx.shared.Pt(how["size"])
        return self

    def link(self, p, text: str, url: str) -> None:
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), p.part.relate_to(url, RT.HYPERLINK, is_external=True))
        r = OxmlElement("w:r")
        r.text = text
        hyperlink.append(r)
        p._p.append(hyperlink)

    def bullet(self, text: str, level: int = 0) -> WordTexts:
        self.paragraph(text, style="List Bullet" if level == 0 else "List Bullet 2")
        return self

    def number(self, text: str) -> WordTexts:
        self.paragraph(text, style="List Number")
        return self

    def table(self, rows: list[list[str]]) -> WordTexts:
        table = self.document.add_table(rows=len(rows), cols=len(rows[0]))
        for cells, values in zip(table.rows, rows):
            for cell, value in zip(cells.cells, values):
                cell.text = value
        return self

    def picture(self, description: str, width_cm: float = 4.0) -> WordTexts:
        self.document.add_picture(io.BytesIO(png()), width=docx.shared.Cm(width_cm))
        self.document.inline_shapes[-1]._inline.docPr.set("descr", description)
        return self

    def tracked(self, inserted: str) -> WordTexts:
        """A paragraph with an insertion not yet accepted."""
        p = self.document.add_paragraph("Vi har ")
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), "1")
        ins.set(qn("w:author"), "Kollega")
        r = OxmlElement("w:r")
        r.text = inserted
        ins.append(r)
        p._p.append(ins)
        return self

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.document.save(path)
        return path
