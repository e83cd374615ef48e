"""Checks on the board's goals."""
from __future__ import annotations

from pipeline.domain import Inputs, Scope
from pipeline.problems import Problem, warning


def goals_have_status(inputs: Inputs, scope: Scope) -> list[Problem]:
    return [warning(goal.source.at("Status"), f"målet \"{goal.text}\" ({scope.year}) saknar status.")
            for goal in inputs.activity.year_goals(scope.year) if goal.status is None]
