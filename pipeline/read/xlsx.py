"""Opening workbooks safely and reading their sheets into validated rows.

Every problem is added to `Problems` with file, sheet and cell; reading goes on so
that one run reports everything that is wrong in a workbook.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import pickle
import re
import sys
import warnings
import zipfile
from collections.abc import Mapping
from itertools import compress, count, repeat
from operator import is_, itemgetter
from datetime import date, datetime
from pathlib import Path

from python_calamine import CalamineWorkbook

from pipeline import fmt
from pipeline.machinery import files
from pipeline.problems import Problems, Source, Where
from pipeline.read.cells import SLOW, Parsed, is_blank, nearest, parse, quick_column
from pipeline.schema import README_SHEET, Column, FieldSheet, TableSheet, WorkbookSpec

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # legacy .xls and password-protected .xlsx
_CELL_WITH_TYPE = re.compile(rb'<c r="([A-Z]+[0-9]+)"([^>]*?)(?<!/)>(.*?)</c>', re.S)
_VALUE = re.compile(rb"<v>[^<]+</v>")
_VALUE_TEXT = re.compile(rb"<v>([^<]+)</v>")
_ERROR = re.compile(rb't="e"')
UNSAVED_FORMULA = ("cellen innehåller en formel utan sparat värde (arbetsboken har skrivits av ett program, "
                   "inte sparats i Excel). Öppna arbetsboken i Excel och spara den, så räknas formeln ut.")
# Excel's error values, as the file stores them (in English) -> as Swedish Excel shows them, and the cause.
EXCEL_ERRORS = {
    "#REF!": ("#REFERENS!", "formeln pekar på en cell eller ett blad som har tagits bort"),
    "#DIV/0!": ("#DIVISION/0!", "formeln delar med noll eller med en tom cell"),
    "#N/A": ("#SAKNAS!", "formeln hittar inte värdet den letar efter (t.ex. med LETARAD)"),
    "#VALUE!": ("#VÄRDEFEL!", "formeln räknar med text eller ett värde av fel slag"),
    "#NAME?": ("#NAMN?", "formeln använder ett namn eller en funktion som inte finns"),
    "#NUM!": ("#OGILTIGT!", "formeln ger ett tal som inte går att räkna ut"),
    "#NULL!": ("#SKÄRNING!", "formelns områden skär inte varandra"),
    "#SPILL!": ("#SPILL!", "formelns resultat får inte plats"),
    "#CALC!": ("#CALC!", "formeln kan inte räknas ut"),
}


def error_value_message(value: str) -> str:
    swedish, cause = EXCEL_ERRORS.get(value, (value, "formeln ger ett fel"))
    shown = swedish if swedish == value else f"{swedish} ({value})"
    return f"cellen visar Excels felvärde {shown}: {cause}. Rätta formeln, eller skriv in värdet."


class Row:
    """One table row: typed values by column name, and where it came from (its `Source`). The rows of a
    sheet share `columns`, column name -> position in `values`."""

    __slots__ = ("values", "source", "columns")

    def __init__(self, values: tuple, source: Source, columns: dict[str, int]):
        self.values, self.source, self.columns = values, source, columns

    @property
    def number(self) -> int:
        return self.source.row

    def __getitem__(self, column: str) -> object:
        try:
            return self.values[self.columns[column]]
        except KeyError:
            raise KeyError(f"{self.source.sheet} has no column {column!r}") from None  # a bug: see the schema

    def where(self, column: str) -> Where:
        return self.source.at(column)


def picked(rows: list[Row], *columns: str) -> list[tuple[Row, tuple]]:
    """Each row with its values of `columns`: a reader's loop over a long sheet, without a lookup per cell."""
    if not rows:
        return []
    positions = [rows[0].columns[c] for c in columns]  # a sheet's rows share their columns
    pick = itemgetter(*positions) if len(positions) > 1 else lambda values: (values[positions[0]],)
    return [(r, pick(r.values)) for r in rows]


class Sheets:
    """The sheets of one open workbook, as lists of raw cell values."""

    def __init__(self, path: Path, rows_by_sheet: dict[str, list[tuple]],
                 unsaved: dict[str, dict[str, str]] | None = None):
        self.path = path
        self.file = path.name
        self._rows = rows_by_sheet
        # sheet -> cell -> why its value cannot be read: a formula with no saved value, an Excel error value
        self.unsaved = unsaved or {}
        self.images: list[bytes] = []  # pictures pasted into the workbook, in file order

    @property
    def names(self) -> list[str]:
        return list(self._rows)

    def rows(self, sheet: str) -> list[tuple]:
        return self._rows[sheet]


def open_workbook(folder: Path, spec: WorkbookSpec, problems: Problems, filename: str | None = None) -> Sheets | None:
    """The workbook `spec.filename` (or `filename`) in `folder`, or None after adding the reason."""
    name = filename or spec.filename
    path = folder / name
    where = Where(name)
    stem = path.stem
    for other in (f"{stem}.xls", f"{stem}.xlsm"):
        if (folder / other).exists() and not path.exists():
            kind = "makron körs aldrig" if other.endswith(".xlsm") else "det gamla Excel-formatet läses inte"
            problems.error(Where(other), f"filen har fel format ({kind}). Spara den som Excel-arbetsbok "
                                         f"(.xlsx) med namnet {name}.")
            return None
    if not path.exists():
        problems.error(where, f"arbetsboken saknas i mappen {folder}. Kör "
                              f"\"{fmt.command(f'finsam init {folder}', f'make init INPUT={folder}')}\" för att få en "
                              "tom arbetsbok att fylla i.")
        return None
    lock = folder / f"~${name}"
    if lock.exists():
        problems.error(where, f"arbetsboken är öppen i Excel (låsfilen {lock.name} finns). "
                              "Stäng den i Excel och kör igen.")
        return None
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except OSError as exc:
        problems.error(where, f"arbetsboken kan inte läsas: {fmt.os_error(exc)}")
        return None
    if head == _OLE_SIGNATURE:
        problems.error(where, "arbetsboken är lösenordsskyddad eller sparad i det gamla .xls-formatet. "
                              "Ta bort lösenordet och spara som Excel-arbetsbok (.xlsx).")
        return None
    try:
        rows, unsaved, images = _contents(path)
    except Exception as exc:  # noqa: BLE001 - any failure to parse means: not a readable workbook
        problems.error(where, f"filen kan inte läsas som en Excel-arbetsbok ({type(exc).__name__}). "
                              "Öppna den i Excel och spara den igen som .xlsx.")
        return None
    sheets = Sheets(path, rows, unsaved)
    sheets.images = images
    return sheets


def _contents(path: Path) -> tuple[dict[str, list], dict[str, dict[str, str]], list[bytes]]:
    """The workbook's cell values by sheet, its unreadable cells by sheet and its pictures, kept in the cache
    under a hash of its content: a sheet of ten thousand accounts is parsed once (0.3 s), and read back from
    the cache (0.04 s) while the file is the same."""
    key = hashlib.sha256(_version() + files.content_digest(path)).hexdigest()
    try:
        return pickle.loads(files.kept("xlsx", key) or b"")
    except Exception:  # noqa: BLE001 - not kept yet, or an entry that cannot be read: read anew
        pass
    rows = _rows(path)
    with zipfile.ZipFile(path) as archive:
        unsaved = {name: _unreadable(archive.read(part)) for name, part in _sheet_parts(archive).items()}
        images = [archive.read(n) for n in sorted(archive.namelist())
                  if n.startswith("xl/media/") and n.lower().endswith((".png", ".jpg", ".jpeg"))]
    files.keep("xlsx", key, pickle.dumps((rows, unsaved, images), protocol=pickle.HIGHEST_PROTOCOL))
    return rows, unsaved, images


@functools.cache
def _version() -> bytes:
    """What a kept workbook depends on besides the file: this module, the calamine that parsed it, Python."""
    digest = hashlib.sha256(f"{sys.version} {importlib.metadata.version('python-calamine')}".encode())
    digest.update(Path(__file__).read_bytes())
    return digest.digest()


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's rows, read fast with calamine; with openpyxl when calamine cannot convert a value
    (it panics, outside Python's Exception, on e.g. a duration beyond its range)."""
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        return {name: [tuple(r) for r in workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)]
                for name in workbook.sheet_names}
    except BaseException as exc:  # noqa: BLE001 - pyo3's PanicException derives from BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
    import openpyxl  # only here: it is slow to import, and calamine reads nearly every workbook

    with warnings.catch_warnings():  # openpyxl warns of the same cells the readers then name
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return {ws.title: [tuple(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
                    for ws in book.worksheets}
        finally:
            book.close()


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the XML part inside the archive that holds it."""
    from xml.etree import ElementTree

    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in ElementTree.fromstring(archive.read("xl/workbook.xml")).iter():
        if sheet.tag.endswith("}sheet"):
            target = targets.get(sheet.get(rel_ns), "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if part in archive.namelist():
                parts[sheet.get("name")] = part
    return parts


def _unreadable(xml: bytes) -> dict[str, str]:
    """Cells that would read as empty but are not: a formula with no saved value, or an Excel error value
    (#REF!, #DIV/0! …). Cell -> the message. Only the cells around a formula or an error value are parsed (a
    data validation's <formula1> is neither)."""
    found = {}
    end = 0
    for mark in _marks(xml):
        if mark < end:
            continue  # in the cell just read
        match = _CELL_WITH_TYPE.match(xml, max(xml.rfind(b"<c ", 0, mark), 0))
        if match is None or match.end() < mark:
            continue  # not inside a cell
        end = match.end()
        cell, attributes, body = match.group(1).decode(), match.group(2), match.group(3)
        if _ERROR.search(attributes):
            value = _VALUE_TEXT.search(body)
            found[cell] = error_value_message(value.group(1).decode() if value else "#VALUE!")
        elif b"<f" in body and not _VALUE.search(body):
            found[cell] = UNSAVED_FORMULA
    return found


def _marks(xml: bytes) -> list[int]:
    """Where a formula (<f>, not a data validation's <formula1>) or an error value (t="e") starts, in order;
    found with bytes.find, which scans a sheet of a hundred thousand cells in a few milliseconds."""
    marks = []
    for needle in (b"<f", b't="e"'):
        at = xml.find(needle)
        while at >= 0:
            if needle != b"<f" or xml[at + 2:at + 3] in (b" ", b">", b"/"):
                marks.append(at)
            at = xml.find(needle, at + 1)
    return sorted(marks)


def column_letter(number: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet_rows(book: Sheets, name: str, problems: Problems) -> list[tuple] | None:
    if name in book.names:
        return book.rows(name)
    hint = nearest(name, [n for n in book.names if n != README_SHEET])
    suffix = f" Närmast finns bladet \"{hint}\"; byt namn på det." if hint else ""
    problems.error(Where(book.file), f"bladet \"{name}\" saknas.{suffix}")
    return None


def _parse_cell(value: object, column: Column, book: Sheets, sheet: str, cell: str, problems: Problems,
                unsaved: dict[str, str]) -> object:
    """The typed value of one cell; a Where is made only when there is something to say."""
    if cell in unsaved:
        problems.error(Where(book.file, sheet, cell), f"{column.name}: {unsaved[cell]}")
        return None
    if is_blank(value):
        if column.required:
            problems.error(Where(book.file, sheet, cell),
                           f"cellen är tom. Här ska stå {column.name.lower()} ({column.kind.value}).")
        return None
    parsed = parse(value, column.kind, column.choices)
    if not parsed.error and column.positive and parsed.value < 0:
        parsed = Parsed(error=f"{fmt.kr(parsed.value)} är negativt, men här skrivs beloppet som ett positivt "
                              "tal (både intäkter och kostnader). Ta bort minustecknet.")
    if parsed.error:
        problems.error(Where(book.file, sheet, cell), f"{column.name}: {parsed.error}")
    elif parsed.warning:
        problems.warning(Where(book.file, sheet, cell), f"{column.name}: {parsed.warning}")
    return parsed.value


def read_table(book: Sheets, sheet: TableSheet, problems: Problems) -> list[Row]:
    """Rows of a table sheet (or of the sheet under an older name); the header (row 1) may order the columns
    freely."""
    name = next((n for n in sheet.aliases if n in book.names and sheet.name not in book.names), sheet.name)
    if sheet.optional and name not in book.names:
        return []
    raw = _sheet_rows(book, name, problems)
    if raw is None:
        return []
    header = [str(v).strip() if v is not None else "" for v in (raw[0] if raw else ())]
    positions: dict[str, int] = {}
    lowered = [h.lower() for h in header]
    if not any(c.name.lower() in lowered for c in sheet.columns) and (lower := _header_below(raw, sheet)):
        problems.error(Where(book.file, name, "rad 1"),
                       f"rubrikraden ska stå på rad 1, men står på rad {lower}. Ta bort raderna ovanför den.")
        return []
    for column in sheet.columns:
        if column.name.lower() in lowered:
            positions[column.name] = lowered.index(column.name.lower())
        elif not column.required:
            continue  # an optional column may be left out altogether
        else:
            hint = nearest(column.name, [h for h in header if h])
            suffix = f" Närmast finns \"{hint}\"; byt namn på den." if hint else ""
            problems.error(Where(book.file, name, "rad 1"),
                           f"kolumnen \"{column.name}\" saknas i rubrikraden.{suffix}")
    if any(c.required and c.name not in positions for c in sheet.columns):
        return []
    return _table_rows(book, name, raw[1:], [(c, positions.get(c.name)) for c in sheet.columns], problems)


def _table_rows(book: Sheets, name: str, body: list, columns: list[tuple[Column, int | None]],
                problems: Problems) -> list[Row]:
    """The rows under the header, read a column at a time: `quick_column` types the cells that are as they
    should be, and only the others are parsed one by one (in row order, so problems come in reading order)
    and given a cell reference. `columns`: each column of the sheet and its position, None when left out."""
    unsaved = book.unsaved.get(name, {})
    unsaved_rows = {int(re.sub(r"[A-Z]", "", c)) for c in unsaved}
    numbers = [index for index, cells in enumerate(body, start=2)  # the rows read: a row that begins with a
               if cells and type(cells[0]) in _NOT_BLANK or not all(map(is_blank, cells))  # number or a date
               or index in unsaved_rows]  # is not blank
    kept = [body[index - 2] for index in numbers]
    width = min(map(len, kept), default=0)
    letters = {column.name: column_letter(pos + 1) for column, pos in columns if pos is not None}
    raw, typed = [], []
    for column, pos in columns:
        if pos is None:
            values = [None] * len(kept)
        elif pos < width:
            values = [cells[pos] for cells in kept]
        else:
            values = [cells[pos] if pos < len(cells) else None for cells in kept]
        raw.append(values)
        typed.append([None] * len(kept) if pos is None else quick_column(values, column))
    if unsaved:
        at = {index: i for i, index in enumerate(numbers)}
        by_letter = {letter: j for j, (column, _) in enumerate(columns) if (letter := letters.get(column.name))}
        for cell in unsaved:
            letter, number = re.fullmatch(r"([A-Z]+)([0-9]+)", cell).groups()
            if letter in by_letter and int(number) in at:
                typed[by_letter[letter]][at[int(number)]] = SLOW
    slow = sorted({i for values in typed for i in compress(count(), map(is_, values, repeat(SLOW)))})
    position = {column.name: j for j, (column, _) in enumerate(columns)}
    ordered = [(first, last, typed[position[first]], typed[position[last]]) for first, last in ORDERED_DATES
               if first in position and last in position]
    for i in range(len(kept)) if ordered else slow:
        index = numbers[i]
        for (column, _), values, cells in zip(columns, typed, raw):
            if values[i] is SLOW:
                values[i] = _parse_cell(cells[i], column, book, name, f"{letters[column.name]}{index}", problems,
                                        unsaved)
        for first, last, starts, ends in ordered:
            if isinstance(starts[i], date) and isinstance(ends[i], date) and ends[i] < starts[i]:
                problems.error(Where(book.file, name, f"{letters[last]}{index}"),
                               f"{last} ({ends[i].isoformat()}) är före {first} ({starts[i].isoformat()}). "
                               "Rätta datumet.")
                ends[i] = None
    return [Row(values, Source(book.file, name, index, CellRefs(letters, index)), position)
            for index, values in zip(numbers, zip(*typed))]


_NOT_BLANK = {int, float, date, datetime}


class CellRefs(Mapping):
    """Column -> cell of one table row (e.g. "Belopp" -> "D7"), made when asked: a message needs a few of a
    workbook's hundreds of thousands."""

    __slots__ = ("letters", "row")

    def __init__(self, letters: dict[str, str], row: int):
        self.letters, self.row = letters, row

    def __getitem__(self, column: str) -> str:
        return f"{self.letters[column]}{self.row}"

    def __iter__(self):
        return iter(self.letters)

    def __len__(self) -> int:
        return len(self.letters)


ORDERED_DATES = (("Från", "Till"), ("Start", "Slut"))  # a period's first and last day, on any sheet


def _header_below(raw: list[tuple], sheet: TableSheet) -> int | None:
    """The row (2–10) that holds the sheet's column names, when someone put a title above the header."""
    wanted = {c.name.lower() for c in sheet.columns if c.required}
    for number, cells in enumerate(raw[1:10], start=2):
        names = {str(v).strip().lower() for v in cells if v is not None}
        if wanted and wanted <= names:
            return number
    return None


def read_fields(book: Sheets, sheet: FieldSheet, problems: Problems) -> Row:
    """The facts of a field sheet as one row (column A names, column B values)."""
    raw = _sheet_rows(book, sheet.name, problems)
    values: dict[str, object] = {}
    refs: dict[str, str] = {}
    if raw is None:
        return _field_row({c.name: None for c in sheet.fields}, Source(book.file, sheet.name, 0, refs))
    found = {}
    for index, cells in enumerate(raw, start=1):
        if cells and isinstance(cells[0], str):
            found[cells[0].strip().lower()] = (index, cells[1] if len(cells) > 1 else None)
    for column in sheet.fields:
        if column.name.lower() not in found and not column.required:
            values[column.name] = None  # an optional fact may be left out altogether
            continue
        if column.name.lower() not in found:
            values[column.name] = None
            problems.error(Where(book.file, sheet.name, "kolumn A"),
                           f"uppgiften \"{column.name}\" saknas. Lägg till en rad med \"{column.name}\" i "
                           "kolumn A och värdet i kolumn B.")
            continue
        index, value = found[column.name.lower()]
        refs[column.name] = f"B{index}"
        values[column.name] = _parse_cell(value, column, book, sheet.name, f"B{index}", problems,
                                          book.unsaved.get(sheet.name, {}))
    return _field_row(values, Source(book.file, sheet.name, 0, refs))


def _field_row(values: dict[str, object], source: Source) -> Row:
    return Row(tuple(values.values()), source, {name: i for i, name in enumerate(values)})
