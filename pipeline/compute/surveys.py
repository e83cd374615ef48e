"""Indicator-survey aggregates: negativt, varken eller, positivt, klart positivt, mean, response rate."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from pipeline.domain import Answers, Goal, Indicators, Survey
from pipeline.enums import AnswerGroup, GoalStatus, RespondentGroup
from pipeline.phrases import phrase


@dataclass(frozen=True)
class Aggregate:
    group: AnswerGroup
    counts: tuple[int, int, int, int, int, int]
    respondents: int | None  # who answered the survey in this group

    @property
    def n(self) -> int:
        return sum(self.counts)

    @property
    def negative(self) -> int:  # inte alls, till liten del
        return self.counts[0] + self.counts[1]

    @property
    def neutral(self) -> int:  # varken eller
        return self.counts[2]

    @property
    def positive(self) -> int:  # till stor del, till mycket stor del, helt och hållet
        return sum(self.counts[3:])

    @property
    def clearly_positive(self) -> int:  # till mycket stor del, helt och hållet
        return self.counts[4] + self.counts[5]

    @property
    def clear_share(self) -> Fraction | None:
        """Klart positivt as a share of the answers."""
        return Fraction(self.clearly_positive, self.n) if self.n else None

    @property
    def mean(self) -> Fraction | None:
        """Mean on the scale 1 (inte alls) to 6 (helt och hållet)."""
        if not self.n:
            return None
        return Fraction(sum((step + 1) * c for step, c in enumerate(self.counts)), self.n)

    @property
    def response_rate(self) -> Fraction | None:
        """Share of the group's respondents who answered this question."""
        return Fraction(self.n, self.respondents) if self.respondents else None


@dataclass(frozen=True)
class SurveyBlock:
    """One survey's answers to one question, as a block of a goal's table."""

    survey: Survey
    rows: list[Aggregate]  # samtliga first, then kvinnor and män unless suppressed
    suppressed: bool  # the gender split is withheld: too few respondents in a group
    group_name: str  # the förbund's name of the respondent group, else the product's

    @property
    def asked_share(self) -> Fraction:
        return Fraction(self.survey.asked, self.survey.population)

    @property
    def respondent_share(self) -> Fraction:
        return Fraction(self.survey.respondents, self.survey.asked)


@dataclass(frozen=True)
class QuestionTable:
    question: str
    text: str
    blocks: list[SurveyBlock]


def block(indicators: Indicators, survey: Survey, question: str) -> SurveyBlock | None:
    answers: dict[AnswerGroup, Answers] = {a.group: a for a in _answers_to(indicators, survey.key, question)}
    if AnswerGroup.ALL not in answers:
        return None
    known = [n for n in (survey.women, survey.men) if n is not None]
    suppressed = bool(known) and min(known) < indicators.min_per_gender
    genders = [g for g in (AnswerGroup.WOMEN, AnswerGroup.MEN) if g in answers]
    groups = [AnswerGroup.ALL] + ([] if suppressed else genders)
    rows = [Aggregate(g, answers[g].counts, survey.respondents_in(g)) for g in groups]
    return SurveyBlock(survey, rows, suppressed, indicators.group_names.get(survey.group, survey.group))


# The last answers grouped by survey and question, with the answers they were grouped from: a goal's tables
# look up each of its questions in each survey, which scanning every answer made quadratic at size.
_grouped: list[tuple[tuple, dict]] = []


def _answers_to(indicators: Indicators, survey: str, question: str) -> list[Answers]:
    """The answers of `survey` to `question`, in the order they were read."""
    if not (_grouped and _grouped[0][0] is indicators.answers):
        grouped: dict[tuple[str, str], list[Answers]] = {}
        for a in indicators.answers:
            grouped.setdefault((a.survey, a.question), []).append(a)
        _grouped[:] = [(indicators.answers, grouped)]
    return _grouped[0][1].get((survey, question), [])


def question_table(indicators: Indicators, question: str, year: int) -> QuestionTable:
    blocks = [
        b for s in indicators.surveys if s.year == year
        if (b := block(indicators, s, question)) is not None
    ]
    return QuestionTable(question, indicators.questions.get(question, ""), blocks)


def goal_tables(indicators: Indicators, goal: Goal) -> list[QuestionTable]:
    """The survey tables that are a goal's evidence, for the goal's year."""
    return [t for q in goal.evidence if (t := question_table(indicators, q, goal.year)).blocks]


# --- published means -------------------------------------------------------------------------

MEAN_YEARS = 3  # the year and the two before it


@dataclass(frozen=True)
class MeanRow:
    group: RespondentGroup
    name: str  # the förbund's name of the group, else the product's
    insatser: str | None  # a row of its own for the mean in these insatser
    values: tuple[Decimal | None, ...]  # one per year of the table, oldest first
    before: Decimal | None  # the year before's mean, for the change
    n: int | None
    spread: Decimal | None  # standard deviation
    low: Decimal | None  # ... or the range, whichever the förbund published
    high: Decimal | None


@dataclass(frozen=True)
class MeanTable:
    question: str | None  # None: the groups' overall means
    text: str
    years: tuple[int, ...]
    rows: list[MeanRow]
    decimals: int  # as the förbund publishes its means


def mean_table(indicators: Indicators, question: str | None, year: int) -> MeanTable | None:
    """The means given for `question` (or the groups' overall means) up to `year`, per group (and per insats
    when given), the total last; None when nothing is given for the year."""
    given = [m for m in indicators.means if m.question == question and m.year <= year]
    if not any(m.year == year for m in given):
        return None
    years = tuple(y for y in range(year - MEAN_YEARS + 1, year + 1) if any(m.year == y for m in given))
    rows = []
    for group in RespondentGroup:
        insatser = list(dict.fromkeys(m.insatser for m in given if m.group == group and m.year == year))
        for insats in sorted(insatser, key=lambda i: i is not None):  # the group as a whole first
            by_year = {m.year: m for m in given if (m.group, m.insatser) == (group, insats)}
            now = by_year[year]
            rows.append(MeanRow(group, indicators.group_names.get(group, group), insats,
                                tuple(by_year[y].mean if y in by_year else None for y in years),
                                by_year[year - 1].mean if year - 1 in by_year else None, now.n, now.spread, now.low, now.high))
    shown = [m for m in given if m.year in years]
    decimals = indicators.decimals if indicators.decimals is not None else max([1] + [m.decimals for m in shown])
    text = indicators.questions.get(question, "") if question else phrase("surveys.samlat_medelvarde_per_respondentgrupp")
    return MeanTable(question, text, years, rows, decimals)


def evidence_means(indicators: Indicators, goal: Goal) -> list[MeanTable]:
    """The tables of published means that are a goal's evidence: its questions, or groups named in Underlag
    (by the product's name or the förbund's own)."""
    tables = []
    for token in goal.evidence:
        if token in indicators.questions:
            table = mean_table(indicators, token, goal.year)
        else:
            group = indicators.group_named(token)
            table = mean_table(indicators, None, goal.year) if group else None
            if table is not None:
                table = replace(table, rows=[r for r in table.rows if r.group == group])
        if table is not None and table.rows:
            tables.append(table)
    return tables


def year_means(indicators: Indicators, year: int) -> list[MeanTable]:
    """Every published mean of the year: the groups' overall means, then question by question."""
    questions = [None] + [q for q in indicators.questions]
    return [t for q in questions if (t := mean_table(indicators, q, year)) is not None]


def goal_values(indicators: Indicators, goal: Goal) -> list[Fraction | Decimal]:
    """The means a goal's evidence gives for its year: published means, or the means of answer counts."""
    values: list[Fraction | Decimal] = [row.values[-1] for t in evidence_means(indicators, goal) for row in t.rows
                                        if row.values[-1] is not None]
    for table in goal_tables(indicators, goal):
        values += [b.rows[0].mean for b in table.blocks if b.rows and b.rows[0].mean is not None]
    return values


def status_from_target(indicators: Indicators, goal: Goal) -> GoalStatus | None:
    """A goal with a target mean ("medelvärde minst 4,5"): reached when every mean of its evidence reaches it,
    partly when some do, not when none does; None when its evidence gives no mean for the year."""
    if goal.target is None:
        return None
    values = goal_values(indicators, goal)
    if not values:
        return None
    reached = sum(v >= goal.target for v in values)
    if reached == len(values):
        return GoalStatus.REACHED
    return GoalStatus.PARTLY if reached else GoalStatus.NOT_REACHED
