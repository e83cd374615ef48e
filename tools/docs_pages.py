"""Writes docs/bilder/<document>.png: one rendered page of each document of the examples.

Needs LibreOffice and pdftoppm (poppler-utils). Run: python tools/docs_pages.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from pipeline.cli import main  # noqa: E402

# (input folder, document, year, page to show)
PAGES = [
    ("examples/jamtland-2021", "arsredovisning", 2021, 4),
    ("examples/harnosand-timra", "delarsrapport", 2021, 10),
    ("examples/harnosand-timra", "verksamhetsplan", 2022, 10),
]


def build() -> None:
    target = ROOT / "docs" / "bilder"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for folder, document, year, page in PAGES:
            result = CliRunner().invoke(main, ["build", document, "--input", str(ROOT / folder), "--output", tmp,
                                               "--year", str(year), "--pdf"], catch_exceptions=False)
            if result.exit_code:
                raise SystemExit(result.output)
            pdf = Path(tmp) / f"{document}-{year}.pdf"
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(target / document)], check=True)
            print(f"wrote {target / document}.png")


if __name__ == "__main__":
    build()
