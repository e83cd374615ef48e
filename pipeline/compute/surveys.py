"""Indicator-survey aggregates: negativt, varken eller, positivt, klart positivt, mean, response rate."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from pipeline.domain import Answers, Goal, Indicators, Survey
from pipeline.enums import AnswerGroup


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
    answers: dict[AnswerGroup, Answers] = {
        a.group: a for a in indicators.answers if a.survey == survey.key and a.question == question
    }
    if AnswerGroup.ALL not in answers:
        return None
    known = [n for n in (survey.women, survey.men) if n is not None]
    suppressed = bool(known) and min(known) < indicators.min_per_gender
    genders = [g for g in (AnswerGroup.WOMEN, AnswerGroup.MEN) if g in answers]
    groups = [AnswerGroup.ALL] + ([] if suppressed else genders)
    rows = [Aggregate(g, answers[g].counts, survey.respondents_in(g)) for g in groups]
    return SurveyBlock(survey, rows, suppressed)


def question_table(indicators: Indicators, question: str, year: int) -> QuestionTable:
    blocks = [
        b for s in indicators.surveys if s.year == year
        if (b := block(indicators, s, question)) is not None
    ]
    return QuestionTable(question, indicators.questions.get(question, ""), blocks)


def goal_tables(indicators: Indicators, goal: Goal) -> list[QuestionTable]:
    """The survey tables that are a goal's evidence, for the goal's year."""
    return [t for q in goal.evidence if (t := question_table(indicators, q, goal.year)).blocks]
