"""Figures an auditor signs off: every printed table adds up, one figure has one printed value, each within
one unit of its exact amount (pipeline.present.rounding)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, JAMTLAND, ROOT, built, loaded, row, run_cli, table_after, text_of
from footing import number, plan_problems, report_problems, same_figure_problems
from pipeline.amounts import Amount
from pipeline.enums import LineKind, Report
from pipeline.present.rounding import solve

NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"
ALL = EXAMPLES + [NORRSKOGEN]


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """Every document of every example, built once."""
    out = tmp_path_factory.mktemp("footing")
    found = {}
    for folder in ALL:
        target = out / folder.name
        result = run_cli("all", "--input", str(folder), "--output", str(target), "--no-layout", "--jobs", "1")
        assert result.exit_code == 0, result.output
        found[folder] = sorted(target.glob("*.docx"))
    return found


@pytest.mark.parametrize("folder", ALL, ids=lambda f: f.name)
def test_every_printed_table_adds_up(documents, folder):
    accounting = loaded(folder).accounting
    assert documents[folder]
    for path in documents[folder]:  # every document type: its tables are known by their headings
        document = docx.Document(path)
        problems = report_problems(document, accounting) + plan_problems(document)
        assert not problems, f"{path.name}: {problems}"


@pytest.mark.parametrize("folder", ALL, ids=lambda f: f.name)
def test_a_figure_printed_twice_reads_the_same(documents, folder):
    accounting = loaded(folder).accounting
    for path in documents[folder]:
        document = docx.Document(path)
        assert not same_figure_problems(document, accounting, int(path.stem.split("-")[1])), path.name


def test_jamtland_prints_the_seeds_hand_made_sums(tmp_path):
    """Seed 004 adds its printed parts: 4 870 + 576 + 1 588 = 7 034 although the exact kronor give 7 033."""
    document = built(tmp_path / "arsredovisning-2021.docx", JAMTLAND)
    income = table_after(document, "Resultaträkning")
    assert row(income, "Verksamhetens kostnader")[2] == "-7 034"
    operating = table_after(document, "Driftsredovisning")
    assert row(operating, "Verksamhetens nettokostnad")[1:4] == ["1 468", "-636", "2 104"]
    cash = table_after(document, "Kassaflödesanalys")
    assert row(cash, "Medel från verksamheten före förändring av rörelsekapital")[1] == "1 481"
    assert row(cash, "Årets kassaflöde")[1] == "2 423"
    note = table_after(document, "Not 2 Verksamhetens kostnader")  # in kr: 4 870 056 + 575 568 + 1 587 714
    assert note[0][0] == "Belopp i kr" and number(note[-1][1]) == 7_033_338
    text = text_of(document)
    assert "Förbundet har under 2021 finansierat två individinriktade insatser med sammanlagt 1 155 tkr." in text
    assert "finansierat nio strukturinriktade insatser med sammanlagt 3 715 tkr." in text  # 1 155 + 3 715 = 4 870


def test_a_result_line_that_is_a_surplus_is_labelled_by_its_sign(tmp_path):
    document = built(tmp_path / "arsredovisning-2021.docx", JAMTLAND)
    income = table_after(document, "Resultaträkning")
    assert row(income, "Verksamhetens nettointäkter")[2:] == ["1 468", "2 125"]
    operating = table_after(document, "Driftsredovisning")
    assert row(operating, "Resultat före extraordinära poster")[1] == "1 361"


# --- the rounding itself, on random figures ------------------------------------------------------------

def _printed(atoms: dict, amount: Amount) -> int:
    return sum(c * atoms[a.key] for a, c in amount.terms.items())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=st.lists(st.lists(st.integers(min_value=-5_000_000_00, max_value=5_000_000_00), min_size=1, max_size=6),
                    min_size=1, max_size=6),
    unit=st.sampled_from([Decimal(1000), Decimal(1)]),
)
def test_random_tables_foot_and_stay_within_one_unit(values, unit):
    """Lines of accounts in kronor and öre, grouped in two crossing ways (as a resultaträkning and a
    driftsredovisning group the same accounts) with sums of sums: every printed sum is the sum of its
    printed parts, and every printed figure is within one unit of its exact amount."""
    accounts = [[Amount.atom(("saldo", i, j), Decimal(v) / 100) for j, v in enumerate(line)]
                for i, line in enumerate(values)]
    lines = [sum(line, Decimal(0)) for line in accounts]  # the resultaträkning's lines
    crossing = [sum((line[j] for line in accounts if j < len(line)), Decimal(0))
                for j in range(max(len(line) for line in accounts))]  # the driftsredovisning's
    middle = len(lines) // 2 + 1
    halves = [sum(lines[:middle], Decimal(0))] + ([sum(lines[middle:], Decimal(0))] if lines[middle:] else [])
    total = sum(lines, Decimal(0))
    figures = [a for line in accounts for a in line] + lines + crossing + halves + [total]
    atoms = solve(figures, [], unit)
    assert sum(_printed(atoms, line) for line in lines) == _printed(atoms, total)
    assert sum(_printed(atoms, line) for line in crossing) == _printed(atoms, total)
    assert sum(_printed(atoms, h) for h in halves) == _printed(atoms, total)
    for figure in figures:
        exact = Fraction(figure.value) / Fraction(unit)
        assert abs(_printed(atoms, figure) - exact) < 1, (figure, exact)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(days=st.lists(st.lists(st.integers(min_value=-2_000_000_00, max_value=2_000_000_00), min_size=2, max_size=5),
                     min_size=2, max_size=3))
def test_balances_that_sum_to_zero_print_so(days):
    """Each day's balances sum to zero in öre; printed in tkr they still do (the balansräkning balances)."""
    identities, figures = [], []
    for d, balances in enumerate(days):
        atoms = [Amount.atom(("saldo", d, j), Decimal(v) / 100) for j, v in enumerate(balances)]
        atoms.append(Amount.atom(("saldo", d, "bank"), -sum((a.value for a in atoms), Decimal(0))))
        assets, claims = atoms[: len(atoms) // 2], atoms[len(atoms) // 2:]
        figures += atoms + [sum(assets, Decimal(0)), -sum(claims, Decimal(0))]
        identities.append(sum(atoms, Decimal(0)))
    rounded = solve(figures, identities, Decimal(1000))
    for identity in identities:
        assert _printed(rounded, identity) == 0
    for figure in figures:
        assert abs(_printed(rounded, figure) - Fraction(figure.value) / 1000) < 1


def test_the_auditors_reading_finds_a_sum_that_does_not_add_up():
    """The checks above can fail: seed 004's own balansräkning 2020 (2 024 + 2 671 ≠ 4 696) is caught."""
    from footing import cash_flow_problems, statement_problems
    from pipeline.domain import ReportLine

    lines = (ReportLine(Report.BR, "Eget kapital", LineKind.SUM, None, None, None),
             ReportLine(Report.BR, "Årets resultat", LineKind.RESULT, "Eget kapital", None, None),
             ReportLine(Report.BR, "Övrigt eget kapital", LineKind.CLAIM, "Eget kapital", None, None))
    seed = [["Belopp i tkr", "Not", "2021-12-31", "2020-12-31"], ["Eget kapital", "", "6 057", "4 696"],
            ["Årets resultat", "", "1 361", "2 024"], ["Övrigt eget kapital", "", "4 696", "2 671"]]
    assert statement_problems(seed, lines) == ["Eget kapital (2020-12-31): 4696 ≠ 2024 + 2671"]
    cash = [["Belopp i tkr", "2021", "2020"], ["Årets resultat", "1 361", "2 024"],
            ["Årets kassaflöde", "2 423", "431"], ["Likvida medel vid årets början", "7 937", "7 505"],
            ["Likvida medel vid årets slut", "10 360", "7 937"]]
    assert "Likvida medel vid årets slut (2020): 7937 ≠ 7936" in cash_flow_problems(cash)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.integers(min_value=-80_000_00, max_value=80_000_00), min_size=3, max_size=3),
       unit=st.sampled_from(["tkr", "kr"]))
def test_random_books_in_kronor_and_ore_foot_in_the_built_document(tmp_path_factory, changes, unit):
    """Sjöbygden's 2025 books with öre added to three cost and revenue accounts (the bank taking the other
    side), built in tkr and in kr: the årsredovisning's tables add up, its figures read the same, and each
    line of the resultaträkning is within one unit of its exact amount."""
    import shutil

    import openpyxl

    from conftest import SJOBYGDEN, set_fact
    from pipeline.compute.lines import line_values
    from pipeline.domain import year_end

    folder = tmp_path_factory.mktemp("books") / "indata"
    shutil.copytree(SJOBYGDEN, folder)
    wb = openpyxl.load_workbook(folder / "redovisning.xlsx")
    ws = wb["Saldon"]
    rows = [r for r in ws.iter_rows(min_row=2) if r[0].value and r[0].value.date() == date(2025, 12, 31)]
    changed = [r for r in rows if r[1].value in (5010, 6410, 7310)]
    bank = next(r for r in rows if r[1].value == 1930)
    assert len(changed) >= 2
    for r, change in zip(changed, changes):
        r[3].value = float(Decimal(str(r[3].value)) + Decimal(change) / 100)
    bank[3].value = float(Decimal(str(bank[3].value)) - sum(Decimal(c) / 100 for _, c in zip(changed, changes)))
    wb.save(folder / "redovisning.xlsx")
    set_fact(folder, "forbundet.xlsx", "Uppgifter", "Belopp i rapporter", unit)
    document = built(folder.parent / "out" / "arsredovisning-2025.docx", folder)
    inputs = loaded(folder)
    assert not report_problems(document, inputs.accounting)
    assert not same_figure_problems(document, inputs.accounting, 2025)
    exact = line_values(inputs.accounting, Report.RR, year_end(2025))
    step = 1000 if unit == "tkr" else 1
    for r in table_after(document, "Resultaträkning")[1:]:
        if number(r[2]) is not None and r[0] in exact:
            assert abs(number(r[2]) - exact[r[0]] / step) < 1, (r, exact[r[0]])


def test_the_rounding_is_limited_by_work_not_by_seconds(monkeypatch):
    """HiGHS stops after a number of nodes, never after a time, so the same figures are rounded the same way on
    a busy machine as on an idle one; stopped at the limit, the rounding still foots and is the same each time."""
    from pipeline.present.rounding import SOLVER_OPTIONS

    assert "time_limit" not in SOLVER_OPTIONS
    monkeypatch.setitem(SOLVER_OPTIONS, "mip_max_nodes", 0)  # stopped before any branching
    values = [[(i * 7919 + j * 104_729) % 200_000_001 - 100_000_000 for j in range(6)] for i in range(30)]
    accounts = [[Amount.atom(("saldo", i, j), Decimal(v) / 100) for j, v in enumerate(line)]
                for i, line in enumerate(values)]
    lines = [sum(line, Decimal(0)) for line in accounts]
    crossing = [sum((line[j] for line in accounts), Decimal(0)) for j in range(6)]
    total = sum(lines, Decimal(0))
    figures = [a for line in accounts for a in line] + lines + crossing + [total]
    first = solve(figures, [], Decimal(1000))
    assert all(solve(figures, [], Decimal(1000)) == first for _ in range(3))
    assert sum(_printed(first, line) for line in lines) == _printed(first, total)
    assert sum(_printed(first, line) for line in crossing) == _printed(first, total)
