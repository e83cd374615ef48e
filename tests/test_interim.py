"""Delårsrapport: period statements, period budget, forecast; seed 000's figures (Härnösand Timrå 2021)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import docx
import pytest

from conftest import HARNOSAND, SJOBYGDEN, built, delete_rows, row, run_cli, scope_of, lines_after, table_after, text_of
from pipeline import fmt
from pipeline.compute.budget import forecast_as_of, line_posts, year_share
from pipeline.compute.interim import forecast_table, interim
from pipeline.enums import Report

D = Decimal


@pytest.fixture(scope="module")
def report(harnosand):
    return interim(harnosand, scope_of("delarsrapport", harnosand, year=2021))


def tkr(values):
    return [fmt.rounded(v, "tkr") for v in values]


def test_period_statements_from_the_balances_at_the_period_end(report):
    assert report.period_end == date(2021, 6, 30)
    # Seed 000 gives no figures for 2020-06-30: the same period a year earlier is missing (None).
    assert not report.comparable and report.same_period_before == date(2020, 6, 30)
    assert report.income.row("Verksamhetens intäkter").values == (D(1_877_000), D(1_877_000), None, D(3_754_000))
    assert tkr([v for v in report.income.row("Årets resultat").values if v is not None]) == [-53, -114, 322]
    assert tkr(report.balance.row("Eget kapital").values) == [985, 1_038]
    assert tkr(report.balance.row("SUMMA TILLGÅNGAR").values) == [1_745, 1_958]


def test_period_budget_is_the_year_pro_rata_unless_given(harnosand):
    assert year_share(date(2021, 6, 30)) == Fraction(1, 2)
    assert year_share(date(2021, 4, 30)) == Fraction(1, 3)  # a tertial
    assert year_share(date(2021, 6, 15)) == Fraction(166, 365)
    lines = harnosand.accounting.report_lines(Report.DR)
    members = harnosand.forbund.members
    posts = line_posts(lines, harnosand.budget, members, 2021, date(2021, 6, 30))
    assert posts["Medlemsbidrag"] == D(1_877_000)  # half the allocation
    assert posts["Bidrag till insatser"] == D(-1_526_500)  # half of 3 053 000
    from dataclasses import replace

    from pipeline.domain import BudgetItem
    given = replace(harnosand.budget, items=harnosand.budget.items + (
        BudgetItem(2021, "Medel för insatser", "Bidrag till insatser", D(1_200_000), date(2021, 6, 30)),))
    assert line_posts(lines, given, members, 2021, date(2021, 6, 30))["Bidrag till insatser"] == D(-1_200_000)
    assert line_posts(lines, given, members, 2021)["Bidrag till insatser"] == D(-3_053_000)  # the year unchanged


def test_forecast_and_the_twenty_percent_comparison(report):
    """000: budget deficit 227 000, forecast about −835 000; eget kapital then below 20 %."""
    assert report.budget.result == D(-227_000)
    assert report.forecast.result == D(-835_000)
    assert report.forecast.equity_start == D(1_038_000)
    assert report.forecast.equity_end == D(203_000)
    assert report.forecast.equity_limit == D("750800.00")
    assert report.forecast.equity_end < report.forecast.equity_limit
    table = forecast_table(report)
    assert tkr(table.row("Årets resultat").values) == [-227, -835, -608]


def test_the_forecast_used_is_the_latest_made_before_the_decision(harnosand):
    assert forecast_as_of(harnosand.budget, 2021, date(2021, 8, 27))["Verksamhetens kostnader"] == D(4_589_000)
    assert forecast_as_of(harnosand.budget, 2021, date(2021, 11, 26))["Verksamhetens kostnader"] == D(4_514_000)
    assert forecast_as_of(harnosand.budget, 2021, None)["Verksamhetens intäkter"] == D(3_754_000)


def test_figures_in_000s_text(report):
    assert report.allocation_total == D(3_754_000)
    assert report.available == D(4_792_000)
    assert report.insats_budget == D(3_053_000)
    assert [i.insats.name for i in report.decided_before] == [
        "Hälsoprojektet", "Arbetsmarknadstorg i Härnösand", "Stärkt samverkan och kompetenshöjande insatser", "SAM",
        "Psykiatridagar"]
    assert len(report.decided_in_period) == 3


def test_a_period_that_has_no_balances_is_an_error(tmp_path):
    result = run_cli("build", "delarsrapport", "--input", str(HARNOSAND), "--output", str(tmp_path),
                     "--period", "2021-04-30")
    assert result.exit_code == 1
    assert "redovisning.xlsx, blad Saldon, cell A26: det finns inga saldon per 2021-04-30 (perioder 2021: 2021-06-30)." \
        in result.output
    assert run_cli("build", "arsredovisning", "--period", "2021-06-30").exit_code == 2


def test_missing_forecast_stops_the_report(input_copy, tmp_path):
    folder = input_copy(HARNOSAND)
    delete_rows(folder, "budget.xlsx", "Prognos", 2, "Verksamhetens intäkter")
    result = run_cli("build", "delarsrapport", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "budget.xlsx, blad Prognos, cell A5: helårsprognos för 2021 saknas: Verksamhetens intäkter." in result.output
    assert not (tmp_path / "out").exists()


# --- the document ----------------------------------------------------------------

@pytest.fixture(scope="module")
def document(tmp_path_factory):
    return built(tmp_path_factory.mktemp("interim") / "delarsrapport-2021.docx", HARNOSAND)


def test_document_carries_000s_content(document):
    text = text_of(document)
    assert ("För 2021 års verksamhet får förbundet 3 754 000 kr i driftsbidrag från huvudmännen. Tillsammans med "
            "det egna kapitalet förfogar förbundet över 4 792 000 kr.") in text
    assert "har för 2021 avsatt medel till fem insatser till en kostnad av 3 053 000 kr." in text
    assert "Under perioden har styrelsen beslutat att bevilja ytterligare tre insatser." in text
    assert ("I 2021 års budget var det planerat för ett underskott på 227 000 kr. Prognosen för helåret är ett "
            "underskott på 835 000 kr vid utgången av 2021.") in text
    assert "Prognosen är att det egna kapitalet vid årets slut uppgår till 203 000 kr, vilket inte överstiger" in text
    assert "Genomföra ett medlemssamråd." in text
    assert "Prognosen är att minst 50 medarbetare hos förbundsmedlemmarna kommer att delta" in text
    assert "Projektägare: Härnösands kommun, medsökande är Arbetsförmedlingen" in text
    assert "10 kvinnor ska få anställning." in text
    assert "Ort och datum: Härnösand 2021-08-27" in text
    names = lines_after(document, "Ort och datum: Härnösand 2021-08-27")
    for name in ("Lars Kempe", "Nina Skyttberg", "Anna Reinholdsson Lundberg", "Mats Höglund", "Hans Skimmermo"):
        assert name in names


def test_document_period_tables(document):
    income = table_after(document, "Resultaträkning")
    assert income[0] == ["Belopp i tkr", "Not", "Utfall 2021-01-01–2021-06-30", "Budget 2021-01-01–2021-06-30",
                         "Utfall 2020-01-01–2020-06-30", "Utfall helår 2020"]
    assert row(income, "Verksamhetens intäkter")[2:] == ["1 877", "1 877", "–", "3 754"]
    assert row(income, "Verksamhetens kostnader")[2:] == ["-1 930", "-1 991", "–", "-3 432"]
    assert row(income, "Periodens resultat")[2:] == ["-53", "-114", "–", "322"]  # RKR R17: the period's result
    assert "– Saldon per 2020-06-30 saknas i underlaget, så perioden kan inte jämföras med samma period " \
           "föregående år." in text_of(document)
    balance = table_after(document, "Balansräkning")
    assert balance[0][2:] == ["2021-06-30", "2020-12-31"]
    forecast = table_after(document, "Helårsprognos")
    assert row(forecast, "Årets resultat")[1:] == ["-227", "-835", "-608"]


def test_fictional_forbund_builds_full_period_statements(tmp_path):
    result = run_cli("build", "delarsrapport", "--input", str(SJOBYGDEN), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "delarsrapport-2026.docx")
    balance = table_after(document, "Balansräkning")
    assert row(balance, "SUMMA TILLGÅNGAR")[2:] == row(balance, "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER")[2:]
    assert row(balance, "Avsättningar för pensioner och liknande förpliktelser")[1] == ""  # note 4 not in a delår
    notes = [p.text for p in document.paragraphs if p.text.startswith("Not ")]
    assert notes == ["Not 1 Verksamhetens intäkter", "Not 2 Verksamhetens kostnader", "Not 3 Omsättningstillgångar",
                     "Not 5 Kortfristiga skulder"]
