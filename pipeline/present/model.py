"""The shapes template contexts are made of, each field described for the template's author.

A document's context is a frozen dataclass of these (and of its own); `Doc[type, "…"]`
says what a field holds, in Swedish, for docs/mallar.md and for the template check,
which follows these types to tell an unknown variable from a known one.
"""
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from typing import Annotated as Doc

from pipeline.present.charts import Picture
from pipeline.present.markers import Marker

__all__ = ["Doc", "Run", "RichTable", "Rich", "Paragraph", "Block", "Row", "Table", "Forbund", "Signer", "Signatures", "Picture", "Marker",
           "fields_of", "as_dict"]


@dataclass(frozen=True)
class Run:
    """A piece of text written in Word, with its formatting."""

    text: str  # "\n" a line break, "\t" a tab
    bold: bool = False
    italic: bool = False
    underline: bool = False
    link: str = ""  # the address of a hyperlink


@dataclass(frozen=True)
class RichTable:
    rows: list[list[list[Run]]]  # the first row is the header row
    style: str  # the template's table style (its id)
    cell_style: str  # the paragraph style of the cells' text


@dataclass(frozen=True)
class Rich:
    """A paragraph, table or picture from a Word file of texts, in the template's styles: rendering puts it
    where the template shows the paragraph's text."""

    runs: list[Run] = dataclasses.field(default_factory=list)
    style: str = ""  # a paragraph style to use (its id); empty: the template's paragraph
    restart: bool = False  # the first item of a numbered list: numbering starts at 1
    table: RichTable | None = None
    picture: Picture | None = None


@dataclass(frozen=True)
class Paragraph:
    text: Doc[str, "Styckets text."]
    bullet: Doc[bool, "Sant när stycket är en punkt i en lista (raden började med \"- \")."]
    rich: Doc[Rich | None, "Texten med formateringen från Word-filen med texter (fetstil, länkar, listor, "
                           "tabeller, bilder); programmet lägger den där mallen visar styckets text."] = None


@dataclass(frozen=True)
class Block:
    heading: Doc[str, "Underrubrik från kolumnen Rubrik, eller tom."]
    paragraphs: Doc[list[Paragraph], "Textens stycken."]


@dataclass(frozen=True)
class Row:
    label: Doc[str, "Radens text."]
    style: Doc[str, "rubrik, rad, summa, delsumma eller delrad: hur raden ställs upp."]
    note: Doc[str, "Notens nummer, eller tom."]
    cells: Doc[list[str], "Beloppen, formaterade, en per kolumn."]


@dataclass(frozen=True)
class Table:
    unit_header: Doc[str, "T.ex. \"Belopp i tkr\"."]
    columns: Doc[list[str], "Kolumnrubrikerna för beloppen."]
    rows: Doc[list[Row], "Tabellens rader i ordning."]


@dataclass(frozen=True)
class Forbund:
    name: Doc[str, "Förbundets namn."]
    name_upper: Doc[str, "Namnet med versaler, för titelsidan."]
    orgnr: Doc[str, "Organisationsnummer."]
    seat: Doc[str, "Säte."]
    logo: Doc[Picture | None, "Logotypen som klistrats in i forbundet.xlsx, eller tom."]


@dataclass(frozen=True)
class Signer:
    name: Doc[str, "Namn, eller tom för en tom plats."]
    role: Doc[str, "Roll, t.ex. Ordförande."]


@dataclass(frozen=True)
class Signatures:
    place: Doc[str, "Ort vid underskrifterna (bladet Dokument, annars förbundets säte)."]
    date: Doc[str, "Beslutsdatum, eller tom när det inte är bestämt."]
    pairs: Doc[list[list[Signer]], "Två underskrifter per rad: de ordinarie ledamöterna med mandat den dagen."]


def fields_of(cls) -> list[tuple[str, object, str]]:
    """(name, type, description) of a context dataclass's fields, in declaration order."""
    hints = typing.get_type_hints(cls, include_extras=True)
    found = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        description = ""
        if typing.get_origin(hint) is Doc:
            hint, description = typing.get_args(hint)[0], typing.get_args(hint)[1]
        found.append((f.name, hint, description))
    return found


def as_dict(context) -> dict:
    """The top level of a context dataclass as the mapping docxtpl renders from."""
    return {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}
