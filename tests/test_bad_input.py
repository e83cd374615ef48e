"""Bad input: a Swedish message naming file, sheet and cell, exit status 1, no document."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from conftest import delete_rows, JAMTLAND, build, run_cli, set_cell


def _fails(folder, tmp_path, *expected: str) -> str:
    out = tmp_path / "out"
    result = build(folder, out, "--year", "2021")
    assert result.exit_code == 1, result.output
    for text in expected:
        assert text in result.output, result.output
    assert "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())
    return result.output


@pytest.mark.parametrize("sheet, cell, value, message", [
    ("Saldon", "D7", "ca 500", 'redovisning.xlsx, blad Saldon, cell D7: Belopp: "ca 500" är inte ett belopp'),
    ("Saldon", "D8", "1,877 tkr", 'redovisning.xlsx, blad Saldon, cell D8: Belopp: "1,877 tkr" är inte ett belopp'),
    ("Saldon", "A5", "31/12", 'redovisning.xlsx, blad Saldon, cell A5: Datum: "31/12" är inte ett datum'),
    ("Saldon", "B9", None, "redovisning.xlsx, blad Saldon, cell B9: cellen är tom. Här ska stå konto"),
    ("Rapportrader", "C3", "kostnd", 'Rapportrader, cell C3: Typ: "kostnd" är inte ett giltigt val'),
])
def test_bad_cell_in_redovisning(input_copy, tmp_path, sheet, cell, value, message):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "redovisning.xlsx", sheet, cell, value)
    _fails(folder, tmp_path, message, "Fel: ")


def test_budget_amount_with_text(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "budget.xlsx", "Budget", "D3", "ca 500")
    output = _fails(folder, tmp_path, 'budget.xlsx, blad Budget, cell D3: Belopp: "ca 500" är inte ett belopp')
    assert output.count("Fel:") == 1


def test_all_errors_of_a_workbook_are_reported_at_once(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "redovisning.xlsx", "Saldon", "D2", "x")
    set_cell(folder, "redovisning.xlsx", "Saldon", "D40", "y")
    set_cell(folder, "forbundet.xlsx", "Uppgifter", "B4", None)
    output = _fails(folder, tmp_path, "cell D2", "cell D40", "forbundet.xlsx, blad Uppgifter, cell B4")
    assert "3 fel hittades. Inget dokument skrevs." in output


def test_a_date_cell_far_outside_the_calendar_is_named(input_copy, tmp_path):
    """A huge negative number in a date cell makes the fast reader (calamine) panic; the workbook is read
    another way, and the cell is named like any other bad date."""
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "redovisning.xlsx")
    wb["Saldon"]["A5"] = -10**13
    wb["Saldon"]["A5"].number_format = "yyyy-mm-dd"
    wb.save(folder / "redovisning.xlsx")
    output = _fails(folder, tmp_path, "redovisning.xlsx, blad Saldon, cell A5: Datum:")
    assert "kan inte läsas som en Excel-arbetsbok" not in output


def test_unmapped_account(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "redovisning.xlsx", "Saldon", "B2", 8100)
    _fails(folder, tmp_path, "redovisning.xlsx, blad Saldon, cell B2 och redovisning.xlsx, blad Kontoplan, cell A7: "
                             "konto 8100 (Medel på skattekontot) finns inte i kontoplanen; närmast är 6000–7999 "
                             "(Verksamhetens kostnader, Övriga externa kostnader).")


def test_balance_sheet_that_does_not_balance(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "redovisning.xlsx")
    ws = wb["Saldon"]
    bank = next(r for r in ws.iter_rows(min_row=2) if r[1].value == 1930 and r[0].value.year == 2021)
    bank[3].value += 440
    wb.save(folder / "redovisning.xlsx")
    _fails(folder, tmp_path, "blad Saldon, celler D2:D35: balansräkningen balanserar inte per 2021-12-31",
           "tillgångarna är 10 543 880 kr men eget kapital, avsättningar och skulder 10 543 440 kr (skillnad 440 kr)")


def test_duplicate_balance(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "redovisning.xlsx")
    wb["Saldon"].append([date(2021, 12, 31), 1930, "Dubblett", 5])
    last = wb["Saldon"].max_row
    wb.save(folder / "redovisning.xlsx")
    _fails(folder, tmp_path, f"cell B{last}: konto 1930 har redan ett saldo per 2021-12-31")


def test_shares_that_do_not_add_up(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    for row, share in zip(range(2, 12), [0.5, 0.25] + [0.03] * 8):
        set_cell(folder, "forbundet.xlsx", "Medlemmar", f"C{row}", share)
    _fails(folder, tmp_path, "blad Medlemmar, celler C2:C11: andelarna blir tillsammans 99\u00a0% men ska bli 100 %")


def test_missing_sheet_and_column_give_the_nearest_name(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "budget.xlsx")
    wb["Budget"].title = "Budge"
    wb["Tilldelning"]["B1"] = "Statlig tilldeln"
    wb.save(folder / "budget.xlsx")
    _fails(folder, tmp_path, 'bladet "Budget" saknas. Närmast finns bladet "Budge"',
           'kolumnen "Statlig tilldelning" saknas i rubrikraden. Närmast finns "Statlig tilldeln"')


def test_missing_workbook_lock_file_and_wrong_format(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    (folder / "budget.xlsx").rename(folder / "budget.xls")
    (folder / "~$verksamhet.xlsx").write_bytes(b"lock")
    (folder / "forbundet.xlsx").write_bytes(b"not a zip file")
    _fails(folder, tmp_path,
           "budget.xls: filen har fel format (det gamla Excel-formatet läses inte)",
           "verksamhet.xlsx: arbetsboken är öppen i Excel (låsfilen ~$verksamhet.xlsx finns)",
           "forbundet.xlsx: filen kan inte läsas som en Excel-arbetsbok")


def test_pension_movements_that_disagree_with_the_books(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "redovisning.xlsx", "Pensionsavsättning", "C2", 35_000)
    _fails(folder, tmp_path, "blad Pensionsavsättning, celler C2:C6: posterna för 2021 blir 120 359 kr men avsättningen "
                             "för pensioner ändrades med 120 459 kr")


def test_missing_budget_year(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    delete_rows(folder, "budget.xlsx", "Budget", 1, 2021)
    _fails(folder, tmp_path, "budget.xlsx, blad Budget, cell A6: budget saknas för 2021")


def test_without_the_previous_years_budget_the_driftsredovisning_leaves_its_columns_out(input_copy, tmp_path):
    import docx

    from conftest import row, table_after

    folder = input_copy(JAMTLAND)
    delete_rows(folder, "budget.xlsx", "Budget", 1, 2020)
    assert build(folder, tmp_path).exit_code == 0
    table = table_after(docx.Document(tmp_path / "arsredovisning-2021.docx"), "Driftsredovisning")
    assert table[0] == ["Belopp i tkr", "Utfall 2021", "Budget 2021", "Avvikelse 2021", "Utfall 2020"]
    assert row(table, "Bidrag till insatser")[1:] == ["-4 870", "-6 400", "1 530", "-3 187"]


def test_budget_line_that_is_not_in_the_driftsredovisning(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "budget.xlsx", "Budget", "C3", "Bidrag till insats")
    _fails(folder, tmp_path, 'budget.xlsx, blad Budget, cell C3: "Bidrag till insats" är ingen rad med belopp i '
                             'driftsredovisningen', 'Menade du "Bidrag till insatser"?')


def test_a_failed_build_leaves_the_previous_document_untouched(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    out = tmp_path / "out"
    assert build(folder, out).exit_code == 0
    before = (out / "arsredovisning-2021.docx").read_bytes()
    set_cell(folder, "redovisning.xlsx", "Saldon", "D7", "ca 500")
    assert build(folder, out).exit_code == 1
    assert (out / "arsredovisning-2021.docx").read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["arsredovisning-2021.docx"]


def test_check_reports_without_writing(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    ok = run_cli("check", "--input", str(folder))
    assert ok.exit_code == 0 and "Inga fel" in ok.output
    assert "eget kapital 6 057 059 kr överstiger 20 % av årets intäkter" in ok.output
    set_cell(folder, "redovisning.xlsx", "Saldon", "D7", "ca 500")
    bad = run_cli("check", "--input", str(folder))
    assert bad.exit_code == 1 and "cell D7" in bad.output


def test_eget_kapital_missing_at_the_year_end_is_named(input_copy, tmp_path):
    """Found by the property test: the eget kapital account's row moved to another date left an error without
    a cell. It now names the Rapportrader lines that make up eget kapital."""
    folder = input_copy(JAMTLAND)
    set_cell(folder, "redovisning.xlsx", "Saldon", "A8", date(1900, 1, 1))
    output = _fails(folder, tmp_path, "eget kapital har 2021 ändrats med")
    line = next(l for l in output.splitlines() if "eget kapital har 2021 ändrats" in l)
    assert line.startswith("Fel: redovisning.xlsx, blad Rapportrader, ")


def test_messages_name_a_report_and_a_document_in_the_definite_form(input_copy, tmp_path):
    """The reports' and documents' names in a sentence come from the phrase file, not from grammar in code."""
    folder = input_copy(JAMTLAND)
    set_cell(folder, "redovisning.xlsx", "Rapportrader", "B3", "Verksamhetens intäkter")
    set_cell(folder, "redovisning.xlsx", "Rapportrader", "C4", "tillgång")
    set_cell(folder, "verksamhet.xlsx", "Texter", "C2", "Inriktning")
    _fails(folder, tmp_path,
           'Rapportrader, cell B3: raden "Verksamhetens intäkter" finns redan i resultaträkningen (rad 2).',
           'Rapportrader, cell C4: typen "tillgång" kan inte användas i resultaträkningen.',
           'Texter, cell C2: årsredovisningen har inget avsnitt "Inriktning".')
