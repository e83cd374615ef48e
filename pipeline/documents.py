"""The documents the pipeline builds: each is a template and a context builder."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.domain import Inputs
from pipeline.problems import Problems

TEMPLATES = Path(__file__).resolve().parent.parent / "templates_docx"


@dataclass(frozen=True)
class DocumentType:
    key: str  # as in the command line and the file name
    default_year: Callable[[Inputs], int | None]
    context: Callable[[Inputs, int, Problems], dict]  # computes, checks and formats

    @property
    def template(self) -> Path:
        return TEMPLATES / f"{self.key}.docx"

    def filename(self, year: int) -> str:
        return f"{self.key}-{year}.docx"


def _annual_report_context(inputs: Inputs, year: int, problems: Problems) -> dict:
    from pipeline.compute.annual_report import annual_report
    from pipeline.present.annual_report import context

    return context(inputs, annual_report(inputs, year, problems))


def _latest_closed_year(inputs: Inputs) -> int | None:
    from pipeline.compute.annual_report import latest_closed_year

    return latest_closed_year(inputs)


DOCUMENTS: dict[str, DocumentType] = {
    "arsredovisning": DocumentType("arsredovisning", _latest_closed_year, _annual_report_context),
}
