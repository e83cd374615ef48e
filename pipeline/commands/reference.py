"""Reference pages written from the code, so they cannot drift from it: `make docs` writes them and a test
compares.

docs/mallar.md: every variable, list and table a template may use, from the dataclasses the context builders
return (pipeline.present), with an example value from the shipped example (input_xlsx/).
docs/kolumner.md: every workbook, sheet and column, from the input format (pipeline.schema).
"""
from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

from pipeline.present.model import Marker, Picture, Rich, fields_of

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "mallar.md"
COLUMNS_PAGE = ROOT / "docs" / "kolumner.md"
EXAMPLE = ROOT / "input_xlsx"

INTRO = """# Mallarna: variabler, listor och tabeller

Sidan skrivs av programmet (`make docs`) från koden som bygger dokumentens innehåll, och ett test ser
till att den stämmer med koden. Exemplen kommer från exemplet i `input_xlsx/` (Samordningsförbundet
Sjöbygden).

**En egen mall.** `make mall DOC=arsredovisning INPUT=mapp` kopierar standardmallen till
`mapp/mallar/arsredovisning.docx`. Ändra den i Word eller LibreOffice: rubriker, ordalydelse, ordning,
formatmallar, tabellformat och logotyp. Den används sedan i stället för standardmallen, och
`make check INPUT=mapp` kontrollerar den (okända variabler, trasiga taggar, delar som saknas).

**Taggar.** `{{ forbund.name }}` skriver ut ett värde. `{%p if governance %}` … `{%p endif %}` tar med
stycken bara när villkoret gäller, och `{%p for b in about %}` … `{%p endfor %}` upprepar styckena för
varje element i en lista; varje sådan tagg står ensam i ett eget stycke. I tabeller upprepar
`{%tr for row in income.rows %}` … `{%tr endfor %}` en tabellrad. `{{r goal.status.marker }}` skriver en
färgad markering. En tagg måste börja och sluta i samma stycke, och citattecken i taggar ska vara raka
(`'` eller `"`). Mallen räknar aldrig: alla belopp kommer färdigräknade och formaterade.

**Listor.** En rad som `about[].heading` betyder: för varje element i listan `about` (i mallen t.ex.
`{%p for b in about %}`), fältet `heading` (`{{ b.heading }}`).
"""


def type_name(hint) -> str:
    args = typing.get_args(hint)
    if args and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        return f"{type_name(inner)} eller tom"
    if typing.get_origin(hint) is list:
        return f"lista av {type_name(args[0])}"
    names = {str: "text", int: "heltal", bool: "sant/falskt", Picture: "bild", Marker: "färgmarkering",
             Rich: "formaterad text"}
    if hint in names:
        return names[hint]
    if dataclasses.is_dataclass(hint):
        return "grupp"
    return "värde"


def _example(value) -> str:
    if value is None:
        return "(tom)"
    if isinstance(value, bool):
        return "sant" if value else "falskt"
    if isinstance(value, Picture):
        return "(bild)"
    if isinstance(value, Marker):
        return f"(punkt, färg {value.colour})"
    if isinstance(value, list):
        return f"{len(value)} st"
    if dataclasses.is_dataclass(value):
        return ""
    text = str(value).replace("\u00a0", " ").replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= 60 else text[:57] + "…"


def _first(value):
    """The first element of a list (for the example of its items), or None."""
    return value[0] if isinstance(value, list) and value else None


def _rows(hint, value, path: str) -> list[str]:
    lines = []
    for name, field_hint, description in fields_of(hint):
        child = getattr(value, name, None) if value is not None else None
        child_path = f"{path}.{name}" if path else name
        lines.append(f"| `{child_path}` | {type_name(field_hint)} | {description} | {_example(child)} |")
        inner = field_hint
        args = typing.get_args(inner)
        if args and type(None) in args:
            inner = next(a for a in args if a is not type(None))
        item_path, item_value = child_path, child
        while typing.get_origin(inner) is list:
            inner = typing.get_args(inner)[0]
            item_path, item_value = f"{item_path}[]", _first(item_value)
        if dataclasses.is_dataclass(inner) and inner not in (Picture, Marker, Rich):
            lines += _rows(inner, item_value, item_path)
    return lines


def page() -> str:
    """The reference page, from the documents' context types and the shipped example's contexts."""
    from pipeline.build import checked, context
    from pipeline.documents import listed, registry
    from pipeline.load import load
    from pipeline.problems import Problems

    inputs = load(EXAMPLE, Problems())
    requests = {doc.key: request for doc, request in listed(inputs)}
    meeting = next(r for r in requests.values() if r.meeting)
    sections = [INTRO]
    for key in sorted(registry()):
        doc = registry()[key]
        if doc.context_type is None:
            continue
        request = requests.get(key) or doc.kind.narrow(meeting)
        example = context(doc, inputs, checked(doc, inputs, request, Problems()))
        required = ", ".join(f"`{name}` ({what})" for name, what in doc.required.items())
        sections += [f"## {doc.title} (`{key}`, standardmall `templates_docx/{key}.docx`)", "",
                     f"Delar som mallen ska använda: {required}." if required else "", "",
                     "| Variabel | Typ | Beskrivning | Exempel |", "|---|---|---|---|",
                     *_rows(doc.context_type, example, ""), ""]
    return "\n".join(sections).rstrip() + "\n"


COLUMNS_INTRO = """# Arbetsböckerna: blad och kolumner

Sidan skrivs av programmet (`make docs`) från samma beskrivning av indata som läser arbetsböckerna och
som `make init` skriver tomma arbetsböcker från. Hur uppgifterna används står i [indata.md](indata.md).
Ett blad märkt *valfritt* kan saknas i en arbetsbok som gjordes innan bladet fanns; det räknas då som tomt.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _column_row(column) -> str:
    kind = column.kind.value
    if column.choices:
        kind += ": " + " / ".join(column.choices)
    return f"| {column.name} | {_cell(kind)} | {'ja' if column.required else 'nej'} | {_cell(column.help)} |"


def columns_page() -> str:
    """Every workbook, its sheets and their columns (or facts), from pipeline.schema."""
    from pipeline.schema import SAMMANTRADE, WORKBOOKS, FieldSheet

    sections = [COLUMNS_INTRO]
    for book in (*WORKBOOKS, SAMMANTRADE):
        sections += [f"## {book.filename} – {book.title}", "", book.help, ""]
        for sheet in book.sheets:
            optional = " (valfritt)" if getattr(sheet, "optional", False) else ""
            what = "Uppgift" if isinstance(sheet, FieldSheet) else "Kolumn"
            columns = sheet.fields if isinstance(sheet, FieldSheet) else sheet.columns
            sections += [f"### {sheet.name}{optional}", "", sheet.help, "",
                         f"| {what} | Typ | Krävs | Beskrivning |", "|---|---|---|---|",
                         *(_column_row(c) for c in columns), ""]
    return "\n".join(sections).rstrip() + "\n"


PAGES = {PAGE: page, COLUMNS_PAGE: columns_page}


def write() -> list[Path]:
    for path, make in PAGES.items():
        path.write_text(make(), encoding="utf-8")
    return list(PAGES)


if __name__ == "__main__":
    print(*write(), sep="\n")
