"""Issue 29: a förbund's report in its own words and numbers, read from the built .docx."""
from __future__ import annotations

import shutil
import sys
from datetime import date

import openpyxl
import pytest

import footing
from conftest import (HARNOSAND, JAMTLAND, ROOT, SJOBYGDEN, built, loaded, plain, run_cli, set_cell, set_fact,
                      table_after, text_of)

NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"
sys.path.insert(0, str(ROOT / "tools"))
from templates_issue29 import edit  # noqa: E402


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


# --- Survey results as published ---------------------------------------------------------------------

def _set(ws, row: int, column: str, value) -> None:
    """Set the cell of `row` under the header `column`, adding the column when the workbook predates it."""
    header = [c.value for c in ws[1]]
    if column not in header:
        header.append(column)
        ws.cell(1, len(header), column)
    ws.cell(row, header.index(column) + 1, value)


def _append(ws, values: dict) -> int:
    row = ws.max_row + 1
    for column, value in values.items():
        _set(ws, row, column, value)
    return row


def _published(folder, decimals=None) -> None:
    """Norrskogen's survey as its förbund publishes it: its own group names, two decimals, a total, a range,
    a mean for one insats."""
    wb = openpyxl.load_workbook(folder / "indikatorer.xlsx")
    if "Respondentgrupper" not in wb.sheetnames:  # a workbook from before the sheet
        wb.create_sheet("Respondentgrupper").append(["Respondentgrupp", "Namn"])
    names = wb["Respondentgrupper"]
    for group, name in (("styrelse", "Förbundsstyrelsen"), ("beredningsgrupp/LSG", "LSG"),
                        ("personal i insatser", "Personal i projekten")):
        names.append([group, name])
    means = wb["Medelvärden"]
    _set(means, 4, "Medelvärde", 4.71)  # styrelse 2025
    _set(means, 4, "Lägsta", 3)
    _set(means, 4, "Högsta", 6)
    for year, mean in ((2024, 4.75), (2025, 4.83)):
        _append(means, {"År": year, "Respondentgrupp": "samtliga grupper", "Medelvärde": mean, "Antal svar": 83})
    _append(means, {"År": 2025, "Respondentgrupp": "personal i insatser", "Medelvärde": 4.95, "Antal svar": 6,
                    "Insatser": "Hälsa i arbete"})
    if decimals is not None:
        wb["Inställningar"].append(["Decimaler i medelvärden", decimals])
    wb.save(folder / "indikatorer.xlsx")


def _overall_means(document) -> list[list[str]]:
    return table_after(document, "Medelvärden: Samlat medelvärde per respondentgrupp")


def test_means_print_with_the_forbunds_names_decimals_total_range_and_insats(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    _published(folder)
    check = run_cli("check", "--input", str(folder))
    assert check.exit_code == 0, check.output
    table = _overall_means(built(tmp_path / "out" / "arsredovisning-2025.docx", folder))
    assert table[0] == ["Respondentgrupp", "2023", "2024", "2025", "Förändring", "Antal svar", "Spridning"]
    assert table[1:] == [
        ["Förbundsstyrelsen", "4,60", "4,80", "4,71", "-0,09", "7", "3–6"],
        ["LSG", "4,40", "4,50", "4,70", "+0,20", "12", ""],
        ["Personal i projekten", "4,70", "4,60", "4,90", "+0,30", "18", ""],
        ["Personal i projekten – Hälsa i arbete", "", "", "4,95", "", "6", ""],
        ["Deltagare i pågående insats", "4,90", "5,00", "5,10", "+0,10", "46", ""],
        ["Samtliga grupper", "", "4,75", "4,83", "+0,08", "83", ""],
    ]


def test_the_decimals_the_forbund_publishes_and_a_change_that_foots_with_them(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    _published(folder, decimals=1)
    table = _overall_means(built(tmp_path / "out" / "arsredovisning-2025.docx", folder))
    styrelse = table[1]
    assert styrelse[:5] == ["Förbundsstyrelsen", "4,6", "4,8", "4,7", "-0,1"]  # 4,71 − 4,8 printed: 4,7 − 4,8
    total = table[-1]
    assert total[:5] == ["Samtliga grupper", "", "4,8", "4,8", "±0,0"]  # 4,75 → 4,83 printed 4,8 and 4,8


def test_a_question_text_is_the_forbunds_own(input_copy, tmp_path):
    document = built(tmp_path / "arsredovisning-2025.docx", NORRSKOGEN)
    table = table_after(document, "Medelvärden: Jag får det stöd jag behöver för att komma närmare arbete eller "
                                  "studier")
    assert table[1] == ["Deltagare i pågående insats", "4,8", "4,9", "5,2", "+0,3", "46", "1,1"]


# --- Underlag a respondent group; survey results dated by their closing day ----------------------------

def test_a_goal_whose_underlag_is_a_respondent_group_gets_its_status_from_the_means(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    _published(folder)
    set_cell(folder, "verksamhet.xlsx", "Mål", "J3", "LSG")  # the förbund's name of beredningsgrupp/LSG
    check = run_cli("check", "--input", str(folder))
    assert check.exit_code == 0, check.output
    document = built(tmp_path / "out" / "arsredovisning-2025.docx", folder)
    text = text_of(document)
    goal = "Samverkan i insatserna fungerar väl för personal och beredningsgrupp (medelvärde minst 4,5)"
    after = text[text.index(goal):]
    assert after.split("\n")[1] == "● Målet är uppnått. Måluppfyllelsen följer av underlagets medelvärden mot " \
                                   "målvärdet 4,5."
    table = table_after(document, "Medelvärden: Samlat medelvärde per respondentgrupp")
    assert table[1] == ["LSG", "4,40", "4,50", "4,70", "+0,20", "12"]


def test_a_goal_naming_no_question_or_group_is_an_error(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    set_cell(folder, "verksamhet.xlsx", "Mål", "J3", "styrelsen")
    result = run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert 'verksamhet.xlsx, blad Mål, cell J3: "styrelsen" är varken en fråga på bladet Frågor eller en ' \
           'respondentgrupp i indikatorer.xlsx. Menade du "styrelse"?' in result.output
    assert not (tmp_path / "out").exists()


def test_a_survey_closing_in_december_is_not_known_to_the_september_report(input_copy, tmp_path):
    goal = "Deltagarna upplever att de får det stöd de behöver (medelvärde minst 4,5)"
    text = text_of(built(tmp_path / "a" / "delarsrapport-2025.docx", NORRSKOGEN))
    after = text[text.index(goal):].split("\n")
    assert after[1] == "Kommentar:"  # no status: the year's survey closes 31 December, after 2025-09-26
    assert "Medelvärden: Jag får det stöd jag behöver" not in text
    folder = input_copy(NORRSKOGEN)
    wb = openpyxl.load_workbook(folder / "indikatorer.xlsx")
    for row in (16, 17):  # F1 2025: the spring survey, closed 15 June
        _set(wb["Medelvärden"], row, "Avslutad", date(2025, 6, 15))
    wb.save(folder / "indikatorer.xlsx")
    document = built(tmp_path / "b" / "delarsrapport-2025.docx", folder)
    after = text_of(document)[text_of(document).index(goal):].split("\n")
    assert after[1] == "● Målet är uppnått. Måluppfyllelsen följer av underlagets medelvärden mot målvärdet 4,5."
    table = table_after(document, "Medelvärden: Jag får det stöd jag behöver för att komma närmare arbete eller "
                                  "studier")
    assert table[1][:5] == ["Deltagare i pågående insats", "4,8", "4,9", "5,2", "+0,3"]
    assert "Avslutad" not in run_cli("check", "--input", str(folder)).output


# --- Follow-up per insats and report date; goals, co-applicants as of the document's date ---------------

def _lines(document) -> list[str]:
    return text_of(document).split("\n")


def _after(lines: list[str], start: str, count: int) -> list[str]:
    index = next(i for i, line in enumerate(lines) if line.startswith(start))
    return lines[index:index + count]


def test_an_insats_is_followed_up_per_report_date_with_its_goals_and_co_applicants_of_the_day(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    wb = openpyxl.load_workbook(folder / "insatser.xlsx")
    follow = wb["Uppföljning"]
    for values in (("Hälsa i arbete", date(2025, 8, 31), "Pågår enligt plan", "Tolv deltagare har börjat."),
                   ("Hälsa i arbete", date(2025, 12, 31), "Förlängs", "Insatsen förlängs till 2026.")):
        _append(follow, dict(zip(("Insats", "Datum", "Status", "Text"), values)))
    _append(wb["Mål"], {"Insats": "Hälsa i arbete", "Mål": "Sjukskrivningarna blir i snitt 40 dagar kortare",
                        "Från": date(2025, 10, 1)})
    _set(wb["Beskrivningar"], 2, "Medsökande", "Försäkringskassan, Fjällby kommun")  # from 2025-10-01
    wb.save(folder / "insatser.xlsx")
    check = run_cli("check", "--input", str(folder))
    assert check.exit_code == 0, check.output

    interim = _lines(built(tmp_path / "a" / "delarsrapport-2025.docx", folder))
    assert _after(interim, "Projektägare: Region Norrland", 1) == \
        ["Projektägare: Region Norrland, medsökande är Försäkringskassan"]
    block = interim[interim.index("Hälsa i arbete"):]
    assert "Uppföljning per 2025-08-31: Pågår enligt plan" in block[:12]
    assert block[block.index("Uppföljning per 2025-08-31: Pågår enligt plan") + 1] == "Tolv deltagare har börjat."
    assert "Sjukskrivningarna blir i snitt 30 dagar kortare" in block[:14]
    assert "Sjukskrivningarna blir i snitt 40 dagar kortare" not in interim
    assert "Insatsen förlängs till 2026." not in interim

    annual = _lines(built(tmp_path / "b" / "arsredovisning-2025.docx", folder))
    assert "Insatsägare: Region Norrland, medsökande: Försäkringskassan, Fjällby kommun." in annual
    block = annual[annual.index("Hälsa i arbete"):]
    follow_up = block.index("Uppföljning per 2025-12-31: Förlängs")
    assert block[follow_up + 1] == "Insatsen förlängs till 2026."
    assert block[follow_up + 2] == "Sjukskrivningarna blir i snitt 40 dagar kortare – ej bedömt ännu"
    assert "Tolv deltagare har börjat." not in annual
    assert not any(line.startswith("Sjukskrivningarna blir i snitt 30 dagar kortare") for line in annual)


def test_two_follow_ups_of_an_insats_on_one_day_are_an_error(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    wb = openpyxl.load_workbook(folder / "insatser.xlsx")
    for text in ("Först.", "Sedan."):
        _append(wb["Uppföljning"], {"Insats": "Steg vidare", "Datum": date(2025, 8, 31), "Text": text})
    wb.save(folder / "insatser.xlsx")
    result = run_cli("build", "delarsrapport", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "insatser.xlsx, blad Uppföljning, cell B4: Steg vidare har redan en uppföljning per 2025-08-31 på rad 3." \
        in result.output
    assert not (tmp_path / "out").exists()


def test_the_chairs_foreword_opens_the_annual_report(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    wb = openpyxl.load_workbook(folder / "verksamhet.xlsx")
    _append(wb["Texter"], {"Dokument": "Årsredovisning", "År": 2025, "Avsnitt": "Ordförande har ordet",
                           "Text": "Året har präglats av samverkan.\nTack till alla som bidragit."})
    wb.save(folder / "verksamhet.xlsx")
    document = built(tmp_path / "arsredovisning-2025.docx", folder)
    paragraphs = [p for p in document.paragraphs if p.text and not p.style.name.startswith("toc")]
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Ordförande har ordet")
    assert [p.text for p in paragraphs[start:start + 4]] == [
        "Ordförande har ordet", "Året har präglats av samverkan.", "Tack till alla som bidragit.",
        "Förvaltningsberättelse"]
    assert paragraphs[start].style.name == "Heading 1"
    assert "Ordförande har ordet" not in text_of(built(tmp_path / "plain" / "arsredovisning-2025.docx", NORRSKOGEN))


def test_goal_plan_fields_reach_a_forbunds_own_annual_report_template(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    set_cell(folder, "verksamhet.xlsx", "Mål", "D2", "Gemensam planering med deltagaren.")  # Hur
    set_cell(folder, "verksamhet.xlsx", "Mål", "E2", "Indikatorenkäten till deltagare.")  # Mått
    set_cell(folder, "verksamhet.xlsx", "Mål", "F2", "Vid delårsrapport och årsredovisning.")  # Uppföljning
    (folder / "mallar").mkdir()
    template = folder / "mallar" / "arsredovisning.docx"
    shutil.copy(ROOT / "templates_docx" / "arsredovisning.docx", template)
    assert edit(template, [("<w:t>{{ goal.text }}</w:t>",
                            "<w:t>{{ goal.text }}{% for p in goal.how %} Hur: {{ p.text }}{% endfor %}"
                            "{% for p in goal.measure %} Mått: {{ p.text }}{% endfor %}"
                            "{% for p in goal.follow_up %} Uppföljning: {{ p.text }}{% endfor %}</w:t>")])
    text = text_of(built(tmp_path / "out" / "arsredovisning-2025.docx", folder))
    assert "Deltagarna upplever att de får det stöd de behöver (medelvärde minst 4,5) Hur: Gemensam planering med " \
           "deltagaren. Mått: Indikatorenkäten till deltagare. Uppföljning: Vid delårsrapport och årsredovisning." \
        in text


def test_harnosand_interim_report_shows_its_own_insatser_not_the_later_plans(tmp_path):
    """Read as an auditor would: the delårsrapport of 2021-08-27 says what the signed one says (seed 000), the
    verksamhetsplan of 2021-11-26 what it says (seed 001)."""
    interim = _lines(built(tmp_path / "delarsrapport-2021.docx", HARNOSAND))
    plan = _lines(built(tmp_path / "verksamhetsplan-2022.docx", HARNOSAND))
    assert "Projektägare: Timrå kommun, medsökande är Region Västernorrland" in interim
    assert "Projektägare: Timrå kommun, medsökande är Region Västernorrland, Premicare" not in interim
    assert "Insatsägare: Timrå kommun, medsökande: Region Västernorrland, Premicare" in plan
    psychiatry = interim[interim.index("Psykiatridagar") + 2]
    assert psychiatry.endswith("Samordningsförbundet har avsatt 30 000 kr till psykiatridagarna.")
    assert not any("medfinansiera arrangemanget 2022" in line for line in interim)
    assert any(line.endswith("medfinansiera arrangemanget 2022.") for line in plan)
    market = interim[interim.index("Arbetsmarknadstorg i Härnösand"):]
    assert market[market.index("Mål:") + 1:market.index("Mål:") + 4] == [
        "Att samtliga individer som tar del av arbetsmarknadstorgets insatser får en upprättad planering i syfte "
        "att bli självförsörjande.", "Att deltagarnas självupplevda anställningsbarhet ska öka.", "SIP/SKIP"]
    later = "Att skapa en organisation med konkreta mål och gemensamma rutiner där uppdragen är tydliggjorda."
    assert later not in interim and later in plan  # the verksamhetsplan's measurable goals, from 2021-10-15
    together = interim[interim.index("Stärkt samverkan och kompetenshöjande insatser"):]
    assert together[together.index("Mål:") + 1:together.index("Mål:") + 7] == [
        "Att skapa en gemensam förståelse och riktlinjer för samverkan.", "Att mötas på en samverkansyta.",
        "Att skapa samarbetsformer som tydliggörs i en lokal överenskommelse om samverkan.",
        "Att skapa dialog kring samverkan.", "Att tillsammans kartlägga och utveckla nya kompetenshöjande insatser.",
        "SAM"]
    assert "En lokal överenskommelse för samverkan ska upprättas." not in interim
    assert "En lokal överenskommelse för samverkan ska upprättas." in plan
    assert "Att mötas på en samverkansyta." not in plan
    check = run_cli("check", "--input", str(HARNOSAND)).output
    assert "Beskrivningar" not in check and "blad Mål" not in check  # the dates used as documented: no warning


# --- Member shares and board terms as of the document's date; a note with its budget -------------------

SJOBYGDEN_MEMBERS = ("Försäkringskassan och Arbetsförmedlingen", "Region Mittland", "Sjöby kommun", "Åby kommun",
                     "Norrviks kommun")


def _new_shares(folder, shares=(0.5, 0.25, 0.125, 0.0625, 0.0625), start=date(2026, 1, 1)) -> None:
    """Sjöbygden's members with new shares from `start`: Sjöby kommun pays twice what Åby and Norrvik pay."""
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    ws = wb["Medlemmar"]
    for name, kind, share in zip(SJOBYGDEN_MEMBERS, ("stat", "region", "kommun", "kommun", "kommun"), shares):
        _append(ws, {"Medlem": name, "Typ": kind, "Andel": share, "Från": start})
    wb.save(folder / "forbundet.xlsx")


def test_member_shares_hold_from_their_date(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    _new_shares(folder)
    check = run_cli("check", "--input", str(folder))
    assert check.exit_code == 0 and "Medlemmar" not in check.output, check.output
    annual = built(tmp_path / "a" / "arsredovisning-2025.docx", folder)  # decided 2026-03-13, about 2025
    assert table_after(annual, "Medlemsbidrag 2025 fördelade enligt andelarna:")[1:] == [
        ["Försäkringskassan och Arbetsförmedlingen", "50 %", "2 350 000"], ["Region Mittland", "25 %", "1 175 000"],
        ["Sjöby kommun", "8,33 %", "391 667"], ["Åby kommun", "8,33 %", "391 667"],
        ["Norrviks kommun", "8,33 %", "391 666"], ["Summa", "100 %", "4 700 000"]]
    plan = built(tmp_path / "b" / "verksamhetsplan-2027.docx", folder)
    revenue = next(rows for rows in ([[c.text for c in r.cells] for r in t.rows] for t in plan.tables)
                   if rows[1][0] == SJOBYGDEN_MEMBERS[0])
    assert [[plain(c) for c in row] for row in revenue[1:]] == [
        ["Försäkringskassan och Arbetsförmedlingen", "2 350", "2 350", "2 350"],
        ["Region Mittland", "1 175", "1 175", "1 175"], ["Sjöby kommun", "587", "587", "587"],
        ["Åby kommun", "294", "294", "294"], ["Norrviks kommun", "294", "294", "294"],
        ["Summa intäkter", "4 700", "4 700", "4 700"]]


def test_a_set_of_shares_not_adding_up_is_named_with_its_date(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    _new_shares(folder, shares=(0.5, 0.25, 0.125, 0.0625, 0.05))
    result = run_cli("build", "verksamhetsplan", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "forbundet.xlsx, blad Medlemmar, celler C7:C11: andelarna från 2026-01-01 blir tillsammans 98,75 % men " \
           "ska bli 100 %." in plain(result.output)
    assert not (tmp_path / "out").exists()


def test_board_terms_hold_from_their_date(input_copy, tmp_path):
    """A member whose term begins after the delårsrapport's day signs the later verksamhetsplan, not it."""
    folder = input_copy(SJOBYGDEN)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    _append(wb["Styrelse"], {"Namn": "Karin Berg", "Roll": "ledamot", "Organisation": "Åby kommun",
                             "Från": date(2026, 9, 1), "Till": date(2027, 3, 31)})
    wb.save(folder / "forbundet.xlsx")
    interim = text_of(built(tmp_path / "a" / "delarsrapport-2026.docx", folder))  # decided 2026-08-28
    plan = text_of(built(tmp_path / "b" / "verksamhetsplan-2027.docx", folder))
    assert "Karin Berg" not in interim
    assert "Karin Berg" in plan.split("\n")[-12:]


def _member_accounts(folder, members=SJOBYGDEN_MEMBERS) -> None:
    """Sjöbygden's kontoplan with an account per member's contribution (3510–3514) naming the member, and its
    delårsrapport's notes with the period's budget."""
    wb = openpyxl.load_workbook(folder / "redovisning.xlsx")
    ws = wb["Kontoplan"]
    assert ws["A3"].value == 3500 and ws["E3"].value == "Medlemsbidrag"
    ws["B3"] = 3509
    for account, member in enumerate(members, start=3510):
        _append(ws, {"Konto från": account, "Resultaträkning": "Verksamhetens intäkter",
                     "Driftsredovisning": "Medlemsbidrag", "Medlem": member})
    _append(ws, {"Konto från": 3515, "Konto till": 3599, "Resultaträkning": "Verksamhetens intäkter",
                 "Driftsredovisning": "Medlemsbidrag"})
    wb.save(folder / "redovisning.xlsx")
    set_fact(folder, "forbundet.xlsx", "Uppgifter", "Budget i noterna", "ja")


def test_the_members_contributions_note_has_its_budget_column(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    _member_accounts(folder)
    document = built(tmp_path / "delarsrapport-2026.docx", folder)
    note = [[plain(c) for c in row] for row in table_after(document, "Not 1 Verksamhetens intäkter")]
    assert note == [
        ["Belopp i kr", "Utfall 2026-06-30", "Budget 2026-06-30", "2025-12-31"],
        ["Medlemsbidrag staten", "1 175 000", "1 175 000", "2 350 000"],
        ["Medlemsbidrag Region Mittland", "587 500", "587 500", "1 175 000"],
        ["Medlemsbidrag Sjöby kommun", "195 834", "195 834", "391 667"],
        ["Medlemsbidrag Åby kommun", "195 833", "195 833", "391 667"],  # half of 391 667 each: one up, one down
        ["Medlemsbidrag Norrviks kommun", "195 833", "195 833", "391 666"],
        ["Summa", "2 350 000", "2 350 000", "4 700 000"]]
    assert footing.report_problems(document, loaded(folder).accounting) == []
    costs = [[plain(c) for c in row] for row in table_after(document, "Not 2 Verksamhetens kostnader")]
    assert costs[0] == ["Belopp i kr", "Utfall 2026-06-30", "Budget 2026-06-30", "2025-12-31"]


def test_a_member_in_the_kontoplan_must_be_one_of_the_members(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    _member_accounts(folder, SJOBYGDEN_MEMBERS[:4] + ("Norrvik",))
    result = run_cli("build", "delarsrapport", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert 'redovisning.xlsx, blad Kontoplan, cell H25: "Norrvik" är ingen medlem på bladet Medlemmar i ' \
           'forbundet.xlsx. Menade du "Norrviks kommun"?' in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("folder", (JAMTLAND, HARNOSAND, SJOBYGDEN, NORRSKOGEN), ids=lambda p: p.name)
def test_dates_used_as_documented_give_no_warning_in_any_example(folder):
    """Texts rewritten later (Skriven, Beskrivningar), goals from a date (Från, Beslutad, Ersatt), surveys closing
    later (Avslutad), shares and terms from a date: as documented, so `check` says nothing of them."""
    output = run_cli("check", "--input", str(folder)).output
    warnings = [line for line in output.splitlines() if line.startswith("Varning:")]
    assert warnings  # the examples' real warnings (seed errors, missing parts) are still said
    for word in ("efter dokumentets datum", "Skriven", "Beskrivningar", "Från", "Beslutad", "Ersatt", "Avslutad",
                 "Medlemmar", "Styrelse"):
        assert not any(word in line for line in warnings), (word, warnings)


# --- Layout: a chart's caption in the unit of its axis --------------------------------------------------

def test_chart_captions_say_the_unit_of_the_axis_not_of_the_tables(tmp_path):
    """Norrskogen prints its tables in kr; its amounts are large, so the charts' axes are in tkr."""
    interim = text_of(built(tmp_path / "delarsrapport-2025.docx", NORRSKOGEN))
    annual = text_of(built(tmp_path / "arsredovisning-2025.docx", NORRSKOGEN))
    assert "Diagram: utfall och budget för perioden 1 januari till 31 augusti 2025, tkr." in interim
    assert "Diagram: verksamhetens intäkter, kostnader och resultat 2023–2025, tkr." in annual
    assert ", kr." not in interim + annual


def test_a_heading_without_lines_under_it_is_left_out(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    wb = openpyxl.load_workbook(folder / "redovisning.xlsx")
    ws = wb["Rapportrader"]
    assert ws["B9"].value == "Årets resultat"
    ws.insert_rows(9)  # a heading right above the sum: nothing of its own under it
    for column, value in zip("ABC", ("Resultaträkning", "Resultat från finansiella poster", "rubrik")):
        ws[f"{column}9"] = value
    wb.save(folder / "redovisning.xlsx")
    document = built(tmp_path / "arsredovisning-2025.docx", folder)
    labels = [row[0] for row in table_after(document, "Resultaträkning")]
    assert "Resultat från finansiella poster" not in labels
    assert labels[-1] == "Årets resultat"
    assert "Ränteintäkter" in labels or "Räntekostnader och bankavgifter" in labels
