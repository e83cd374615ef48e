"""The accounting export as an input: SIE files in INPUT/bokforing/ read by every build and check (balances per
closing date, costs per insats), every way a file can be wrong, and import-sie, which checks a file and copies it
there without touching a workbook."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

from conftest import JAMTLAND, SJOBYGDEN, loaded, needs_make, plain, run_cli
from pipeline.load import load
from pipeline.problems import Problems
from pipeline.read.sie import decode, fields
from pipeline.read.sie_balances import is_result_account
from sie_files import from_balances
from test_cli import _make

YEARS = (date(2019, 12, 31), date(2020, 12, 31), date(2021, 12, 31))


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Each test parses its files anew (and keeps the parse where no other test looks)."""
    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))


def _without_dates(folder: Path, days) -> None:
    """Delete the Saldon rows of `days`, as if they had never been typed in."""
    path = folder / "redovisning.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Saldon"]
    for r in range(ws.max_row, 1, -1):
        value = ws.cell(r, 1).value
        if value is not None and value.date() in days:
            ws.delete_rows(r)
    wb.save(path)


def _jamtland_sie(**changes):
    inputs = loaded(JAMTLAND)
    balances = {d: b for d, b in inputs.accounting.balances.items() if d in YEARS}
    sie = from_balances(balances, inputs.accounting.account_names, inputs.forbund.orgnr)
    for name, value in changes.items():
        setattr(sie, name, value)
    return sie


def _sjobygden_2025():
    """An export of 2025 as the example's Saldon sheet has it: #IB from 2024-12-31, vouchers on the sheet's
    dates of 2025, #UB and #RES at the year's end."""
    inputs = loaded(SJOBYGDEN)
    balances = inputs.accounting.balances
    sie = from_balances({d: b for d, b in balances.items() if d.year == 2025 or d == date(2024, 12, 31)},
                        inputs.accounting.account_names, inputs.forbund.orgnr)
    sie.company = inputs.forbund.name
    sie.years = {0: sie.years[0]}
    sie.closing = {k: v for k, v in sie.closing.items() if k[0] == 0}
    sie.results = {k: v for k, v in sie.results.items() if k[0] == 0}
    return sie


def _place(sie, folder: Path, name: str = "export.se", **write) -> Path:
    (folder / "bokforing").mkdir(exist_ok=True)
    return sie.write(folder / "bokforing" / name, **write)


def _import(file: Path, folder: Path, *extra: str):
    return run_cli("import-sie", str(file), "--input", str(folder), *extra)


def _check(folder: Path):
    return run_cli("check", "--input", str(folder))


@pytest.fixture
def emptied(input_copy):
    """A copy of the Jämtland example whose Saldon sheet lacks the years the SIE file has."""
    folder = input_copy()
    _without_dates(folder, YEARS)
    return folder


def _texts(path: Path) -> list[str]:
    document = docx.Document(path)
    return [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]


# --- the format -------------------------------------------------------------------------------------------

def test_fields_quoted_unquoted_escaped_and_object_lists():
    assert fields('#TRANS 4610 {1 "Nord" 6 "P 12"} -1250.50 20250314 "Faktura \\"Lex\\" 12"') == [
        "#TRANS", "4610", ["1", "Nord", "6", "P 12"], "-1250.50", "20250314", 'Faktura "Lex" 12']
    assert fields("#KONTO 1930 Bank") == ["#KONTO", "1930", "Bank"]
    assert fields("#TRANS 1930 {} 100") == ["#TRANS", "1930", [], "100"]


@pytest.mark.parametrize("encoding, charset", [("cp437", "PC8"), ("latin-1", "Latin-1"), ("utf-8", "UTF-8")])
def test_character_sets_are_recognised(encoding, charset):
    text, found = decode('#FNAMN "Samordningsförbundet Östra Härjedalen"'.encode(encoding))
    assert (text, found) == ('#FNAMN "Samordningsförbundet Östra Härjedalen"', charset)


# --- the file where it lies: balances ---------------------------------------------------------------------

def test_the_arsredovisning_from_the_export_equals_the_one_from_the_sheet(input_copy, tmp_path):
    """Done when: the example's 2025 balances as an export in bokforing/, those rows gone from the Saldon
    sheet, give the same årsredovisning, word for word."""
    folder = input_copy(SJOBYGDEN)
    _place(_sjobygden_2025(), folder)
    _without_dates(folder, {date(2025, 6, 30), date(2025, 12, 31)})
    assert loaded(folder).accounting.balances == loaded(SJOBYGDEN).accounting.balances
    for source, out in ((SJOBYGDEN, tmp_path / "typed"), (folder, tmp_path / "export")):
        result = run_cli("build", "arsredovisning", "--year", "2025", "--input", str(source), "--output", str(out),
                         "--no-layout")
        assert result.exit_code == 0, result.output
    typed, exported = (_texts(tmp_path / d / "arsredovisning-2025.docx") for d in ("typed", "export"))
    assert exported == typed
    assert any("Balansräkning" in t for t in typed)
    listing = plain(_check(folder).output)
    assert ("bokforing/export.se (Samordningsförbundet Sjöbygden): saldon per 2025-06-30 (#TRANS), "
            "2025-12-31 (#UB och #RES).") in listing


def test_three_years_of_an_export_with_their_names(emptied):
    _place(_jamtland_sie(checksum=True), emptied)
    assert loaded(emptied).accounting.balances == loaded(JAMTLAND).accounting.balances  # 2017–18 from the sheet
    assert loaded(emptied).accounting.account_names == loaded(JAMTLAND).accounting.account_names
    result = _check(emptied)
    assert result.exit_code == 0, result.output
    assert ("bokforing/export.se (Samordningsförbundet Test): saldon per 2019-12-31 (#UB och #RES), "
            "2020-12-31 (#UB och #RES), 2021-12-31 (#UB och #RES).") in plain(result.output)


def test_books_already_closed_give_eget_kapital_before_the_result(emptied):
    """The closing entry (8999 Årets resultat against 2099) in the file: the sheet's convention holds."""
    sie = _jamtland_sie()
    result = sum((v for (y, a), v in sie.results.items() if y == 0), Decimal(0))
    sie.results[(0, 8999)] = -result
    sie.closing[(0, 2099)] = result
    sie.accounts |= {8999: "Årets resultat", 2099: "Årets resultat"}
    sie.vouchers.append(("B", "1", date(2021, 12, 31), [(8999, -result, {}), (2099, result, {})]))
    _place(sie, emptied)
    assert loaded(emptied).accounting.balances == loaded(JAMTLAND).accounting.balances


@pytest.mark.parametrize("encoding, warned", [("cp437", False), ("latin-1", True), ("utf-8", True)])
def test_encodings_and_line_ends(emptied, encoding, warned):
    _place(_jamtland_sie(), emptied, encoding=encoding, newline="\n")
    result = _check(emptied)
    assert result.exit_code == 0, result.output
    assert ("bokforing/export.se: filen är skriven i" in plain(result.output)) is warned
    assert loaded(emptied).accounting.account_names[2456] == "Unga & Vuxna till fortsatta studier, Härjedalen"


def test_a_running_year_gives_its_month_ends_from_the_vouchers(input_copy):
    """An export made in July: the year's month ends so far, from the opening balances and the vouchers; the
    delårsrapport takes the latest."""
    folder = input_copy(SJOBYGDEN)
    original = loaded(SJOBYGDEN).accounting
    _without_dates(folder, {date(2025, 12, 31), date(2026, 6, 30)})
    sie = from_balances({d: b for d, b in original.balances.items() if d.year >= 2025}, original.account_names,
                        loaded(SJOBYGDEN).forbund.orgnr)
    _place(sie, folder)
    books = loaded(folder).accounting.balances
    assert {d: b for d, b in books.items() if d in original.balances} == original.balances
    months = [d for d in books if d not in original.balances]
    assert months == [date(2026, m, d) for m, d in ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31))]
    opening = {a: v for a, v in original.balances[date(2025, 12, 31)].items() if not is_result_account(a)}
    assert sum(books[date(2026, 3, 31)].values()) == 0 and books[date(2026, 3, 31)][1930] == opening[1930]
    listing = plain(_check(folder).output)
    assert "2025-12-31 (#UB och #RES), 2026-01-31 (#TRANS)" in listing and "2026-06-30 (#TRANS)" in listing


def test_a_period_from_period_balances_without_vouchers(input_copy):
    """SIE typ 2 or 3: #PSALDO per month, as changes (the standard)."""
    folder = input_copy(SJOBYGDEN)
    original = loaded(SJOBYGDEN).accounting
    _without_dates(folder, {date(2025, 12, 31), date(2026, 6, 30)})
    sie = from_balances({d: b for d, b in original.balances.items() if d.year >= 2025}, original.account_names,
                        loaded(SJOBYGDEN).forbund.orgnr)
    june = original.balances[date(2026, 6, 30)]
    opening = {a: v for (y, a), v in sie.opening.items() if y == 0}
    for account in set(june) | set(opening):
        change = june.get(account, Decimal(0)) - (Decimal(0) if is_result_account(account)
                                                  else opening.get(account, Decimal(0)))
        sie.periods[(0, 202603, account)] = change  # all of it in March, nothing after
    sie.vouchers, sie.sie_type = [], "3"
    _place(sie, folder)
    books = loaded(folder).accounting.balances
    assert books[date(2026, 6, 30)] == june and books[date(2026, 3, 31)] == june
    assert "2026-06-30 (#PSALDO)" in plain(_check(folder).output)


def test_opening_balances_stand_in_only_for_a_missing_date(input_copy):
    """A file of one year: the day before it comes from #IB when nothing else gives it; the sheet's rows for
    that day win without a word."""
    emptied = input_copy()
    _without_dates(emptied, YEARS[1:])
    sie = _jamtland_sie()
    sie.years = {0: sie.years[0]}
    sie.closing = {k: v for k, v in sie.closing.items() if k[0] == 0}
    sie.results = {k: v for k, v in sie.results.items() if k[0] == 0}
    _place(sie, emptied)
    balances = loaded(emptied).accounting.balances
    assert balances[date(2021, 12, 31)] == loaded(JAMTLAND).accounting.balances[date(2021, 12, 31)]
    assert sum(balances[date(2020, 12, 31)].values()) == 0
    assert not any(is_result_account(a) for a in balances[date(2020, 12, 31)])
    assert loaded(emptied).books[0].dates == ((date(2020, 12, 31), "#IB"), (date(2021, 12, 31), "#UB och #RES"))
    problems = Problems()
    load(emptied, problems)
    assert ("bokforing/export.se, rad 9: per 2020-12-31 har filen bara ingående balanser (#IB): balansräkningen "
            "blir rätt, "
            "men årets resultat ligger då i eget kapital") in plain(problems.report())
    typed = loaded(JAMTLAND).accounting.balances[date(2020, 12, 31)]
    wb = openpyxl.load_workbook(emptied / "redovisning.xlsx")
    for account, amount in typed.items():
        wb["Saldon"].append([date(2020, 12, 31), account, None, amount])
    wb.save(emptied / "redovisning.xlsx")
    assert loaded(emptied).accounting.balances[date(2020, 12, 31)] == typed
    assert loaded(emptied).books[0].dates == ((date(2021, 12, 31), "#UB och #RES"),)


# --- the file and the sheets: one place for each figure ---------------------------------------------------

def test_a_date_in_both_the_file_and_the_sheet_names_both(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    _place(_sjobygden_2025(), folder)
    result = run_cli("build", "arsredovisning", "--year", "2025", "--input", str(folder), "--output",
                     str(tmp_path / "ut"), "--no-layout")
    assert result.exit_code == 1
    assert ("redovisning.xlsx, blad Saldon, celler A25:A47 och bokforing/export.se, rad 9: saldona per 2025-12-31 "
            "finns både på bladet Saldon och i bokforing/export.se (#UB och #RES). Ta bort raderna för den dagen "
            "från bladet Saldon") in plain(result.output)
    assert not (tmp_path / "ut").exists() or not list((tmp_path / "ut").glob("*.docx"))


def test_two_exports_of_the_same_year_name_both(emptied):
    _place(_jamtland_sie(), emptied, "forsta.se")
    _place(_jamtland_sie(generated=date(2022, 3, 1)), emptied, "andra.SE")
    result = _check(emptied)
    assert result.exit_code == 1
    assert ("bokforing/andra.SE, rad 9 och bokforing/forsta.se, rad 9: båda filerna är exporter av räkenskapsåret "
            "2021-01-01–2021-12-31. Behåll den senaste") in plain(result.output)


def test_exports_of_following_years_take_each_year_from_its_own(emptied):
    """The 2021 export repeats 2020 (#RAR −1); the 2020 export's own year gives it."""
    inputs = loaded(JAMTLAND)
    older = from_balances({d: b for d, b in inputs.accounting.balances.items() if d in YEARS[:2]},
                          inputs.accounting.account_names, inputs.forbund.orgnr)
    _place(older, emptied, "test-2020.se")
    _place(_jamtland_sie(), emptied, "test-2021.se")
    assert loaded(emptied).accounting.balances == inputs.accounting.balances
    listing = plain(_check(emptied).output)
    assert "bokforing/test-2020.se (Samordningsförbundet Test): saldon per 2020-12-31 (#UB och #RES)." in listing
    assert "bokforing/test-2021.se (Samordningsförbundet Test): saldon per 2019-12-31 (#UB och #RES), " \
           "2021-12-31 (#UB och #RES)." in listing  # an earlier year both repeat: from the latest export


# --- costs per insats -------------------------------------------------------------------------------------

def _with_projects(sie, year: int = 2021):
    """The voucher's grant account split per insats (object of dimension 6), as the grant list says."""
    grants = loaded(JAMTLAND).grants
    costs = [c for c in grants.costs if c.year == year]
    ids = {c.insats: f"P{n}" for n, c in enumerate(costs, start=1)}
    sie.objects = {("6", ids[c.insats]): c.insats for c in costs}
    series, number, when, rows = sie.vouchers[-1]
    grant = next(r for r in rows if r[0] == 4610)
    split = [(4610, c.amount, {"6": ids[c.insats]}) for c in costs]
    rest = grant[1] - sum(c.amount for c in costs)
    sie.vouchers[-1] = (series, number, when, [r for r in rows if r[0] != 4610] + split
                        + ([(4610, rest, {})] if rest else []))
    return costs


def test_costs_per_insats_from_the_project_dimension(emptied):
    sie = _jamtland_sie()
    _with_projects(sie)
    _place(sie, emptied)
    assert _check(emptied).exit_code == 1  # the Utfall sheet still has 2021: both places named
    wb = openpyxl.load_workbook(emptied / "insatser.xlsx")
    ws = wb["Utfall"]
    for r in range(ws.max_row, 1, -1):
        if ws.cell(r, 2).value == 2021:
            ws.delete_rows(r)
    wb.save(emptied / "insatser.xlsx")
    result = _check(emptied)
    assert result.exit_code == 0, result.output
    assert set((c.insats, c.year, c.amount) for c in loaded(emptied).grants.costs) == \
           set((c.insats, c.year, c.amount) for c in loaded(JAMTLAND).grants.costs)


def test_a_cost_in_both_the_file_and_the_utfall_sheet_names_both(emptied):
    sie = _jamtland_sie()
    costs = _with_projects(sie)
    file = _place(sie, emptied)
    line = next(n for n, text in enumerate(file.read_text(encoding="cp437").splitlines(), start=1)
                if text.startswith('#OBJEKT 6 "P1"'))
    result = plain(_check(emptied).output)
    assert (f"Fel: insatser.xlsx, blad Utfall, cell C3 och bokforing/export.se, rad {line}: {costs[0].insats} har "
            "ett utfall för 2021 både på bladet Utfall i insatser.xlsx och i bokforing/export.se. Ta bort raden på "
            "bladet Utfall") in result


def test_an_unknown_project_is_named_with_a_suggestion(emptied):
    sie = _jamtland_sie()
    costs = _with_projects(sie)
    sie.objects[("6", "P1")] = costs[0].insats[:-2]
    _place(sie, emptied)
    result = _check(emptied)
    assert result.exit_code == 1
    assert (f'projektet P1 "{costs[0].insats[:-2]}" finns inte bland insatserna på bladet Insatser. '
            f'Menade du "{costs[0].insats}"?') in result.output


# --- a wrong or broken file: an error with the file and line, in check and in import-sie ------------------

def _break_line(sie, prefix: str, replace: str) -> list[str]:
    lines = sie.lines()
    i = next(n for n, line in enumerate(lines) if line.strip().startswith(prefix))
    lines[i] = replace
    return lines


def _malformed(sie):
    return _break_line(sie, "#TRANS 1930", "   #TRANS 1930 {} tolv"), ["rad ", "posten #TRANS är felaktig"]


def _unbalanced(sie):
    series, number, when, rows = sie.vouchers[-1]
    sie.vouchers[-1] = (series, number, when, rows + [(1930, Decimal("100.50"), {})])
    return sie.lines(), [f"verifikation A {number} (2021-12-31) balanserar inte: transaktionerna summerar till 100,50 kr"]


def _edited_closing(sie):
    sie.closing[(0, 1930)] += 1000
    return sie.lines(), ["konto 1930: #UB 9 777 726 kr är inte ingående balans och årets transaktioner (9 776 726 kr)",
                         "Ta en ny export"]


def _truncated(sie):
    lines = sie.lines()
    return lines[:-3], ["verifikationen avslutas aldrig (en } saknas): filen verkar vara avkortad"]


def _checksum(sie):
    sie.checksum = True
    lines = sie.lines()
    i = next(n for n, line in enumerate(lines) if line.startswith("#KONTO 1930"))
    lines[i] = '#KONTO 1930 "Ftg-konto Handelsbanken"'
    return lines, ["stämmer inte med innehållet", "filen har ändrats efter att den skrevs"]


def _other_organisation(sie):
    sie.orgnr, sie.company = "556677-8899", "Annat AB"
    return sie.lines(), ["filen kommer från Annat AB (556677-8899), inte från",
                         "läs in den med import-sie --annan-org om den ändå ska användas"]


def _no_orgnr_another_company(sie):
    sie.company = "Byggbolaget AB"
    lines = [line for line in sie.lines() if not line.startswith("#ORGNR")]
    return lines, ['filen saknar organisationsnummer (#ORGNR) och är bokföringen för "Byggbolaget AB" (#FNAMN), '
                   "inte för Samordningsförbundet Jämtland"]


def _not_sie(sie):
    return ["Datum;Konto;Belopp", "2021-12-31;1930;100"], ["filen är ingen SIE-fil (den ska börja med #FLAGGA)"]


def _no_financial_year(sie):
    return [line for line in sie.lines() if not line.startswith("#RAR")], ["filen anger inget räkenskapsår (#RAR "
                                                                           "saknas)"]


BREAKINGS = [_malformed, _unbalanced, _edited_closing, _truncated, _checksum, _other_organisation,
             _no_orgnr_another_company, _not_sie, _no_financial_year]


def _broken(tmp_path: Path, breaking, name: str = "export.se") -> tuple[Path, list[str]]:
    lines, expected = breaking(_jamtland_sie())
    file = tmp_path / name
    file.write_bytes("\r\n".join(lines).encode("cp437"))
    return file, expected


@pytest.mark.parametrize("breaking", BREAKINGS, ids=lambda f: f.__name__.strip("_"))
def test_a_broken_file_in_bokforing_stops_check_and_builds(emptied, tmp_path, breaking):
    (emptied / "bokforing").mkdir()
    file, expected = _broken(emptied / "bokforing", breaking)
    result = _check(emptied)
    assert result.exit_code == 1
    for text in expected:
        assert text in plain(result.output)
    assert "bokforing/export.se" in result.output
    built = run_cli("build", "arsredovisning", "--input", str(emptied), "--output", str(tmp_path / "ut"), "--no-layout")
    assert built.exit_code == 1 and not list(tmp_path.glob("ut/*.docx"))


@pytest.mark.parametrize("breaking", BREAKINGS, ids=lambda f: f.__name__.strip("_"))
def test_a_broken_file_is_not_imported(emptied, tmp_path, breaking):
    file, expected = _broken(tmp_path, breaking)
    before = {p: p.read_bytes() for p in emptied.rglob("*")}
    result = _import(file, emptied)
    assert result.exit_code == 1
    for text in expected:
        assert text in plain(result.output)
    assert "export.se" in result.output and "Inget skrevs." in result.output
    assert {p: p.read_bytes() for p in emptied.rglob("*")} == before


def test_line_numbers_point_at_the_record(emptied, tmp_path):
    lines, _ = _malformed(_jamtland_sie())
    (emptied / "bokforing").mkdir()
    (emptied / "bokforing" / "export.se").write_bytes("\r\n".join(lines).encode("cp437"))
    number = next(n for n, line in enumerate(lines, start=1) if "tolv" in line)
    assert f"bokforing/export.se, rad {number}: posten #TRANS är felaktig" in plain(_check(emptied).output)


def test_an_account_the_kontoplan_lacks_is_named_with_its_line_and_the_nearest_row(emptied):
    sie = _jamtland_sie()
    sie.accounts[1385] = "Värde av kapitalförsäkring"
    series, number, when, rows = sie.vouchers[-1]
    sie.vouchers[-1] = (series, number, when, rows + [(1385, Decimal(500), {}), (1930, Decimal(-500), {})])
    sie.closing[(0, 1385)] = Decimal(500)
    sie.closing[(0, 1930)] -= 500
    lines = sie.lines()
    line = next(n for n, text in enumerate(lines, start=1) if text == "#UB 0 1385 500")
    _place(sie, emptied)
    result = _check(emptied)
    assert result.exit_code == 1
    assert f"redovisning.xlsx, blad Kontoplan, cell A11 och bokforing/export.se, rad {line}: " in plain(result.output)
    assert "konto 1385 (Värde av kapitalförsäkring) finns inte i kontoplanen; närmast är 1500–1799" in \
           plain(result.output)


def test_a_hand_written_file_with_what_real_exports_write(tmp_path):
    """Quoted series, #RTRANS/#BTRANS, a transaction with its own date and text, object lists, unknown
    labels, lower-case labels and blank lines."""
    from pipeline.read.sie import read_sie

    text = "\r\n".join([
        "#FLAGGA 0", "#PROGRAM \"Visma Administration\" 2000", "#FORMAT PC8", "#GEN 20260110 KE", "#SIETYP 4",
        "#ORGNR 222000-0000", "#FNAMN \"Samordningsförbundet \\\"Test\\\"\"", "#RAR 0 20250101 20251231",
        "#KPTYP BAS2014", "#NYTT_FRAMTIDA_FALT 1 2 3", "", "#konto 1930 Bank", "#KONTO 4610 \"Bidrag\"",
        "#DIM 6 \"Projekt\"", "#OBJEKT 6 \"P 12\" \"Steget vidare\"",
        "#IB 0 1930 1000.00", "#UB 0 1930 250,50", "#RES 0 4610 749.50",
        "#VER \"A\" \"1\" 20250314 \"Bidrag mars\" 20250315",
        "{",
        "   #TRANS 4610 {1 \"Nord\" 6 \"P 12\"} 749.50 20250316 \"Utbetalning\" 1 \"KE\"",
        "   #BTRANS 1930 {} -700 20250316",
        "   #RTRANS 1930 {} -749.50 20250316",
        "   #TRANS 1930 {} -749.50",
        "}",
    ]) + "\r\n"
    file = tmp_path / "export.se"
    file.write_bytes(text.encode("cp437"))
    problems = Problems()
    sie = read_sie(file, problems)
    assert problems.report() == ""
    assert (sie.company, sie.orgnr, sie.program, sie.generated) == (
        'Samordningsförbundet "Test"', "222000-0000", "Visma Administration 2000", date(2026, 1, 10))
    assert sie.accounts == {1930: "Bank", 4610: "Bidrag"}
    assert sie.closing == {(0, 1930): Decimal("250.50")} and sie.results == {(0, 4610): Decimal("749.50")}
    assert sie.daily == {(4610, date(2025, 3, 16)): Decimal("749.50"), (1930, date(2025, 3, 14)): Decimal("-749.50")}
    assert sie.by_object == {(4610, date(2025, 3, 16), "1", "Nord"): Decimal("749.50"),
                             (4610, date(2025, 3, 16), "6", "P 12"): Decimal("749.50")}
    assert sie.objects == {("6", "P 12"): "Steget vidare"} and sie.vouchers == 1


# --- import-sie: check, then copy ---------------------------------------------------------------------------

def test_import_copies_the_file_whole_under_the_company_and_year(emptied, tmp_path):
    file = _jamtland_sie().write(tmp_path / "Export från Visma.SE")
    workbooks = {p: p.read_bytes() for p in emptied.glob("*.xlsx")}
    result = _import(file, emptied)
    assert result.exit_code == 0, result.output
    target = emptied / "bokforing" / "samordningsforbundet-test-2021.se"
    assert target.read_bytes() == file.read_bytes()
    assert {p: p.read_bytes() for p in emptied.glob("*.xlsx")} == workbooks
    assert not (emptied / "sakerhetskopior").exists()
    out = plain(result.output)
    assert "Läste Export från Visma.SE (Testbokföring 1.0): Samordningsförbundet Test, 222000-0000." in out
    assert "Per 2021-12-31: saldon ur #UB och #RES." in out
    assert f"Kopierade filen till {target}. Byggen och finsam check läser den där; ingen arbetsbok ändrades." in out
    assert loaded(emptied).accounting.balances == loaded(JAMTLAND).accounting.balances
    again = _import(file, emptied)
    assert again.exit_code == 0 and "fanns redan, med samma innehåll; inget skrevs" in again.output


def test_import_never_replaces_another_export_of_the_same_year(emptied, tmp_path):
    assert _import(_jamtland_sie().write(tmp_path / "a.se"), emptied).exit_code == 0
    target = emptied / "bokforing" / "samordningsforbundet-test-2021.se"
    before = target.read_bytes()
    result = _import(_jamtland_sie(generated=date(2022, 2, 1)).write(tmp_path / "b.se"), emptied)
    assert result.exit_code == 1
    assert ("bokforing/samordningsforbundet-test-2021.se finns redan, med en annan export av samma år. Ta bort "
            "(eller flytta) den gamla filen") in plain(result.output)
    assert target.read_bytes() == before and len(list((emptied / "bokforing").iterdir())) == 1


def test_import_refuses_a_file_whose_dates_the_sheet_has(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    result = _import(_sjobygden_2025().write(tmp_path / "export.se"), folder)
    assert result.exit_code == 1
    assert ("redovisning.xlsx, blad Saldon, celler A25:A47 och export.se, rad 9: saldona per 2025-12-31 finns både "
            "på bladet Saldon och i export.se") in plain(result.output)
    assert not (folder / "bokforing").exists()


def test_another_organisation_is_read_when_asked(emptied, tmp_path):
    file = _jamtland_sie(orgnr="556677-8899", company="Östersunds kommun").write(tmp_path / "export.se")
    assert _import(file, emptied).exit_code == 1
    result = _import(file, emptied, "--annan-org")
    assert result.exit_code == 0, result.output
    assert (emptied / "bokforing" / "ostersunds-kommun-2021-annan-org.se").exists()
    assert _check(emptied).exit_code == 0


def test_a_file_without_orgnr_needs_the_forbunds_name_or_the_flag(emptied, tmp_path):
    lines, _ = _no_orgnr_another_company(_jamtland_sie())
    other = tmp_path / "bygg.se"
    other.write_bytes("\r\n".join(lines).encode("cp437"))
    refused = _import(other, emptied)
    assert refused.exit_code == 1 and "Byggbolaget AB" in refused.output
    assert not (emptied / "bokforing").exists()
    own = _jamtland_sie(company=loaded(JAMTLAND).forbund.name)
    own_file = tmp_path / "egen.se"
    own_file.write_bytes("\r\n".join(l for l in own.lines() if not l.startswith("#ORGNR")).encode("cp437") + b"\r\n")
    result = _import(own_file, emptied)
    assert result.exit_code == 0, result.output
    assert [p.read_bytes() for p in (emptied / "bokforing").iterdir()] == [own_file.read_bytes()]


def test_a_period_the_file_does_not_cover(emptied, tmp_path):
    result = _import(_jamtland_sie().write(tmp_path / "export.se"), emptied, "--period", "2018-06-30")
    assert result.exit_code == 1
    assert ("2018-06-30 ligger inte i filens räkenskapsår (2019-01-01–2019-12-31, 2020-01-01–2020-12-31, "
            "2021-01-01–2021-12-31)") in plain(result.output)
    assert not (emptied / "bokforing").exists()


@needs_make
def test_make_import_sie_then_make_arsredovisning(emptied, tmp_path):
    """The user's path: make import-sie FIL=…, then make arsredovisning from the folder."""
    file = _jamtland_sie().write(tmp_path / "export 2021.se")
    imported = _make("import-sie", f"FIL={file}", f"INPUT={emptied}")
    assert imported.returncode == 0, imported.stderr
    assert "Per 2021-12-31: saldon ur #UB och #RES." in plain(imported.stdout)
    built = _make("arsredovisning", f"INPUT={emptied}", f"OUTPUT={tmp_path / 'ut'}", FINSAM_LAYOUT="0")
    assert built.returncode == 0, built.stderr
    assert run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "typed"),
                   "--no-layout").exit_code == 0
    assert _texts(tmp_path / "ut" / "arsredovisning-2021.docx") == _texts(tmp_path / "typed" / "arsredovisning-2021.docx")


def test_import_into_a_folder_without_the_workbooks_is_refused(tmp_path):
    folder = tmp_path / "fel mapp"
    folder.mkdir()
    result = _import(_jamtland_sie().write(tmp_path / "export.se"), folder)
    assert result.exit_code == 1
    assert f"forbundet.xlsx: arbetsboken saknas i mappen {folder}" in plain(result.output)
    assert list(folder.iterdir()) == []
