"""What the law asks of each document: LKBR and RKR in the reports (the protokoll's rules of kommunallagen are
in test_meetings.py), each document as of its date, and `check` naming what is missing."""
from __future__ import annotations

from datetime import date

import docx
import openpyxl
import pytest

from conftest import (HARNOSAND, JAMTLAND, ROOT, SJOBYGDEN, built, row, run_cli, set_cell, table_after,
                      text_of)

NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"


@pytest.fixture(scope="module")
def norrskogen_interim(tmp_path_factory):
    return built(tmp_path_factory.mktemp("law") / "delarsrapport-2025.docx", NORRSKOGEN)


# --- Delårsrapport: RKR R17 ----------------------------------------------------------------------------

def test_the_period_is_compared_with_the_same_period_a_year_earlier(norrskogen_interim):
    income = table_after(norrskogen_interim, "Resultaträkning")
    assert income[0][2:] == ["Utfall 2025-01-01–2025-08-31", "Budget 2025-01-01–2025-08-31",
                             "Utfall 2024-01-01–2024-08-31", "Utfall helår 2024"]
    assert row(income, "Medlemsavgifter")[2:] == ["2 600 000", "2 600 000", "2 532 000", "3 800 000"]
    assert row(income, "Periodens resultat")[2:] == ["147 553", "-205 333", "182 650", "-75 500"]
    balance = table_after(norrskogen_interim, "Balansräkning")
    assert balance[0][2:] == ["2025-08-31", "2024-12-31"]  # against the previous year end
    assert row(balance, "Periodens/årets resultat")[2:] == ["147 553", "-75 500"]
    assert "saknas i underlaget" not in text_of(norrskogen_interim)


def test_missing_balances_for_the_same_period_are_named(tmp_path):
    result = run_cli("build", "delarsrapport", "--input", str(HARNOSAND), "--output", str(tmp_path))
    assert result.exit_code == 0
    assert "redovisning.xlsx, blad Saldon, cell A" in result.output
    assert "saldon per 2020-06-30 saknas, så resultaträkningen kan inte jämföras med samma period 2020 (RKR R17); " \
           "kolumnen visar –. Lägg till resultatkontonas saldon per 2020-06-30 på bladet Saldon." in result.output


def test_principles_and_the_forecasts_sign_are_stated(norrskogen_interim):
    text = text_of(norrskogen_interim)
    assert "Delårsrapporten följer lagen om kommunal bokföring och redovisning och RKR R17 Delårsrapport" in text
    assert "Avvikelse = prognos − budget. Ett positivt tal är till förbundets fördel" in text.replace("-", "−")
    headings = [p.text for p in norrskogen_interim.paragraphs if p.style.name == "Heading 2"]
    assert headings.index("Redovisningsprinciper") < headings.index("Noter")


# --- Årsredovisning: the förvaltningsberättelse of LKBR 11 kap. and RKR R15 ----------------------------

@pytest.fixture(scope="module")
def sjobygden_annual(tmp_path_factory):
    return built(tmp_path_factory.mktemp("law") / "arsredovisning-2025.docx", SJOBYGDEN)


@pytest.fixture(scope="module")
def norrskogen_annual(tmp_path_factory):
    return built(tmp_path_factory.mktemp("law") / "arsredovisning-2025.docx", NORRSKOGEN)


def test_every_part_of_the_forvaltningsberattelse_is_there(sjobygden_annual):
    headings = [p.text for p in sjobygden_annual.paragraphs if p.style.name.startswith("Heading")]
    for part in ("Översikt över verksamhetens utveckling", "Styrning och uppföljning av verksamheten", "Styrelsen",
                 "God ekonomisk hushållning och ekonomisk ställning", "Samlad bedömning", "Ekonomisk ställning",
                 "Balanskravsutredning", "Väsentliga personalförhållanden",
                 "Viktiga förhållanden för resultat och ekonomisk ställning samt händelser av väsentlig betydelse",
                 "Händelser efter räkenskapsårets slut", "Förväntad utveckling"):
        assert part in headings, part
    text = text_of(sjobygden_annual)
    assert "Av styrelsens fem mål för 2025 är tre uppnådda, ett i hög grad uppnått och ett delvis uppnått." in text
    assert "Styrelsen bedömer att förbundet har haft en god ekonomisk hushållning 2025" in text
    assert "Förbundet hade 1,5 anställda under 2025." in text
    assert "Inga händelser av väsentlig betydelse för förbundet har inträffat efter räkenskapsårets slut." in text


def test_the_board_comes_from_forbundet_xlsx(sjobygden_annual):
    board = table_after(sjobygden_annual, "Styrelsen")
    assert board[0] == ["Namn", "Roll", "Utsedd av"]
    assert board[1] == ["Anna Lindqvist", "Ordförande", "Region Mittland"]
    assert row(board, "Fredrik Lind") == ["Fredrik Lind", "Ersättare", "Norrviks kommun"]
    assert len(board) == 11  # six members and four ersättare with a mandate in 2025


def test_balanskrav_evaluated_or_its_reason_given(sjobygden_annual, norrskogen_annual):
    balance = table_after(sjobygden_annual, "Balanskravsutredning")
    assert row(balance, "Årets resultat")[1] == row(balance, "Balanskravsresultat")[1] == "37"
    assert "Balanskravsresultatet är 37 tkr." in text_of(sjobygden_annual)
    text = text_of(norrskogen_annual)
    assert "Balanskravsutredning" not in text
    assert "Förbundet redovisar ingen balanskravsutredning. Medlemmarnas bidrag beslutas år för år" in text


def test_balanskrav_adjustments_reach_the_outcome(input_copy, tmp_path):
    import openpyxl

    folder = input_copy(SJOBYGDEN)
    wb = openpyxl.load_workbook(folder / "redovisning.xlsx")
    wb["Balanskrav"].append([2025, "Samtliga realisationsvinster", -60_000])
    wb.save(folder / "redovisning.xlsx")
    document = built(tmp_path / "out" / "arsredovisning-2025.docx", folder)
    balance = table_after(document, "Balanskravsutredning")
    assert row(balance, "Samtliga realisationsvinster")[1] == "-60"
    assert row(balance, "Balanskravsresultat")[1] == "-23"
    result = run_cli("check", "--input", str(folder))
    assert "balanskravsresultatet 2025 är negativt (−23 080 kr): årsredovisningen ska säga hur och när det " \
           "återställs (kommunallagen 11 kap. 12 §)." in result.output


def test_equity_above_the_recommendation_needs_the_boards_plan(norrskogen_annual, input_copy):
    text = text_of(norrskogen_annual)
    assert "Det egna kapitalet överstiger därmed rekommendationen med 530 400 kr." in text
    assert "Styrelsen har beslutat att använda det egna kapital som överstiger rekommendationen" in text
    folder = input_copy(JAMTLAND)  # the seed gives no plan
    output = run_cli("check", "--input", str(folder)).output
    assert "eget kapital 6 057 059 kr överstiger 20 % av årets intäkter" in output
    assert "Årsredovisningen saknar styrelsens plan för det. Skriv den på bladet Texter: Dokument " \
           "Årsredovisning, År 2021, Avsnitt \"Eget kapital\"" in output
    assert output.count("eget kapital 6 057 059 kr") == 1  # one fact, one message


def test_check_names_every_empty_part(input_copy):
    """Jämtland's seed has no statement of events after the year end, no overall assessment, no choice on the
    balanskrav and no meeting workbooks: `check` names each, where it is to be written."""
    output = run_cli("check", "--input", str(JAMTLAND)).output
    for message in (
        "verksamhet.xlsx, blad Texter, cell A22: årsredovisningen 2021 saknar väsentliga händelser efter "
        "räkenskapsårets slut (eller att inga har inträffat) (LKBR 11 kap.).",
        "årsredovisningen 2021 saknar styrelsens samlade bedömning av om förbundet har haft en god ekonomisk "
        "hushållning",
        "forbundet.xlsx, blad Uppgifter, cell B13: välj hur årsredovisningen redovisar balanskravet",
        "sammantraden: mappen har inga hållna sammanträden 2021",
    ):
        assert message in output, message
    folder = input_copy(NORRSKOGEN)
    (folder / "texter" / "arsredovisning-2025.docx").unlink()  # where Norrskogen writes those parts
    output = run_cli("check", "--input", str(folder)).output
    assert "forbundet.xlsx, blad Personal, cell A2 och verksamhet.xlsx, blad Texter" in output
    assert "årsredovisningen 2025 saknar väsentliga personalförhållanden (LKBR 11 kap.). Ange 2025 på bladet " \
           "Personal, eller skriv om personalen" in output
    assert "årsredovisningen 2025 saknar skälet till att balanskravet inte gäller förbundet." in output


def test_pension_note_gives_the_aktualiseringsgrad(sjobygden_annual):
    text = text_of(sjobygden_annual)
    assert "Aktualiseringsgrad: 95 % (93 % föregående år)." in text
    assert "RKR R10 Pensioner" in text and "RKR R9 Pensioner" not in text


def test_meetings_of_the_year_are_counted_from_their_workbooks(input_copy, tmp_path):
    import shutil

    folder = input_copy(SJOBYGDEN)
    held = folder / "sammantraden" / "2025-05-16.xlsx"
    shutil.copy(folder / "sammantraden" / "2026-11-20.xlsx", held)
    import openpyxl

    wb = openpyxl.load_workbook(held)
    ws = wb["Möte"]
    for r in ws.iter_rows(min_row=2):
        if r[0].value == "Datum":
            r[1].value = date(2025, 5, 16)
        if r[0].value in ("Justeras", "Anslag uppsatt", "Första paragraf"):
            r[1].value = {"Justeras": date(2025, 5, 20), "Anslag uppsatt": date(2025, 5, 21),
                          "Första paragraf": 20}[r[0].value]
    ws_agenda = wb["Dagordning"]
    for r in range(ws_agenda.max_row, 1, -1):
        if ws_agenda.cell(r, 2).value in ("ansökan", "slutrapport", "verksamhetsplan och budget"):
            ws_agenda.delete_rows(r)
    wb.save(held)
    document = built(tmp_path / "out" / "arsredovisning-2025.docx", folder)
    assert "Styrelsen har haft ett sammanträde under 2025. Styrelsen har under året bestått av:" in text_of(document)
    assert "inga hållna sammanträden 2025" not in run_cli("check", "--input", str(folder)).output


# --- Each document as of its date ----------------------------------------------------------------------

def test_the_plan_lists_only_insatser_decided_by_its_adoption(tmp_path):
    result = run_cli("build", "verksamhetsplan", "--input", str(HARNOSAND), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    text = text_of(docx.Document(tmp_path / "verksamhetsplan-2022.docx"))
    assert "Inspirationsdag" in text  # granted 2021-11-26, the plan's own day
    assert "Tillsammans för inkludering" not in text  # granted 2022-06-10
    assert "Tillsammans för inkludering" not in result.output  # granted during the plan's year: as documented


def test_a_text_rewritten_after_the_report_is_used_as_documented_without_a_warning(tmp_path):
    result = run_cli("build", "delarsrapport", "--input", str(NORRSKOGEN), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Beskrivningar" not in result.output and "skrevs om" not in result.output
    check = run_cli("check", "--input", str(NORRSKOGEN)).output
    assert "Beskrivningar" not in check and "skrevs om" not in check


def test_a_text_written_after_the_report_without_an_earlier_one_is_named(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    wb = openpyxl.load_workbook(folder / "verksamhet.xlsx")
    ws = wb["Texter"]
    header = [c.value for c in ws[1]]
    row = {"Dokument": "Delårsrapport", "År": 2025, "Avsnitt": "Styrelsens arbete", "Rubrik": "Senare",
           "Text": "Skrivet efter rapporten.", "Skriven": date(2025, 10, 1)}
    ws.append([row.get(h) for h in header])
    wb.save(folder / "verksamhet.xlsx")
    result = run_cli("check", "--input", str(folder))
    assert f"verksamhet.xlsx, blad Texter, cell {openpyxl.utils.get_column_letter(header.index('Skriven') + 1)}" \
           f"{ws.max_row}: texten i avsnittet Styrelsens arbete skrevs 2025-10-01, efter dokumentets datum " \
           "2025-09-26, och visas inte." in result.output


def test_a_goal_adopted_later_is_left_out_and_named(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    set_cell(folder, "verksamhet.xlsx", "Mål", "M2", date(2025, 10, 1))  # Beslutad
    result = run_cli("build", "delarsrapport", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "verksamhet.xlsx, blad Mål, cell M2: målet \"Deltagarna upplever att de får det stöd de behöver " \
           "(medelvärde minst 4,5)\" beslutades 2025-10-01, efter dokumentets datum 2025-09-26, och visas inte." \
        in result.output
    text = text_of(docx.Document(tmp_path / "out" / "delarsrapport-2025.docx"))
    assert "Deltagarna upplever att de får det stöd de behöver" not in text
