"""Issue 29: a förbund's report in its own words and numbers, read from the built .docx."""
from __future__ import annotations

import openpyxl

from conftest import JAMTLAND, SJOBYGDEN, built, run_cli, set_cell, table_after, text_of


def _rename_sheet(folder, workbook: str, old: str, new: str) -> None:
    wb = openpyxl.load_workbook(folder / workbook)
    wb[old].title = new
    wb.save(folder / workbook)


# --- Uppföljning Finsam by its name, SUS an accepted alias ----------------------------------------------

def test_a_report_of_2023_or_later_names_uppfoljning_finsam(tmp_path):
    document = built(tmp_path / "arsredovisning-2025.docx", SJOBYGDEN)
    text = text_of(document)
    assert "Antal deltagare registrerade med personuppgifter i Uppföljning Finsam:" in text
    assert "Diagram: deltagare registrerade i Uppföljning Finsam per år, kvinnor och män." in text
    assert "SUS" not in text
    table = table_after(document, "Antal deltagare registrerade med personuppgifter i Uppföljning Finsam:")
    assert table[-1] == ["2025", "55", "43", "98"]


def test_a_report_of_2021_names_sus_as_it_then_was(tmp_path):
    text = text_of(built(tmp_path / "arsredovisning-2021.docx", JAMTLAND))
    assert "Antal deltagare registrerade med personuppgifter i uppföljningssystemet SUS:" in text
    assert "Uppföljning Finsam" not in text


def test_a_workbook_whose_sheet_is_still_called_sus_is_read(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    _rename_sheet(folder, "indikatorer.xlsx", "Uppföljning Finsam", "SUS")
    check = run_cli("check", "--input", str(folder))
    assert check.exit_code == 0, check.output
    assert "SUS" not in check.output
    document = built(tmp_path / "out" / "arsredovisning-2025.docx", folder)
    table = table_after(document, "Antal deltagare registrerade med personuppgifter i Uppföljning Finsam:")
    assert table[-1] == ["2025", "55", "43", "98"]


def test_a_wrong_value_on_the_old_sheet_is_named_at_its_cell(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    _rename_sheet(folder, "indikatorer.xlsx", "Uppföljning Finsam", "SUS")
    set_cell(folder, "indikatorer.xlsx", "SUS", "B2", "många")
    result = run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "indikatorer.xlsx, blad SUS, cell B2: Kvinnor:" in result.output
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


# --- Nothing the förbund did not write ----------------------------------------------------------------

def test_staff_employed_by_a_member_gives_no_count_sentence(input_copy, tmp_path):
    assert "Förbundet hade 2 anställda under 2021." in text_of(built(tmp_path / "a" / "arsredovisning-2021.docx",
                                                                      JAMTLAND))
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    ws = wb["Personal"]
    if ws.cell(1, 5).value != "Anställda hos":  # a workbook from before the column: added by hand
        ws.cell(1, 5, "Anställda hos")
    last = ws.max_row
    assert ws.cell(last, 1).value == 2021
    ws.cell(last, 5, "Östersunds kommun")
    wb.save(folder / "forbundet.xlsx")
    text = text_of(built(tmp_path / "b" / "arsredovisning-2021.docx", folder))
    assert "anställda under 2021" not in text


def test_no_staff_of_its_own_gives_no_zero_sentence(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    ws = wb["Personal"]
    ws.cell(ws.max_row, 2, 0)
    wb.save(folder / "forbundet.xlsx")
    text = text_of(built(tmp_path / "arsredovisning-2021.docx", folder))
    assert "0 anställda" not in text and "Förbundet hade" not in text
