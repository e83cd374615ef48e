"""The board's goals as a report tells them: those that hold on its day, followed up for its date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.compute.surveys import MeanTable, QuestionTable, evidence_means, goal_tables, status_from_target
from pipeline.domain import Activity, Goal, Indicators
from pipeline.enums import GoalStatus


@dataclass(frozen=True)
class GoalResult:
    goal: Goal  # with the follow-up (status, comment, forecast) of the report's date
    status: GoalStatus | None  # as followed up, else computed from the goal's target mean
    computed: bool  # the status was computed from the target mean
    tables: list[QuestionTable]  # evidence from answer counts
    means: list[MeanTable]  # evidence from published means


def goal_results(activity: Activity, indicators: Indicators, year: int, day: date,
                 report_day: date) -> list[GoalResult]:
    """The year's goals that hold on `day` (the document's date), followed up as of `report_day`
    (31 December, or the delårsrapport's period end), with the survey results known on `day`."""
    indicators = indicators.known_on(day)
    results = []
    for goal in activity.year_goals(year, day):
        followed = activity.followed_up(goal, report_day)
        computed = status_from_target(indicators, goal) if followed.status is None else None
        results.append(GoalResult(followed, followed.status or computed, computed is not None,
                                  goal_tables(indicators, goal), evidence_means(indicators, goal)))
    return results
