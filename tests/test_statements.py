"""Resultaträkning, balansräkning and driftsredovisning from balances, with seed 004's figures."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.compute.lines import evaluate, line_values, year_result
from pipeline.compute.statements import budget_comparisons, operating_statement, statement
from pipeline.domain import ReportLine, year_end
from pipeline.enums import LineKind, Report

RR, BR, DR = Report.RR, Report.BR, Report.DR
from pipeline.fmt import rounded

D = Decimal


def tkr(table, label, column):
    return rounded(table.row(label).values[column], "tkr")


def test_resultatrakning_2021_and_2020(jamtland):
    rr = statement(jamtland.accounting, RR, [year_end(2021), year_end(2020)])
    assert rr.row("Verksamhetens intäkter").values == (D(8_501_997), D(8_622_993))
    assert rr.row("Verksamhetens kostnader").values == (D(-7_033_338), D(-6_498_146))
    assert rr.row("Verksamhetens intäkter").note == 1
    assert [tkr(rr, "Finansiella kostnader", i) for i in (0, 1)] == [-107, -101]
    assert [tkr(rr, "Årets resultat", i) for i in (0, 1)] == [1_361, 2_024]
    assert tkr(rr, "Verksamhetens nettokostnader", 1) == 2_125


def test_rr_total_is_the_rounding_of_the_exact_sum_not_the_sum_of_rounded_lines(jamtland):
    """Seed 004 prints 7 034 and 1 468 for 2021: 4 870 + 576 + 1 588 and 8 502 − 7 034,
    sums of rounded numbers. Its own note 2 gives 7 033 338 kr, which is 7 033 tkr, and
    8 501 997 − 7 033 338 = 1 468 659 kr, which is 1 469 tkr."""
    rr = statement(jamtland.accounting, RR, [year_end(2021)])
    assert tkr(rr, "Verksamhetens kostnader", 0) == -7_033
    assert tkr(rr, "Verksamhetens nettokostnader", 0) == 1_469
    assert tkr(rr, "Årets resultat", 0) == 1_361


def test_balansrakning(jamtland):
    br = statement(jamtland.accounting, BR, [year_end(2021), year_end(2020)])
    expected = {
        "Fordringar": (183, 128),
        "Kassa och bank": (10_360, 7_937),
        "SUMMA TILLGÅNGAR": (10_543, 8_065),
        "Eget kapital": (6_057, 4_696),
        "Årets resultat": (1_361, 2_024),
        "Avsättningar för pensioner och liknande förpliktelser": (1_814, 1_694),
        "Kortfristiga skulder": (2_672, 1_676),
        "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER": (10_543, 8_065),
    }
    for label, figures in expected.items():
        assert (tkr(br, label, 0), tkr(br, label, 1)) == figures, label
    assert br.row("SUMMA TILLGÅNGAR").values == (D(10_543_440), D(8_064_766))


def test_equity_2020_parts_add_up(jamtland):
    """Seed 004's balansräkning 2020 shows 2 024 + 2 671 = 4 696, which does not add up
    (seeds README). Eget kapital 4 696 and the result 2 024 appear throughout the seed, so
    övrigt eget kapital is 4 696 − 2 024 = 2 672, and the three shown figures add up."""
    br = statement(jamtland.accounting, BR, [year_end(2020)])
    parts = tkr(br, "Årets resultat", 0) + tkr(br, "Övrigt eget kapital", 0)
    assert tkr(br, "Övrigt eget kapital", 0) == 2_672
    assert parts == tkr(br, "Eget kapital", 0) == 4_696


def test_balance_sheet_line_for_the_result_equals_the_income_statement(jamtland):
    for year in (2019, 2020, 2021):
        br = line_values(jamtland.accounting, BR, year_end(year))
        assert br["Årets resultat"] == year_result(jamtland.accounting, year_end(year))


def test_driftsredovisning_one_sign_rule_for_every_row(jamtland):
    """Avvikelse = utfall − budget on signed amounts, so a positive figure is favourable.
    Seed 004 shows −1 530 for Bidrag till insatser (utfall −4 870, budget −6 400) while
    its net row uses utfall − budget; ours is +1 530 (lower cost than budgeted)."""
    drift = operating_statement(jamtland.accounting, jamtland.budget, jamtland.forbund.members, [2021, 2020])
    figures = lambda label: [rounded(v, "tkr") for v in drift.row(label).values]  # noqa: E731
    assert figures("Medlemsbidrag") == [8_502, 8_502, 0, 8_527, 8_502, 25]
    assert figures("Övriga intäkter") == [0, 0, 0, 96, 0, 96]
    assert figures("Bidrag till insatser") == [-4_870, -6_400, 1_530, -3_187, -6_113, 2_926]
    assert figures("Personalkostnader") == [-1_588, -1_942, 354, -2_799, -2_317, -482]
    assert figures("Övriga externa kostnader") == [-576, -796, 220, -512, -1_105, 593]
    assert figures("Finansiella kostnader") == [-107, -5, -102, -101, 0, -101]
    assert figures("Resultat") == [1_361, -641, 2_002, 2_024, -1_033, 3_057]
    # 1 468 659 kr against a budget of −636 000 kr: 1 469 and 2 105 (seed: 1 468, 2 104,
    # from the rounded 7 034 above).
    assert figures("Verksamhetens nettokostnad") == [1_469, -636, 2_105, 2_125, -1_033, 3_158]


def test_deviation_of_every_row_is_outcome_minus_budget(jamtland):
    drift = operating_statement(jamtland.accounting, jamtland.budget, jamtland.forbund.members, [2021, 2020])
    for r in drift.rows:
        if r.values:
            assert r.values[2] == r.values[0] - r.values[1]
            assert r.values[5] == r.values[3] - r.values[4]


def test_budget_comparison_sizes(jamtland):
    by_line = {c.line: c for c in budget_comparisons(jamtland.accounting, jamtland.budget, jamtland.forbund.members, 2021)}
    assert rounded(by_line["Bidrag till insatser"].size_change, "tkr") == -1_530  # 1 530 lower
    assert rounded(by_line["Finansiella kostnader"].size_change, "tkr") == 102  # 102 higher
    assert rounded(by_line["Medlemsbidrag"].size_change, "tkr") == 0


def test_evaluate_sums_children_recursively():
    lines = [
        ReportLine(RR, "A", LineKind.REVENUE, "Net", None, None),
        ReportLine(RR, "B", LineKind.COST, "Net", None, None),
        ReportLine(RR, "Net", LineKind.SUM, "Total", None, None),
        ReportLine(RR, "C", LineKind.FINANCIAL_COST, "Total", None, None),
        ReportLine(RR, "Total", LineKind.SUM, None, None, None),
    ]
    values = evaluate(lines, {"A": D(100), "B": D(-30), "C": D(-5)})
    assert values["Net"] == D(70)
    assert values["Total"] == D(65)


@pytest.mark.parametrize("report", [RR, BR, DR])
def test_zero_lines_are_left_out_but_sums_and_headings_stay(sjobygden, report):
    """The shipped BAS lines include Inventarier and Avskrivningar; a förbund without
    them gets no empty rows, and no heading over nothing."""
    table = statement(sjobygden.accounting, report, [year_end(2025), year_end(2024)])
    labels = [r.label for r in table.rows]
    assert "Inventarier" not in labels and "Avskrivningar" not in labels
    assert "Anläggningstillgångar" not in labels and "Summa anläggningstillgångar" not in labels
    if report == BR:
        assert labels[:2] == ["TILLGÅNGAR", "Omsättningstillgångar"]
