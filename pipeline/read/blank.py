"""Writing workbooks in the input format: blank ones for `init`, filled ones for examples.

Every workbook gets a `Läs mig` sheet that explains each sheet and column, bold
frozen headers, dropdowns where a column takes fixed values, and cell formats
for dates, amounts and shares.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.machinery import files
from pipeline.schema import README_SHEET, SAMMANTRADE, WORKBOOKS, Column, FieldSheet, Kind, TableSheet, WorkbookSpec

DATA = Path(__file__).resolve().parents[1] / "data"
MAX_ROWS = 2000  # how far down dropdowns and formats reach
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
FORMATS = {Kind.DATE: "yyyy-mm-dd", Kind.AMOUNT: "#,##0", Kind.SHARE: "0.00%", Kind.DECIMAL: "0.0#"}

SheetData = Sequence[Sequence[object]] | Mapping[str, object]


def default_rows() -> dict[str, list[list[object]]]:
    """The kontoplan, report lines and notes that ship for the kommunal BAS-plan."""
    return {sheet: _csv_rows(name) for sheet, name in (("Kontoplan", "kontoplan_bas.csv"),
                                                         ("Rapportrader", "rapportrader.csv"), ("Noter", "noter.csv"))}


def default_texts() -> list[list[object]]:
    """Rows of the Texter sheet that init writes: wording a förbund starts from and makes its own
    (the redovisningsprinciper), for every year (År empty)."""
    return [[document, None, section, heading, text] for document, section, heading, text in _csv_rows("texter.csv")]


def _csv_rows(name: str) -> list[list[object]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        return [[_csv_value(v) for v in row] for row in reader]


def _csv_value(text: str) -> object:
    text = text.strip()
    if text == "":
        return None
    return int(text) if text.isdigit() else text


def write_workbook(path: Path, spec: WorkbookSpec, data: Mapping[str, SheetData] | None = None) -> None:
    """Write `spec` to `path`, with rows (table sheets) or values (field sheets) from `data` (the examples)."""
    files.write_atomically(path, workbook_bytes(spec, data))


def create_workbook(path: Path, spec: WorkbookSpec, data: Mapping[str, SheetData] | None = None) -> bool:
    """`spec` written to `path` only if no file is there (False, and nothing written, when one is): a
    workbook of the förbund's is never replaced."""
    return files.create_new(path, workbook_bytes(spec, data))


def workbook_bytes(spec: WorkbookSpec, data: Mapping[str, SheetData] | None = None) -> bytes:
    """The workbook `spec`, with rows (table sheets) or values (field sheets) from `data`."""
    data = data or {}
    wb = Workbook()
    readme = wb.active
    readme.title = README_SHEET
    _write_readme(readme, spec)
    for sheet in spec.sheets:
        ws = wb.create_sheet(sheet.name)
        if isinstance(sheet, TableSheet):
            _write_table(ws, sheet, spec, data.get(sheet.name, []))
        else:
            _write_fields(ws, sheet, spec, data.get(sheet.name, {}))
    buffer = io.BytesIO()
    wb.save(buffer)
    return files.with_fixed_dates(buffer.getvalue())


def _write_readme(ws, spec: WorkbookSpec) -> None:
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 90
    ws.append([f"{spec.title} ({spec.filename})"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([spec.help])
    ws.append(["Beloppen skrivs i kronor som vanliga tal, datum som 2021-12-31. Ändra inte bladens eller "
               "kolumnernas namn; kolumnernas ordning får ändras. Formler går bra om arbetsboken sparas i Excel."])
    for sheet in spec.sheets:
        ws.append([])
        ws.append([f"Bladet {sheet.name}"])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
        ws.append([sheet.help])
        ws.append(["Kolumn" if isinstance(sheet, TableSheet) else "Uppgift", "Innehåll", "Måste fyllas i",
                   "Förklaring"])
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
        columns = sheet.columns if isinstance(sheet, TableSheet) else sheet.fields
        for column in columns:
            help_text = column.help + (f" Val: {', '.join(column.choices)}." if column.choices else "")
            ws.append([column.name, column.kind.value, "ja" if column.required else "nej", help_text])
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _validation(column: Column, spec: WorkbookSpec) -> DataValidation | None:
    """A dropdown for a column of fixed values, or of the values in another column."""
    if column.choices_from:
        sheet_name, header = column.choices_from
        sheet = spec.sheet(sheet_name)
        letter = get_column_letter([c.name for c in sheet.columns].index(header) + 1)
        source = f"{quote_sheetname(sheet_name)}!${letter}$2:${letter}${MAX_ROWS}"
        # Suggestions only: a name not (yet) in the list is reported by the check, in Swedish.
        return DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False)
    if not column.choices:
        return None
    formula = '"' + ",".join(column.choices) + '"'
    dv = DataValidation(type="list", formula1=formula, allow_blank=not column.required)
    dv.error = f"Välj ett av: {', '.join(column.choices)}"
    dv.errorTitle = column.name
    return dv


def _write_table(ws, sheet: TableSheet, spec: WorkbookSpec, rows: Sequence[Sequence[object]]) -> None:
    ws.append([c.name for c in sheet.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    ws.freeze_panes = "A2"
    for row in rows:
        ws.append(list(row))
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = column.width
        if column.kind is Kind.TEXT and column.width >= 60:
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if column.kind in FORMATS:
            for (cell,) in ws.iter_rows(min_row=2, max_row=max(ws.max_row, 2), min_col=index, max_col=index):
                cell.number_format = FORMATS[column.kind]
        dv = _validation(column, spec)
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(f"{letter}2:{letter}{MAX_ROWS}")


def _write_fields(ws, sheet: FieldSheet, spec: WorkbookSpec, values: Mapping[str, object]) -> None:
    ws.append(["Uppgift", "Värde"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 50
    for field in sheet.fields:
        ws.append([field.name, values.get(field.name)])
        cell = ws.cell(ws.max_row, 2)
        if field.kind in FORMATS:
            cell.number_format = FORMATS[field.kind]
        dv = _validation(field, spec)
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(cell.coordinate)


def write_blank_workbooks(folder: Path) -> tuple[list[Path], list[Path]]:
    """Blank workbooks in `folder`; existing files are never overwritten."""
    written, kept = [], []
    defaults = {
        "redovisning.xlsx": default_rows(),
        "budget.xlsx": {"Uppgifter": {"Rad för medlemsbidrag": "Medlemsbidrag"}},
        "insatser.xlsx": {"Uppgifter": {"Rad i driftsredovisningen": "Bidrag till insatser"}},
        "indikatorer.xlsx": {"Inställningar": {"Minsta antal svarande per kön": 5}},
        "verksamhet.xlsx": {"Texter": default_texts()},
    }
    for spec in WORKBOOKS:
        path = folder / spec.filename
        if path.exists() or not create_workbook(path, spec, defaults.get(spec.filename)):
            kept.append(path)
            continue
        written.append(path)
    return written, kept


STANDARD_AGENDA = [
    ("Mötets öppnande", "mötets öppnande"),
    ("Godkännande av dagordning", "godkännande av dagordning"),
    ("Val av justerare", "val av justerare"),
    ("Föregående protokoll", "övrigt"),
    ("Ekonomi", "ekonomi"),
    ("Informations- och rapportärenden", "information"),
    ("Övriga frågor", "övrigt"),
    ("Nästa möte", "nästa möte"),
    ("Mötets avslutning", "mötets avslutning"),
]


def write_meeting(folder: Path, day, inputs=None) -> Path | None:
    """A meeting workbook with the standard agenda; None if one for that day exists already.

    The secretary and the archive come from the latest earlier meeting; time and place are left for staff to
    write (never guessed). The workbook is valid as it stands: its kallelse can be built at once (with lines
    for what is missing, and a warning), and it never stops the other documents from building.
    """
    path = folder / "sammantraden" / f"{day.isoformat()}.xlsx"
    if path.exists():
        return None
    created = create_workbook(path, SAMMANTRADE, {
        "Möte": {"Datum": day, **_meeting_defaults(inputs, day)},
        "Dagordning": [[title, kind] + [None] * 10 for title, kind in STANDARD_AGENDA],
    })
    return path if created else None


def _meeting_defaults(inputs, day) -> dict:
    if inputs is None:
        return {}
    earlier = [m for m in inputs.meetings if m.day < day]
    if not earlier:
        return {}
    previous = max(earlier, key=lambda m: m.day)
    values = {"Protokollförare": previous.secretary, "Förvaringsplats": previous.kept_at}
    return {name: value for name, value in values.items() if value}
