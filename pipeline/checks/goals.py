"""Checks on the board's goals: each report's goals are followed up for its date."""
from __future__ import annotations

from datetime import date

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.compute.goals import goal_results
from pipeline.domain import Inputs, Scope, year_end
from pipeline.problems import Problem, warning
from pipeline.schema import VERKSAMHET


def _lacking(inputs: Inputs, scope: Scope, report_day: date) -> list:
    return [r for r in goal_results(inputs.activity, inputs.indicators, scope.year, scope.day, report_day)
            if r.status is None and not inputs.activity.has_follow_up(r.goal, report_day)]


def goals_have_status(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The årsredovisning: every goal has a status at the year's end (or one computed from its target mean)."""
    return [warning(r.goal.source.at("Status"), f"målet \"{r.goal.text}\" ({scope.year}) saknar status. Ange den på "
                                                "bladet Mål, eller på bladet Uppföljning med datum "
                                                f"{fmt.iso_date(year_end(scope.year))}.")
            for r in goal_results(inputs.activity, inputs.indicators, scope.year, scope.day, year_end(scope.year))
            if r.status is None]


def goals_followed_up(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The delårsrapport: every goal has a follow-up for the period's end (the Uppföljning sheet)."""
    where = next_row((f.source for f in inputs.activity.follow_ups), VERKSAMHET.filename, "Uppföljning")
    return [warning(where, f"målet \"{r.goal.text}\" ({scope.year}) saknar uppföljning per {fmt.iso_date(scope.end)}. "
                           f"Lägg till en rad på bladet Uppföljning med År {scope.year}, målet och Datum "
                           f"{fmt.iso_date(scope.end)}; delårsrapporten visar inte årets slutliga uppföljning.")
            for r in _lacking(inputs, scope, scope.end)]
