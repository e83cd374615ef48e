"""Reader of the accounting exports in bokforing/: SIE files, read where they lie at every build and check.

Each file gives the balances of the closing dates it covers (the end of each financial year that had ended when
it was written, from #UB and #RES; the day before a year from #IB when nothing else gives that date; the month
ends of a year still running, and the same days a year before, from the vouchers or #PSALDO) and, where its
grant accounts carry a project (SIE dimension 6) per insats, each insats' cost per year. The Saldon and Utfall
sheets keep what no file covers; the same date (or insats and year) from a file and from a sheet is an error
naming both, as are two files of the same financial year.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
import sys
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from pipeline import fmt
from pipeline.machinery import files
from pipeline.domain import Accounting, BookFile, Cost, Forbund, Grants, SieFile
from pipeline.enums import Report
from pipeline.problems import LineSource, Problems, Where, error
from pipeline.read import sie_checks as checks
from pipeline.read.cells import nearest
from pipeline.read.redovisning import unknown_account
from pipeline.read.sie import parse
from pipeline.read.sie_balances import (
    Closing,
    a_year_before,
    closings,
    has_periods,
    object_costs,
    period_balances,
    running_periods,
    year_ended,
    year_of,
)
from pipeline.schema import INSATSER

FOLDER = "bokforing"
SUFFIXES = (".se", ".si", ".sie")
OTHER_ORGANISATION = "annan-org"  # in a file's name: read although its organisation is not the förbund's
PROJECT_DIMENSION = "6"  # SIE's dimension for projects, where grants are booked per insats

# How firmly a file gives a date: its own financial year (and the months of it so far) first, then the
# earlier years it repeats, then what only stands in for a missing date (#IB, the same period a year before).
OWN, EARLIER, STAND_IN = 0, 1, 2


@dataclass(frozen=True)
class Export:
    """One file of bokforing/, read and checked."""

    name: str  # bokforing/<file>, as messages name it
    sie: SieFile

    @property
    def own_year(self) -> tuple[date, date]:
        return self.sie.years[0] if 0 in self.sie.years else max(self.sie.years.values())

    def where(self, *key) -> Where:
        return Where(self.name, line=self.sie.lines.get(key))


def sie_paths(folder: Path) -> list[Path]:
    """The SIE files of `folder`/bokforing (the folder is optional); our own temporary files are not."""
    directory = folder / FOLDER
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~"))
                  and p.is_file())


def read_export(path: Path, name: str, forbund: Forbund | None, problems: Problems,
                other_allowed: bool | None = None) -> Export | None:
    """One file, with every check of the file by itself; None when it has an error. Another organisation's
    books are read when `other_allowed`, by default when the file's name says "annan-org"."""
    local = Problems()
    try:
        sie, found = _checked(path, name)
    except OSError as exc:
        sie, found = None, [error(Where(name), f"filen kan inte läsas: {fmt.os_error(exc)}")]
    local.add(found)
    if sie is not None:
        if other_allowed is None:
            other_allowed = OTHER_ORGANISATION in path.stem.casefold()
        local.add(checks.organisation(sie, forbund, other_allowed))
    problems.add(local.items)
    return None if sie is None or local.has_errors else Export(name, sie)


def _checked(path: Path, name: str) -> tuple[SieFile | None, list]:
    """The file read and checked by itself, kept in the cache under a hash of its content: a file of 100 000
    vouchers costs its hash (shared with the up-to-date fingerprint), not its reading, on every build after
    the first."""
    digest = hashlib.sha256(_version() + name.encode("utf-8") + b"\0" + files.content_digest(path))
    key = digest.hexdigest()
    try:
        return pickle.loads(files.kept("sie", key) or b"")
    except Exception:  # noqa: BLE001 - not kept yet, or an entry that cannot be read: read anew
        pass
    sie, found = parse(path.read_bytes(), name)
    if sie is not None:
        own = Problems()
        own.add(checks.period_covered(sie, None))
        if not own.has_errors:
            own.add(checks.transactions_explain_balances(sie))
            own.add(checks.closings_balance(sie, closings(sie) + running_periods(sie)))
        found = found + own.items
        sie = _per_year(sie)
    files.keep("sie", key, pickle.dumps((sie, found)))
    return sie, found


def _per_year(sie: SieFile) -> SieFile:
    """The file with its costs per object summed per financial year (dated at the year's end) rather than per
    day: all the costs per insats need, and what keeps the kept result of a large file small."""
    summed: dict[tuple, Decimal] = {}
    ends = {}
    for (account, day, dimension, obj), amount in sie.by_object.items():
        end = ends.get(day)
        if end is None:
            year = year_of(sie, day)
            end = ends[day] = sie.years[year][1] if year is not None else day
        key = (account, end, dimension, obj)
        summed[key] = summed.get(key, Decimal(0)) + amount
    return replace(sie, by_object=summed)


@functools.cache
def _version() -> bytes:
    """What a kept result depends on besides the file: the modules that read and check it, and Python."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(sys.version.encode())
    for source in ("bokforing.py", "sie.py", "sie_balances.py", "sie_checks.py", "../domain.py", "../problems.py"):
        digest.update((here / source).read_bytes())
    return digest.digest()



def read_exports(folder: Path, forbund: Forbund | None, problems: Problems) -> list[Export]:
    """Every file of bokforing/ that reads without an error; two of the same financial year are an error."""
    exports = [e for p in sie_paths(folder) if (e := read_export(p, f"{FOLDER}/{p.name}", forbund, problems))]
    same_years(exports, problems)
    return exports


def same_years(exports: list[Export], problems: Problems) -> None:
    """Two exports of the same financial year: which one holds is not for the program to guess."""
    for i, one in enumerate(exports):
        for other in exports[i + 1:]:
            (a, b), (c, d) = one.own_year, other.own_year
            if a <= d and c <= b:
                problems.error([one.where("RAR", 0), other.where("RAR", 0)],
                               f"båda filerna är exporter av räkenskapsåret {fmt.iso_date(a)}–{fmt.iso_date(b)}. "
                               "Behåll den senaste och ta bort (eller flytta) den andra ur mappen bokforing.")


@dataclass(frozen=True)
class _Offer:
    closing: Closing
    export: Export
    rank: int


def _offers(exports: list[Export], sheet_days) -> list[_Offer]:
    offers = []
    for export in exports:
        sie = export.sie
        for c in closings(sie):
            own = c.source != "#IB" and c.day == export.own_year[1]
            offers.append(_Offer(c, export, STAND_IN if c.source == "#IB" else OWN if own else EARLIER))
        offers += [_Offer(c, export, OWN) for c in running_periods(sie)]
    periods = {d for d in sheet_days if (d.month, d.day) != (12, 31)} | \
              {o.closing.day for o in offers if o.closing.source in ("#TRANS", "#PSALDO")}
    for export in exports:
        sie = export.sie
        for year, (start, end) in sorted(sie.years.items()):
            if not year_ended(sie, year) or not has_periods(sie, year):
                continue
            for day in sorted({a_year_before(d) for d in periods}):
                if start <= day < end and (closing := period_balances(sie, day)) is not None:
                    offers.append(_Offer(closing, export, STAND_IN))
    return offers


def _chosen(offers: list[_Offer], sheet: dict[date, list], problems: Problems) -> dict[date, _Offer]:
    """Per date, the one offer that gives it: the sheet's rows (`sheet`: their sources by date) for a date a
    file gives as its own or as an earlier year are an error; among files, the firmest offer, then the latest
    export."""
    chosen: dict[date, _Offer] = {}
    for offer in sorted(offers, key=lambda o: (o.rank, -o.export.own_year[1].toordinal())):
        day = offer.closing.day
        if day in chosen:
            continue
        if day in sheet:
            if offer.rank != STAND_IN:
                problems.error([*(source.at("Datum") for source in sheet[day]), offer.export.where("RAR", 0)],
                               f"saldona per {fmt.iso_date(day)} finns både på bladet Saldon och i "
                               f"{offer.export.name} ({offer.closing.source}). Ta bort raderna för den dagen från "
                               "bladet Saldon: bokföringens export gäller.")
            continue
        chosen[day] = offer
    return chosen


def _line(sie: SieFile, closing: Closing, account: int) -> int | None:
    """The line of the record that gave `account`'s balance (#UB, #RES, #IB), else of the year's #RAR."""
    if closing.source == "#IB":
        year, labels = next((n for n, (s, _) in sie.years.items() if (s - closing.day).days == 1), None), ("IB",)
    else:
        year, labels = year_of(sie, closing.day), ("RES", "UB") if closing.source == "#UB och #RES" else ()
    return next((sie.lines[(k, year, account)] for k in labels if (k, year, account) in sie.lines),
                sie.lines.get(("RAR", year)))


def with_books(accounting: Accounting, exports: list[Export], problems: Problems) -> tuple[Accounting,
                                                                                            tuple[BookFile, ...]]:
    """The books as the Saldon sheet and the exports give them together, and which file gave which dates."""
    if not exports:
        return accounting, ()
    sheet: dict[date, list] = {}
    for (day, _), source in accounting.balance_sources.items():
        sheet.setdefault(day, []).append(source)
    chosen = _chosen(_offers(exports, sheet), sheet, problems)
    balances, names = dict(accounting.balances), dict(accounting.account_names)
    sources = dict(accounting.balance_sources)
    ordered = sorted(accounting.rules, key=lambda r: r.first)
    unknown: set[int] = set()
    for day, offer in sorted(chosen.items()):
        sie, export = offer.export.sie, offer.export
        if offer.closing.source == "#IB":
            problems.warning(export.where("RAR", 0),
                             f"per {fmt.iso_date(day)} har filen bara ingående balanser (#IB): balansräkningen blir "
                             "rätt, men årets resultat ligger då i eget kapital och resultatkontona för året före "
                             "saknas. Exportera två räkenskapsår för att få med jämförelseåret.")
        balances[day] = {}
        for account, amount in sorted(offer.closing.balances.items()):
            place = LineSource(export.name, _line(sie, offer.closing, account))
            if accounting.rule_for(account) is None:
                if ordered and account not in unknown:
                    unknown_account(account, sie.accounts.get(account), place.at("Konto"), ordered, problems)
                    unknown.add(account)
                continue
            balances[day][account] = amount
            sources[(day, account)] = place
            if account not in names and sie.accounts.get(account):
                names[account] = sie.accounts[account]
    listing = tuple(BookFile(e.name, e.sie.company, tuple((d, o.closing.source) for d, o in sorted(chosen.items())
                                                          if o.export is e)) for e in exports)
    return replace(accounting, balances=balances, account_names=names, balance_sources=sources), listing


def with_costs(grants: Grants, accounting: Accounting, exports: list[Export], problems: Problems) -> Grants:
    """The grant costs with each insats' cost per year from the exports whose grant accounts carry projects
    named as the insatser; an Utfall row for the same insats and year is an error naming both."""
    names = [i.name for i in grants.insatser]
    typed = {(c.insats, c.year): c for c in grants.costs}
    found: dict[tuple[str, int], Cost] = {}
    for export in exports:
        sie = export.sie
        accounts = {a for a, *_ in sie.by_object
                    if (rule := accounting.rule_for(a)) and rule.lines.get(Report.DR) == grants.books_line}
        by_object = object_costs(sie, accounts, PROJECT_DIMENSION)
        labels = {obj: sie.objects.get((PROJECT_DIMENSION, obj), "") for obj, _ in by_object}
        matched = {obj: _insats(obj, label, names) for obj, label in labels.items()}
        if not any(matched.values()):
            continue  # the projects are not the insatser: the Utfall sheet holds the costs
        for (obj, year), amount in sorted(by_object.items()):
            insats = matched[obj]
            where = export.where("OBJEKT", PROJECT_DIMENSION, obj)
            if insats is None:
                hint = nearest(labels[obj] or obj, names)
                suffix = f" Menade du \"{hint}\"?" if hint else ""
                problems.error(where, f"projektet {obj} \"{labels[obj]}\" finns inte bland insatserna på bladet "
                                      f"Insatser.{suffix} Byt namn på insatsen eller på projektet.")
                continue
            key = (insats, year)
            if key in typed:
                problems.error([typed[key].source.at("Belopp"), where],
                               f"{insats} har ett utfall för {year} både på bladet Utfall i {INSATSER.filename} och "
                               f"i {export.name}. Ta bort raden på bladet Utfall: bokföringens export gäller.")
                continue
            before = found.get(key)
            found[key] = Cost(insats, year, amount + (before.amount if before else Decimal(0)),
                              LineSource(export.name, where.line))
    if not found:
        return grants
    return replace(grants, costs=tuple(c for c in grants.costs if (c.insats, c.year) not in found)
                   + tuple(found.values()))


def _insats(obj: str, label: str, names: list[str]) -> str | None:
    wanted = (" ".join(label.split()).casefold(), obj.casefold())
    return next((n for n in names if n.casefold() in wanted), None)


def describe(book: BookFile) -> str:
    """Which dates a file gave, for check: "bokforing/x.se (Förbundet): 2024-12-31 (#IB), …"."""
    dates = ", ".join(f"{fmt.iso_date(d)} ({source})" for d, source in book.dates) or "inga datum (alla finns redan " \
                                                                                      "på annat håll)"
    return f"{book.name}" + (f" ({book.company})" if book.company else "") + f": saldon per {dates}."

