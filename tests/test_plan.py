"""Verksamhetsplan och budget, with seed 001's figures (Härnösand Timrå 2022)."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import docx
import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import (HARNOSAND, SJOBYGDEN, built, context_of, delete_rows, plain, row, run_cli, scope_of, lines_after, table_after,
                      text_of)
from pipeline import fmt
from pipeline.amounts import Amount
from pipeline.present.rounding import solve
from pipeline.compute.allocation import member_contributions
from pipeline.compute.plan import balance_budget, equity_table, plan, result_budget
from pipeline.domain import Member

D = Decimal


@pytest.fixture(scope="module")
def plan_2022(harnosand):
    return plan(harnosand, scope_of("verksamhetsplan", harnosand, year=2022))


def tkr(values):
    return [fmt.rounded(v, "tkr") for v in values]


def test_member_contributions_from_the_allocation(plan_2022):
    assert plan_2022.state_allocation == D(1_877_000)
    assert [amounts[0] for _, amounts in plan_2022.members] == [D(1_877_000), D(938_500), D(469_250), D(469_250)]
    assert plan_2022.total_allocation == D(3_754_000)


def test_member_rows_add_up_to_the_printed_total(harnosand):
    """001: 1 877 + 939 + 469 + 469 = 3 754 tkr, although 938,5 and 469,25 each round otherwise."""
    budget = context_of("verksamhetsplan", harnosand, year=2022).budget
    members = [[plain(c) for c in r.cells] for r in budget.revenue[:4]]
    assert [m[0] for m in members] == ["1 877", "939", "469", "469"]
    assert row([[r.label] + [plain(c) for c in r.cells] for r in budget.revenue], "Summa intäkter")[1] == "3 754"


def test_budget_totals_result_and_claim_on_equity(plan_2022):
    assert [plan_2022.revenue_total(i) for i in range(3)] == [D(3_754_000)] * 3
    assert [plan_2022.cost_total(i) for i in range(3)] == [D(3_754_000)] * 3
    assert [r.label for r in plan_2022.costs][:2] == ["Lokalkostnader", "Resekostnader"]
    assert plan_2022.costs[-1].values == (D(2_729_000),) * 3
    assert [y.result for y in plan_2022.budget_years] == [0, 0, 0]
    assert [y.equity_claimed for y in plan_2022.budget_years] == [0, 0, 0]


def test_equity_rolls_forward_from_the_books_through_the_forecast(plan_2022):
    """001: eget kapital 1 038 at the start of 2021, the forecast −760, then 278 each year."""
    assert [y.year for y in plan_2022.years] == [2021, 2022, 2023, 2024]
    assert tkr(y.equity_start for y in plan_2022.years) == [1_038, 278, 278, 278]
    assert tkr(y.result for y in plan_2022.years) == [-760, 0, 0, 0]
    assert tkr(y.equity_end for y in plan_2022.years) == [278, 278, 278, 278]
    assert plan_2022.available == D(4_032_000)  # 001: "4 032 000 vid ingången av 2022"


def test_balance_and_result_budgets(plan_2022):
    balance = balance_budget(plan_2022)
    assert tkr(balance.row("Omsättningstillgångar").values) == [1_278] * 4
    assert tkr(balance.row("Kortfristiga skulder").values) == [1_000] * 4
    assert tkr(balance.row("Summa eget kapital, avsättningar och skulder").values) == [1_278] * 4
    labels = [r.label for r in balance.rows]
    assert labels.count("Summa tillgångar") == 1  # 001 prints it twice
    result = result_budget(plan_2022)
    assert tkr(result.row("Verksamhetens kostnader").values) == [-4_514, -3_754, -3_754, -3_754]
    assert tkr(result.row("Årets resultat").values) == [-760, 0, 0, 0]
    equity = equity_table(plan_2022)
    assert tkr(equity.row("20 % av verksamhetens intäkter").values) == [751] * 4


@given(
    allocation=st.integers(min_value=0, max_value=50_000_000),
    kommuner=st.integers(min_value=1, max_value=12),
)
def test_contributions_always_add_to_the_total_in_kr_and_as_shown_in_tkr(allocation, kommuner):
    members = (Member("Staten", "stat", Fraction(1, 2)), Member("Regionen", "region", Fraction(1, 4))) + tuple(
        Member(f"K{i}", "kommun", Fraction(1, 4 * kommuner)) for i in range(kommuner))
    traced = Amount.atom(("tilldelning", 2025), D(allocation))
    parts = [a for _, a in member_contributions(traced, members)]
    assert sum(parts) == 2 * allocation
    total = sum(parts, D(0))
    atoms = solve(parts + [total], [], D(1000))
    printed = [sum(c * atoms[a.key] for a, c in p.terms.items()) for p in parts]
    assert sum(printed) == sum(c * atoms[a.key] for a, c in total.terms.items())
    assert all(abs(w - p.value / 1000) < 1 for w, p in zip(printed, parts))


def test_unbalanced_budget_without_planned_use_of_equity_warns(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    delete_rows(folder, "budget.xlsx", "Eget kapital", 1, 2028)
    result = run_cli("build", "verksamhetsplan", "--input", str(folder), "--output", str(tmp_path))
    assert result.exit_code == 0
    assert ("Varning: budget.xlsx, blad Eget kapital, cell A4: budgeten för 2028 är inte i balans: underskott 66 000 kr, "
            "men ingen användning av eget kapital är planerad.") in result.output


def test_typed_member_budget_must_match_the_allocation(input_copy, tmp_path):
    folder = input_copy(HARNOSAND)
    wb = openpyxl.load_workbook(folder / "budget.xlsx")
    wb["Budget"].append([2023, "Medlemsbidrag", "Medlemsbidrag", 3_700_000])
    wb.save(folder / "budget.xlsx")
    result = run_cli("build", "verksamhetsplan", "--input", str(folder), "--output", str(tmp_path))
    assert result.exit_code == 1
    assert ("budget.xlsx, blad Budget, cell D32 och budget.xlsx, blad Tilldelning, cell B5: budgeten för "
            "medlemsbidrag 2023 är 3 700 000 kr men tilldelningen ger "
            "3 754 000 kr") in result.output


def test_missing_forecast_is_an_error(input_copy, tmp_path):
    folder = input_copy(HARNOSAND)
    delete_rows(folder, "budget.xlsx", "Prognos", 2, "Verksamhetens kostnader")
    result = run_cli("build", "verksamhetsplan", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "budget.xlsx, blad Prognos, cell A4: prognos för 2021 saknas: Verksamhetens kostnader." in result.output
    assert not (tmp_path / "out").exists()


# --- the document ----------------------------------------------------------------

@pytest.fixture(scope="module")
def document(tmp_path_factory):
    return built(tmp_path_factory.mktemp("plan") / "verksamhetsplan-2022.docx", HARNOSAND)


def test_default_year_is_the_plan_in_the_dokument_sheet(harnosand, sjobygden):
    assert scope_of("verksamhetsplan", harnosand).year == 2022
    assert scope_of("verksamhetsplan", sjobygden).year == 2027


def test_document_budget_tables_carry_001s_figures(document):
    revenue = table_after(document, "Intäkter")
    assert revenue[0] == ["Belopp i tkr", "2022", "2023", "2024"]
    assert row(revenue, "Region Västernorrland")[1:] == ["939"] * 3
    assert row(revenue, "Timrå kommun")[1:] == ["469"] * 3
    assert row(revenue, "Summa intäkter")[1:] == ["3 754"] * 3
    costs = table_after(document, "Kostnader")
    assert row(costs, "Inhyrd personal")[1:] == ["825"] * 3
    assert row(costs, "Medel för insatser")[1:] == ["2 729"] * 3
    assert row(costs, "Summa kostnader")[1:] == ["3 754"] * 3
    assert row(costs, "Anspråkstagande av eget kapital")[1:] == ["0"] * 3
    balance = table_after(document, "Balansbudget")
    assert balance[0] == ["Belopp i tkr", "Prognos 2021", "Budget 2022", "Plan 2023", "Plan 2024"]
    assert row(balance, "Eget kapital vid årets början")[1:] == ["1 038", "278", "278", "278"]
    assert [r[0] for r in balance].count("Summa tillgångar") == 1
    result = table_after(document, "Resultatbudget")
    assert row(result, "Årets resultat")[1:] == ["-760", "0", "0", "0"]


def test_document_text_goals_insatser_and_signatures(document):
    text = text_of(document)
    assert "Antagen av styrelsen för Samordningsförbundet Härnösand Timrå den 26 november 2021" in text
    assert ("För 2022 har staten (Försäkringskassan Västernorrland, Arbetsförmedlingen) beslutat om en tilldelning "
            "på 1 877 000 kr till Samordningsförbundet Härnösand Timrå, detta är lika mycket som förbundet fick "
            "för 2021.") in text
    assert "förbundets tilldelning för 2022 uppgår till 3 754 000 kr." in text
    assert ("Det egna kapitalet vid 2021 års slut beräknas uppgå till 278 000 kr, vilket tillsammans med "
            "medlemmarnas driftsbidrag blir 4 032 000 kr vid ingången av 2022.") in text
    assert "Mått: Mäts genom att räkna antal deltagare." in text
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    for insats in ("Hälsoprojektet", "Arbetsmarknadstorg i Härnösand", "SIP/SKIP", "SKAPA",
                   "Stärkt samverkan och kompetenshöjande insatser", "Insatskatalogen"):
        assert insats in headings
    assert "SAM" not in headings  # ended 2021
    assert "Insatsägare: Timrå kommun, medsökande: Region Västernorrland via Premicare" in text
    assert "Timrå 2021-11-26" in text
    names = lines_after(document, "Timrå 2021-11-26")
    assert ["Lars Kempe", "Ordförande"] == names[names.index("Lars Kempe"):names.index("Lars Kempe") + 2]
    assert "Mats Höglund" in names


def test_fictional_forbund_builds_its_plan(tmp_path):
    result = run_cli("build", "verksamhetsplan", "--input", str(SJOBYGDEN), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "verksamhetsplan-2027.docx")
    costs = table_after(document, "Kostnader")
    assert row(costs, "Budgeterat resultat")[1:] == ["-216", "-66", "0"]
    assert row(costs, "Anspråkstagande av eget kapital")[1:] == ["216", "66", "0"]
