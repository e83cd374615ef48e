"""The one way in: read an input folder and reconcile its workbooks with each other."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

from pipeline.domain import Inputs
from pipeline.problems import InputError, Problems
from pipeline.read.inputs import read_inputs
from pipeline.reconcile import reconcile
from pipeline.machinery.timing import stage


def load(folder: Path, problems: Problems) -> Inputs:
    """Every workbook of `folder`, reconciled; raises InputError when any problem is an error."""
    with stage("read"), collector_paused():
        inputs = reconcile(read_inputs(folder, problems), problems)
    if problems.has_errors:
        raise InputError(problems)
    return inputs


@contextmanager
def collector_paused():
    """Reading makes an object or three per row of every sheet, and nearly all of them live on: the cyclic
    garbage collector would go through them again and again as they are made (a third of the reading of a
    förbund with ten thousand accounts) and find nothing to free. Counting references frees the rest. The
    same holds for computing a document: an atom and an amount per balance, kept for the presentation."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
