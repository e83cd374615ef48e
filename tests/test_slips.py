"""The mistakes a tired ekonom makes are caught at their own cell (input_xlsx, Sjöbygden's ÅR 2025 of 2026-03-13)."""
from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from conftest import HARNOSAND, JAMTLAND, SJOBYGDEN, delete_rows, run_cli, set_cell


def _append(folder, workbook: str, sheet: str, values: list) -> int:
    """A row added below the sheet's last filled row; its number."""
    path = folder / workbook
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    row = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value is not None) + 1
    for column, value in enumerate(values, start=1):
        ws.cell(row, column, value)
    wb.save(path)
    return row


def _check(folder) -> tuple[int, list[str]]:
    result = run_cli("check", "--input", str(folder))
    return result.exit_code, result.output.splitlines()


@pytest.fixture
def sjobygden_copy(input_copy):
    return input_copy(SJOBYGDEN)


def test_the_same_grant_decided_twice_is_an_error(sjobygden_copy, tmp_path):
    row = _append(sjobygden_copy, "insatser.xlsx", "Beslut", ["Samordnat stöd Sjöby", datetime(2021, 11, 19), "§ 48",
                                                               5770000, datetime(2022, 1, 1), datetime(2025, 12, 31)])
    code, lines = _check(sjobygden_copy)
    assert code == 1
    assert (f"Fel: insatser.xlsx, blad Beslut, celler D4, D{row}: beslutet om Samordnat stöd Sjöby 2021-11-19 står två "
            "gånger (5 770 000 kr och 5 770 000 kr) och skulle räknas dubbelt. Ta bort den ena raden.") in lines
    build = run_cli("build", "arsredovisning", "--input", str(sjobygden_copy), "--output", str(tmp_path / "out"))
    assert build.exit_code == 1 and not (tmp_path / "out").exists()


def test_overlapping_terms_of_one_person_are_an_error(sjobygden_copy):
    row = _append(sjobygden_copy, "forbundet.xlsx", "Styrelse", ["Maja Ekholm", "ledamot", "Åby kommun",
                                                                  datetime(2025, 1, 1), datetime(2028, 12, 31)])
    code, lines = _check(sjobygden_copy)
    assert code == 1
    assert (f"Fel: forbundet.xlsx, blad Styrelse, celler D4, D{row}, E4, E{row}: Maja Ekholm har två mandattider som "
            "överlappar (från 2025-01-01) och skulle stå med, och skriva under, två gånger. Rätta Från och Till.") in lines


def test_two_chairs_at_once_are_an_error(sjobygden_copy):
    row = _append(sjobygden_copy, "forbundet.xlsx", "Styrelse", ["Karin Holm", "ordförande", "Sjöby kommun",
                                                                  datetime(2026, 1, 1), None])
    code, lines = _check(sjobygden_copy)
    assert code == 1
    assert (f"Fel: forbundet.xlsx, blad Styrelse, celler D2, D{row}, E2, E{row}: Anna Lindqvist och Karin Holm är båda "
            "ordförande samtidigt (från 2026-01-01). Rätta Från och Till, så att den ena mandattiden slutar innan den "
            "andra börjar.") in lines
    # One after the other is how a board changes its chair: no error.
    set_cell(sjobygden_copy, "forbundet.xlsx", "Styrelse", f"D{row}", datetime(2027, 4, 1))
    assert _check(sjobygden_copy)[0] == 0


def test_data_dated_after_the_document_are_named(sjobygden_copy):
    set_cell(sjobygden_copy, "indikatorer.xlsx", "Enkäter", "B2", 2027)
    sus = _append(sjobygden_copy, "indikatorer.xlsx", "Uppföljning Finsam", [2027, 50, 40])
    follow_up = _append(sjobygden_copy, "verksamhet.xlsx", "Uppföljning",
                        [2026, "Förbundet genomför ett medlemssamråd", datetime(2026, 9, 30), None, "Klart.", None])
    code, lines = _check(sjobygden_copy)
    assert code == 0, lines
    after = "efter dokumentets datum 2026-03-13, och tas inte med i det. Stämmer året?"
    assert f"Varning: indikatorer.xlsx, blad Enkäter, cell B2: enkäten E1 gäller 2027, {after}" in lines
    assert f"Varning: indikatorer.xlsx, blad Uppföljning Finsam, cell A{sus}: deltagarantalet i Uppföljning Finsam gäller 2027, " \
           f"{after}" in lines
    # The delårsrapport 2026 of 2026-08-28 reads follow-ups of 2026-06-30; one of 2026-09-30 is after it.
    assert (f"Varning: verksamhet.xlsx, blad Uppföljning, cell C{follow_up}: uppföljningen av målet \"Förbundet "
            "genomför ett medlemssamråd\" är daterad 2026-09-30, efter dokumentets datum 2026-08-28, och tas inte med "
            "i det. Stämmer året?") in lines


def test_a_budget_amount_typed_in_tkr_is_named(sjobygden_copy):
    set_cell(sjobygden_copy, "budget.xlsx", "Budget", "D5", 290)  # Övriga externa kostnader 2024 in tkr
    code, lines = _check(sjobygden_copy)
    assert code == 0
    assert any(line.startswith("Varning: budget.xlsx, blad Budget, cell D5: budgeten för \"Övriga externa "
                               "kostnader\" 2024 är 290 kr, medan samma rad andra år och i bokföringen är omkring ") and
               line.endswith("Är beloppet skrivet i tkr eller i öre? Belopp skrivs i kronor.") for line in lines), lines


def test_a_budget_of_a_single_year_is_compared_with_the_books(input_copy):
    folder = input_copy(JAMTLAND)
    delete_rows(folder, "budget.xlsx", "Budget", 1, 2020)
    set_cell(folder, "budget.xlsx", "Budget", "D3", 6400)  # Bidrag till insatser 2021, 6 400 000 kr, in tkr
    code, lines = _check(folder)
    assert code == 0
    assert any(line.startswith("Varning: budget.xlsx, blad Budget, cell D3: budgeten för \"Bidrag till insatser\" "
                               "2021 är 6 400 kr, medan samma rad andra år och i bokföringen är omkring ")
               for line in lines), lines


@pytest.mark.parametrize("text, shown", [
    ("Insatsen ‹namn› startade i maj.", "\"‹namn›\""),
    ("Insatsen <namn på insats> startade i maj.", "\"<namn på insats>\""),
    ("Kostnaden blev [belopp] kronor.", "\"[belopp]\""),
    ("Kostnaden blev XX kronor. TODO: kolla.", "\"XX\", \"TODO\""),
])
def test_a_placeholder_left_in_a_text_is_an_error(sjobygden_copy, text, shown):
    set_cell(sjobygden_copy, "verksamhet.xlsx", "Texter", "E8", text)
    code, lines = _check(sjobygden_copy)
    assert code == 1
    assert (f"Fel: verksamhet.xlsx, blad Texter, cell E8: texten innehåller {shown}, som ser ut som något som skulle "
            "fyllas i. Skriv den färdigt innan dokumentet byggs.") in lines


def test_text_that_only_looks_like_markup_is_not_a_placeholder(sjobygden_copy):
    set_cell(sjobygden_copy, "verksamhet.xlsx", "Texter", "E8", "Unga < 25 år & vuxna > 55 år, se [1] och <2>; XXL.")
    assert _check(sjobygden_copy)[0] == 0


def test_a_placeholder_in_a_meetings_decision(input_copy):
    folder = input_copy(HARNOSAND)
    path = folder / "sammantraden" / "2023-11-24.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Dagordning"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(3, header.index("Beslut") + 1)
    cell.value = "Att utse <namn> att justera protokollet."
    wb.save(path)
    code, lines = _check(folder)
    assert code == 1
    assert (f"Fel: sammantraden/2023-11-24.xlsx, blad Dagordning, cell {cell.coordinate}: texten innehåller "
            "\"<namn>\", som ser ut som något som skulle fyllas i. Skriv den färdigt innan dokumentet byggs.") in lines


def test_a_placeholder_in_an_insats_text(sjobygden_copy):
    set_cell(sjobygden_copy, "insatser.xlsx", "Insatser", "I4", "Syftet är [fyll i syfte].")  # Samordnat stöd Sjöby
    code, lines = _check(sjobygden_copy)
    assert code == 1
    assert ("Fel: insatser.xlsx, blad Insatser, cell I4: texten innehåller \"[fyll i syfte]\", som ser ut som något "
            "som skulle fyllas i. Skriv den färdigt innan dokumentet byggs.") in lines
