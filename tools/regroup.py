"""Move top-level modules of pipeline/ into subpackages by role, and rewrite every import of them.

Run from the repository root on a clean tree: python tools/regroup.py. It `git mv`s each module of MOVES
and rewrites, in every .py file, the Makefile and the docs, `pipeline.<old>` to `pipeline.<new>` and
`from pipeline import <old>` to `from pipeline.<package> import <old>`. Running it again does nothing, so
it can be rerun after a merge that brought back an old path (a module another branch changed is moved
with its changes by git; the imports its new lines use are rewritten by the rerun).
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each module moved, old name -> new. The warm process (server, and runtime: its private folder and pid files), background drawing, files,
# timing, the up-to-date decision and the portable process and lock primitives: the machinery a run needs around the layers, none of it about documents.
MOVES = {
    "server": "machinery.server",
    "background": "machinery.background",
    "files": "machinery.files",
    "timing": "machinery.timing",
    "uptodate": "machinery.uptodate",
    "runtime": "machinery.runtime",
    "portable": "machinery.portable",
    # The work behind the commands besides building a document: the review workbook (underlag), earlier
    # versions and their comparison (andringar), the reference pages (make docs), the SIE import.
    "review": "commands.review",
    "versions": "commands.versions",
    "reference": "commands.reference",
    "sie_import": "commands.sie_import",
    # Blank workbooks are written from the input format's declaration, as the readers read by it.
    "blank": "read.blank",
}
PACKAGE_DOCS = {
    "machinery": '"""The machinery around the layers: the warm process (server, runtime), background drawing,\n'
                 'files, timing, the up-to-date decision and the portable process and lock primitives."""\n',
    "commands": '"""The work behind the commands besides building one document: the review workbook\n'
                '(`underlag`), earlier versions and their comparison (`andringar`), the reference pages\n'
                '(`make docs`) and the SIE import (`import-sie`)."""\n',
}


def _move() -> None:
    for old, new in MOVES.items():
        source, target = ROOT / "pipeline" / f"{old}.py", ROOT / "pipeline" / (new.replace(".", "/") + ".py")
        init = target.parent / "__init__.py"
        if not init.exists():
            target.parent.mkdir(exist_ok=True)
            init.write_text(PACKAGE_DOCS[new.split(".")[0]], encoding="utf-8")
            subprocess.run(["git", "add", str(init)], cwd=ROOT, check=True)
        if source.exists():
            subprocess.run(["git", "mv", str(source), str(target)], cwd=ROOT, check=True)


def _from_pipeline_import(match: re.Match) -> str:
    """`from pipeline import a, files, b` -> the unmoved names as they were, each moved one from its package."""
    indent, names = match.group(1), [n.strip() for n in match.group(2).split(",")]
    stay = [n for n in names if n.split(" as ")[0] not in MOVES]
    moved: dict[str, list[str]] = {}
    for n in names:
        if n.split(" as ")[0] in MOVES:
            package = "pipeline." + MOVES[n.split(" as ")[0]].rsplit(".", 1)[0]
            moved.setdefault(package, []).append(n)
    lines = [f"{indent}from pipeline import {', '.join(stay)}"] if stay else []
    lines += [f"{indent}from {package} import {', '.join(sorted(ns))}" for package, ns in sorted(moved.items())]
    return "\n".join(lines)


def _layer_line(match: re.Match) -> str:
    """A line of the layer list in pipeline/__init__.py, its moved names renamed."""
    names = []
    for name in match.group(2).split():
        new = MOVES.get(name, name)
        if match.group(1) == "base":  # a package of base modules is base as a whole
            new = new.split(".")[0]
        if new not in names:
            names.append(new)
    return f"    {match.group(1)}: {' '.join(names)}"


def rewrite(text: str, layer_list: bool = False) -> str:
    """`text` with the moved modules' new names; `layer_list`: text is pipeline/__init__.py."""
    if layer_list:
        text = re.sub(r"^    (\w+): ([\w .]+)$", _layer_line, text, flags=re.M)
    text = re.sub(r"^([ \t]*)from pipeline import ([\w ,]+)$", _from_pipeline_import, text, flags=re.M)
    for old, new in MOVES.items():
        text = re.sub(rf"\bpipeline([./]){old}\b", lambda m, new=new: f"pipeline{m.group(1)}" +
                      (new if m.group(1) == "." else new.replace(".", "/")), text)
    return text


def _package_paths() -> None:
    """A moved module that finds the package by its own file now lies a level deeper."""
    for new in MOVES.values():
        path = ROOT / "pipeline" / (new.replace(".", "/") + ".py")
        text = path.read_text(encoding="utf-8")
        fixed = re.sub(r"^PACKAGE = Path\(__file__\)\.resolve\(\)\.parent$",
                       "PACKAGE = Path(__file__).resolve().parent.parent", text, flags=re.M)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")


def main() -> None:
    _move()
    _package_paths()
    files = [p for p in ROOT.rglob("*") if p.is_file() and (p.suffix in (".py", ".md") or p.name == "Makefile")
             and not any(part.startswith(".") for part in p.relative_to(ROOT).parts)]
    for path in files:
        if path.name == "regroup.py":
            continue
        text = path.read_text(encoding="utf-8")
        new = rewrite(text, layer_list=path == ROOT / "pipeline" / "__init__.py")
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
