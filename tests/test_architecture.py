"""The shape of the code: layers import only downwards, no import cycles, a document is a module."""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import docx

import pipeline
from conftest import ROOT, SJOBYGDEN, run_cli

PACKAGE = ROOT / "pipeline"


def _stated_layers() -> list[tuple[str, list[str]]]:
    """The layer order as the package's docstring states it (the one place it is written)."""
    found = []
    for line in pipeline.__doc__.splitlines():
        if m := re.fullmatch(r"    (\w+): (.+)", line):
            found.append((m.group(1), [f"pipeline.{name}" for name in m.group(2).split()]))
    return found


# Each layer may import its own and the layers before it (DESIGN §6).
LAYERS = _stated_layers()


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """Every pipeline module `name` imports, at the top or inside a function."""
    found = set()
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("pipeline")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if base.startswith("pipeline"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names}
    modules = _modules()
    return {m for m in found if m in modules and m != name}


def _layer(module: str) -> int:
    """The layer of the longest stated name `module` is or lies in (pipeline.machinery.server: cli)."""
    found = [(len(p), index) for index, (_, prefixes) in enumerate(LAYERS) for p in prefixes
             if module == p or module.startswith(p + ".")]
    if found:
        return max(found)[1]
    if module == "pipeline":
        return 0
    raise AssertionError(f"{module} belongs to no layer; add it to the list in pipeline/__init__.py")


GRAPH = {name: _imports(name, path) for name, path in _modules().items()}


def test_the_stated_layers_cover_the_package():
    assert [name for name, _ in LAYERS][:2] == ["base", "read"] and len(LAYERS) == 10
    assert all(_layer(m) >= 0 for m in GRAPH)


def test_every_import_runs_down_the_layers():
    upward = [(m, i) for m, imports in GRAPH.items() for i in imports if _layer(i) > _layer(m)]
    assert upward == []


def test_read_does_not_import_compute():
    assert not [(m, i) for m, imports in GRAPH.items() if m.startswith("pipeline.read")
                for i in imports if i.startswith("pipeline.compute")]


def test_no_import_cycles():
    state: dict[str, int] = {}  # 1 visiting, 2 done
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(GRAPH.get(module, ())):
            if state.get(target) == 1:
                cycles.append(path[path.index(target):] + [target] if target in path else [module, target])
            elif target not in state:
                visit(target, path + [target])
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_a_sixth_document_type_is_a_module_and_a_template(tmp_path, monkeypatch):
    """A trivial "Kvittens" (a receipt of the members' contributions): the module declares its title,
    template, checks, computation and context; the CLI builds it like the shipped documents."""
    template = docx.Document()
    template.add_heading("Kvittens {{ year }}", level=1)
    template.add_paragraph("{{ name }} har tagit emot {{ total }} i medlemsbidrag.")
    template.save(tmp_path / "kvittens.docx")
    (tmp_path / "kvittens.py").write_text('''
from pathlib import Path

from pipeline import fmt
from pipeline.compute.budget import contributions
from pipeline.documents import Document, listed_years, scope_of, year_asked
from pipeline.domain import year_end


def resolve(inputs, request, problems):
    year, info = year_asked(inputs, request, "Kvittens", 2025, problems)
    return scope_of(year, year_end(year), info, year_end(year))


def compute(inputs, scope):
    return sum(amount for _, amount in contributions(inputs.budget, inputs.forbund.members, scope.year))


def context(inputs, scope, total):
    return {"year": scope.year, "name": inputs.forbund.name, "total": fmt.amount_with_unit(total, "kr")}


DOCUMENT = Document(key="kvittens", title="Kvittens", resolve=resolve, listed=listed_years("Kvittens"),
                    checks=(), compute=compute, context=context,
                    template_file=Path(__file__).with_name("kvittens.docx"))
''', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    from pipeline.documents import register, registry

    monkeypatch.setattr("pipeline.documents._REGISTRY", dict(registry()))
    register(importlib.import_module("kvittens").DOCUMENT)
    folder = tmp_path / "in"
    shutil.copytree(SJOBYGDEN, folder)
    result = run_cli("build", "kvittens", "--input", str(folder), "--output", str(tmp_path / "out"), "--year", "2025")
    assert result.exit_code == 0, result.output
    text = [p.text for p in docx.Document(tmp_path / "out" / "kvittens-2025.docx").paragraphs]
    assert text == ["Kvittens 2025", "Samordningsförbundet Sjöbygden har tagit emot 4\u00a0700\u00a0000\u00a0kr i "
                                     "medlemsbidrag."]


def test_the_example_workbooks_are_what_their_generators_write(tmp_path):
    """tools/examples/*.py write the example folders byte for byte (workbooks are written reproducibly), so
    an example can never drift from its generator: run `make examples` after changing one."""
    import importlib.util

    for script in sorted((ROOT / "tools" / "examples").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"example_{script.stem}", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        target = tmp_path / script.stem
        module.build(target)
        written = sorted(p.relative_to(target) for p in target.rglob("*.xlsx"))
        assert written, script
        for path in written:
            assert (target / path).read_bytes() == (module.TARGET / path).read_bytes(), \
                f"{module.TARGET.name}/{path} differs from what {script.name} writes: run make examples"


# --- no document wording in Python -----------------------------------------------------------------------

SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(och|för|som|inte|med|till|av|är|att|den|det|ett|en|på|vid|per|från|saknas|har|ska)\b")
# The layers whose wording the scan reads, and in each the one place its messages to the user live (what is wrong
# in the inputs: checks/, the whole layer; the review workbook's Kontroller sheet: compute/traced.py; what was asked
# that the inputs do not have: documents/__init__.py; present has none). Anywhere else a Swedish sentence is
# document wording, which belongs in a template or in pipeline/data/fraser.csv (`phrase`).
MESSAGE_PLACES = {"present": (), "compute": ("compute/traced.py",), "checks": ("checks/",),
                  "documents": ("documents/__init__.py",)}
# Sentence fragments still put together in Python, each around values it formats (the short allow-list:
# move one to pipeline/data/fraser.csv with {placeholders} and delete it here).
ALLOWED: set[tuple[str, str]] = set()


def _call_name(func) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node) -> str | None:
    """A string constant's text, or an f-string's with {} for each value it formats (" med " alone is no
    sentence; f"{who} med {share}" is)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _prose(path: Path) -> list[str]:
    """String literals that read as Swedish prose, other than docstrings, `Doc[…]` descriptions (the
    template reference), phrase keys and the Texter sheet's section names (workbook vocabulary)."""
    from pipeline.schema import SECTIONS

    sections = {name for names in SECTIONS.values() for name in names}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Subscript) and _call_name(node.value) == "Doc" or \
                isinstance(node, ast.Call) and _call_name(node.func) == "phrase":
            skip |= {id(n) for n in ast.walk(node)}
        if isinstance(node, ast.JoinedStr):
            skip |= {id(n) for n in node.values}
    texts = [text for n in ast.walk(tree) if id(n) not in skip and (text := _literal(n)) is not None]
    return [text for text in texts if " " in text.strip() and SWEDISH.search(text) and text not in sections]


def test_document_wording_is_in_templates_and_the_phrase_file():
    found = set()
    for layer, messages in MESSAGE_PLACES.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            name = path.relative_to(PACKAGE).as_posix()
            if not (messages and name.startswith(messages)):
                found |= {(name, text) for text in _prose(path)}
    assert found - ALLOWED == set()
    assert ALLOWED - found == set()  # the allow-list shrinks as wording moves out


def test_every_phrase_key_used_is_in_the_phrase_file():
    from pipeline.phrases import _phrases

    used = {m.group(1) for path in PACKAGE.rglob("*.py")
            for m in re.finditer(r'phrase\("([^"]+)"', path.read_text(encoding="utf-8"))}
    assert used - set(_phrases()) == set()


def test_the_texts_reader_and_the_document_types_name_the_word_files_alike():
    """`texter` asks the document type what its texts' Word file is named by; the reader of texter/ finds the
    document in the name by the schema's declaration. The two agree for every document with texts."""
    from datetime import date

    from pipeline.documents import Request, registry
    from pipeline.schema import DATED_TEXT_FILES, TEXT_FILES

    for key, title in TEXT_FILES.items():
        named = registry()[key].kind.texts_named(Request(year=2025, period=date(2025, 8, 31)))
        assert named == ("2025-08-31" if title in DATED_TEXT_FILES else "2025"), key
