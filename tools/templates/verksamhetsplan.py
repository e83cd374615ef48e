"""Writes templates_docx/verksamhetsplan.docx (run: python tools/templates/verksamhetsplan.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docxkit import (  # noqa: E402
    FINANCIAL_GOALS,
    TEXT_WIDTH_CM,
    front_matter,
    header_row,
    insats_list,
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

TARGET = Path(__file__).resolve().parents[2] / "templates_docx" / "verksamhetsplan.docx"

# Wording every förbund shares (seed 001, section 1).
INTRODUCTION = [
    "Den 1 januari 2004 trädde lagen om finansiell samordning i kraft. Lagen gör det möjligt för "
    "Arbetsförmedlingen, Försäkringskassan, kommunerna och regionen att samverka finansiellt inom välfärds- och "
    "rehabiliteringsområdet. Tillsammans bildar parterna ett samordningsförbund och de beslutar själva hur "
    "samarbetet ska utformas och bedriver samverkan utifrån lokala förutsättningar. Dess syfte är att stödja "
    "samverkan mellan medlemmarna och finansiera insatser som ligger inom de samverkande parternas samlade "
    "ansvarsområden.",
    "Samordningsförbundet ska inte överta finansiering av redan befintlig verksamhet hos parterna. Det är viktigt "
    "att slå fast att förbundets medlemmar står kvar som huvudorganisationer och att myndigheternas ansvar för "
    "individer kvarstår.",
    "Samordningsförbundet får inte besluta i frågor om förmåner eller rättigheter för enskilda eller vidta "
    "åtgärder i övrigt som innefattar myndighetsutövning eller som avser tillhandahållande av tjänster avsedda "
    "för enskilda.",
    "De lokala behoven och kunskaperna ska ligga till grund för samordningsförbundets inriktning och omfattning. "
    "Målgrupper identifieras och prioriteras lokalt av samordningsförbundet.",
]


def goal_list(doc, expr: str) -> None:
    tag(doc, f"for goal in {expr}")
    para(doc, "{{ goal.text }}", style="List Bullet")
    paragraphs(doc, "goal.details")
    tag(doc, "endfor")


def build() -> None:
    doc = new_document()
    front_matter(doc, [("{{ title }}", {"style": "Title"}), ("för", {}),
                       ("{{ forbund.name }}", {"bold": True, "size": 16}), ("samt plan för {{ plan_span }}", {}),
                       ("", {}), ("{{ decided_line }}", {})])

    para(doc, "Inledning", style="Heading 1")
    for text in INTRODUCTION:
        para(doc, text)
    text_blocks(doc, "introduction")

    para(doc, "{{ forbund.name }}", style="Heading 1")
    paragraphs(doc, "about.lead")
    text_blocks(doc, "about.blocks")

    para(doc, "Samordningsförbundets organisation", style="Heading 1")
    text_blocks(doc, "organisation")

    para(doc, "Inriktning {{ year }}", style="Heading 1")
    text_blocks(doc, "direction")

    para(doc, "Målgrupper för insatser", style="Heading 1")
    text_blocks(doc, "target_groups")

    para(doc, "Styrelsens mål för verksamheten {{ year }}", style="Heading 1")
    text_blocks(doc, "board_goals.blocks")
    tag(doc, "if board_goals.goals")
    para(doc, "Handlingsplan för att nå målet:", bold=True)
    goal_list(doc, "board_goals.goals")
    tag(doc, "endif")

    para(doc, "Mål för finansierade insatser", style="Heading 1")
    goal_list(doc, "insats_goals")

    para(doc, "Finansiella mål", style="Heading 1")
    para(doc, FINANCIAL_GOALS)
    goal_list(doc, "financial_goals.goals")
    text_blocks(doc, "financial_goals.blocks")

    para(doc, "Ekonomi", style="Heading 1")
    paragraphs(doc, "economy.lead")
    text_blocks(doc, "economy.blocks")

    para(doc, "Uppföljning och utvärdering", style="Heading 1")
    text_blocks(doc, "follow_up")

    para(doc, "Internkontroll och riskanalys", style="Heading 1")
    text_blocks(doc, "internal_control")

    para(doc, "Finansiering av och stöd till samordnade insatser {{ year }}", style="Heading 1")
    text_blocks(doc, "insatser.blocks")
    insats_list(doc, "insatser.planned", "Heading 3")
    tag(doc, "if insatser.coming")
    para(doc, "Eventuellt kommande ansökningar", style="Heading 2")
    text_blocks(doc, "insatser.coming")
    tag(doc, "endif")
    page_break(doc)

    para(doc, "Budget {{ year }} med plan för {{ plan_span }}", style="Heading 1")
    for title, key in (("Intäkter", "revenue"), ("Kostnader", "costs")):
        para(doc, title, style="Heading 3")
        widths = [TEXT_WIDTH_CM - 7.2, 2.4, 2.4, 2.4]
        table = new_table(doc, widths)
        header_row(table, widths, ["{{ budget.unit_header }}", "{{ budget.columns[0] }}",
                                   "{{ budget.columns[1] }}", "{{ budget.columns[2] }}"])
        styled_rows(table, widths, f"budget.{key}", ["{{ row.cells[0] }}", "{{ row.cells[1] }}",
                                                     "{{ row.cells[2] }}"])
        para(doc)

    para(doc, "Balansbudget och resultatbudget", style="Heading 2")
    para(doc, "Balansbudget", style="Heading 3")
    statement(doc, "balance", 4, note=False)
    para(doc, "Omsättningstillgångarna är beräknade så att balansbudgeten balanserar.", italic=True, size=9)
    para(doc, "Resultatbudget", style="Heading 3")
    statement(doc, "result", 4, note=False)
    para(doc, "Eget kapital och Nationella rådets rekommendation", style="Heading 3")
    statement(doc, "equity", 4, note=False)
    page_break(doc)

    para(doc, "Underskrifter", style="Heading 1")
    para(doc, "{{ signatures.place_date }}")
    signature_block(doc, "signatures")
    save(doc, TARGET)


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
