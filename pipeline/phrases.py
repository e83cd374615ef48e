"""Wording a reader sees that no template holds (the draft mark, say): one phrase file,
pipeline/data/fraser.csv, with a key and a text per row, and the grammatical forms sentences need
("<Titel>, bestämd form": årsredovisningen), so that no code builds Swedish grammar."""
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


def definite(title: str) -> str:
    """A document title in the definite form a sentence needs: Årsredovisning -> årsredovisningen."""
    return phrase(f"{title}, bestämd form")
