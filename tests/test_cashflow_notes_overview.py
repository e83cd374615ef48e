"""Kassaflödesanalys, notes, five-year overview and key ratios, with seed 004's figures."""
from __future__ import annotations

from decimal import Decimal

from conftest import scope_of
from pipeline.compute.cashflow import cash_flow
from pipeline.compute.notes import notes
from pipeline.compute.overview import overview
from pipeline.fmt import rounded

D = Decimal


def tkr(value):
    return rounded(value, "tkr")


def test_cash_flow_2020_matches_seed(jamtland):
    flow = cash_flow(jamtland.accounting, 2020)
    assert [tkr(v) for v in (flow.result, flow.provisions, flow.before_working_capital, flow.liabilities,
                             flow.receivables, flow.operating, flow.total, flow.cash_start, flow.cash_end)] == \
        [2_024, 610, 2_634, -2_282, 79, 431, 431, 7_505, 7_937]
    assert flow.investing == flow.financing == flow.unexplained == 0


def test_cash_flow_2021_is_the_change_in_cash(jamtland):
    """The year's cash flow is the change in cash: 10 360 363 − 7 936 581 = 2 423 782 kr,
    2 424 tkr. Seed 004 prints 2 423 and 1 481 (1 361 + 120), sums of rounded figures;
    before working capital is exactly 1 481 918 kr, 1 482 tkr."""
    flow = cash_flow(jamtland.accounting, 2021)
    assert flow.total == flow.cash_end - flow.cash_start == D(2_423_782)
    assert [tkr(v) for v in (flow.result, flow.provisions, flow.liabilities, flow.receivables)] == \
        [1_361, 120, 997, -55]
    assert tkr(flow.before_working_capital) == 1_482
    assert tkr(flow.total) == 2_424
    assert (tkr(flow.cash_start), tkr(flow.cash_end)) == (7_937, 10_360)


def _note(inputs, number):
    return next(n for n in notes(inputs.accounting, [2021, 2020]) if n.spec.number == number)


def test_note_1_revenue_per_account(jamtland):
    table = _note(jamtland, 1).table
    assert table.row("Bidrag Försäkringskassan").values == (D(4_251_000), D(4_251_000))
    assert table.row("Vidarefakturering").values == (D(0), D(96_000))
    assert table.row("Öresutjämning").values == (D(-3), D(-7))
    assert table.row("Summa").values == (D(8_501_997), D(8_622_993))


def test_note_2_costs_are_positive_and_grouped_by_note_label(jamtland):
    table = _note(jamtland, 2).table
    assert [r.label for r in table.rows] == ["Bidrag till insatser", "Övriga externa kostnader",
                                             "Personalkostnader", "Summa"]
    assert table.row("Personalkostnader").values == (D(1_587_714), D(2_799_163))
    assert table.row("Summa").values == (D(7_033_338), D(6_498_146))


def test_note_3_lists_accounts_in_kontoplan_order(jamtland):
    table = _note(jamtland, 3).table
    assert [r.label for r in table.rows][:3] == ["Plus Giro Nordea", "Ftg-konto Swedbank",
                                                 "Placeringskonto Swedbank"]
    assert table.row("Summa").values == (D(10_543_440), D(8_064_766))


def test_note_4_pension_provision_from_balances_and_movements(jamtland):
    table = _note(jamtland, 4).table
    shown = {r.label: [tkr(v) for v in r.values] for r in table.rows}
    assert shown["Ingående avsättning"] == [1_694, 1_084]
    assert shown["Nyintjänad pension"] == [35, 402]
    assert shown["Årets utbetalningar"] == [-41, -5]
    assert shown["Utgående avsättning för pensioner"] == [1_814, 1_694]


def test_note_5_subtotal_is_not_counted_twice(jamtland):
    """Seed 004 lists "Skuld insatser" and then its parts; summing every printed line
    would give 3 011 494. The parts belong to the sub-total: the note sums to 2 672 350."""
    table = _note(jamtland, 5).table
    subtotal = table.row("Skuld insatser (ej rekviderade/fakturerade)")
    assert subtotal.style == "delsumma"
    assert subtotal.values == (D(339_144), D(1_416_808))
    children = [r for r in table.rows if r.style == "delrad"]
    assert [r.label for r in children][:2] == ["STA Krokom", "Samverkanscirkel Ragunda"]
    assert sum(r.values[0] for r in children) == subtotal.values[0]
    assert table.row("Betald F-skatt").values == (D(-22_143), D(0))
    assert table.row("Summa").values == (D(2_672_350), D(1_675_594))
    assert sum(r.values[0] for r in table.rows if r.style == "rad") + subtotal.values[0] == D(2_672_350)


def test_five_year_overview(jamtland):
    years = overview(jamtland.accounting, jamtland.forbund.staff, 2021)
    assert [y.year for y in years] == [2021, 2020, 2019, 2018, 2017]
    assert [tkr(y.revenue) for y in years] == [8_502, 8_623, 8_972, 9_365, 8_795]
    assert [tkr(y.costs) for y in years] == [7_033, 6_498, 9_918, 9_313, 7_972]  # seed 2021: 7 034, see RR test
    assert [tkr(y.result) for y in years] == [1_361, 2_024, -965, 43, 822]
    assert [y.staff for y in years] == [D(2), D("2.6"), D("2.8"), D("3.1"), D("3.6")]
    assert years[3].equity is None  # 2018: results only, no balance sheet entered


def test_solidity_and_the_twenty_percent_rule(jamtland):
    now = overview(jamtland.accounting, jamtland.forbund.staff, 2021)[0]
    assert now.equity == D(6_057_059)
    assert now.solidity == D(6_057_059) / D(10_543_440)
    assert tkr(now.equity_limit) == 1_700  # 20 % of 8 501 997
    assert now.equity_over_limit
    assert tkr(now.equity_excess) == 4_357


def test_latest_closed_year(jamtland, sjobygden):
    assert scope_of("arsredovisning", jamtland).year == 2021
    assert scope_of("arsredovisning", sjobygden).year == 2025
