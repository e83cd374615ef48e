"""Wording a reader sees that no template holds (the draft mark, say): one phrase file,
pipeline/data/fraser.csv, with a key and a text per row."""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

FILE = Path(__file__).resolve().parent / "data" / "fraser.csv"


@cache
def _phrases() -> dict[str, str]:
    with FILE.open(encoding="utf-8", newline="") as f:
        return {row["Nyckel"]: row["Text"] for row in csv.DictReader(f)}


def phrase(key: str, **values) -> str:
    """The phrase `key`, its {placeholders} filled from `values`."""
    return _phrases()[key].format(**values)
