"""Building the documents of many förbund at once: one worker process per core.

Each förbund is read once and all its documents (those its inputs list) are built into
a folder of their own, so no two builds write the same file. Workers import the
libraries once and build many documents, which is where a batch saves most of its time.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    folder: str
    written: list[str]
    report: str  # problems (errors and warnings) in Swedish, or ""
    failed: bool
    drafts: tuple = ()  # what was built marked UTKAST (pipeline.build.Built)


def forbund_folders(root: Path) -> list[Path]:
    """The sub-folders of `root` that hold a förbund's workbooks."""
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "forbundet.xlsx").exists())


def build_forbund(folder: Path, output: Path, layout: bool) -> Outcome:
    """Every document the förbund's inputs list; none is written when any of them has an error."""
    from pipeline.build import checked_all, write
    from pipeline.documents import listed
    from pipeline.load import load
    from pipeline.problems import InputError, Problems
    from pipeline.render.layout import LayoutError

    problems = Problems()
    written: list[str] = []
    drafts = []
    try:
        inputs = load(folder, problems)
        for doc, scope, lacking in checked_all(listed(inputs), inputs, problems):
            built = write(doc, inputs, scope, problems, output / folder.name, layout, lacking=lacking)
            written.append(str(built.document))
            drafts += [built] if built.draft else []
    except InputError:
        return Outcome(folder.name, written, problems.report(), True)
    except LayoutError as exc:
        return Outcome(folder.name, written, f"Fel: {exc}", True)
    return Outcome(folder.name, written, problems.report(), False, tuple(drafts))


def build_all(root: Path, output: Path, jobs: int | None, layout: bool) -> list[Outcome]:
    folders = forbund_folders(root)
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(folders) == 1:
        return [build_forbund(f, output, layout) for f in folders]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(build_forbund, folders, [output] * len(folders), [layout] * len(folders)))
