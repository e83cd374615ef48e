"""import-sie: an SIE export checked and copied into the förbund's bokforing/ folder, where every build reads it.

Nothing else is written: the workbooks stay exactly as Excel saved them. The file is checked as a build would
check it (the file by itself, then against the workbooks and the other exports: the kontoplan, the Saldon and
Utfall sheets, another export of the same year), and copied whole under a name from its company and year; an
existing file is never replaced, so two imports at once either both land, under their names, or one is refused.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline import fmt
from pipeline.machinery import files
from pipeline.domain import BookFile, SieFile
from pipeline.problems import InputError, Problems, Where
from pipeline.read import sie_checks as checks
from pipeline.read.bokforing import FOLDER, OTHER_ORGANISATION, read_export, read_exports, same_years, with_books, \
    with_costs
from pipeline.read.forbundet import read_forbundet
from pipeline.read.insatser import read_insatser
from pipeline.read.redovisning import read_redovisning
from pipeline.read.xlsx import open_workbook
from pipeline.schema import FORBUNDET, INSATSER, REDOVISNING


@dataclass
class Imported:
    """What an import did, for the message to the user."""

    sie: SieFile
    target: Path
    dates: BookFile
    costs: int
    already: bool  # the same file was there already


def file_name(sie: SieFile, other_organisation: bool) -> str:
    """bokforing/<company>-<year>.se: the company (#FNAMN, else #ORGNR) in plain letters, the calendar year
    the file's own financial year ends in."""
    plain = unicodedata.normalize("NFKD", sie.company or sie.orgnr or "bokforing").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "bokforing"
    year = (sie.years[0] if 0 in sie.years else max(sie.years.values()))[1].year
    return f"{slug}-{year}" + (f"-{OTHER_ORGANISATION}" if other_organisation else "") + ".se"


def import_sie(path: Path, folder: Path, problems: Problems, period: date | None = None,
               other_organisation: bool = False) -> Imported:
    """Check `path` and copy it into `folder`/bokforing; raises InputError, with nothing written."""
    context = Problems()  # the folder as it is: its own problems are check's to report
    books = {spec: open_workbook(folder, spec, context) for spec in (FORBUNDET, REDOVISNING, INSATSER)}
    if books[FORBUNDET] is None or books[REDOVISNING] is None:  # not the förbund's folder, or one not ready
        problems.add(context.errors)
        raise InputError(problems)
    forbund = read_forbundet(books[FORBUNDET], context)
    new = read_export(path, path.name, forbund, problems, other_organisation)
    if new is None:
        raise InputError(problems)
    problems.add(checks.period_covered(new.sie, period))
    target = folder / FOLDER / file_name(new.sie, other_organisation)
    others = [e for e in read_exports(folder, forbund, context) if e.name != f"{FOLDER}/{target.name}"]
    found = Problems()
    same_years(others + [new], found)
    costs = ()
    accounting, listing = with_books(read_redovisning(books[REDOVISNING], context), others + [new], found)
    if books[INSATSER] is not None:
        costs = with_costs(read_insatser(books[INSATSER], context), accounting, [new], found).costs
    problems.add(p for p in found.items if any(place.file == new.name for place in p.places))
    if problems.has_errors:
        raise InputError(problems)
    data = path.read_bytes()
    already = target.exists() or not files.create_new(target, data)
    if already and target.read_bytes() != data:
        problems.error([Where(path.name), Where(f"{FOLDER}/{target.name}")],
                       f"{FOLDER}/{target.name} finns redan, med en annan export av samma år. Ta bort (eller flytta) "
                       "den gamla filen ur mappen bokforing om den nya ska gälla, och kör igen.")
        raise InputError(problems)
    dates = next((b for b in listing if b.name == new.name), BookFile(new.name, new.sie.company, ()))
    count = sum(1 for c in costs if getattr(c.source, "file", None) == new.name)
    return Imported(new.sie, target, dates, count, already)


def report(done: Imported, folder: Path) -> list[str]:
    """What the import did, in Swedish, a line each."""
    sie = done.sie
    lines = [f"Läste {sie.name}" + (f" ({sie.program})" if sie.program else "") + ": "
             + ", ".join(p for p in (sie.company, sie.orgnr) if p) + "."]
    years = "; ".join(f"{n}: {fmt.iso_date(s)}–{fmt.iso_date(e)}" for n, (s, e) in sorted(sie.years.items(), reverse=True))
    lines.append(f"Räkenskapsår i filen (#RAR) {years}; {sie.vouchers} verifikationer.")
    for day, source in done.dates.dates:
        lines.append(f"Per {fmt.iso_date(day)}: saldon ur {source}.")
    if done.costs:
        lines.append(f"Kostnaden per insats och år: {done.costs} belopp ur projekten.")
    if done.already:
        lines.append(f"{done.target} fanns redan, med samma innehåll; inget skrevs.")
    else:
        lines.append(f"Kopierade filen till {done.target}. Byggen och {fmt.command('finsam check', 'make check')} "
                     "läser den där; ingen arbetsbok ändrades.")
    return lines
