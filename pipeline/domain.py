"""Typed domain objects that readers produce and computations consume.

Amounts are `Decimal` kronor (öre allowed, never float). Shares are `Fraction`.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from decimal import Decimal
from fractions import Fraction


# --- Förbundet -----------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    name: str
    kind: str  # stat | region | kommun
    share: Fraction


@dataclass(frozen=True)
class BoardMember:
    name: str
    role: str  # ordförande | vice ordförande | ledamot | ersättare
    organisation: str
    start: date | None
    end: date | None

    @property
    def ordinary(self) -> bool:
        return self.role != "ersättare"

    def serves_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Forbund:
    name: str
    orgnr: str
    seat: str
    founded: date | None
    chief_title: str
    unit: str  # tkr | kr
    members: tuple[Member, ...]
    board: tuple[BoardMember, ...]
    staff: dict[int, Decimal]  # year -> number of employees
    colours: tuple[str, ...] = ()  # chart colours, e.g. "#1F3A5F"
    logo: bytes | None = None  # the image pasted into the workbook, for the title page


# --- Redovisning ---------------------------------------------------------------

RR, BR, DR = "Resultaträkning", "Balansräkning", "Driftsredovisning"

REVENUE_KINDS = ("intäkt", "finansiell intäkt")
COST_KINDS = ("kostnad", "finansiell kostnad")
RESULT_KINDS = REVENUE_KINDS + COST_KINDS
ASSET_KIND = "tillgång"
CLAIM_KIND = "eget kapital/skuld"
RESULT_LINE_KIND = "årets resultat"
SUM_KIND = "summa"
HEADING_KIND = "rubrik"


@dataclass(frozen=True)
class ReportLine:
    report: str
    name: str
    kind: str
    parent: str | None
    note: int | None
    cashflow: str | None

    @property
    def is_post(self) -> bool:
        """A line that takes its amount from accounts."""
        return self.kind in RESULT_KINDS or self.kind in (ASSET_KIND, CLAIM_KIND)


@dataclass(frozen=True)
class AccountRule:
    """One row of the kontoplan: accounts first..last map to a line per report."""

    first: int
    last: int
    lines: dict[str, str]  # report -> line name
    note_label: str | None
    note_group: str | None
    order: int

    def covers(self, account: int) -> bool:
        return self.first <= account <= self.last


def find_rule(index: tuple[list[int], list["AccountRule"]], account: int) -> "AccountRule | None":
    """The kontoplan row covering `account`, by bisection over rows sorted by their first account.

    Rows do not overlap (the reader rejects overlaps), so only the row starting at or
    before the account can cover it.
    """
    starts, rules = index
    position = bisect_right(starts, account) - 1
    if position >= 0 and rules[position].covers(account):
        return rules[position]
    return None


@dataclass(frozen=True)
class NoteSpec:
    number: int
    title: str
    content: str  # konton | pensionsavsättning
    unit: str  # kr | tkr


@dataclass(frozen=True)
class Movement:
    year: int
    label: str
    amount: Decimal


@dataclass(frozen=True)
class Accounting:
    balances: dict[date, dict[int, Decimal]]  # closing date -> account -> signed balance
    account_names: dict[int, str]
    lines: tuple[ReportLine, ...]
    rules: tuple[AccountRule, ...]
    notes: tuple[NoteSpec, ...]
    pension_movements: tuple[Movement, ...]

    def report_lines(self, report: str) -> tuple[ReportLine, ...]:
        return self._lines_by_report.get(report, ())

    @cached_property
    def _lines_by_report(self) -> dict[str, tuple[ReportLine, ...]]:
        grouped: dict[str, list[ReportLine]] = {}
        for line in self.lines:
            grouped.setdefault(line.report, []).append(line)
        return {report: tuple(lines) for report, lines in grouped.items()}

    def rule_for(self, account: int) -> AccountRule | None:
        return find_rule(self._rules_by_start, account)

    @cached_property
    def memo(self) -> dict:
        """Results of computations on these (immutable) books, e.g. line amounts per report and date."""
        return {}

    @cached_property
    def _rules_by_start(self) -> tuple[list[int], list[AccountRule]]:
        ordered = sorted(self.rules, key=lambda r: r.first)
        return [r.first for r in ordered], ordered


# --- Budget --------------------------------------------------------------------

@dataclass(frozen=True)
class BudgetItem:
    year: int
    name: str
    line: str  # driftsredovisning line
    amount: Decimal  # as entered: positive for both revenue and cost
    period: date | None = None  # None: the whole year; a date: 1 January up to and including it


@dataclass(frozen=True)
class ForecastEntry:
    year: int
    post: str
    amount: Decimal
    made: date | None  # when the forecast was made; None counts as the oldest


@dataclass(frozen=True)
class Budget:
    items: tuple[BudgetItem, ...]
    state_allocation: dict[int, Decimal]  # year -> statlig tilldelning
    member_line: str = "Medlemsbidrag"  # driftsredovisning line budgeted from the allocation
    forecasts: tuple[ForecastEntry, ...] = ()
    equity_use: dict[int, Decimal] = field(default_factory=dict)  # year -> planned use of eget kapital


# --- Verksamhet ----------------------------------------------------------------

@dataclass(frozen=True)
class DocumentInfo:
    document: str
    year: int
    decided: date | None
    place: str | None


@dataclass(frozen=True)
class TextBlock:
    document: str
    year: int
    section: str
    heading: str | None
    text: str


@dataclass(frozen=True)
class Goal:
    year: int
    category: str  # verksamhet | finansierade insatser | finansiella
    text: str
    how: str | None
    measure: str | None
    follow_up: str | None
    status: str | None  # uppnått | i hög grad uppnått | delvis uppnått | ej uppnått
    comment: str | None
    forecast: str | None
    evidence: tuple[str, ...]  # question ids in indikatorer.xlsx
    computed: str | None = None  # e.g. "eget kapital mot 20 %": the document adds the figures


@dataclass(frozen=True)
class Activity:
    documents: tuple[DocumentInfo, ...]
    texts: tuple[TextBlock, ...]
    goals: tuple[Goal, ...] = ()

    def info(self, document: str, year: int) -> DocumentInfo | None:
        return next((d for d in self.documents if d.document == document and d.year == year), None)

    def blocks(self, document: str, year: int, section: str) -> list[TextBlock]:
        return [t for t in self.texts if (t.document, t.year, t.section) == (document, year, section)]


    def year_goals(self, year: int) -> list[Goal]:
        return [g for g in self.goals if g.year == year]


# --- Insatser ------------------------------------------------------------------

@dataclass(frozen=True)
class Insats:
    name: str
    owner: str
    co_applicants: str | None
    kind: str  # individinriktad | strukturinriktad
    start: date
    end: date
    closed: date | None  # slutredovisad: remaining money is no longer committed
    background: str | None
    purpose: str | None
    target_group: str | None
    method: str | None

    def active_in(self, year: int) -> bool:
        return self.start.year <= year <= self.end.year


@dataclass(frozen=True)
class Decision:
    insats: str
    day: date
    paragraph: str
    amount: Decimal
    start: date | None
    end: date | None


@dataclass(frozen=True)
class InsatsGoal:
    insats: str
    text: str
    fulfilled: str | None  # ja | delvis | nej
    outcome: str | None


@dataclass(frozen=True)
class Grants:
    books_line: str  # driftsredovisning line that holds the grant costs
    insatser: tuple[Insats, ...]
    decisions: tuple[Decision, ...]
    costs: dict[tuple[str, int], Decimal]  # (insats, year) -> cost booked that year
    goals: tuple[InsatsGoal, ...]

    @cached_property
    def decisions_of(self) -> dict[str, list[Decision]]:
        return _grouped(self.decisions, lambda d: d.insats)

    @cached_property
    def goals_of(self) -> dict[str, list[InsatsGoal]]:
        return _grouped(self.goals, lambda g: g.insats)

    @cached_property
    def costs_of(self) -> dict[str, list[tuple[int, Decimal]]]:
        grouped: dict[str, list[tuple[int, Decimal]]] = {}
        for (name, year), amount in self.costs.items():
            grouped.setdefault(name, []).append((year, amount))
        return grouped


def _grouped(items, key) -> dict:
    grouped: dict = {}
    for item in items:
        grouped.setdefault(key(item), []).append(item)
    return grouped


# --- Indikatorer ---------------------------------------------------------------

@dataclass(frozen=True)
class Survey:
    key: str
    year: int
    group: str  # respondent group
    insatser: str | None
    population: int
    asked: int
    respondents: int
    women: int | None
    men: int | None


@dataclass(frozen=True)
class Answers:
    survey: str
    question: str
    group: str  # samtliga | kvinnor | män
    counts: tuple[int, int, int, int, int, int]  # inte alls … helt och hållet


@dataclass(frozen=True)
class Indicators:
    min_per_gender: int
    surveys: tuple[Survey, ...]
    questions: dict[str, str]  # id -> text
    answers: tuple[Answers, ...]
    sus: dict[int, tuple[int, int]]  # year -> (women, men)


# --- Sammanträden ---------------------------------------------------------------

@dataclass(frozen=True)
class Attendee:
    name: str
    role: str  # ordinarie ledamot | ersättare | övrig
    organisation: str | None
    replaces: str | None  # the ordinary member an ersättare serves for
    first: int | None  # first paragraph attended; None = from the start
    last: int | None  # last paragraph attended; None = to the end
    comment: str | None

    def present_at(self, paragraph: int) -> bool:
        return (self.first is None or self.first <= paragraph) and (self.last is None or paragraph <= self.last)


@dataclass(frozen=True)
class AgendaItem:
    title: str
    kind: str
    text: str | None
    decisions: tuple[str, ...]  # as written; empty = the standard decision for the kind
    insats: str | None
    applicant: str | None
    co_applicants: str | None
    insats_kind: str | None
    amount: Decimal | None
    start: date | None
    end: date | None
    pay_out: bool | None


@dataclass(frozen=True)
class Meeting:
    file: str
    day: date
    time: str | None
    place: str
    adjuster: str | None  # justerare
    secretary: str | None
    first_paragraph: int | None  # as written; once read, continued from the year's previous meeting
    posted: date | None
    taken_down: date | None
    kept_at: str | None
    attendees: tuple[Attendee, ...]
    agenda: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class Inputs:
    forbund: Forbund
    accounting: Accounting
    budget: Budget
    activity: Activity
    grants: Grants
    indicators: Indicators
    source: str = field(default="")  # the input folder, for messages
    meetings: tuple[Meeting, ...] = ()
