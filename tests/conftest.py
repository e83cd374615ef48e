"""Shared fixtures: the example inputs, building documents, editing workbook copies."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from pipeline import build as building
from pipeline.cli import main
from pipeline.documents import Request, listed, registry
from pipeline.load import load
from pipeline.problems import Problems

ROOT = Path(__file__).resolve().parent.parent
JAMTLAND = ROOT / "examples" / "jamtland-2021"
SJOBYGDEN = ROOT / "input_xlsx"

NBSP = "\u00a0"
MINUS = "\u2212"


def plain(text: str) -> str:
    """Formatted text with ordinary spaces and hyphens (and no word joiners), for readable assertions."""
    return text.replace(NBSP, " ").replace(MINUS, "-").replace("\u2060", "")


# LibreOffice takes seconds per document; only the layout tests (marked `layout`) use it.
os.environ["FINSAM_LAYOUT"] = "0"
# Commands run as subprocesses (make, python -m pipeline) run in their own process, not in a warm one; the
# LibreOffice the layout tests start is the suite's own (its name), and stopped when the suite ends.
os.environ["FINSAM_SERVER"] = "0"
os.environ["FINSAM_LO_NAME"] = f"tests-{os.getpid()}"
os.environ["FINSAM_LO_IDLE"] = "120"

if os.name == "nt":  # the Windows suite runs in Wine in CI, several times slower: no limits on generation time
    from hypothesis import HealthCheck, settings

    settings.register_profile("windows", deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("windows")


@pytest.fixture(scope="session", autouse=True)
def no_libreoffice_left_behind():
    """The suite's LibreOffice is stopped at its end, and nothing of it is left running."""
    yield
    from pipeline.render import layout

    layout.stop_server()
    assert not office_processes(), office_processes()


def office_processes() -> list[str]:
    """Command lines of the processes of the suite's LibreOffice (its pipe name is in them)."""
    import subprocess

    if os.name == "nt":  # no pgrep; tasklist does not show command lines (and Wine's CI has no LibreOffice)
        return []
    found = subprocess.run(["pgrep", "-af", os.environ["FINSAM_LO_NAME"]], capture_output=True, text=True).stdout
    return [line for line in found.splitlines() if "pgrep" not in line]


@pytest.fixture(autouse=True)
def layout_when_asked(request, monkeypatch):
    if request.node.get_closest_marker("layout") is not None:
        monkeypatch.setenv("FINSAM_LAYOUT", "1")


HARNOSAND = ROOT / "examples" / "harnosand-timra"
EXAMPLES = [JAMTLAND, HARNOSAND, SJOBYGDEN]


def loaded(folder: Path):
    """An example's inputs, read and reconciled."""
    return load(folder, Problems())


@pytest.fixture(scope="session")
def jamtland():
    return loaded(JAMTLAND)


@pytest.fixture(scope="session")
def sjobygden():
    return loaded(SJOBYGDEN)


@pytest.fixture(scope="session")
def harnosand():
    return loaded(HARNOSAND)


def scope_of(key: str, inputs, **request):
    """The scope of document `key` for a request (year=, period=, meeting=)."""
    return registry()[key].resolve(inputs, Request(**request), Problems())


def context_of(key: str, inputs, **request) -> dict:
    """The template context of document `key`, its checks passed."""
    doc = registry()[key]
    return building.context(doc, inputs, building.checked(doc, inputs, Request(**request), Problems()))


def instances(inputs) -> list:
    """(document, scope) for every document the inputs list."""
    return [(doc, doc.resolve(inputs, request, Problems())) for doc, request in listed(inputs)]


@pytest.fixture
def input_copy(tmp_path):
    """A writable copy of an example folder."""
    def copy(source: Path = JAMTLAND) -> Path:
        target = tmp_path / "indata"
        shutil.copytree(source, target)
        return target
    return copy


def set_cell(folder: Path, workbook: str, sheet: str, cell: str, value) -> None:
    path = folder / workbook
    wb = openpyxl.load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


def set_fact(folder: Path, workbook: str, sheet: str, name: str, value) -> None:
    """Set the value (column B) of the fact named `name` (column A) on a field sheet."""
    path = folder / workbook
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    row = next(r for r in ws.iter_rows(min_row=1) if r[0].value == name)
    row[1].value = value
    wb.save(path)


def delete_rows(folder: Path, workbook: str, sheet: str, column: int, value) -> None:
    """Delete the rows whose cell in `column` (1 = A) holds `value`."""
    path = folder / workbook
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    for r in range(ws.max_row, 1, -1):
        if ws.cell(r, column).value == value:
            ws.delete_rows(r)
    wb.save(path)


def run_cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def build(input_dir: Path, output_dir: Path, *extra: str):
    return run_cli("build", "arsredovisning", "--input", str(input_dir), "--output", str(output_dir), *extra)


def built(path: Path, input_dir: Path, *extra: str):
    """Build the document `path` names (e.g. out/protokoll-2023-11-24.docx) from `input_dir` and open it."""
    key, ident = path.stem.split("-", 1)
    result = run_cli("build", key, "--input", str(input_dir), "--output", str(path.parent), "--id", ident, *extra)
    assert result.exit_code == 0, result.output
    return docx.Document(path)


def text_of(document) -> str:
    """A document's paragraphs as plain text, one per line."""
    return plain("\n".join(p.text for p in document.paragraphs))


# Tests that run make need the virtual environment it creates; they run under `make test` (Linux, macOS: on
# Windows the same commands are finsam's, tested without make).
needs_make = pytest.mark.skipif(os.name == "nt" or not (ROOT / ".venv" / ".installed").exists(),
                                reason="runs under `make test` (needs .venv; not on Windows)")


def table_after(document, heading: str, index: int = 0):
    """The `index`-th table after the paragraph `heading` (not its TOC entry), as rows of cell texts."""
    found = False
    seen = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p" and not found:
            paragraph = docx.text.paragraph.Paragraph(child, document)
            found = paragraph.text == heading and not paragraph.style.name.startswith("toc")
        elif tag == "tbl" and found:
            if seen == index:
                table = docx.table.Table(child, document)
                return [[plain(c.text) for c in row.cells] for row in table.rows]
            seen += 1
    raise AssertionError(f"no table after {heading!r}")


def lines_after(document, text: str) -> list[str]:
    """The texts of the paragraphs after the paragraph `text`, up to the next heading (a signature block)."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == text)
    found = []
    for p in paragraphs[start + 1:]:
        if p.style.name.startswith("Heading"):
            break
        if p.text:
            found.append(plain(p.text))
    return found


def row(table, label: str) -> list[str]:
    return next(r for r in table if r[0] == label)


FAKE_SOFFICE = """#!/bin/sh
# A LibreOffice that leaves a temporary file of its own, as the real one does, then fails or is killed.
echo "$TMPDIR" >> "$FAKE_LOG"
touch "$TMPDIR/lu$$.tmp"
if [ "$FAKE_MODE" = killed ]; then kill -9 $$; fi
echo "Error: source file could not be loaded" >&2
exit 1
"""


@pytest.fixture
def new_libreoffice_each_time(tmp_path, monkeypatch) -> Path:
    """Conversions by a LibreOffice started for each (no running one), with a private folder and a TMPDIR of
    the test's own (tmp_path/tmp, returned)."""
    monkeypatch.setenv("FINSAM_NO_SERVER", "1")
    monkeypatch.setenv("FINSAM_RUNTIME", str(tmp_path / "run"))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr("tempfile.tempdir", None)
    return temporary


@pytest.fixture
def broken_libreoffice(tmp_path, monkeypatch, new_libreoffice_each_time):
    """A LibreOffice on PATH that fails (or with FAKE_MODE=killed is killed), logging the TMPDIR it had."""
    program = tmp_path / "bin" / "soffice"
    program.parent.mkdir()
    program.write_text(FAKE_SOFFICE)
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{program.parent}:{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LOG", str(tmp_path / "log"))
    return program
