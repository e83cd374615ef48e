"""import-sie: balances (and costs per insats) from an SIE export into the förbund's workbooks.

The Saldon sheet of redovisning.xlsx gets the file's closing dates: its rows for those dates are replaced,
every other row, sheet, format and dropdown stays as it was. Nothing is written when the file has an error;
when it is written, the previous workbook is kept as a dated copy in sakerhetskopior/.
"""
from __future__ import annotations

import io
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from pipeline import files, fmt
from pipeline.checks import sie as checks
from pipeline.compute.sie import Closing, closings, object_costs
from pipeline.domain import SieFile
from pipeline.enums import Report
from pipeline.problems import InputError, Problems, Where
from pipeline.read.cells import nearest
from pipeline.read.forbundet import read_forbundet
from pipeline.read.insatser import read_insatser
from pipeline.read.redovisning import read_redovisning
from pipeline.read.sie import read_sie
from pipeline.read.xlsx import open_workbook
from pipeline.schema import FORBUNDET, INSATSER, REDOVISNING

BACKUPS = "sakerhetskopior"
PROJECT_DIMENSION = "6"  # SIE's dimension for projects, where grants are booked per insats


@dataclass
class Imported:
    """What an import did, for the message to the user."""

    sie: SieFile
    closings: list[Closing]
    costs: dict[tuple[str, int], Decimal] = field(default_factory=dict)
    backups: list[Path] = field(default_factory=list)


def import_sie(path: Path, folder: Path, problems: Problems, period: date | None = None,
               other_organisation: bool = False, insatser: bool = False) -> Imported:
    """Read `path`, check it, and write its balances into `folder`'s workbooks; raises InputError."""
    sie = read_sie(path, problems)
    if sie is None:
        raise InputError(problems)
    context = Problems()  # the workbooks as they are: their own problems are check's to report
    forbund_book = open_workbook(folder, FORBUNDET, problems)
    forbund = read_forbundet(forbund_book, context) if forbund_book else None
    problems.add(checks.organisation(sie, forbund, other_organisation))
    problems.add(checks.period_covered(sie, period))
    problems.add(checks.transactions_explain_balances(sie))
    problems.add(checks.years_not_ended(sie, period))
    if problems.has_errors:
        raise InputError(problems)
    found = closings(sie, period)
    problems.add(checks.closings_balance(sie, found))
    if not found:
        problems.error(Where(sie.name), "filen har inga saldon (#UB, #RES, #IB eller #PSALDO) att läsa in.")
    books = {spec: open_workbook(folder, spec, problems) for spec in ((REDOVISNING, INSATSER) if insatser
                                                                      else (REDOVISNING,))}
    if None in books.values():
        raise InputError(problems)
    accounting = read_redovisning(books[REDOVISNING], context)
    found = _keep_known_openings(sie, found, accounting.balances, problems)
    costs = _costs(sie, accounting, read_insatser(books[INSATSER], context), problems) if insatser else {}
    if problems.has_errors:
        raise InputError(problems)
    done = Imported(sie, found, costs)
    done.backups.append(_write_balances(folder / REDOVISNING.filename, sie, found))
    if insatser:
        done.backups.append(_write_costs(folder / INSATSER.filename, costs))
    return done


def _keep_known_openings(sie: SieFile, found: list[Closing], known: dict, problems: Problems) -> list[Closing]:
    """#IB gives the balance sheet at the day before the year, but not that year's result accounts: where
    the workbook already has that date, its rows stay; where it has not, the opening balances are written
    and the user told that the year before has no resultaträkning."""
    kept = []
    for c in found:
        if c.source != "#IB":
            kept.append(c)
        elif c.day in known:
            problems.warning(Where(sie.name), f"per {fmt.iso_date(c.day)} har filen bara ingående balanser (#IB); "
                                              "saldona som redan finns på bladet Saldon för den dagen behålls.")
        else:
            problems.warning(Where(sie.name), f"per {fmt.iso_date(c.day)} har filen bara ingående balanser (#IB): "
                                              "balansräkningen blir rätt, men årets resultat ligger då i eget kapital "
                                              "och resultatkontona för året före saknas. Exportera två räkenskapsår "
                                              "för att få med jämförelseåret.")
            kept.append(c)
    return kept


def _costs(sie: SieFile, accounting, grants, problems: Problems) -> dict[tuple[str, int], Decimal]:
    """Each insats' cost per year: the grant line's accounts, per object of the project dimension."""
    line = grants.books_line
    accounts = {a for a, *_ in sie.by_object if (rule := accounting.rule_for(a)) and rule.lines.get(Report.DR) == line}
    by_object = object_costs(sie, accounts, PROJECT_DIMENSION)
    if not by_object:
        problems.error(Where(sie.name), f"filen har inga transaktioner med projekt (dimension {PROJECT_DIMENSION}) på "
                                        f"kontona för raden \"{line}\"; kostnaderna per insats kan inte läsas in.")
        return {}
    names = [i.name for i in grants.insatser]
    costs: dict[tuple[str, int], Decimal] = {}
    for (obj, year), amount in sorted(by_object.items()):
        label = sie.objects.get((PROJECT_DIMENSION, obj), "")
        insats = next((n for n in names if n.casefold() in (" ".join(label.split()).casefold(), obj.casefold())),
                      None)
        if insats is None:
            hint = nearest(label or obj, names)
            suffix = f" Menade du \"{hint}\"?" if hint else ""
            problems.error(Where(sie.name), f"projektet {obj} \"{label}\" finns inte bland insatserna på bladet "
                                            f"Insatser.{suffix} Byt namn på insatsen eller på projektet.")
            continue
        costs[(insats, year)] = costs.get((insats, year), Decimal(0)) + amount
    return costs


def _backup(path: Path) -> Path:
    copy = path.parent / BACKUPS / f"{path.stem}-{datetime.now():%Y-%m-%d-%H%M%S}{path.suffix}"
    copy.parent.mkdir(exist_ok=True)
    shutil.copy2(path, copy)
    return copy


def _replace_rows(path: Path, sheet: str, key: str, keep, rows: list[dict]) -> Path:
    """The sheet's data rows: those `keep` accepts (by the value under `key`) where they were, and `rows`
    where the first replaced row stood (or after the last); written over the old ones in place, so that
    formats and dropdowns stay. The file is backed up first."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    header = [str(c.value).strip() if c.value is not None else "" for c in ws[1]]
    width = len(header)
    kept = [[c.value for c in row[:width]] for row in ws.iter_rows(min_row=2) if any(c.value is not None for c in row)]
    position = {name: header.index(name) for name in header if name}
    at = next((i for i, r in enumerate(kept) if not keep(r[position[key]])), len(kept))
    kept = [r for r in kept if keep(r[position[key]])]
    at = min(at, len(kept))
    combined = kept[:at] + [[row.get(name) for name in header] for row in rows] + kept[at:]
    styles = {i: ws.cell(2, i + 1)._style for i in range(width)} if ws.max_row >= 2 else {}
    last = max(ws.max_row, len(combined) + 1)
    for r in range(2, last + 1):
        values = combined[r - 2] if r - 2 < len(combined) else [None] * width
        for i, value in enumerate(values):
            cell = ws.cell(r, i + 1)
            cell.value = value
            if i in styles and value is not None:
                cell._style = styles[i]
    backup = _backup(path)
    buffer = io.BytesIO()
    book.save(buffer)
    files.write_atomically(path, buffer.getvalue())
    return backup


def _day(value) -> date | None:
    return value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None


def _cell(amount: Decimal) -> int | Decimal:
    """Whole kronor as an integer, öre as they are: written as the number, never through a float."""
    return int(amount) if amount == amount.to_integral_value() else amount


def _write_balances(path: Path, sie: SieFile, found: list[Closing]) -> Path:
    days = {c.day for c in found}
    rows = [{"Datum": datetime(c.day.year, c.day.month, c.day.day), "Konto": account,
             "Benämning": sie.accounts.get(account, ""), "Belopp": _cell(amount)}
            for c in sorted(found, key=lambda c: c.day, reverse=True) for account, amount in sorted(c.balances.items())]
    return _replace_rows(path, "Saldon", "Datum", lambda value: _day(value) not in days, rows)


def _write_costs(path: Path, costs: dict[tuple[str, int], Decimal]) -> Path:
    years = {y for _, y in costs}
    rows = [{"Insats": insats, "År": year, "Belopp": _cell(amount)} for (insats, year), amount in costs.items()]
    return _replace_rows(path, "Utfall", "År", lambda value: value not in years, rows)


def report(done: Imported, folder: Path) -> list[str]:
    """What the import did, in Swedish, a line each."""
    sie = done.sie
    lines = [f"Läste {sie.name}" + (f" ({sie.program})" if sie.program else "") + ": "
             + ", ".join(p for p in (sie.company, sie.orgnr) if p) + "."]
    years = "; ".join(f"{n}: {fmt.iso_date(s)}–{fmt.iso_date(e)}" for n, (s, e) in sorted(sie.years.items(), reverse=True))
    lines.append(f"Räkenskapsår i filen (#RAR) {years}; {sie.vouchers} verifikationer.")
    for c in done.closings:
        note = f", årets resultat lyft ur konto {c.result_moved}" if c.result_moved else ""
        lines.append(f"Per {fmt.iso_date(c.day)}: {len(c.balances)} konton ur {c.source}{note}; summan är 0 kr.")
    lines.append(f"Skrev bladet Saldon i {folder / REDOVISNING.filename}.")
    if done.costs:
        per_year = sorted({y for _, y in done.costs})
        lines.append(f"Skrev {len(done.costs)} kostnader per insats ({', '.join(map(str, per_year))}) på bladet "
                     f"Utfall i {folder / INSATSER.filename}.")
    lines.append("Tidigare version sparad: " + ", ".join(str(b.relative_to(folder)) for b in done.backups) + ".")
    lines.append("Kör make check för att se att kontona finns i kontoplanen.")
    return lines
