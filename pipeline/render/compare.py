"""What changed between two versions of a document, read from the .docx files themselves: each table
figure by its heading, row and column, and each paragraph of running text."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.render.oxml import style_ids, style_of
from pipeline.render.placed import HEADINGS, P, TBL, TC, TR, text_of

_UNIT = re.compile(r"\b(tkr|kr)\b")


def _text(element) -> str:
    return text_of(element).strip()


@dataclass(frozen=True)
class Version:
    figures: dict[tuple[str, str, str], tuple[str, str]]  # (heading, row, column) -> (text, unit)
    paragraphs: list[str]


def read(path: Path) -> Version:
    """The table cells and the paragraphs of running text of a .docx."""
    import docx

    document = docx.Document(str(path))
    ids = style_ids(document, HEADINGS)
    headings = {ids[name] for name in HEADINGS if name in ids}
    figures: dict = {}
    paragraphs: list[str] = []
    heading = ""
    for child in document.element.body.iterchildren():
        if child.tag == P:
            text = _text(child)
            if style_of(child) in headings and text:
                heading = text
            if text:
                paragraphs.append(text)
        elif child.tag == TBL:
            rows = [[_text(cell) for cell in row.findall(TC)] for row in child.findall(TR)]
            if not rows:
                continue
            header = rows[0]
            unit = next((m.group(1) for cell in header if (m := _UNIT.search(cell))), "")
            for row in rows[1:]:
                for index, cell in enumerate(row[1:], start=1):
                    column = header[index] if index < len(header) else str(index)
                    key = (heading, row[0], column)
                    while key in figures:  # the same row label twice under one heading
                        key = (key[0], key[1] + " ", key[2])
                    figures[key] = (cell, unit)
    return Version(figures, paragraphs)


@dataclass(frozen=True)
class Changes:
    figures: list[str]  # "Övriga externa kostnader, Budget 2021: −796 → −841 tkr"
    paragraphs: list[tuple[str, str]]  # (before, after); "" for a paragraph added or removed


def changes(before: Version, after: Version) -> Changes:
    figures = []
    for key, (text, unit) in after.figures.items():
        old = before.figures.get(key)
        if old is not None and old[0] != text:
            heading, row, column = key
            figures.append(f"{row.strip()}, {column} ({heading}): {old[0] or '–'} → {text or '–'}"
                           + (f" {unit}" if unit and any(c.isdigit() for c in text + old[0]) else ""))
    figures += [f"{row.strip()}, {column} ({heading}): ny rad, {text}" for (heading, row, column), (text, _)
                in after.figures.items() if (heading, row, column) not in before.figures and text]
    figures += [f"{row.strip()}, {column} ({heading}): borttagen, var {text}" for (heading, row, column), (text, _)
                in before.figures.items() if (heading, row, column) not in after.figures and text]
    paragraphs = []
    matcher = difflib.SequenceMatcher(a=before.paragraphs, b=after.paragraphs, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old, new = before.paragraphs[a1:a2], after.paragraphs[b1:b2]
        for i in range(max(len(old), len(new))):
            paragraphs.append((old[i] if i < len(old) else "", new[i] if i < len(new) else ""))
    return Changes(figures, paragraphs)
