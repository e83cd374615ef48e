"""A new document type is its module and its template, nothing else (docs/utveckling.md): a throwaway
budgetuppföljning, a report made for a board meeting, added to a copy of the project and built."""
from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys

import docx

from conftest import HARNOSAND, ROOT, text_of

MODULE = '''"""Budgetuppföljning: the result up to the last closing before a board meeting, for that meeting."""
from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline import fmt
from pipeline.compute.statements import statement
from pipeline.documents import Document, MeetingDocument, meeting_scope, meetings_where
from pipeline.enums import Report
from pipeline.present.common import forbund, table
from pipeline.present.model import Doc, Forbund, Table


@dataclass(frozen=True)
class FollowUpContext:
    forbund: Doc[Forbund, "Förbundet."]
    title: Doc[str, "T.ex. Budgetuppföljning 24 november 2023 (sidfoten)."]
    meeting: Doc[str, "Sammanträdets datum."]
    period_end: Doc[str, "Dagen resultatet räknas till."]
    income: Doc[Table, "Resultaträkningen till och med den dagen."]


def resolve(inputs, request, problems):
    """The meeting's scope, its period ending at the last closing date on or before the meeting."""
    scope = meeting_scope(inputs, request, problems)
    return replace(scope, end=max(d for d in inputs.accounting.balances if d <= scope.day))


def context(inputs, scope, figures) -> FollowUpContext:
    return FollowUpContext(forbund(inputs.forbund), DOCUMENT.kind.named(DOCUMENT.title, scope),
                           fmt.long_date(scope.day), fmt.long_date(scope.end),
                           table(figures, inputs.forbund.unit, [fmt.iso_date(scope.end)]))


DOCUMENT = Document(
    key="budgetuppfoljning",
    title="Budgetuppföljning",
    kind=MeetingDocument(),
    resolve=resolve,
    listed=meetings_where(held=True),
    checks=(),
    compute=lambda inputs, scope: statement(inputs.accounting, Report.RR, [scope.end]),
    context=context,
    required={"income": "resultaträkningen"},
)
'''


def _project_copy(target):
    for part in ("pipeline", "templates_docx", "tools"):
        shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "Makefile", target / "Makefile")
    return target


def _changed(a, b) -> list[str]:
    """Files added or changed in folder b against folder a."""
    found = []
    comparison = filecmp.dircmp(a, b, ignore=["__pycache__"])
    stack = [(comparison, "")]
    while stack:
        c, prefix = stack.pop()
        found += [prefix + name for name in c.right_only + c.diff_files + c.left_only]
        stack += [(sub, f"{prefix}{name}/") for name, sub in c.subdirs.items()]
    return sorted(found)


def test_a_document_type_is_a_module_and_a_template(tmp_path):
    project = _project_copy(tmp_path / "project")
    (project / "pipeline" / "documents" / "budgetuppfoljning.py").write_text(MODULE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(project), "FINSAM_SERVER": "0", "FINSAM_CACHE": str(tmp_path / "cache")}
    run = lambda *args: subprocess.run([sys.executable, *args], cwd=project, env=env,  # noqa: E731
                                       capture_output=True, text=True, timeout=300)
    made = run("tools/new_template.py", "budgetuppfoljning")
    assert made.returncode == 0, made.stderr
    built = run("-m", "pipeline", "build", "budgetuppfoljning", "--input", str(HARNOSAND), "--output",
                str(tmp_path / "out"), "--mote", "2023-11-24", "--no-layout")
    assert built.returncode == 0, built.stderr + built.stdout

    document = docx.Document(tmp_path / "out" / "budgetuppfoljning-2023-11-24.docx")
    text = text_of(document)
    assert "Budgetuppföljning" in text and "24 november 2023" in text and "30 juni 2021" in text
    rows = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert rows["Årets resultat"] == "\u221253"  # tkr: the period result the delårsrapport per 30 June 2021 prints
    assert document.core_properties.title == "Budgetuppföljning 24 november 2023"  # asked of its kind
    assert _changed(ROOT / "pipeline", project / "pipeline") == ["documents/budgetuppfoljning.py"]
    assert _changed(ROOT / "templates_docx", project / "templates_docx") == ["budgetuppfoljning.docx"]
