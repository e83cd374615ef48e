"""Checking a template before it is used, so that a förbund's own template fails with a message, not a traceback.

Every tag of the .docx (body, tables, headers and footers, in reading order) is parsed on
its own with Jinja, and every variable is followed through the context's types (the
dataclasses of pipeline.present): `{{ note.titel }}` is unknown where a note has a title.
Loops give their variable the type of the list's items. Messages name the template file and
the paragraph or table cell, with its text, and suggest the nearest known name.
"""
from __future__ import annotations

import difflib
import re
import typing
from dataclasses import dataclass, is_dataclass
from pathlib import Path

from pipeline.present.model import fields_of
from pipeline.problems import Problem, Where, error, incomplete

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_PREFIX = re.compile(r"^(\{[{%])\s*(?:p|tr|tc|r)\s+")  # docxtpl's paragraph, row, cell and rich-text tags
_CURLY = "‘’“”„"
_OPENING = {"for": "endfor", "if": "endif"}
LOOP = {"index": int, "index0": int, "first": bool, "last": bool, "length": int, "revindex": int,
        "revindex0": int, "previtem": typing.Any, "nextitem": typing.Any}


@dataclass(frozen=True)
class Place:
    label: str  # "stycke 12", "tabell 3, rad 2, kolumn 1", "sidfot"
    text: str

    def describe(self) -> str:
        shown = self.text if len(self.text) <= 80 else self.text[:77] + "…"
        return f"{self.label} (\"{shown}\")"


def paragraphs_of(path: Path):
    """(place, text) of every paragraph of a .docx, in reading order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    counter = {"p": 0, "t": 0}

    def walk(container, label_prefix=""):
        for child in container.iter_inner_content():
            if isinstance(child, Paragraph):
                if not label_prefix:
                    counter["p"] += 1
                yield Place(label_prefix or f"stycke {counter['p']}", child.text), child.text
            elif isinstance(child, Table):
                counter["t"] += 1
                table_number = counter["t"]
                for r, row in enumerate(child.rows, start=1):
                    for c, cell in enumerate(row.cells, start=1):
                        for place, text in walk(cell, f"tabell {table_number}, rad {r}, kolumn {c}"):
                            yield place, text

    for section in document.sections:
        for part, label in ((section.header, "sidhuvud"), (section.footer, "sidfot")):
            for paragraph in part.paragraphs:
                yield Place(label, paragraph.text), paragraph.text
    yield from walk(document)


def check_template(path: Path, shown_name: str, context_type, required: dict[str, str],
                   signature: str = "") -> list[Problem]:
    """Problems of the template at `path` (named `shown_name` in messages) for contexts of `context_type`.

    `required` maps top-level names a document must use to what they are, in Swedish; a
    template that uses none of a name's parts makes the document an UTKAST, and one without
    the `signature` section (a document the board signs) is an error.
    """
    where = Where(shown_name)
    try:
        items = list(paragraphs_of(path))
    except Exception as exc:  # noqa: BLE001 - any failure to open means: not a Word document we can use
        return [error(where, f"mallen kan inte öppnas som ett Word-dokument (.docx) ({type(exc).__name__}). "
                             "Spara den i Word som Word-dokument.")]
    roots = {name: hint for name, hint, _ in fields_of(context_type)} if context_type else None
    walk = _Walk(where, roots)
    for place, text in items:
        walk.paragraph(place, text)
    walk.close()
    if roots is not None:
        walk.found += _unused(where, required, signature, walk.used)
    return walk.found


class _Walk:
    """The template's tags in reading order: the names in scope (one scope more per open loop; None: names are
    not checked), the open {% for %} and {% if %}, the top-level names used and the problems found."""

    def __init__(self, where: Where, roots: dict | None):
        from jinja2 import Environment

        self.where = where
        self.env = Environment(autoescape=True)
        self.scopes: list[dict | None] = [dict(roots) if roots is not None else None]
        self.stack: list[tuple[str, Place]] = []
        self.used: set[str] = set()
        self.found: list[Problem] = []

    def problem(self, place: Place, message: str) -> None:
        self.found.append(error(self.where, f"{place.describe()}: {message}"))

    def paragraph(self, place: Place, text: str) -> None:
        """A paragraph's tags: one broken across paragraphs, Word's curly quotes, then each tag's names."""
        from jinja2 import TemplateSyntaxError

        rest = _TAG.sub(" ", text)
        for stray in ("{{", "}}", "{%", "%}"):
            if stray in rest:
                self.problem(place, f"en tagg är inte hel (\"{stray}\" utan sin motsvarighet i samma stycke). En "
                                    "tagg måste börja och sluta i samma stycke; skriv om den i ett svep utan "
                                    "radbrytning.")
                break
        for tag in _TAG.findall(text):
            if tag.startswith("{#"):
                continue
            if any(q in tag for q in _CURLY):
                self.problem(place, f"taggen {tag} innehåller typografiska citattecken (‘ ’ “ ”) som Word satt in. "
                                    "Skriv raka citattecken ' eller \" (stäng av autokorrigering av citattecken).")
                continue
            body = _PREFIX.sub(r"\1 ", tag)
            try:
                if (statement := _statement(body)) is None:
                    self.output(place, body)
                else:
                    self.statement(place, *statement)
            except TemplateSyntaxError as exc:
                self.problem(place, f"taggen {tag} kan inte tolkas: {_swedish(exc.message)}.")

    def names(self, node, place: Place):
        return _names(node, self.scopes, self.used, place, self.problem, self.env)

    def output(self, place: Place, body: str) -> None:
        """{{ … }}: every name it prints."""
        from jinja2 import nodes

        for output in self.env.parse(body).find_all(nodes.Output):
            for node in output.nodes:
                self.names(node, place)

    def statement(self, place: Place, keyword: str, fragment: str) -> None:
        """{% … %}: a block opened or closed; a loop's variable gets the type of the list's items."""
        from jinja2 import nodes

        if keyword in ("endfor", "endif"):
            if not self.stack or _OPENING[self.stack[-1][0]] != keyword:
                self.problem(place, f"{{% {keyword} %}} utan ett öppnande {{% "
                                    f"{'for' if keyword == 'endfor' else 'if'} %}} före.")
            elif self.stack.pop()[0] == "for":
                self.scopes.pop()
            return
        if keyword in ("else", "elif") and (not self.stack or self.stack[-1][0] not in ("if", "for")):
            self.problem(place, f"{{% {keyword} %}} utan ett öppnande {{% if %}} före.")
            return
        tree = self.env.parse(fragment) if keyword != "else" else None
        node = tree.body[0] if tree and tree.body else None
        if isinstance(node, nodes.For):
            item_type = _element(self.names(node.iter, place))
            self.scopes.append({**_targets(node.target, item_type), "loop": LOOP})
            self.stack.append(("for", place))
        elif isinstance(node, nodes.If):
            self.names(node.test, place)
            if keyword == "if":
                self.stack.append(("if", place))
        elif isinstance(node, nodes.Assign):
            self.names(node.node, place)
            self.scopes[-1].update(_targets(node.target, typing.Any))

    def close(self) -> None:
        """At the end: every block never closed."""
        for opened, place in self.stack:
            self.problem(place, f"{{% {opened} %}} avslutas aldrig med {{% {_OPENING[opened]} %}}.")


def _unused(where: Where, required: dict[str, str], signature: str, used: set[str]) -> list[Problem]:
    """The required parts the template never uses: the signature an error, any other a lack (an UTKAST)."""
    found = []
    for name, what in required.items():
        if name in used:
            continue
        if name == signature:
            found.append(error(where, f"mallen använder inte {name} ({what}), så dokumentet kan inte skrivas "
                                      f"under. Lägg in underskriftsdelen, t.ex. från standardmallen."))
        else:
            found.append(incomplete(where, f"mallen använder inte {name} ({what}); den delen saknas i "
                                           "dokumentet.", what))
    return found


def _statement(tag: str) -> tuple[str, str] | None:
    """For a {% … %} tag: its keyword and a complete Jinja fragment to parse; None for {{ … }}."""
    if not tag.startswith("{%"):
        return None
    inner = tag[2:-2].strip().strip("-").strip()
    keyword = inner.split(None, 1)[0] if inner else ""
    if keyword in ("endfor", "endif", "else"):
        return keyword, ""
    if keyword == "for":
        return keyword, f"{{% {inner} %}}{{% endfor %}}"
    if keyword in ("if", "elif"):
        return keyword, f"{{% if {inner.split(None, 1)[1] if ' ' in inner else ''} %}}{{% endif %}}"
    return keyword, f"{{% {inner} %}}"


def _swedish(message: str) -> str:
    known = {"unexpected": "oväntat", "expected token": "väntade", "got": "fick", "end of template": "slutet av taggen",
             "Encountered unknown tag": "okänd tagg"}
    for english, swedish in known.items():
        message = message.replace(english, swedish)
    return message


def _element(hint):
    """The type of the items of a list (Any when unknown)."""
    hint = _unwrap(hint)
    if typing.get_origin(hint) is list:
        return typing.get_args(hint)[0]
    return typing.Any


def _unwrap(hint):
    """X | None as X."""
    args = typing.get_args(hint)
    if args and type(None) in args and len(args) == 2:
        return next(a for a in args if a is not type(None))
    return hint


def _targets(target, hint) -> dict:
    from jinja2 import nodes

    if isinstance(target, nodes.Name):
        return {target.name: hint}
    if isinstance(target, nodes.Tuple):
        return {item.name: typing.Any for item in target.items if isinstance(item, nodes.Name)}
    return {}


def _members(hint) -> dict | None:
    """The attributes a value of type `hint` offers a template, or None when anything goes."""
    hint = _unwrap(hint)
    if hint is typing.Any or hint is dict or typing.get_origin(hint) is dict:
        return None
    if isinstance(hint, dict):  # the loop variable
        return hint
    if is_dataclass(hint):
        return {name: field for name, field, _ in fields_of(hint)}
    if hint is str:
        return {name: typing.Any for name in dir(str) if not name.startswith("_")}
    return {}


def _names(node, scopes, used: set[str], place: Place, problem, env):
    """Check the names and attributes an expression uses; return its type as far as known."""
    from jinja2 import nodes

    if isinstance(node, nodes.Name):
        for scope in reversed(scopes):
            if scope and node.name in scope:
                if scope is scopes[0]:
                    used.add(node.name)
                return scope[node.name]
        if scopes[0] is not None:
            known = sorted({n for scope in scopes if scope for n in scope})
            hint = difflib.get_close_matches(node.name, known, n=1, cutoff=0.6)
            problem(place, f"okänd variabel \"{node.name}\"." + (f" Menade du \"{hint[0]}\"?" if hint else ""))
        return typing.Any
    if isinstance(node, nodes.Getattr):
        owner = _names(node.node, scopes, used, place, problem, env)
        members = _members(owner)
        if members is None:
            return typing.Any
        if node.attr not in members:
            hint = difflib.get_close_matches(node.attr, list(members), n=1, cutoff=0.6)
            problem(place, f"okänd variabel \"{_dotted(node)}\"." + (f" Menade du \"{_dotted(node.node)}."
                                                                      f"{hint[0]}\"?" if hint else ""))
            return typing.Any
        return members[node.attr]
    if isinstance(node, nodes.Getitem):
        owner = _names(node.node, scopes, used, place, problem, env)
        _names(node.arg, scopes, used, place, problem, env)
        return _element(owner)
    if isinstance(node, nodes.Filter):
        if node.name not in env.filters:
            hint = difflib.get_close_matches(node.name, list(env.filters), n=1, cutoff=0.6)
            problem(place, f"okänt filter \"{node.name}\"." + (f" Menade du \"{hint[0]}\"?" if hint else ""))
        if node.node is not None:
            _names(node.node, scopes, used, place, problem, env)
        for child in list(node.args) + [kw.value for kw in node.kwargs]:
            _names(child, scopes, used, place, problem, env)
        return typing.Any
    for child in node.iter_child_nodes():
        _names(child, scopes, used, place, problem, env)
    return typing.Any


def _dotted(node) -> str:
    from jinja2 import nodes

    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Name):
        return node.name
    return "…"
