"""The starting Word file of a document's texts: a heading per section, its hint as a comment, its text."""
from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn

from pipeline.machinery import files
from pipeline.present.model import Paragraph
from pipeline.present.textfile import StartingSection
from pipeline.render import richtext

AUTHOR = "Finsam"


def write_text_file(target: Path, title: str, sections: list[StartingSection]) -> bool:
    """Create the file in one step (it appears only when complete); False, and nothing written, when a file
    of that name is there (also one another command made at the same moment)."""
    import docx

    from pipeline.render.docx import save_reproducibly

    document = docx.Document()
    document.core_properties.title = title
    texts: dict = {}
    for section in sections:
        heading = document.add_heading(section.title, 1)
        hint = document.add_comment(heading.runs, text=section.hint, author=AUTHOR, initials="F")
        hint._comment_elm.attrib.pop(qn("w:date"), None)  # undated: the same texts give the same file
        for block in section.blocks:
            if block.heading:
                document.add_heading(block.heading, 2)
            for p in block.paragraphs:
                _paragraph(document, p, texts)
    richtext.splice(document, texts)
    return files.create_new(target, save_reproducibly(document))


def _paragraph(document, p: Paragraph, texts: dict) -> None:
    """A paragraph in Word's own styles: a list item as List Bullet, Word's text with its formatting."""
    style = "List Bullet" if p.bullet else None
    if p.rich is None:
        document.add_paragraph(p.text, style=style)
        return
    texts[len(texts)] = p.rich
    document.add_paragraph(richtext.stand_in(len(texts) - 1), style=style)
