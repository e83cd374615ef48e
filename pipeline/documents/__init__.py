"""The documents the pipeline builds: one module each in this package.

A document module defines `DOCUMENT`, a `Document`: its key (command line and file name),
its title, its kind (a `PeriodReport` or a `MeetingDocument`: which dates it has and what the
user asks for it by), how its scope is resolved from what the user asked, the checks it runs,
how it computes its figures and how it builds its template's context. The CLI, `build-all` and the
Makefile find documents here; a new document type is a module in this package, its
template in templates_docx/ and its tests.
"""
from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline import fmt
from pipeline.checks import Check, next_row
from pipeline.compute.interim import periods
from pipeline.domain import DocumentInfo, Inputs, Scope
from pipeline.phrases import definite
from pipeline.problems import InputError, Problems, Where
from pipeline.read.sammantrade import FOLDER
from pipeline.schema import REDOVISNING, VERKSAMHET

_PACKAGE = Path(__file__).resolve().parent.parent
# The standard templates: in the package when installed (setup.py copies them there), else the project's own.
TEMPLATES = next((p for p in (_PACKAGE / "templates_docx", _PACKAGE.parent / "templates_docx") if p.is_dir()),
                 _PACKAGE.parent / "templates_docx")


@dataclass(frozen=True)
class Request:
    """What the user asked for: a year, a closing date within it, or a meeting's date (each optional)."""

    year: int | None = None
    period: date | None = None
    meeting: date | None = None


# What the user can ask for, by `Request` field: the command-line option and the make variable.
ARGUMENTS = {"year": ("--year", "YEAR"), "period": ("--period", "PERIOD"), "meeting": ("--mote", "MOTE")}


class Kind:
    """What shared code asks a document's kind: `asks` (the `Request` fields the user names it by,
    the first the one `--id` gives), `per_year` (listed per year on the Dokument sheet) and
    `named` (its title with its dates)."""

    asks: tuple[str, ...]
    per_year: bool

    def named(self, name: str, scope: Scope) -> str:
        raise NotImplementedError

    def narrow(self, request: Request) -> Request:
        """Of `request`, what this kind is asked for by."""
        return Request(**{name: getattr(request, name) for name in self.asks})

    def explicit(self, scope: Scope) -> Request:
        """The request that names `scope` without defaults."""
        return self.narrow(Request(year=scope.year, period=scope.end, meeting=scope.day))


@dataclass(frozen=True)
class PeriodReport(Kind):
    """A report on a period of a year, listed on the Dokument sheet under its title.

    Its dates (`Scope`): the period end the figures run to (`end`: 31 December, or a closing date
    within the year when `within_year`), the report day the document speaks as of (`day`) and the
    board's decision day (`decided`, when the Dokument sheet gives one). Asked for by year, and by
    the closing date when `within_year`.
    """

    within_year: bool = False
    per_year = True

    @property
    def asks(self) -> tuple[str, ...]:
        return ("year", "period") if self.within_year else ("year",)

    def texts_named(self, request: Request) -> str | None:
        """What the Word file of its texts is named by after its key (texter/<key>-<this>.docx), as far as
        `request` says: the closing date of a report within the year, else the year."""
        if self.within_year:
            return request.period.isoformat() if request.period else None
        return str(request.year) if request.year else None

    def named(self, name: str, scope: Scope) -> str:
        """e.g. Årsredovisning 2021, Delårsrapport januari–juni 2021."""
        if self.within_year:
            return f"{name} {fmt.MONTHS[scope.start.month - 1]}–{fmt.month_year(scope.end)}"
        return f"{name} {scope.year}"


@dataclass(frozen=True)
class MeetingDocument(Kind):
    """A document for one board meeting (its folder in sammantraden/), asked for by the meeting's day.

    The meeting is its report day and decision day (`Scope.day`, `Scope.decided`); its period end
    is the meeting's day unless its `resolve` sets another (a report made for a meeting: the last
    closing date before it), so such a report is this kind with its own `resolve`.
    """

    per_year = False
    asks = ("meeting",)

    def named(self, name: str, scope: Scope) -> str:
        """e.g. Protokoll 24 november 2023."""
        return f"{name} {fmt.long_date(scope.day)}"


@dataclass(frozen=True)
class Document:
    key: str  # as on the command line and in the file name
    title: str  # in Swedish, as staff name it
    resolve: Callable[[Inputs, Request, Problems], Scope]  # the scope asked for; raises InputError
    listed: Callable[[Inputs], list[Request]]  # the instances the förbund's inputs list (check, make all)
    checks: tuple[Check, ...]
    compute: Callable[[Inputs, Scope], object]
    context: Callable[[Inputs, Scope, object], dict]
    template_file: Path | None = None  # default: templates_docx/<key>.docx
    required: dict[str, str] = field(default_factory=dict)  # context names a template must use -> what they are
    signature: str = ""  # the required name of the section the board signs in, when it signs this document
    kind: Kind = PeriodReport()  # its dates and what it is asked for by (a MeetingDocument, say)
    full_title: str = ""  # as the document names itself, when more than `title` (Verksamhetsplan och budget)

    @property
    def template(self) -> Path:
        return self.template_file or TEMPLATES / f"{self.key}.docx"

    @property
    def context_type(self) -> type | None:
        """The dataclass the context builder returns (None for a plain dict: then only syntax is checked)."""
        hint = typing.get_type_hints(self.context).get("return")
        return hint if dataclasses.is_dataclass(hint) else None

    def filename(self, scope: Scope) -> str:
        """e.g. arsredovisning-2021.docx, protokoll-2023-11-24.docx."""
        return f"{self.key}-{scope.ident}.docx"


_REGISTRY: dict[str, Document] = {}


def registry() -> dict[str, Document]:
    """Every document type: the modules of this package, and any registered since."""
    if not _REGISTRY:
        for module in pkgutil.iter_modules(__path__):
            document = importlib.import_module(f"{__name__}.{module.name}").DOCUMENT
            _REGISTRY[document.key] = document
    return _REGISTRY


def register(document: Document) -> None:
    """Add a document type defined outside this package (a förbund's own, or a test's)."""
    registry()[document.key] = document


def listed(inputs: Inputs) -> list[tuple[Document, Request]]:
    """The documents the inputs list: the Dokument sheet's, and each meeting's kallelse or protokoll.

    With no document on the Dokument sheet, the årsredovisning of the latest closed year.
    """
    found = [(doc, request) for doc in registry().values() for request in doc.listed(inputs)]
    if not any(doc.kind.per_year for doc, _ in found) and inputs.accounting.balances:
        found.insert(0, (registry()["arsredovisning"], Request()))
    order = [(d.document, d.year) for d in inputs.activity.documents]
    position = lambda doc, r: order.index((doc.title, r.year)) if (doc.title, r.year) in order else -1  # noqa: E731
    return sorted(found, key=lambda item: (not item[0].kind.per_year, position(*item), item[1].meeting or date.min))


# --- yearly documents --------------------------------------------------------------

def yearly(key: str, title: str, resolve, checks: tuple[Check, ...], compute, context, **options) -> Document:
    """A document made once a year, listed on the Dokument sheet under `title`."""
    return Document(key=key, title=title, resolve=resolve, listed=listed_years(title), checks=checks,
                    compute=compute, context=context, **options)


def listed_years(title: str) -> Callable[[Inputs], list[Request]]:
    """The years the Dokument sheet lists for the document named `title`."""
    return lambda inputs: [Request(year=d.year) for d in inputs.activity.documents if d.document == title]


def year_asked(inputs: Inputs, request: Request, title: str, fallback: int | None,
               problems: Problems) -> tuple[int, DocumentInfo | None]:
    """The year asked for, else the latest on the Dokument sheet, else `fallback`; and its Dokument row."""
    years = [d.year for d in inputs.activity.documents if d.document == title]
    year = request.year or (request.period.year if request.period else None) or max(years, default=None) \
        or fallback
    if year is None:
        problems.error(next_row((d.source for d in inputs.activity.documents), VERKSAMHET.filename, "Dokument"),
                       "det går inte att avgöra vilket år dokumentet avser: inga saldon finns i redovisning.xlsx och "
                       "dokumentet finns inte på bladet Dokument i verksamhet.xlsx. Ange året med --year eller "
                       "lägg till dokumentet på bladet Dokument.")
        raise InputError(problems)
    return year, inputs.activity.info(title, year)


def scope_of(year: int, end: date, info: DocumentInfo | None, undecided_day: date) -> Scope:
    """A yearly document's scope: signed on its decision date, or on `undecided_day` while none is set."""
    decided = info.decided if info else None
    return Scope(year=year, end=end, day=decided or undecided_day, decided=decided,
                 place=info.place if info else None, ident=str(year))


def period_asked(inputs: Inputs, request: Request, year: int, title: str, problems: Problems) -> date:
    """The closing date within `year` asked for, else the year's latest."""
    found = periods(inputs.accounting, year)
    end = request.period or (found[-1] if found else None)
    if end not in found:
        where = next_row(inputs.accounting.balance_sources.values(), REDOVISNING.filename, "Saldon")
        if request.period is None:
            problems.error(where, f"inga saldon för en period under {year} (t.ex. {year}-06-30) finns; de behövs "
                                  f"för {definite(title)}.")
        else:
            listed = ", ".join(fmt.iso_date(d) for d in found) or "inga"
            problems.error(where, f"det finns inga saldon per {fmt.iso_date(end)} (perioder {year}: {listed}).")
        raise InputError(problems)
    return end


def closing_years(inputs: Inputs, year_end_only: bool) -> list[int]:
    return sorted({d.year for d in inputs.accounting.balances if ((d.month, d.day) == (12, 31)) == year_end_only})


# --- meeting documents -------------------------------------------------------------

def meeting_scope(inputs: Inputs, request: Request, problems: Problems) -> Scope:
    """The meeting asked for, else the latest in sammantraden/."""
    days = [m.day for m in inputs.meetings]
    day = request.meeting or max(days, default=None)
    if day is None:
        problems.error(Where(FOLDER), "det finns inga sammanträden i mappen; skapa ett med "
                                      f"\"{fmt.command('finsam init-mote DATUM', 'make init-mote MOTE=DATUM')}\".")
        raise InputError(problems)
    if day not in days:
        held = ", ".join(fmt.iso_date(d) for d in days) or "inga"
        problems.error(Where(FOLDER), f"det finns inget sammanträde {fmt.iso_date(day)} (sammanträden: {held}).")
        raise InputError(problems)
    return Scope(year=day.year, end=day, day=day, decided=day, ident=day.isoformat())


def meetings_where(held: bool) -> Callable[[Inputs], list[Request]]:
    """Meetings with attendance recorded (held: their protokoll), or without (to be held: their kallelse)."""
    return lambda inputs: [Request(meeting=m.day) for m in inputs.meetings if bool(m.attendees) == held]
