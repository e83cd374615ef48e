"""Writes templates_docx/protokoll.docx (run: python tools/templates/protokoll.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docxkit import (  # noqa: E402
    control_row,
    data_row,
    header_row,
    meeting_header,
    new_document,
    new_table,
    page_break,
    para,
    paragraphs,
    save,
    signature_block,
    tag,
)

TARGET = Path(__file__).resolve().parents[2] / "templates_docx" / "protokoll.docx"


def lines(doc, label: str, expr: str) -> None:
    tag(doc, f"if {expr}")
    para(doc, label, bold=True)
    tag(doc, f"for line in {expr}")
    para(doc, "{{ line }}")
    tag(doc, "endfor")
    tag(doc, "endif")


def build() -> None:
    doc = new_document()
    meeting_header(doc)
    lines(doc, "Närvarande ordinarie ledamöter:", "ordinary")
    lines(doc, "Tjänstgörande ersättare:", "substitutes")
    lines(doc, "Övriga:", "others")
    para(doc, "Utses att justera: {{ adjuster }}")
    para(doc, "Beslutande per paragraf", style="Heading 3")
    widths = [2.6, 9.4, 2.0, 2.0]
    table = new_table(doc, widths)
    header_row(table, widths, ["Paragrafer", "Beslutande", "Antal", "Beslutför"], left=2)
    control_row(table, widths, "for group in quorum")
    data_row(table, widths, ["{{ group.span }}", "{{ group.deciding }}", "{{ group.count }}", "{{ group.quorate }}"],
             left=2)
    control_row(table, widths, "endfor")
    para(doc)

    para(doc, "Underskrifter", style="Heading 3")
    signature_block(doc, "signatures")

    # The notice of posting stays whole on one page.
    para(doc, "BEVIS OM ANSLAG", style="Heading 3")
    para(doc, "Justering av samordningsförbundets protokoll har tillkännagivits genom anslag på huvudmännens "
              "anslagstavla.", keep=True)
    para(doc, "Sammanträdesdatum: {{ date }}", keep=True)
    para(doc, "Anslaget uppsatt den: {{ posting.posted }}", keep=True)
    para(doc, "Anslaget tas ned tidigast den: {{ posting.taken_down }}", keep=True)
    tag(doc, "if posting.kept_at")
    para(doc, "Förvaringsplats för protokollet: {{ posting.kept_at }}", keep=True)
    tag(doc, "endif")
    para(doc, "Protokollet omfattar {{ span }}", keep=True)
    para(doc, keep=True)
    para(doc, "{{ posting.secretary }}", bold=True, keep=True)
    para(doc, "{{ posting.role }}")
    page_break(doc)

    tag(doc, "for item in items")
    para(doc, "§ {{ item.number }} {{ item.title }}", style="Heading 2")
    paragraphs(doc, "item.text")
    tag(doc, "if item.decisions")
    para(doc, "Samordningsförbundet beslutar:", bold=True, keep=True)
    paragraphs(doc, "item.decisions")
    tag(doc, "endif")
    tag(doc, "endfor")
    save(doc, TARGET)


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
