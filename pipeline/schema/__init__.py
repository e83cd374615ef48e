"""The input format: workbooks, their sheets and columns, one module per workbook.

One declaration serves both directions: readers validate cells against it, and
`init` writes blank workbooks (headers, dropdowns, a `Läs mig` sheet) from it.
Sheet and column names are what the förbund's staff see, so they are Swedish.
The shapes are in `spec`, the running texts' sections in `texts`; this package
gathers the names the rest of the pipeline imports.
"""
from __future__ import annotations

from pipeline.schema.budget import BUDGET
from pipeline.schema.forbundet import FORBUNDET
from pipeline.schema.indikatorer import INDIKATORER, SCALE, SURVEYED_GROUPS
from pipeline.schema.insatser import INSATSER
from pipeline.schema.redovisning import REDOVISNING
from pipeline.schema.sammantrade import SAMMANTRADE
from pipeline.schema.spec import README_SHEET, Column, FieldSheet, Kind, Sheet, TableSheet, WorkbookSpec
from pipeline.schema.texts import ALL_SECTIONS, DATED_TEXT_FILES, SECTION_HINTS, SECTIONS, TEXT_FILES, TEXT_FOLDER
from pipeline.schema.verksamhet import VERKSAMHET

# The workbooks of an input folder; a meeting's workbook (SAMMANTRADE) is one per meeting in sammantraden/.
WORKBOOKS: tuple[WorkbookSpec, ...] = (FORBUNDET, REDOVISNING, BUDGET, VERKSAMHET, INSATSER, INDIKATORER)

__all__ = ["ALL_SECTIONS", "BUDGET", "DATED_TEXT_FILES", "FORBUNDET", "INDIKATORER", "INSATSER", "README_SHEET",
           "REDOVISNING", "SAMMANTRADE", "SCALE", "SECTION_HINTS", "SECTIONS", "SURVEYED_GROUPS", "TEXT_FILES",
           "TEXT_FOLDER", "VERKSAMHET", "WORKBOOKS", "Column", "FieldSheet", "Kind", "Sheet", "TableSheet",
           "WorkbookSpec"]
