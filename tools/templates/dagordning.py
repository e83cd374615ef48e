"""Writes templates_docx/dagordning.docx (run: python tools/templates/dagordning.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docxkit import meeting_header, new_document, para, paragraphs, save, tag  # noqa: E402

TARGET = Path(__file__).resolve().parents[2] / "templates_docx" / "dagordning.docx"


def build() -> None:
    doc = new_document()
    meeting_header(doc)
    para(doc, "Dagordning", style="Heading 2")
    tag(doc, "for item in items")
    para(doc, "§ {{ item.number }} {{ item.title }}", style="Heading 3")
    paragraphs(doc, "item.text")
    tag(doc, "if item.decisions")
    para(doc, "Förslag till beslut:", italic=True, keep=True)
    paragraphs(doc, "item.decisions")
    tag(doc, "endif")
    tag(doc, "endfor")
    para(doc)
    para(doc, "Välkomna!")
    para(doc, "{{ sender }}", bold=True)
    para(doc, "{{ sender_role }}")
    save(doc, TARGET)


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
