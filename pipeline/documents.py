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
    per_meeting: bool = False  # kallelse and protokoll: one per meeting (the id is its date), not per year

    def context(self, inputs: Inputs, year: int, problems: Problems, **options) -> dict:
        with stage("compute"):
            figures = self.compute(inputs, year, problems, **options)
        with stage("present"):
            return self.present(inputs, figures)

    def default_year(self, inputs: Inputs):
        """The latest year the Dokument sheet lists for this document, else the fallback (for a
        meeting document: the latest meeting's date)."""
        if self.per_meeting:
            return self.fallback_year(inputs)
        listed = [d.year for d in inputs.activity.documents if d.document == self.title]
        return max(listed) if listed else self.fallback_year(inputs)

    @property
    def template(self) -> Path:
        return TEMPLATES / f"{self.key}.docx"

    def filename(self, ident) -> str:
        """e.g. arsredovisning-2021.docx, protokoll-2023-11-24.docx."""
        return f"{self.key}-{ident}.docx"


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


def _minutes(inputs: Inputs, day, problems: Problems):
    from pipeline.compute.meetings import meeting_figures

    return meeting_figures(inputs, day, problems, minutes=True)


def _agenda(inputs: Inputs, day, problems: Problems):
    from pipeline.compute.meetings import meeting_figures

    return meeting_figures(inputs, day, problems, minutes=False)


def _minutes_context(inputs: Inputs, figures) -> dict:
    from pipeline.present.meetings import minutes_context

    return minutes_context(inputs, figures)


def _agenda_context(inputs: Inputs, figures) -> dict:
    from pipeline.present.meetings import agenda_context

    return agenda_context(inputs, figures)


def _latest_meeting(inputs: Inputs):
    return max((m.day for m in inputs.meetings), default=None)


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
    "dagordning": DocumentType("dagordning", "Kallelse", _latest_meeting, _agenda, _agenda_context,
                               per_meeting=True),
    "protokoll": DocumentType("protokoll", "Protokoll", _latest_meeting, _minutes, _minutes_context,
                              per_meeting=True),
}


def listed_documents(inputs: Inputs) -> list[tuple[DocumentType, object]]:
    """The documents and years the Dokument sheet lists (the årsredovisning's default if none),
    and for every meeting in sammantraden/ its protokoll, or its kallelse while no attendance
    is recorded (a meeting still to be held)."""
    by_title = {d.title: d for d in DOCUMENTS.values()}
    listed = [(by_title[d.document], d.year) for d in inputs.activity.documents if d.document in by_title]
    if not listed:
        year = DOCUMENTS["arsredovisning"].default_year(inputs)
        listed = [(DOCUMENTS["arsredovisning"], year)] if year else []
    return listed + [(DOCUMENTS["protokoll" if m.attendees else "dagordning"], m.day) for m in inputs.meetings]
