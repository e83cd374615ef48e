"""Typed domain objects that readers produce and computations consume.

Amounts are `Decimal` kronor (öre allowed, never float). Shares are `Fraction`.
Every object read from a workbook carries its `source` (file, sheet, row and the cell
of each column), so that checks can name the cells behind a figure. Sources never take
part in equality: two objects with the same content are equal wherever they came from.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cached_property

from pipeline.enums import (
    AgendaKind,
    AnswerGroup,
    AttendanceRole,
    BoardRole,
    CashflowClass,
    ChiefTitle,
    DocumentTitle,
    Fulfilment,
    GoalCategory,
    GoalComputation,
    GoalStatus,
    InsatsKind,
    LineKind,
    ListKind,
    MemberKind,
    NoteContent,
    QuorumRule,
    Report,
    RespondentGroup,
    Unit,
)
from pipeline.problems import Source


def origin() -> Source | None:
    """The `source` field of every domain object: not compared, not printed."""
    return field(default=None, compare=False, repr=False)


def year_end(year: int) -> date:
    return date(year, 12, 31)


# --- What a document is about ----------------------------------------------------

@dataclass(frozen=True)
class Scope:
    """One document's year and dates, resolved once at the edge (command line, Dokument sheet).

    `end` is the closing date the figures run to (31 December, the delårsrapport's period
    end, the meeting's day); `day` is the document's own date, the board's decision date
    when the Dokument sheet gives one, which decides what was known and who signs.
    """

    year: int
    end: date
    day: date
    decided: date | None = None
    place: str | None = None
    ident: str = ""  # in the file name: the year, or the meeting's date

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def previous_end(self) -> date:
        return year_end(self.year - 1)

    @property
    def same_period_before(self) -> date:
        """The end of the same period a year earlier (28 February for a 29 February)."""
        return self.end.replace(year=self.year - 1, day=min(self.end.day, 28 if self.end.month == 2 else 31))


# --- Förbundet -----------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    name: str
    kind: MemberKind
    share: Fraction
    source: Source | None = origin()
    population: int | None = None
    start: date | None = None  # the day from which the share holds (Medlemmar, Från); None: from the beginning


def members_of(members: tuple[Member, ...], year: int) -> tuple[Member, ...]:
    """The members and shares that hold in `year`: of the sets of rows with the same Från, the one with the
    latest Från on or before 1 January of the year (a year's contributions are split once; rows without Från
    are the first set). A year before every set has the first set."""
    first_day = date(year, 1, 1)
    starts = sorted({m.start for m in members}, key=lambda d: d or date.min)
    held = [d for d in starts if d is None or d <= first_day]
    start = held[-1] if held else (starts[0] if starts else None)
    return tuple(m for m in members if m.start == start)


@dataclass(frozen=True)
class BoardMember:
    name: str
    role: BoardRole
    organisation: str
    start: date | None
    end: date | None
    source: Source | None = origin()

    @property
    def ordinary(self) -> bool:
        return self.role != BoardRole.SUBSTITUTE

    def serves_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def serves_during(self, first: date, last: date) -> bool:
        return (self.start is None or self.start <= last) and (self.end is None or first <= self.end)


@dataclass(frozen=True)
class StaffYear:
    employees: Decimal  # as shown in the five-year overview
    fte: Decimal | None = None  # årsarbetare
    sick_leave: Fraction | None = None  # share of working time
    employer: str | None = None  # a member that employs the staff: the förbund has no employees of its own

    @property
    def own_employees(self) -> bool:
        return self.employer is None and self.employees > 0


@dataclass(frozen=True)
class Forbund:
    name: str
    orgnr: str
    seat: str
    founded: date | None
    chief_title: ChiefTitle
    unit: Unit
    members: tuple[Member, ...]
    board: tuple[BoardMember, ...]
    staff: dict[int, StaffYear]
    colours: tuple[str, ...] = ()  # chart colours, e.g. "#1F3A5F"
    logo: bytes | None = None  # the image pasted into the workbook, for the title page
    ratio_decimals: int = 0  # soliditet 96,6 % with 1
    budget_in_income: bool = False  # the årsredovisning's resultaträkning with the year's budget
    budget_in_notes: bool = False  # the delårsrapport's notes with the period's budget
    seats: int | None = None  # ordinary board seats by the förbundsordning, vacancies included
    balance_requirement: bool | None = None  # the årsredovisning evaluates the balanskrav (None: not chosen)
    quorum_rule: QuorumRule = QuorumRule.MORE_THAN_HALF
    facts: Source | None = origin()  # the Uppgifter sheet: the cell of each fact
    staff_sources: dict[int, Source] = field(default_factory=dict, compare=False, repr=False)


# --- Redovisning ---------------------------------------------------------------

@dataclass(frozen=True)
class ReportLine:
    report: Report
    name: str
    kind: LineKind
    parent: str | None
    note: int | None
    cashflow: CashflowClass | None
    source: Source | None = origin()

    @property
    def is_post(self) -> bool:
        """A line that takes its amount from accounts."""
        return self.kind.is_result or self.kind in (LineKind.ASSET, LineKind.CLAIM)


@dataclass(frozen=True)
class AccountRule:
    """One row of the kontoplan: accounts first..last map to a line per report."""

    first: int
    last: int
    lines: dict[Report, str]  # report -> line name
    note_label: str | None
    note_group: str | None
    order: int
    source: Source | None = origin()
    member: str | None = None  # a member whose contribution the accounts hold (Kontoplan, Medlem)

    def covers(self, account: int) -> bool:
        return self.first <= account <= self.last


def find_rule(index: tuple[list[int], list[AccountRule]], account: int) -> AccountRule | None:
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
    content: NoteContent
    unit: Unit
    source: Source | None = origin()


@dataclass(frozen=True)
class Movement:
    year: int
    label: str
    amount: Decimal
    source: Source | None = origin()


@dataclass(frozen=True)
class Accounting:
    balances: dict[date, dict[int, Decimal]]  # closing date -> account -> signed balance
    account_names: dict[int, str]
    lines: tuple[ReportLine, ...]
    rules: tuple[AccountRule, ...]
    notes: tuple[NoteSpec, ...]
    pension_movements: tuple[Movement, ...]
    balance_sources: dict[tuple[date, int], Source] = field(default_factory=dict, compare=False, repr=False)
    actualisation: dict[int, Fraction] = field(default_factory=dict)  # year -> aktualiseringsgrad (RKR R10)
    balance_adjustments: tuple[Movement, ...] = ()  # from årets resultat to the balanskravsresultat

    def report_lines(self, report: Report) -> tuple[ReportLine, ...]:
        return self._lines_by_report.get(report, ())

    @cached_property
    def _lines_by_report(self) -> dict[Report, tuple[ReportLine, ...]]:
        grouped: dict[Report, list[ReportLine]] = {}
        for line in self.lines:
            grouped.setdefault(line.report, []).append(line)
        return {report: tuple(lines) for report, lines in grouped.items()}

    def rule_for(self, account: int) -> AccountRule | None:
        rules = self._rule_of
        if account not in rules:  # asked for each account by every statement, note and check: found once
            rules[account] = find_rule(self._rules_by_start, account)
        return rules[account]

    @cached_property
    def _rule_of(self) -> dict[int, AccountRule | None]:
        return {}

    @cached_property
    def memo(self) -> dict:
        """Results of computations on these (immutable) books, e.g. line amounts per report and date."""
        return {}

    @cached_property
    def _rules_by_start(self) -> tuple[list[int], list[AccountRule]]:
        ordered = sorted(self.rules, key=lambda r: r.first)
        return [r.first for r in ordered], ordered

    def balance_cells(self, day: date, accounts=None) -> list:
        """The Belopp cells of the balances of `day` (of `accounts` only, when given)."""
        wanted = None if accounts is None else set(accounts)
        return [source.at("Belopp") for (d, account), source in self.balance_sources.items()
                if d == day and (wanted is None or account in wanted)]


# --- Budget --------------------------------------------------------------------

@dataclass(frozen=True)
class BudgetItem:
    year: int
    name: str
    line: str  # driftsredovisning line
    amount: Decimal  # as entered: positive for both revenue and cost
    period: date | None = None  # None: the whole year; a date: 1 January up to and including it
    source: Source | None = origin()


@dataclass(frozen=True)
class ForecastEntry:
    year: int
    post: str
    amount: Decimal
    made: date | None  # when the forecast was made; None counts as the oldest
    source: Source | None = origin()


@dataclass(frozen=True)
class YearAmount:
    """One row of a sheet with a year and an amount (Tilldelning, Eget kapital)."""

    year: int
    amount: Decimal
    source: Source | None = origin()


@dataclass(frozen=True)
class Budget:
    items: tuple[BudgetItem, ...]
    allocations: tuple[YearAmount, ...]  # statlig tilldelning per year
    member_line: str = "Medlemsbidrag"  # driftsredovisning line budgeted from the allocation
    forecasts: tuple[ForecastEntry, ...] = ()
    equity_uses: tuple[YearAmount, ...] = ()  # planned use of eget kapital per year
    facts: Source | None = origin()

    @cached_property
    def state_allocation(self) -> dict[int, Decimal]:
        return {a.year: a.amount for a in self.allocations}

    @cached_property
    def equity_use(self) -> dict[int, Decimal]:
        return {a.year: a.amount for a in self.equity_uses}

    def year_items(self, year: int) -> list[BudgetItem]:
        return [item for item in self.items if item.year == year]


# --- Verksamhet ----------------------------------------------------------------

@dataclass(frozen=True)
class DocumentInfo:
    document: DocumentTitle
    year: int
    decided: date | None
    place: str | None
    source: Source | None = origin()


@dataclass(frozen=True)
class Span:
    """A run of text written in Word with one formatting: a line break is "\n", a non-breaking space
    "\u00a0"."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    link: str | None = None  # the address a hyperlink goes to


@dataclass(frozen=True)
class ProseParagraph:
    spans: tuple[Span, ...]
    listed: ListKind | None = None  # a list item: bulleted or numbered
    level: int = 0  # 0, or 1 in a list nested one level

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class ProseTable:
    rows: tuple[tuple[tuple[Span, ...], ...], ...]  # the first row is the header; each cell its spans


@dataclass(frozen=True)
class ProsePicture:
    image: bytes  # PNG, JPEG, GIF …, as pasted into Word
    description: str  # the alt text
    width_cm: float
    height_cm: float


Prose = ProseParagraph | ProseTable | ProsePicture


@dataclass(frozen=True)
class TextBlock:
    document: DocumentTitle
    year: int | None  # None: every year that has no text of its own for the section
    section: str
    heading: str | None
    text: str  # the plain text: a line per paragraph, list items starting with "- "
    source: Source | None = origin()
    written: date | None = None  # from this day on the text replaces earlier ones with its heading
    prose: tuple[Prose, ...] | None = None  # written in a Word file: the text with its formatting
    period: date | None = None  # a delårsrapport's Word file: the closing date of the report it is for


@dataclass(frozen=True)
class Goal:
    year: int
    category: GoalCategory
    text: str
    how: str | None
    measure: str | None
    follow_up: str | None
    status: GoalStatus | None
    comment: str | None
    forecast: str | None
    evidence: tuple[str, ...]  # question ids (or respondent groups) in indikatorer.xlsx
    computed: GoalComputation | None = None  # the document adds the figures
    source: Source | None = origin()
    target: Decimal | None = None  # "medelvärde minst": the status follows from the evidence's means
    adopted: date | None = None  # the goal holds from this day (None: the whole year)
    replaced: date | None = None  # ... until this day, when another goal replaced it

    def holds_on(self, day: date) -> bool:
        return (self.adopted is None or self.adopted <= day) and (self.replaced is None or day < self.replaced)


@dataclass(frozen=True)
class FollowUp:
    """A goal's status, comment and forecast as a report of `day` tells them (the Uppföljning sheet)."""

    goal: str
    year: int
    day: date
    status: GoalStatus | None
    comment: str | None
    forecast: str | None
    source: Source | None = origin()


@dataclass(frozen=True)
class Activity:
    documents: tuple[DocumentInfo, ...]
    texts: tuple[TextBlock, ...]
    goals: tuple[Goal, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()

    def info(self, document: DocumentTitle, year: int) -> DocumentInfo | None:
        return next((d for d in self.documents if d.document == document and d.year == year), None)

    def year_goals(self, year: int, day: date | None = None) -> list[Goal]:
        """The year's goals, those that hold on `day` when given."""
        return [g for g in self.goals if g.year == year and (day is None or g.holds_on(day))]

    def followed_up(self, goal: Goal, day: date) -> Goal:
        """The goal with the follow-up of the report dated `day`: the Uppföljning sheet's row for that day,
        or for the year end the Mål sheet's own columns (a follow-up without a date)."""
        dated = next((f for f in self.follow_ups if (f.goal, f.year, f.day) == (goal.text, goal.year, day)), None)
        if dated is not None:
            return replace(goal, status=dated.status, comment=dated.comment, forecast=dated.forecast)
        if day == year_end(goal.year):
            return goal
        return replace(goal, status=None, comment=None, forecast=None)

    def has_follow_up(self, goal: Goal, day: date) -> bool:
        if any((f.goal, f.year, f.day) == (goal.text, goal.year, day) for f in self.follow_ups):
            return True
        return day == year_end(goal.year) and any((goal.status, goal.comment, goal.forecast))


# --- Insatser ------------------------------------------------------------------

@dataclass(frozen=True)
class Insats:
    name: str
    owner: str
    co_applicants: str | None
    kind: InsatsKind
    start: date
    end: date
    closed: date | None  # slutredovisad: remaining money is no longer committed
    background: str | None
    purpose: str | None
    target_group: str | None
    method: str | None
    source: Source | None = origin()

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
    source: Source | None = origin()


@dataclass(frozen=True)
class Cost:
    """A grant cost booked for an insats in a year (the Utfall sheet)."""

    insats: str
    year: int
    amount: Decimal
    source: Source | None = origin()


@dataclass(frozen=True)
class Description:
    """An insats' texts as rewritten on `day` (the Beskrivningar sheet): they replace the earlier ones from then on."""

    insats: str
    day: date
    background: str | None
    purpose: str | None
    target_group: str | None
    method: str | None
    source: Source | None = origin()
    co_applicants: str | None = None


@dataclass(frozen=True)
class InsatsGoal:
    insats: str
    text: str
    fulfilled: Fulfilment | None
    outcome: str | None
    source: Source | None = origin()
    valid_from: date | None = None  # a later set of goals replaces the earlier from this day


@dataclass(frozen=True)
class InsatsFollowUp:
    """An insats as a report of `day` follows it up (the insatser.xlsx Uppföljning sheet)."""

    insats: str
    day: date
    status: str | None
    text: str | None
    source: Source | None = origin()


def grouped(items, key) -> dict:
    result: dict = {}
    for item in items:
        result.setdefault(key(item), []).append(item)
    return result


@dataclass(frozen=True)
class Grants:
    books_line: str  # driftsredovisning line that holds the grant costs
    insatser: tuple[Insats, ...]
    decisions: tuple[Decision, ...]
    costs: tuple[Cost, ...]
    goals: tuple[InsatsGoal, ...]
    facts: Source | None = origin()
    descriptions: tuple[Description, ...] = ()
    follow_ups: tuple[InsatsFollowUp, ...] = ()

    def goals_on(self, insats: str, day: date | None) -> list[InsatsGoal]:
        """The insats' goals that hold on `day`: those of the latest Från on or before it (undated goals hold
        until a dated set replaces them); every latest goal when `day` is None."""
        goals = self.goals_of.get(insats, [])
        starts = [g.valid_from for g in goals if g.valid_from and (day is None or g.valid_from <= day)]
        latest = max(starts, default=None)
        return [g for g in goals if g.valid_from == latest]

    def follow_up(self, insats: str, day: date | None) -> InsatsFollowUp | None:
        return self._follow_up_of.get((insats, day))

    @cached_property
    def _follow_up_of(self) -> dict[tuple[str, date], InsatsFollowUp]:
        """(insats, day) -> the first follow-up of the insats that day: asked for each insats of a document."""
        found: dict[tuple[str, date], InsatsFollowUp] = {}
        for f in self.follow_ups:
            found.setdefault((f.insats, f.day), f)
        return found

    @cached_property
    def decisions_of(self) -> dict[str, list[Decision]]:
        return grouped(self.decisions, lambda d: d.insats)

    @cached_property
    def goals_of(self) -> dict[str, list[InsatsGoal]]:
        return grouped(self.goals, lambda g: g.insats)

    @cached_property
    def costs_of(self) -> dict[str, list[Cost]]:
        return grouped(self.costs, lambda c: c.insats)

    def cost(self, insats: str, year: int) -> Decimal:
        return sum((c.amount for c in self.costs_of.get(insats, []) if c.year == year), Decimal(0))


# --- Indikatorer ---------------------------------------------------------------

@dataclass(frozen=True)
class Survey:
    key: str
    year: int
    group: RespondentGroup
    insatser: str | None
    population: int
    asked: int
    respondents: int
    women: int | None
    men: int | None
    source: Source | None = origin()
    closed: date | None = None  # the survey's closing day; None: the end of its year

    @property
    def known_from(self) -> date:
        return self.closed or date(self.year, 12, 31)

    def respondents_in(self, group: AnswerGroup) -> int | None:
        """How many of the group answered (None when the split by gender was not given)."""
        return {AnswerGroup.ALL: self.respondents, AnswerGroup.WOMEN: self.women, AnswerGroup.MEN: self.men}[group]


@dataclass(frozen=True)
class Answers:
    survey: str
    question: str
    group: AnswerGroup
    counts: tuple[int, int, int, int, int, int]  # inte alls … helt och hållet
    source: Source | None = origin()


@dataclass(frozen=True)
class SusYear:
    year: int
    women: int
    men: int
    source: Source | None = origin()


@dataclass(frozen=True)
class Mean:
    """A published survey result: a group's mean on the scale 1–6, for a question or for the group as a whole."""

    year: int
    group: RespondentGroup
    question: str | None  # None: the group's overall mean
    mean: Decimal
    n: int | None
    spread: Decimal | None  # standard deviation, when given
    insatser: str | None  # given: the mean of these insatser's respondents, a row of its own
    source: Source | None = origin()
    closed: date | None = None  # the survey's closing day; None: the end of its year
    low: Decimal | None = None  # the range of the answers, when the förbund publishes it instead of a deviation
    high: Decimal | None = None

    @property
    def known_from(self) -> date:
        return self.closed or date(self.year, 12, 31)

    @property
    def decimals(self) -> int:
        """The decimals the mean was typed with (4.71 -> 2)."""
        return max(0, -self.mean.normalize().as_tuple().exponent)


@dataclass(frozen=True)
class Indicators:
    min_per_gender: int
    surveys: tuple[Survey, ...]
    questions: dict[str, str]  # id -> text
    answers: tuple[Answers, ...]
    sus: tuple[SusYear, ...]
    means: tuple[Mean, ...] = ()
    group_names: dict[RespondentGroup, str] = field(default_factory=dict)  # the förbund's own names
    decimals: int | None = None  # decimals of published means; None: as typed

    def known_on(self, day: date) -> Indicators:
        """The surveys and means whose survey had closed by `day`: what a document of that day could know."""
        return replace(self, surveys=tuple(s for s in self.surveys if s.known_from <= day),
                       means=tuple(m for m in self.means if m.known_from <= day))

    def group_named(self, token: str) -> RespondentGroup | None:
        """The respondent group a goal's Underlag names, by the product's name or the förbund's own."""
        wanted = token.strip().lower()
        return next((g for g in RespondentGroup if wanted in (g.lower(), self.group_names.get(g, "").lower())), None)


# --- Sammanträden ---------------------------------------------------------------

@dataclass(frozen=True)
class Attendee:
    name: str
    role: AttendanceRole
    organisation: str | None
    replaces: str | None  # the ordinary member an ersättare serves for
    first: int | None  # first paragraph attended; None = from the start
    last: int | None  # last paragraph attended; None = to the end
    comment: str | None
    source: Source | None = origin()

    def present_at(self, paragraph: int) -> bool:
        return (self.first is None or self.first <= paragraph) and (self.last is None or paragraph <= self.last)


@dataclass(frozen=True)
class AgendaItem:
    title: str
    kind: AgendaKind
    text: str | None
    decisions: tuple[str, ...]  # as written; empty = the standard decision for the kind
    insats: str | None
    applicant: str | None
    co_applicants: str | None
    insats_kind: InsatsKind | None
    amount: Decimal | None
    start: date | None
    end: date | None
    pay_out: bool | None
    source: Source | None = origin()


@dataclass(frozen=True)
class Meeting:
    file: str
    day: date
    time: str | None
    place: str | None
    adjuster: str | None  # justerare
    secretary: str | None
    first_paragraph: int | None  # as written; reconciled: continued from the year's previous meeting
    adjusted: date | None  # the day of justering, planned or done
    posted: date | None
    taken_down: date | None
    kept_at: str | None
    attendees: tuple[Attendee, ...]
    agenda: tuple[AgendaItem, ...]
    facts: Source | None = origin()


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
    books: tuple[BookFile, ...] = ()  # the accounting exports read from bokforing/, for check's listing


@dataclass(frozen=True)
class BookFile:
    """An accounting export of bokforing/ and the closing dates whose balances came from it."""

    name: str
    company: str
    dates: tuple[tuple[date, str], ...]  # (day, the records it came from: "#UB och #RES", "#IB", "#TRANS" …)



# --- SIE (an export of the accounting system) -------------------------------------------------------------

@dataclass(frozen=True)
class SieFile:
    """What an SIE file says, as the builds and import-sie need it: the organisation, its financial years (0 the
    latest, −1 the one before), accounts and objects, balances per year, and the vouchers' transactions summed
    per account and day (and per account, day and object), which is all any balance or cost needs.

    Amounts are signed as in the books: debit positive, credit negative."""

    name: str  # the file's name, for messages
    program: str
    sie_type: str
    company: str
    orgnr: str
    years: dict[int, tuple[date, date]]  # #RAR
    accounts: dict[int, str]  # #KONTO
    objects: dict[tuple[str, str], str]  # (dimension, object) -> name (#OBJEKT)
    opening: dict[tuple[int, int], Decimal]  # (year, account) -> #IB
    closing: dict[tuple[int, int], Decimal]  # #UB
    results: dict[tuple[int, int], Decimal]  # #RES
    periods: dict[tuple[int, int, int], Decimal]  # (year, YYYYMM, account) -> #PSALDO (without objects)
    daily: dict[tuple[int, date], Decimal]  # (account, day) -> the day's #TRANS
    by_object: dict[tuple[int, date, str, str], Decimal]  # (account, day, dimension, object) -> #TRANS
    vouchers: int  # how many #VER
    generated: date | None = None  # #GEN, or #OMFATTN: the day the balances are as of
    lines: dict[tuple, int] = field(default_factory=dict)  # ("UB", year, account) -> the line, for messages

    @property
    def has_vouchers(self) -> bool:
        return self.vouchers > 0
