"""The documents the pipeline builds: each is a template and a context builder."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.domain import Inputs
from pipeline.problems import Problems
from pipeline.timing import stage

TEMPLATES = Path(__file__).resolve().parent.parent / "templates_docx"


@dataclass(frozen=True)
class DocumentType:
    key: str  # as in the command line and the file name
    title: str  # as in the Dokument sheet of verksamhet.xlsx
    fallback_year: Callable[[Inputs], int | None]
    compute: Callable[..., object]  # (inputs, year, problems[, period]) -> figures; checks; raises InputError
    present: Callable[[Inputs, object], dict]  # figures -> the template's context (texts, tables, charts)
    takes_period: bool = False  # the delårsrapport: which closing date within the year

    def context(self, inputs: Inputs, year: int, problems: Problems, **options) -> dict:
        with stage("compute"):
            figures = self.compute(inputs, year, problems, **options)
        with stage("present"):
            return self.present(inputs, figures)

    def default_year(self, inputs: Inputs) -> int | None:
        """The latest year the Dokument sheet lists for this document, else the fallback."""
        listed = [d.year for d in inputs.activity.documents if d.document == self.title]
        return max(listed) if listed else self.fallback_year(inputs)

    @property
    def template(self) -> Path:
        return TEMPLATES / f"{self.key}.docx"

    def filename(self, year: int) -> str:
        return f"{self.key}-{year}.docx"


def _annual_report(inputs: Inputs, year: int, problems: Problems):
    from pipeline.compute.annual_report import annual_report

    return annual_report(inputs, year, problems)


def _annual_report_context(inputs: Inputs, report) -> dict:
    from pipeline.present.annual_report import context

    return context(inputs, report)


def _plan(inputs: Inputs, year: int, problems: Problems):
    from pipeline.compute.plan import plan

    return plan(inputs, year, problems)


def _plan_context(inputs: Inputs, report) -> dict:
    from pipeline.present.plan import context

    return context(inputs, report)


def _interim(inputs: Inputs, year: int, problems: Problems, period=None):
    from pipeline.compute.interim import interim

    return interim(inputs, year, period, problems)


def _interim_context(inputs: Inputs, report) -> dict:
    from pipeline.present.interim import context

    return context(inputs, report)


def _latest_period_year(inputs: Inputs) -> int | None:
    years = [d.year for d in inputs.accounting.balances if (d.month, d.day) != (12, 31)]
    return max(years) if years else None


def _latest_closed_year(inputs: Inputs) -> int | None:
    years = [d.year for d in inputs.accounting.balances if (d.month, d.day) == (12, 31)]
    return max(years) if years else None


def _year_after_latest_balances(inputs: Inputs) -> int | None:
    """The plan is for the year after the one the books have reached (a mid-year closing counts)."""
    years = [d.year for d in inputs.accounting.balances]
    return max(years) + 1 if years else None


DOCUMENTS: dict[str, DocumentType] = {
    "arsredovisning": DocumentType("arsredovisning", "Årsredovisning", _latest_closed_year, _annual_report,
                                   _annual_report_context),
    "verksamhetsplan": DocumentType("verksamhetsplan", "Verksamhetsplan", _year_after_latest_balances, _plan,
                                    _plan_context),
    "delarsrapport": DocumentType("delarsrapport", "Delårsrapport", _latest_period_year, _interim,
                                  _interim_context, takes_period=True),
}


def listed_documents(inputs: Inputs) -> list[tuple[DocumentType, int]]:
    """The documents and years the Dokument sheet lists; the årsredovisning's default if none."""
    by_title = {d.title: d for d in DOCUMENTS.values()}
    listed = [(by_title[d.document], d.year) for d in inputs.activity.documents if d.document in by_title]
    if listed:
        return listed
    year = DOCUMENTS["arsredovisning"].default_year(inputs)
    return [(DOCUMENTS["arsredovisning"], year)] if year else []
