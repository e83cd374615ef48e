"""Grant list, indicator surveys and goals, with seed 004's figures."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import docx
import openpyxl
import pytest

from conftest import JAMTLAND, build, plain, row, set_cell, table_after, text_of
from pipeline.compute.grants import by_kind, commitments, goal_share, remaining
from pipeline.compute.surveys import Aggregate, block, goal_tables
from pipeline import fmt
from pipeline.present.activity import survey_table

D = Decimal


# --- grant list ------------------------------------------------------------------

def test_note_6_remaining_committed_money_per_insats(jamtland):
    table = commitments(jamtland.grants, [2021, 2020])
    assert table.row("Summa").values == (D(24_621_030), D(17_258_828))
    assert table.row("Samverkanscirkel Ragunda").values == (D(1_704_115), D(2_151_200))
    assert table.row("Jobbcenter 2.0").values == (D(3_383_604), D(0))
    assert table.row("Yrkesinriktad svenska").values == (D(788_000), D(0))
    assert [r.label for r in table.rows][-2:] == ["Yrkesinriktad svenska", "Summa"]


def test_a_closed_insats_commits_nothing(jamtland):
    evaluation = next(i for i in jamtland.grants.insatser if i.name == "Följeutvärdering samverkansstrukturer")
    assert remaining(jamtland.grants, evaluation, 2021) == 0
    assert "Följeutvärdering samverkansstrukturer" not in [r.label for r in
                                                            commitments(jamtland.grants, [2021, 2020]).rows]


def test_split_between_individ_and_strukturinriktade(jamtland):
    kinds = {k.kind: k for k in by_kind(jamtland.grants, 2021)}
    assert len(kinds["individinriktad"].insatser) == 2  # Yrkesinriktad svenska starts 2022
    assert kinds["individinriktad"].cost == D(1_155_092)
    assert len(kinds["strukturinriktad"].insatser) == 9
    assert kinds["individinriktad"].cost + kinds["strukturinriktad"].cost == D(4_870_056)  # the books


def test_share_of_insats_goals_reached(jamtland):
    share = goal_share(jamtland.grants, 2021)
    assert (share.reached, share.partly, share.total) == (4, 2, 7)
    assert fmt.percent(share.share) == "57\u00a0%"


def test_grant_list_that_disagrees_with_the_books_stops_the_build(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "insatser.xlsx")
    ws = wb["Utfall"]
    cell = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "STA Krokom" and r[1].value == 2021)[2]
    cell.value = 900_000
    wb.save(folder / "insatser.xlsx")
    result = build(folder, tmp_path / "out")
    assert result.exit_code == 1
    assert ("Fel: insatser.xlsx, blad Utfall, celler C3, C6, C8, C10, C12, C14, C16, C19:C21, C23 och "
            "redovisning.xlsx, blad Saldon, cell D25: insatslistans kostnader för 2021 blir 4 782 765 kr men "
            "bokföringen visar 4 870 056 kr på raden \"Bidrag till insatser\" i driftsredovisningen (skillnad "
            "87 291 kr)" in result.output)
    assert not (tmp_path / "out").exists()


def test_unknown_insats_name_and_costs_above_decisions(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "insatser.xlsx", "Mål", "A2", "Samverkanscirkel Ragund")
    result = build(folder, tmp_path)
    assert result.exit_code == 1
    assert ('insatser.xlsx, blad Mål, cell A2: insatsen "Samverkanscirkel Ragund" finns inte på bladet Insatser. '
            'Menade du "Samverkanscirkel Ragunda"?' in result.output)
    folder2 = tmp_path / "second"
    import shutil
    shutil.copytree(JAMTLAND, folder2)
    wb = openpyxl.load_workbook(folder2 / "insatser.xlsx")
    decision = next(r for r in wb["Beslut"].iter_rows(min_row=2) if r[0].value == "Yrkesinriktad svenska")
    decision[3].value = -100
    wb.save(folder2 / "insatser.xlsx")
    assert "Yrkesinriktad svenska till och med 2021 överstiger beslutade medel med 100 kr" in \
        build(folder2, tmp_path / "o2").output


# --- surveys ---------------------------------------------------------------------

def _agg(counts, respondents=None, group="samtliga"):
    return Aggregate(group, counts, respondents)


def test_aggregates_participants_before_ending_n28():
    """004: Deltagare inför avslut, n=28: 0 % / 7 % / 93 % (82 %), svarsfrekvens 100 %."""
    a = _agg((0, 0, 2, 3, 10, 13), 28)
    assert (a.n, a.negative, a.neutral, a.positive, a.clearly_positive) == (28, 0, 2, 26, 23)
    assert plain(" ".join(fmt.percents_adding_to_100([a.negative, a.neutral, a.positive]))) == "0 % 7 % 93 %"
    assert fmt.percent(a.clear_share) == "82\u00a0%"
    assert a.response_rate == 1
    assert a.mean == Fraction(1 * 0 + 2 * 0 + 3 * 2 + 4 * 3 + 5 * 10 + 6 * 13, 28)


def test_row_percentages_add_to_100():
    """004 prints 8 % / 8 % / 85 % for women n=13 (1/1/11): that is 101 %. Rounded so the
    row adds to 100 (largest remainder), the positive share is 84 %."""
    assert plain(" ".join(fmt.percents_adding_to_100([1, 1, 11]))) == "8 % 8 % 84 %"
    assert plain(" ".join(fmt.percents_adding_to_100([1, 2, 15]))) == "6 % 11 % 83 %"  # 004: n=18
    assert plain(" ".join(fmt.percents_adding_to_100([3, 1, 15]))) == "16 % 5 % 79 %"  # 004: n=19


def test_response_rate_of_those_who_answered_the_survey():
    assert fmt.percent(_agg((1, 2, 1, 2, 6, 7), 20).response_rate) == "95\u00a0%"  # 004: n=19 of 20
    assert fmt.percent(_agg((0, 0, 2, 5, 3, 3), 15).response_rate) == "87\u00a0%"  # 004: personal n=13


def test_gender_split_suppressed_when_a_group_is_small(jamtland):
    ongoing = next(s for s in jamtland.indicators.surveys if s.key == "E1")  # 16 women, 4 men
    ending = next(s for s in jamtland.indicators.surveys if s.key == "E2")  # 13 women, 14 men
    assert block(jamtland.indicators, ongoing, "F5").suppressed
    assert [a.group for a in block(jamtland.indicators, ongoing, "F5").rows] == ["samtliga"]
    result = block(jamtland.indicators, ending, "F5")
    assert not result.suppressed and [a.group for a in result.rows] == ["samtliga", "kvinnor", "män"]


def test_goal_tables_laid_out_like_004(jamtland):
    goal = next(g for g in jamtland.activity.goals if g.evidence == ("F1", "F2"))
    tables = [survey_table(t) for t in goal_tables(jamtland.indicators, goal)]
    assert [t.question for t in tables] == ["Mina erfarenheter, kunskaper och synpunkter tas tillvara",
                                            "Deltagarnas erfarenheter, kunskaper och synpunkter tas tillvara"]
    rows = [(r.label, [plain(c) for c in r.cells]) for r in tables[0].rows]
    assert rows[0][0] == "Deltagare i pågående insats (i Samverkanscirkeln, STA, Samkraft)"
    assert rows[1][0] == "Undersökt population 84 %, svarande 77 % = 20 st".replace(" %", "\u00a0%")
    assert rows[2] == ("Samtliga (n=18)", ["6 %", "11 %", "83 % (78 %)", "90 %", "5,0"])
    assert rows[3][0] == "Könsuppdelad statistik kan ej redovisas p g a för få svarande"
    assert rows[6] == ("Samtliga (n=28)", ["0 %", "7 %", "93 % (82 %)", "100 %", "5,2"])
    assert rows[7] == ("Kvinnor (n=13)", ["0 %", "8 %", "92 % (77 %)", "100 %", "5,2"])
    assert rows[8] == ("Män (n=14)", ["0 %", "7 %", "93 % (86 %)", "100 %", "5,3"])
    personal = [(r.label, [plain(c) for c in r.cells]) for r in tables[1].rows]
    assert personal[2] == ("Samtliga (n=13)", ["0 %", "15 %", "85 % (46 %)", "87 %", "4,5"])


def test_answers_above_the_number_of_respondents_are_an_error(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "indikatorer.xlsx", "Svar", "I2", 20)  # E1/F1 helt och hållet: 8 -> 20
    result = build(folder, tmp_path)
    assert result.exit_code == 1
    assert "indikatorer.xlsx, blad Svar, cell D2: 30 svar på frågan F1 är fler än de 20 svarande (samtliga) " \
           "i enkäten E1." in result.output


def test_goal_evidence_must_name_a_question(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "verksamhet.xlsx", "Mål", "J4", "F1, F9")
    result = build(folder, tmp_path)
    assert result.exit_code == 1
    assert 'verksamhet.xlsx, blad Mål, cell J4: "F9" är varken en fråga på bladet Frågor eller en respondentgrupp ' \
           'i indikatorer.xlsx. Menade du "F6"?' in result.output


# --- the document ----------------------------------------------------------------

@pytest.fixture(scope="module")
def document(tmp_path_factory):
    out = tmp_path_factory.mktemp("activity")
    result = build(JAMTLAND, out)
    assert result.exit_code == 0, result.output
    assert 'målet "Lokala samverkansteamgruppen' in result.output and "saknar status" in result.output
    return docx.Document(out / "arsredovisning-2021.docx")


def _marker_colour(paragraph) -> str:
    marker = next(r for r in paragraph.runs if r.text == "\u25cf")
    return str(marker.font.color.rgb)


def test_document_has_goals_with_status_words_and_coloured_markers(document):
    paragraphs = [p for p in document.paragraphs]
    status = next(p for p in paragraphs if p.text.endswith("Målet är i hög grad uppnått."))
    assert status.text.startswith("\u25cf")
    assert _marker_colour(status) == "2E7D32"
    red = next(p for p in paragraphs if p.text.endswith("Målet är inte uppnått."))
    assert _marker_colour(red) == "C62828"
    assert any(p.text.endswith("Målet är delvis uppnått.") and _marker_colour(p) == "F9A825" for p in paragraphs)


def test_document_survey_sus_and_note_6_tables(document):
    survey = table_after(document, "Fråga: Jag känner mig mer redo att kunna arbeta eller studera")
    assert row(survey, "Samtliga (n=20)")[1:4] == ["25 %", "15 %", "60 % (50 %)"]
    assert row(survey, "Män (n=14)")[1:4] == ["7 %", "0 %", "93 % (71 %)"]
    sus = table_after(document, "Antal deltagare registrerade med personuppgifter i uppföljningssystemet SUS:")
    assert sus[0] == ["År", "Kvinnor", "Män", "Totalt"]
    assert row(sus, "2017") == ["2017", "50", "34", "84"]
    assert row(sus, "2021") == ["2021", "104", "74", "178"]
    br = table_after(document, "Balansräkning")
    assert br[-2][0] == "PANTER OCH ANSVARSFÖRBINDELSER"
    assert br[-1] == ["Återstående belopp för beslutad finansiering av samverkansinsatser", "6", "24 621", "17 259"]
    note6 = table_after(document, "Not 6 Återstående belopp för beslutad finansiering av samverkansinsatser")
    assert row(note6, "ENIG i Östersund")[1:] == ["3 104 250", "3 956 500"]
    assert row(note6, "Summa")[1:] == ["24 621 030", "17 258 828"]


def test_document_funded_insatser_grouped_by_kind(document):
    text = text_of(document)
    assert "Förbundet har under 2021 finansierat två individinriktade insatser med sammanlagt 1 155 tkr." in text
    assert "Förbundet har under 2021 finansierat nio strukturinriktade insatser med sammanlagt 3 715 tkr." in text
    assert "Insatsägare: Krokoms kommun, medsökande: Region Jämtland Härjedalen, Arbetsförmedlingen." in text
    assert "Period 2019-09-01–2023-08-31. Beviljat 3 000 000 kr (beslut 2019-06-14 § 31). Kostnad 2021: 987 tkr." \
        in text
    assert "Av insatsernas 7 mål med redovisat utfall har 4 uppnåtts (57 %) och 2 delvis uppnåtts." in text
