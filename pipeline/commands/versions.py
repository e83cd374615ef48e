"""Earlier versions of a document, kept when a build gives a different one, and the version that was sent.

output/tidigare/<dokument>/ holds the previous files, named by the time they were built
(arsredovisning-2021-2026-03-02-1405.docx), the newest KEEP of them (FINSAM_TIDIGARE sets how many), and
the version sent with the kallelse (make pdf): <dokument>-skickad.docx. A comparison (make andringar) is
made against the sent version when there is one, else against the latest earlier version.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from pipeline.machinery import files

FOLDER = "tidigare"
KEEP = 10
SENT = "skickad"


def kept_count() -> int:
    try:
        return max(1, int(os.environ.get("FINSAM_TIDIGARE", KEEP)))
    except ValueError:
        return KEEP


def folder(document: Path) -> Path:
    return document.parent / FOLDER / document.stem


def before(document: Path) -> tuple[bytes, float] | None:
    """The document as it is before a build writes it again (its bytes and when it was written), or None."""
    try:
        return document.read_bytes(), document.stat().st_mtime
    except OSError:
        return None


def keep(document: Path, previous: tuple[bytes, float] | None) -> Path | None:
    """Keep the previous version when the build gave a different document; the oldest beyond the limit go."""
    if previous is None:
        return None
    data, written = previous
    try:
        if document.read_bytes() == data:
            return None
    except OSError:
        return None
    place = folder(document)
    place.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromtimestamp(written).strftime("%Y-%m-%d-%H%M%S")
    target = place / f"{document.stem}-{stamp}{document.suffix}"
    files.write_atomically(target, data)
    for old in earlier(document)[kept_count():]:
        old.unlink(missing_ok=True)
    return target


def earlier(document: Path) -> list[Path]:
    """The kept versions of `document`, newest first (the sent copy not among them)."""
    place = folder(document)
    if not place.is_dir():
        return []
    sent = sent_copy(document)
    return sorted((p for p in place.glob(f"{document.stem}-*{document.suffix}") if p != sent), reverse=True)


def sent_copy(document: Path) -> Path:
    return folder(document) / f"{document.stem}-{SENT}{document.suffix}"


def mark_sent(document: Path) -> Path:
    """Keep the document as the version sent (with the kallelse), the default to compare the next one with."""
    target = sent_copy(document)
    target.parent.mkdir(parents=True, exist_ok=True)
    files.write_atomically(target, document.read_bytes())
    return target


def default_against(document: Path) -> Path | None:
    """What `make andringar` compares with: the sent version when it differs from the document, else the
    latest earlier version."""
    sent = sent_copy(document)
    current = document.read_bytes()
    if sent.is_file() and sent.read_bytes() != current:
        return sent
    return next((p for p in earlier(document) if p.read_bytes() != current), None)
