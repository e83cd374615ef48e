"""Time per stage of a command, for the benchmark (tools/bench.py).

With FINSAM_TIMINGS=<file>, a command appends one JSON line with its stage times
(seconds) and its peak memory to that file when it ends. Stages nest: the time of a stage excludes the
time of stages entered inside it (charts are drawn while the context is built).
"""
from __future__ import annotations

import atexit
import json
import os
import time
from contextlib import contextmanager

from pipeline.machinery import portable

_totals: dict[str, float] = {}
_stack: list[list] = []  # [name, start, time spent in inner stages]
_helpers_mb = 0.0  # the largest peak memory of a child that worked for this command (pipeline/machinery/background.py)
served = False  # run by the warm process (pipeline/machinery/server.py), not by the command's own process


@contextmanager
def stage(name: str):
    entry = [name, time.perf_counter(), 0.0]
    _stack.append(entry)
    try:
        yield
    finally:
        _stack.pop()
        spent = time.perf_counter() - entry[1]
        _totals[name] = _totals.get(name, 0.0) + spent - entry[2]
        if _stack:
            _stack[-1][2] += spent


def note_memory(mb: float) -> None:
    global _helpers_mb
    _helpers_mb = max(_helpers_mb, mb)


def write() -> None:
    """The stage times, the peak memory (MB) of the process or of a child that drew for it, and the processor
    time (user + system) of the process and the children it waited for, as one line of FINSAM_TIMINGS."""
    target = os.environ.get("FINSAM_TIMINGS")
    if target:
        own = portable.peak_memory_mb()
        spent = os.times()
        record = {**_totals, "memory_mb": max(own, _helpers_mb), "served": served,
                  "cpu_s": spent.user + spent.system + spent.children_user + spent.children_system}
        with open(target, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")


atexit.register(write)
