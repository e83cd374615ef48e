"""Writes templates_docx/delarsrapport.docx (run: python tools/templates/delarsrapport.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docxkit import (  # noqa: E402
    chart,
    front_matter,
    goal_groups,
    insats_list,
    new_document,
    page_break,
    para,
    paragraphs,
    save,
    signature_block,
    statement,
    tag,
    text_blocks,
)

TARGET = Path(__file__).resolve().parents[2] / "templates_docx" / "delarsrapport.docx"


def build() -> None:
    doc = new_document()
    front_matter(doc, [("{{ forbund.name_upper }}", {"bold": True, "size": 20}), ("", {}),
                       ("{{ title }}", {"style": "Title"}), ("Perioden {{ period }}", {}),
                       ("{{ decided_line }}", {})])

    para(doc, "Förvaltningsberättelse", style="Heading 1")
    paragraphs(doc, "intro")
    para(doc, "Sammanfattning av periodens verksamhet", style="Heading 2")
    paragraphs(doc, "summary.lead")
    text_blocks(doc, "summary.blocks")

    para(doc, "Om förbundet", style="Heading 2")
    text_blocks(doc, "about")
    para(doc, "Finansiering/Medlemsavgifter", style="Heading 3")
    paragraphs(doc, "financing")

    para(doc, "Beskrivning av verksamheten", style="Heading 2")
    text_blocks(doc, "goals.blocks")
    goal_groups(doc, "goals.groups", labelled=True)

    para(doc, "Insatser", style="Heading 3")
    text_blocks(doc, "insatser.blocks")
    insats_list(doc, "insatser.entries", None)

    para(doc, "Styrelsens arbete", style="Heading 2")
    text_blocks(doc, "board")
    page_break(doc)

    para(doc, "Ekonomiskt utfall", style="Heading 1")
    paragraphs(doc, "economy.lead")
    text_blocks(doc, "economy.blocks")
    para(doc, "Resultaträkning", style="Heading 2")
    statement(doc, "income", 3, note=True)
    chart(doc, "income")
    para(doc, "Budgeten för perioden är årets budget i proportion till tiden, om inte en periodbudget är angiven.",
         italic=True, size=9)
    para(doc, "Balansräkning", style="Heading 2")
    statement(doc, "balance", 2, note=True)
    para(doc, "Helårsprognos", style="Heading 2")
    statement(doc, "forecast", 3, note=False)
    tag(doc, "if notes")
    para(doc, "Noter", style="Heading 2")
    tag(doc, "endif")
    tag(doc, "for note in notes")
    para(doc, "Not {{ note.number }} {{ note.title }}", style="Heading 3")
    statement(doc, "note", 2, note=False)
    tag(doc, "endfor")
    page_break(doc)

    para(doc, "Styrelsens beslut", style="Heading 1")
    para(doc, "Vi intygar att delårsrapporten ger en rättvisande bild av verksamhetens resultat samt kostnader, "
              "intäkter och förbundets ekonomiska ställning.")
    para(doc, "Ort och datum: {{ signatures.place_date }}")
    signature_block(doc, "signatures")
    save(doc, TARGET)


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
