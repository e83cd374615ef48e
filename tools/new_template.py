"""A new document type's first template, without Word: python tools/new_template.py KEY [--from OTHER].

Takes the styles, page set-up, headers and footers of an existing template (OTHER, by default
dagordning) and writes templates_docx/KEY.docx with a paragraph for every name of KEY's context
(a loop for a list, a row loop in a table for a `Table`), so that it passes the template check and
builds. Rewrite it in Word or LibreOffice afterwards; the tags only show what there is to place.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import typing
from pathlib import Path

import docx
from docx.oxml import OxmlElement

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.documents import TEMPLATES, registry  # noqa: E402
from pipeline.present.model import Table, fields_of  # noqa: E402


def _item_type(hint):
    """The element type of a list[...] hint, else None."""
    return typing.get_args(hint)[0] if typing.get_origin(hint) is list else None


def _simple(hint) -> bool:
    return not dataclasses.is_dataclass(hint) and _item_type(hint) is None


def _table(document, name: str) -> None:
    """A table of `name` (a present.model.Table): a heading row and a row per line, repeated by {%tr %}."""
    table = document.add_table(rows=4, cols=2)
    table.style = document.styles["Table Grid"] if "Table Grid" in [s.name for s in document.styles] else None
    cells = [["{{ " + name + ".unit_header }}", "{{ " + name + ".columns|join(' / ') }}"],
             ["{%tr for row in " + name + ".rows %}", ""],
             ["{{ row.label }}", "{{ row.cells|join(' / ') }}"],
             ["{%tr endfor %}", ""]]
    header = OxmlElement("w:tblHeader")  # repeated on each page, and read out as the table's header
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for row, texts in zip(table.rows, cells):
        for cell, text in zip(row.cells, texts):
            cell.text = text


def _fields(document, prefix: str, hint, level: int) -> None:
    for name, field_hint, description in fields_of(hint):
        path = f"{prefix}{name}"
        if field_hint is Table:
            document.add_paragraph(description or name, style="Heading 2")
            _table(document, path)
        elif _item_type(field_hint) is not None:
            item = _item_type(field_hint)
            document.add_paragraph(f"{{%p for {name}_item in {path} %}}")
            if dataclasses.is_dataclass(item):
                document.add_paragraph(" ".join(f"{{{{ {name}_item.{n} }}}}" for n, h, _ in fields_of(item)
                                                if _simple(h)))
            else:
                document.add_paragraph(f"{{{{ {name}_item }}}}")
            document.add_paragraph("{%p endfor %}")
        elif dataclasses.is_dataclass(field_hint) and level < 1:
            _fields(document, f"{path}.", field_hint, level + 1)
        elif _simple(field_hint):
            document.add_paragraph(f"{description or name} {{{{ {path} }}}}")


def new_template(key: str, base: str = "dagordning") -> Path:
    """Write templates_docx/`key`.docx for the registered document `key`; return its path."""
    document_type = registry()[key]
    if document_type.context_type is None:
        raise SystemExit(f"{key}: its context builder returns no dataclass, so there are no names to place")
    target = TEMPLATES / f"{key}.docx"
    if target.exists():
        raise SystemExit(f"{target} exists already; it is left as it is")
    document = docx.Document(str(registry()[base].template))
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):  # the page set-up, headers and footers stay
            body.remove(child)
    document.add_paragraph(document_type.full_title or document_type.title, style="Title")
    _fields(document, "", document_type.context_type, 0)
    document.save(str(target))
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("key")
    parser.add_argument("--from", dest="base", default="dagordning")
    arguments = parser.parse_args()
    print(new_template(arguments.key, arguments.base))
