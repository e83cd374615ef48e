"""Any förbund's inputs: Norrskogen (kr, its own lines, published means, a follow-up per report, population
shares), and the optional sheets an existing workbook may lack."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import openpyxl
from docx.oxml.ns import qn
import pytest

from conftest import (HARNOSAND, JAMTLAND, ROOT, built, loaded, plain, row, run_cli, set_cell, table_after,
                      text_of)
from pipeline import fmt
from pipeline.compute.goals import goal_results
from pipeline.compute.surveys import mean_table

NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"


@pytest.fixture(scope="module")
def norrskogen():
    return loaded(NORRSKOGEN)


@pytest.fixture(scope="module")
def annual(tmp_path_factory):
    out = tmp_path_factory.mktemp("norrskogen")
    return built(out / "arsredovisning-2025.docx", NORRSKOGEN)


@pytest.fixture(scope="module")
def interim(tmp_path_factory):
    out = tmp_path_factory.mktemp("norrskogen")
    return built(out / "delarsrapport-2025.docx", NORRSKOGEN)


def _append(folder, workbook: str, sheet: str, values: list) -> int:
    """Append a row to a sheet; its row number."""
    path = folder / workbook
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    ws.append(values)
    wb.save(path)
    return ws.max_row


def test_amounts_in_kronor_with_the_forbunds_own_lines_and_a_budget_column(annual):
    rr = table_after(annual, "Resultaträkning")
    assert rr[0] == ["Belopp i kr", "Not", "Utfall 2025-01-01–2025-12-31", "Budget 2025",
                     "Utfall 2024-01-01–2024-12-31"]
    assert row(rr, "Medlemsavgifter")[2:] == ["3 900 000", "3 900 000", "3 800 000"]
    assert row(rr, "Verksamhetens kostnader")[2:] == ["-4 050 250", "-4 245 000", "-3 885 000"]
    assert row(rr, "Årets resultat")[2:] == ["-100 100", "-308 000", "-75 500"]
    dr = table_after(annual, "Driftsredovisning")
    assert dr[0] == ["Belopp i kr", "Utfall 2025", "Budget 2025", "Avvikelse 2025", "Utfall 2024"]
    assert row(dr, "Insatser")[1:] == ["-3 050 000", "-3 200 000", "150 000", "-2 900 000"]


def test_one_decimal_in_key_figures_when_the_forbund_asks(annual):
    assert "Soliditeten, det egna kapitalet i förhållande till de totala tillgångarna, är 71,2 % (75,0 % " \
           "föregående år)." in text_of(annual)


def test_kommun_shares_follow_population(norrskogen, annual):
    shares = {m.name: m.share for m in norrskogen.forbund.members}
    assert sum(shares.values()) == 1
    assert shares["Norrby kommun"] > shares["Skogsberga kommun"] > shares["Fjällby kommun"]
    members = table_after(annual, "Finansiering och medlemsbidrag")
    assert [r[1] for r in members[1:]] == ["50 %", "25 %", "14,01 %", "5,82 %", "3,47 %", "1,7 %", "100 %"]
    assert [r[2] for r in members[1:]] == ["1 950 000", "975 000", "546 204", "227 160", "135 275", "66 361",
                                           "3 900 000"]


def test_jamtland_shares_print_as_given_without_forced_footing(tmp_path):
    """Eight kommuner of 1/32 each: each prints 3,13 % (its own share), none bent to 3,12 % so the column foots."""
    document = built(tmp_path / "arsredovisning-2021.docx", JAMTLAND)
    members = table_after(document, "Finansiering och medlemsbidrag")
    printed = [r[1] for r in members[1:-1]]
    assert printed == ["50 %", "25 %"] + ["3,13 %"] * 8
    assert members[-1][1] == "100 %"  # the sum of the shares as typed, not of the printed parts


def test_published_means_give_the_goal_status(norrskogen):
    results = goal_results(norrskogen.activity, norrskogen.indicators, 2025, date(2026, 3, 20), date(2025, 12, 31))
    status = {r.goal.text.split(" (")[0]: (r.status, r.computed) for r in results}
    assert status["Deltagarna upplever att de får det stöd de behöver"] == ("uppnått", True)  # 5,2 and 5,4 vs 4,5
    assert status["Samverkan i insatserna fungerar väl för personal och beredningsgrupp"] == (
        "delvis uppnått", True)  # 4,6 reaches 4,5, 4,4 does not
    assert status["Minst 80 % av insatsernas mål uppnås"] == ("i hög grad uppnått", False)  # as followed up
    table = mean_table(norrskogen.indicators, "F1", 2025)
    assert [(r.group, r.values[-1]) for r in table.rows] == [
        ("deltagare i pågående insats", Decimal("5.2")), ("deltagare inför avslut", Decimal("5.4"))]


def test_mean_tables_printed_under_the_goal(annual):
    means = table_after(annual, "Verksamhetsmål")
    assert means[0] == ["Respondentgrupp", "2023", "2024", "2025", "Förändring", "Antal svar", "Spridning"]
    assert means[1] == ["Deltagare i pågående insats", "4,8", "4,9", "5,2", "+0,3", "46", "1,1"]
    text = text_of(annual)
    assert "Målet är uppnått. Måluppfyllelsen följer av underlagets medelvärden mot målvärdet 4,5." in text


def test_interim_report_shows_the_periods_follow_ups_and_its_budget(interim):
    text = text_of(interim)
    assert "Vårens mätning i insatserna visar fortsatt höga värden." in text
    assert "Målet nås vid årets slut." in text
    assert "Deltagarna i pågående insatser ger 5,2" not in text  # the year-end follow-up
    rr = table_after(interim, "Resultaträkning")
    assert row(rr, "Verksamhetens kostnader")[2:4] == ["-2 474 217", "-2 830 000"]
    note = table_after(interim, "Not 2 Verksamhetens kostnader")
    assert note[0] == ["Belopp i kr", "Utfall 2025-08-31", "Budget 2025-08-31", "2024-12-31"]
    assert row(note, "Insatser")[1:3] == ["1 830 400", "2 133 333"]


def test_annual_report_shows_the_year_end_follow_ups(annual):
    text = text_of(annual)
    assert "Deltagarna i pågående insatser ger 5,2 och de inför avslut 5,4." in text
    assert "Vårens mätning" not in text


def test_documents_show_what_was_known_on_their_day(interim, annual):
    """The text of an insats rewritten in October, and an insats decided in October, appear only in the
    årsredovisning, not in the delårsrapport decided in September."""
    early = text_of(interim)
    late = text_of(annual)
    assert "Sjukskrivna med lättare psykisk ohälsa i Norrby och Skogsberga behöver stöd" in early
    assert "sedan hösten 2025 även Fjällby" not in early
    assert "sedan hösten 2025 även Fjällby" in late
    assert "Unga i Fjällby" not in early
    assert row(table_after(annual, "Not 5 Återstående belopp för beslutad finansiering av samverkansinsatser"),
               "Unga i Fjällby")[1] == "600 000"


def test_a_text_written_after_the_documents_day_is_left_out(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    _append(folder, "verksamhet.xlsx", "Texter", ["Delårsrapport", 2025, "Styrelsens arbete", None,
                                                  "Skrivet efter beslutet.", date(2025, 10, 2)])
    text = text_of(built(tmp_path / "out" / "delarsrapport-2025.docx", folder))
    assert "Skrivet efter beslutet." not in text
    assert "Styrelsen har haft fem sammanträden under perioden." in text


def test_a_newer_text_replaces_the_older_under_the_same_heading(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    _append(folder, "verksamhet.xlsx", "Texter", ["Delårsrapport", 2025, "Styrelsens arbete", None,
                                                  "Styrelsen har haft sex sammanträden.", date(2025, 9, 20)])
    text = text_of(built(tmp_path / "out" / "delarsrapport-2025.docx", folder))
    assert "Styrelsen har haft sex sammanträden." in text
    assert "fem sammanträden" not in text


def _check(folder):
    return run_cli("check", "--input", str(folder))


def test_a_group_given_both_as_counts_and_as_means_names_both_cells(input_copy):
    folder = input_copy(JAMTLAND)
    line = _append(folder, "indikatorer.xlsx", "Medelvärden", [2021, "deltagare i pågående insats", None, 4.8,
                                                               20, None, None])
    result = _check(folder)
    assert result.exit_code == 1
    assert f"indikatorer.xlsx, blad Medelvärden, cell D{line}" in result.output
    assert "blad Enkäter" in result.output or "blad Svar" in result.output
    assert "deltagare i pågående insats 2021 har både antal svar (bladet Svar) och medelvärden " \
           "(bladet Medelvärden)" in result.output


def test_a_mean_outside_the_scale(input_copy):
    folder = input_copy(NORRSKOGEN)
    set_cell(folder, "indikatorer.xlsx", "Medelvärden", "D3", 7.2)
    result = _check(folder)
    assert result.exit_code == 1
    assert "indikatorer.xlsx, blad Medelvärden, cell D3: medelvärdet 7,2 ligger utanför skalan 1–6." in result.output


def test_a_follow_up_of_an_unknown_goal_suggests_the_nearest(input_copy):
    folder = input_copy(NORRSKOGEN)
    set_cell(folder, "verksamhet.xlsx", "Uppföljning", "B2",
             "Deltagarna upplever att de får det stöd de behöver (medelvärde minst 4.5)")
    result = _check(folder)
    assert result.exit_code == 1
    assert "verksamhet.xlsx, blad Uppföljning, cell B2: det finns inget mål för 2025 med den texten på bladet " \
           "Mål. Menade du \"Deltagarna upplever att de får det stöd de behöver (medelvärde minst 4,5)\"?" \
           in result.output


def test_a_follow_up_outside_its_year(input_copy):
    folder = input_copy(NORRSKOGEN)
    set_cell(folder, "verksamhet.xlsx", "Uppföljning", "C2", date(2026, 8, 31))
    result = _check(folder)
    assert "blad Uppföljning, cell C2: uppföljningen 2026-08-31 ligger inte i året 2025." in result.output


def test_a_workbook_without_the_new_sheets_still_builds_and_asks_for_follow_ups(input_copy, tmp_path):
    """A workbook made before Uppföljning, Medelvärden and Beskrivningar existed: the delårsrapport builds,
    with a warning per goal that names where the follow-up goes."""
    folder = input_copy(HARNOSAND)
    for workbook, sheet in (("verksamhet.xlsx", "Uppföljning"), ("indikatorer.xlsx", "Medelvärden"),
                            ("insatser.xlsx", "Beskrivningar")):
        wb = openpyxl.load_workbook(folder / workbook)
        del wb[sheet]
        wb.save(folder / workbook)
    result = run_cli("build", "delarsrapport", "--input", str(folder), "--output", str(tmp_path / "out"),
                     "--year", "2021")
    assert result.exit_code == 0, result.output
    assert "saknar uppföljning per 2021-06-30. Lägg till en rad på bladet Uppföljning" in result.output
    assert "verksamhet.xlsx, blad Uppföljning, cell A2" in result.output


def test_kommuner_without_shares_or_population_share_equally_with_a_warning(input_copy):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    for r in range(2, wb["Medlemmar"].max_row + 1):
        wb["Medlemmar"].cell(r, 3).value = None
    wb.save(folder / "forbundet.xlsx")
    result = _check(folder)
    assert "andelar saknas, så de 8 kommunerna delar lika på en fjärdedel" in result.output
    assert "forbundet.xlsx, blad Medlemmar, celler C2:C11" in result.output
    shares = {m.name: m.share for m in loaded(folder).forbund.members}
    assert shares["Bergs kommun"] == Fraction(1, 32)


def test_population_decides_the_kommun_shares(input_copy):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    ws = wb["Medlemmar"]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 3).value = None
        ws.cell(r, 4).value = 10_000 if ws.cell(r, 2).value == "kommun" else None
    ws.cell(ws.max_row, 4).value = 30_000  # Östersund three times the others
    wb.save(folder / "forbundet.xlsx")
    result = _check(folder)
    assert "delar lika" not in result.output
    shares = {m.name: m.share for m in loaded(folder).forbund.members}
    assert shares["Östersunds kommun"] == Fraction(1, 4) * Fraction(3, 10)
    assert shares["Bergs kommun"] == Fraction(1, 4) * Fraction(1, 10)


def test_columns_without_figures_are_left_out(annual):
    """Norrskogen's books start in 2023: the five-year overview shows three years at full width, and a
    förbund without employees has no row of dashes for them."""
    overview = table_after(annual, "Översikt över verksamhetens utveckling")
    assert overview[0] == ["Kr", "2025", "2024", "2023"]
    assert [r[0] for r in overview[1:]] == ["Verksamhetens intäkter", "Verksamhetens kostnader", "Årets resultat",
                                            "Eget kapital", "Soliditet"]
    table = next(t for t in annual.tables if plain(t.rows[0].cells[0].text) == "Kr")
    widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(widths) == 4 and abs(sum(widths) - 9072) < 10  # 16 cm, as the template's five-year table
    means = table_after(annual, "Indikatorenkäten", 1)  # F3: asked from 2024 on
    assert means[0] == ["Respondentgrupp", "2024", "2025", "Förändring", "Antal svar"]
