"""Writing a workbook the program makes (the review workbook): sheets of rows with a header, each with a
filter and a frozen header row, amounts as numbers. Never used on a workbook the förbund keeps."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from pipeline.machinery import files

KRONOR = "#,##0;−#,##0"  # whole kronor: the exact amounts are kept to the öre in the cell
EXACT = "#,##0.00;−#,##0.00"


@dataclass(frozen=True)
class Column:
    name: str
    width: float = 14
    number_format: str | None = None


@dataclass
class Sheet:
    name: str
    columns: tuple[Column, ...]
    rows: list[tuple] = field(default_factory=list)


def write(path: Path, sheets: list[Sheet]) -> None:
    """Write `sheets` to `path` in one step (the file appears only when complete)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    fixed = datetime(2000, 1, 1)  # the workbook's own dates, never the clock: the same content, the same file
    book.properties.created = book.properties.modified = fixed
    for spec in sheets:
        sheet = book.create_sheet(spec.name)
        sheet.append([c.name for c in spec.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in spec.rows:
            sheet.append([_cell(v) for v in row])
        for index, column in enumerate(spec.columns, start=1):
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = column.width
            if column.number_format:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = column.number_format
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{max(sheet.max_row, 1)}"
    buffer = io.BytesIO()
    book.save(buffer)
    files.write_atomically(path, buffer.getvalue())


def _cell(value):
    if isinstance(value, Decimal):
        return value if value == value.to_integral_value() else value.quantize(Decimal("0.01"))
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    return value
