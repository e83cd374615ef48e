"""Build the årsredovisning from the examples, open the .docx and read its tables and text."""
from __future__ import annotations

import docx
import pytest

from conftest import JAMTLAND, SJOBYGDEN, build, built, loaded, row, set_cell, set_fact, lines_after, table_after, text_of


@pytest.fixture(scope="module")
def jamtland_doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("out") / "arsredovisning-2021.docx"
    return path, built(path, JAMTLAND)


def test_jamtland_driftsredovisning(jamtland_doc):
    table = table_after(jamtland_doc[1], "Driftsredovisning")
    assert table[0] == ["Belopp i tkr", "Utfall 2021", "Budget 2021", "Avvikelse 2021",
                        "Utfall 2020", "Budget 2020", "Avvikelse 2020"]
    assert row(table, "Medlemsbidrag") == ["Medlemsbidrag", "8 502", "8 502", "0", "8 527", "8 502", "25"]
    assert row(table, "Bidrag till insatser")[1:] == ["-4 870", "-6 400", "1 530", "-3 187", "-6 113", "2 926"]
    assert row(table, "Resultat")[1:] == ["1 361", "-641", "2 002", "2 024", "-1 033", "3 057"]


def test_jamtland_resultatrakning_and_balansrakning(jamtland_doc):
    rr = table_after(jamtland_doc[1], "Resultaträkning")
    assert rr[0] == ["Belopp i tkr", "Not", "2021-01-01–2021-12-31", "2020-01-01–2020-12-31"]
    assert row(rr, "Verksamhetens intäkter") == ["Verksamhetens intäkter", "1", "8 502", "8 623"]
    assert row(rr, "Årets resultat")[2:] == ["1 361", "2 024"]
    br = table_after(jamtland_doc[1], "Balansräkning")
    assert row(br, "Kassa och bank") == ["Kassa och bank", "3", "10 360", "7 937"]
    assert row(br, "Eget kapital")[2:] == ["6 057", "4 696"]
    assert row(br, "Övrigt eget kapital")[2:] == ["4 696", "2 672"]
    assert row(br, "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER")[2:] == ["10 543", "8 065"]


def test_jamtland_cash_flow_notes_and_overview(jamtland_doc):
    document = jamtland_doc[1]
    cash = table_after(document, "Kassaflödesanalys")
    assert row(cash, "Justering för gjorda avsättningar")[1:] == ["120", "610"]
    # Seed 004 prints 7 505 + 431 = 7 937, which does not add up; here the cash at the start of 2020 is
    # 7 506 (exact 7 505 6xx kr), so that the printed year adds up (see docs/jamtland-2021.md).
    assert row(cash, "Likvida medel vid årets början")[1:] == ["7 937", "7 506"]
    assert row(cash, "Årets kassaflöde")[1:] == ["2 423", "431"]
    assert row(cash, "Likvida medel vid årets slut")[1:] == ["10 360", "7 937"]
    note5 = table_after(document, "Not 5 Kortfristiga skulder")
    assert row(note5, "Skuld insatser (ej rekviderade/fakturerade)")[1:] == ["339 144", "1 416 808"]
    assert row(note5, "Summa")[1:] == ["2 672 350", "1 675 594"]
    note4 = table_after(document, "Not 4 Avsättningar för pensioner")
    assert note4[0][0] == "Belopp i tkr"
    assert row(note4, "Utgående avsättning för pensioner")[1:] == ["1 814", "1 694"]
    overview = table_after(document, "Översikt över verksamhetens utveckling")
    assert overview[0] == ["Tkr", "2021", "2020", "2019", "2018", "2017"]
    assert row(overview, "Årets resultat")[1:] == ["1 361", "2 024", "-965", "43", "822"]


def test_jamtland_text_weaves_in_computed_figures(jamtland_doc):
    text = text_of(jamtland_doc[1])
    assert "Samordningsförbundet redovisar ett resultat för 2021 på 1 361 tkr vilket medför att det egna " \
           "kapitalet på balansdagen uppgår till 6 057 tkr." in text
    assert "Bidrag till insatser uppgår till 4 870 tkr vilket är 1 530 tkr lägre än budgeterat." in text
    assert "vilket för 2021 motsvarar 1 700 tkr" in text
    assert "Det egna kapitalet överstiger därmed rekommendationen med 4 357 tkr." in text
    assert "Försäkringskassan och Arbetsförmedlingen bidrar med hälften av medlen, Region Jämtland " \
           "Härjedalen med en fjärdedel och de åtta kommunerna med en fjärdedel." in text


def test_jamtland_title_toc_and_signatures(jamtland_doc):
    document = jamtland_doc[1]
    text = text_of(document)
    assert "ÅRSREDOVISNING 2021" in text
    assert "Beslutad av förbundsstyrelsen 2022-03-04" in text
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc")]
    assert toc[:2] == ["Förvaltningsberättelse", "Om förbundet"]
    assert "Kassaflödesanalys" in toc and "Noter" in toc
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Förvaltningsberättelse", "Driftsredovisning", "Finansiella rapporter", "Underskrifter"]
    assert "Ort och datum: Östersund 2022-03-04" in text
    names = lines_after(document, "Ort och datum: Östersund 2022-03-04")
    assert "Karin Strand" in names and "Ordförande" in names and "Lena Forsberg" in names
    assert "Nils Åkerman" not in names  # ersättare do not sign


def test_text_from_workbooks_comes_out_as_written(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "verksamhet.xlsx", "Texter", "E2", "Unga & Vuxna <1> och {{ förbund }} {% if %}")
    set_cell(folder, "verksamhet.xlsx", "Texter", "D2", "Rubrik med \"citat\" & 'apostrof'")
    result = build(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "out" / "arsredovisning-2021.docx")
    paragraphs = [p.text for p in document.paragraphs]
    assert "Unga & Vuxna <1> och {{ förbund }} {% if %}" in paragraphs
    assert "Rubrik med \"citat\" & 'apostrof'" in paragraphs


def test_fictional_forbund_in_input_xlsx_builds(tmp_path):
    result = build(SJOBYGDEN, tmp_path)
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "arsredovisning-2025.docx")
    text = text_of(document)
    assert "Samordningsförbundet Sjöbygden".upper() in text
    assert "Insatsen Unga & vuxna i arbete i Åby startade först i september (< 4 månader av året)" in text
    br = table_after(document, "Balansräkning")
    assert row(br, "SUMMA TILLGÅNGAR")[2:] == row(br, "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER")[2:]
    assert len(loaded(SJOBYGDEN).forbund.members) == 5


def test_amounts_in_kronor_when_the_forbund_chooses_kr(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_fact(folder, "forbundet.xlsx", "Uppgifter", "Belopp i rapporter", "kr")
    assert build(folder, tmp_path).exit_code == 0
    document = docx.Document(tmp_path / "arsredovisning-2021.docx")
    rr = table_after(document, "Resultaträkning")
    assert rr[0][0] == "Belopp i kr"
    assert row(rr, "Verksamhetens kostnader")[2:] == ["-7 033 338", "-6 498 146"]
    assert "resultat för 2021 på 1 361 459 kr" in text_of(document)


def test_board_without_chair_is_a_warning(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "forbundet.xlsx", "Styrelse", "B2", "ledamot")
    result = build(folder, tmp_path)
    assert result.exit_code == 0
    assert "Varning: forbundet.xlsx, blad Styrelse, celler B2:B14: styrelsen har ingen ordförande." in result.output
