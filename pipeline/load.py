"""The one way in: read an input folder and reconcile its workbooks with each other."""
from __future__ import annotations

from pathlib import Path

from pipeline.domain import Inputs
from pipeline.problems import InputError, Problems
from pipeline.read.inputs import read_inputs
from pipeline.reconcile import reconcile
from pipeline.machinery.timing import stage


def load(folder: Path, problems: Problems) -> Inputs:
    """Every workbook of `folder`, reconciled; raises InputError when any problem is an error."""
    with stage("read"):
        inputs = reconcile(read_inputs(folder, problems), problems)
    if problems.has_errors:
        raise InputError(problems)
    return inputs
