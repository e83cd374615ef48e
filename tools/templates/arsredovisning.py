"""Writes templates_docx/arsredovisning.docx (run: python tools/templates/arsredovisning.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docxkit import (  # noqa: E402
    chart,
    control_row,
    data_row,
    front_matter,
    goal_groups,
    header_row,
    new_document,
    new_table,
    page_break,
    para,
    paragraphs,
    save,
    signature_block,
    statement,
    styled_rows,
    tag,
    text_blocks,
)

TARGET = Path(__file__).resolve().parents[2] / "templates_docx" / "arsredovisning.docx"

PRINCIPLES = [
    ("Allmänt", [
        "Årsredovisningen är, i tillämpliga delar, upprättad i enlighet med lagen (2018:597) om kommunal "
        "bokföring och redovisning och rekommendationer från Rådet för kommunal redovisning.",
    ]),
    ("Avsättningar och ansvarsförbindelser", [
        "Förbundet redovisar avsättningar för pensionsförpliktelser. Klassificering och värdering har skett "
        "med stöd av RKR:s rekommendation R 9 Avsättningar och ansvarsförbindelser.",
        "Beslutad finansiering av samverkansinsatser, som avser bidrag för kostnader upparbetade under "
        "räkenskapsåret, redovisas som kortfristig skuld.",
        "Återstående belopp för beslutad finansiering av samverkansinsatser, som inte tas upp som skuld, "
        "redovisas inom linjen.",
    ]),
    ("Materiella anläggningstillgångar", [
        "Vid bedömning av vad som anses vara inventarier av mindre värde tillämpas en beloppsgräns motsvarande "
        "ett prisbasbelopp. Anskaffning av inventarier understigande detta värde kostnadsförs direkt.",
    ]),
]


def build() -> None:
    doc = new_document()
    front_matter(doc, [("{{ forbund.name_upper }}", {"bold": True, "size": 20}), ("", {}),
                       ("ÅRSREDOVISNING {{ year }}", {"style": "Title"}), ("{{ decided_line }}", {}),
                       ("Organisationsnummer {{ forbund.orgnr }}", {})])

    # Förvaltningsberättelse
    para(doc, "Förvaltningsberättelse", style="Heading 1")
    para(doc, "Om förbundet", style="Heading 2")
    text_blocks(doc, "about")
    para(doc, "Finansiering och medlemsbidrag", style="Heading 3")
    paragraphs(doc, "financing.lead")
    tag(doc, "if financing.members")
    para(doc, "Medlemsbidrag {{ financing.year }} fördelade enligt andelarna:", italic=True)
    widths = [9.0, 3.0, 4.0]
    table = new_table(doc, widths)
    header_row(table, widths, ["Medlem", "Andel", "Belopp i kr"])
    control_row(table, widths, "for m in financing.members")
    data_row(table, widths, ["{{ m.name }}", "{{ m.share }}", "{{ m.amount }}"])
    control_row(table, widths, "endfor")
    data_row(table, widths, ["Summa", "100 %", "{{ financing.total }}"], bold=True, top_border=True)
    para(doc)
    tag(doc, "endif")
    text_blocks(doc, "financing.blocks")

    para(doc, "Översikt över verksamhetens utveckling", style="Heading 2")
    widths = [5.5] + [2.1] * 5
    table = new_table(doc, widths)
    header_row(table, widths, ["{{ overview.unit_header }}"] + [f"{{{{ overview.years[{i}] }}}}" for i in range(5)])
    control_row(table, widths, "for row in overview.rows")
    data_row(table, widths, ["{{ row.label }}"] + [f"{{{{ row.cells[{i}] }}}}" for i in range(5)])
    control_row(table, widths, "endfor")
    para(doc)
    chart(doc, "overview")
    text_blocks(doc, "overview.blocks")

    para(doc, "Styrning och uppföljning av verksamheten", style="Heading 2")
    text_blocks(doc, "governance")

    para(doc, "God ekonomisk hushållning och ekonomisk ställning", style="Heading 2")
    paragraphs(doc, "economy.goals_lead")
    goal_groups(doc, "economy.goal_groups", labelled=False)
    paragraphs(doc, "economy.lead")
    text_blocks(doc, "economy.blocks")

    para(doc, "Årets samordnings- och samverkansarbete", style="Heading 2")
    text_blocks(doc, "cooperation.blocks")
    tag(doc, "if cooperation.sus")
    para(doc, "Antal deltagare registrerade med personuppgifter i uppföljningssystemet SUS:", italic=True)
    widths = [4.0, 3.0, 3.0, 3.0]
    table = new_table(doc, widths)
    header_row(table, widths, ["År", "Kvinnor", "Män", "Totalt"])
    styled_rows(table, widths, "cooperation.sus", ["{{ row.cells[0] }}", "{{ row.cells[1] }}",
                                                    "{{ row.cells[2] }}"])
    para(doc)
    chart(doc, "cooperation", "sus_chart")
    tag(doc, "endif")
    tag(doc, "for kind in cooperation.kinds")
    para(doc, "{{ kind.heading }}", style="Heading 3")
    paragraphs(doc, "kind.lead")
    tag(doc, "for item in kind.insatser")
    para(doc, "{{ item.name }}", bold=True)
    paragraphs(doc, "item.lead")
    paragraphs(doc, "item.texts")
    paragraphs(doc, "item.goals")
    tag(doc, "endfor")
    tag(doc, "endfor")
    tag(doc, "if cooperation.goal_share")
    para(doc, "Mål för finansierade insatser", style="Heading 3")
    paragraphs(doc, "cooperation.goal_share")
    tag(doc, "endif")

    para(doc, "Viktiga förhållanden för resultat och ekonomisk ställning samt händelser av väsentlig betydelse",
         style="Heading 2")
    paragraphs(doc, "important.lead")
    text_blocks(doc, "important.blocks")
    tag(doc, "for line in important.lines")
    para(doc, "{{ line.heading }}", style="Heading 3")
    paragraphs(doc, "line.lead")
    paragraphs(doc, "line.paragraphs")
    tag(doc, "endfor")
    text_blocks(doc, "important.extra")

    para(doc, "Förväntad utveckling", style="Heading 2")
    text_blocks(doc, "outlook")
    page_break(doc)

    # Driftsredovisning
    para(doc, "Driftsredovisning", style="Heading 1")
    widths = [4.0] + [2.0] * 6
    table = new_table(doc, widths)
    header_row(table, widths, [
        "{{ operating.unit_header }}",
        "Utfall {{ operating.years[0] }}", "Budget {{ operating.years[0] }}",
        "Avvikelse {{ operating.years[0] }}",
        "Utfall {{ operating.years[1] }}", "Budget {{ operating.years[1] }}",
        "Avvikelse {{ operating.years[1] }}",
    ])
    styled_rows(table, widths, "operating.rows", [f"{{{{ row.cells[{i}] }}}}" for i in range(6)])
    para(doc, "Avvikelse = utfall − budget. Ett positivt tal är en avvikelse till förbundets fördel: "
              "högre intäkter eller lägre kostnader än budgeterat.", italic=True, size=9)
    page_break(doc)

    # Finansiella rapporter
    para(doc, "Finansiella rapporter", style="Heading 1")
    for title, key in (("Resultaträkning", "income"), ("Balansräkning", "balance")):
        para(doc, title, style="Heading 2")
        statement(doc, key, 2, note=True)

    para(doc, "Kassaflödesanalys", style="Heading 2")
    statement(doc, "cash_flow", 2, note=False)

    para(doc, "Redovisningsprinciper", style="Heading 2")
    for heading, texts in PRINCIPLES:
        para(doc, heading, style="Heading 3")
        for text in texts:
            para(doc, text)
    text_blocks(doc, "principles")

    para(doc, "Noter", style="Heading 2")
    tag(doc, "for note in notes")
    para(doc, "Not {{ note.number }} {{ note.title }}", style="Heading 3")
    statement(doc, "note", 2, note=False)
    tag(doc, "endfor")
    page_break(doc)

    # Underskrifter
    para(doc, "Underskrifter", style="Heading 1")
    para(doc, "Styrelsen för {{ forbund.name }} har fastställt årsredovisningen för {{ year }}.")
    para(doc, "Ort och datum: {{ signatures.place_date }}")
    signature_block(doc, "signatures")

    save(doc, TARGET)


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
