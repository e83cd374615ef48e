"""import-sie: SIE exports into the Saldon sheet (and costs per insats into Utfall), and every way a file
can be wrong."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

from conftest import JAMTLAND, SJOBYGDEN, build, loaded, needs_make, plain, run_cli
from pipeline.read.sie_balances import is_result_account
from pipeline.read.sie import decode, fields
from sie_files import from_balances
from test_cli import _make

YEARS = (date(2019, 12, 31), date(2020, 12, 31), date(2021, 12, 31))


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


def _import(file: Path, folder: Path, *extra: str):
    return run_cli("import-sie", str(file), "--input", str(folder), *extra)


@pytest.fixture
def emptied(input_copy):
    """A copy of the Jämtland example whose Saldon sheet lacks the years the SIE file has."""
    folder = input_copy()
    _without_dates(folder, YEARS)
    return folder


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


# --- balances ---------------------------------------------------------------------------------------------

def test_round_trip_balances_to_sie_and_back(emptied, tmp_path):
    sie = _jamtland_sie(checksum=True)
    result = _import(sie.write(tmp_path / "export.se"), emptied)
    assert result.exit_code == 0, result.output
    assert loaded(emptied).accounting.balances == loaded(JAMTLAND).accounting.balances  # 2017–18 rows kept
    assert loaded(emptied).accounting.account_names == loaded(JAMTLAND).accounting.account_names
    out = plain(result.output)
    assert "Läste export.se (Testbokföring 1.0): Samordningsförbundet Test, 222000-0000." in out
    assert "Räkenskapsår i filen (#RAR) 0: 2021-01-01–2021-12-31; -1: 2020-01-01–2020-12-31;" in out
    assert "Per 2021-12-31: 34 konton ur #UB och #RES; summan är 0 kr." in out
    assert "Per 2019-12-31: 27 konton ur #UB och #RES; summan är 0 kr." in out
    backups = list((emptied / "sakerhetskopior").iterdir())
    assert [b.name.startswith("redovisning-") for b in backups] == [True]


def test_the_rest_of_the_workbook_is_untouched(emptied, tmp_path):
    before = openpyxl.load_workbook(emptied / "redovisning.xlsx")
    assert _import(_jamtland_sie().write(tmp_path / "export.se"), emptied).exit_code == 0
    after = openpyxl.load_workbook(emptied / "redovisning.xlsx")
    assert after.sheetnames == before.sheetnames
    for name in before.sheetnames:
        if name != "Saldon":
            assert [[c.value for c in r] for r in after[name].iter_rows()] == \
                   [[c.value for c in r] for r in before[name].iter_rows()], name
        assert len(after[name].data_validations.dataValidation) == len(before[name].data_validations.dataValidation)
        assert after[name].column_dimensions["A"].width == before[name].column_dimensions["A"].width
    assert after["Saldon"]["A2"].number_format == before["Saldon"]["A2"].number_format


def test_arsredovisning_from_imported_balances_equals_the_typed_ones(emptied, tmp_path):
    assert _import(_jamtland_sie().write(tmp_path / "export.se"), emptied).exit_code == 0
    for folder, out in ((JAMTLAND, tmp_path / "typed"), (emptied, tmp_path / "imported")):
        assert build(folder, out).exit_code == 0
    typed, imported = (docx.Document(tmp_path / d / "arsredovisning-2021.docx") for d in ("typed", "imported"))
    cells = [[[c.text for c in row.cells] for row in t.rows] for t in typed.tables]
    assert [[[c.text for c in row.cells] for row in t.rows] for t in imported.tables] == cells
    assert [p.text for p in imported.paragraphs] == [p.text for p in typed.paragraphs]


def test_books_already_closed_give_eget_kapital_before_the_result(emptied, tmp_path):
    """The closing entry (8999 Årets resultat against 2099) in the file: the sheet keeps its convention."""
    sie = _jamtland_sie()
    result = sum((v for (y, a), v in sie.results.items() if y == 0), Decimal(0))
    sie.results[(0, 8999)] = -result
    sie.closing[(0, 2099)] = result
    sie.accounts |= {8999: "Årets resultat", 2099: "Årets resultat"}
    sie.vouchers.append(("B", "1", date(2021, 12, 31), [(8999, -result, {}), (2099, result, {})]))
    answer = _import(sie.write(tmp_path / "export.se"), emptied)
    assert answer.exit_code == 0, answer.output
    assert "årets resultat lyft ur konto 2099" in answer.output
    assert loaded(emptied).accounting.balances == loaded(JAMTLAND).accounting.balances


@pytest.mark.parametrize("encoding, warned", [("cp437", False), ("latin-1", True), ("utf-8", True)])
def test_encodings_and_line_ends(emptied, tmp_path, encoding, warned):
    sie = _jamtland_sie()
    result = _import(sie.write(tmp_path / "export.se", encoding=encoding, newline="\n"), emptied)
    assert result.exit_code == 0, result.output
    assert ("inte i PC8 (teckenkod 437)" in result.output) is warned
    assert loaded(emptied).accounting.account_names[2456] == "Unga & Vuxna till fortsatta studier, Härjedalen"


def test_a_period_from_the_vouchers_for_the_delarsrapport(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    original = loaded(SJOBYGDEN).accounting
    days = {date(2025, 12, 31), date(2026, 6, 30)}
    _without_dates(folder, days)
    sie = from_balances({d: b for d, b in original.balances.items() if d.year >= 2025}, original.account_names,
                        loaded(SJOBYGDEN).forbund.orgnr)
    file = sie.write(tmp_path / "export.se")
    without = _import(file, folder)
    assert "räkenskapsåret 2026-01-01–2026-12-31 var inte slut när filen skrevs (2026-07-10)" in plain(without.output)
    assert "Ange --period (t.ex. --period 2026-06-30)" in without.output
    assert date(2026, 6, 30) not in loaded(folder).accounting.balances
    assert date(2026, 12, 31) not in loaded(folder).accounting.balances
    result = _import(file, folder, "--period", "2026-06-30")
    assert result.exit_code == 0, result.output
    assert "Per 2026-06-30: 23 konton ur #TRANS; summan är 0 kr." in plain(result.output)
    assert loaded(folder).accounting.balances == original.balances


def test_a_period_from_period_balances_without_vouchers(input_copy, tmp_path):
    """SIE typ 2 or 3: #PSALDO per month, as changes (the standard) or as accumulated balances."""
    folder = input_copy(SJOBYGDEN)
    original = loaded(SJOBYGDEN).accounting
    _without_dates(folder, {date(2026, 6, 30)})
    sie = from_balances({d: b for d, b in original.balances.items() if d.year >= 2025}, original.account_names,
                        loaded(SJOBYGDEN).forbund.orgnr)
    june = original.balances[date(2026, 6, 30)]
    opening = {a: v for (y, a), v in sie.opening.items() if y == 0}
    for account in set(june) | set(opening):
        change = june.get(account, Decimal(0)) - (Decimal(0) if is_result_account(account)
                                                  else opening.get(account, Decimal(0)))
        sie.periods[(0, 202603, account)] = change  # all of it in March, nothing after
    sie.vouchers, sie.sie_type = [], "3"
    result = _import(sie.write(tmp_path / "export.se"), folder, "--period", "2026-06-30")
    assert result.exit_code == 0, result.output
    assert "ur #PSALDO" in result.output
    assert loaded(folder).accounting.balances == original.balances


def test_only_opening_balances_keep_the_rows_already_there(emptied, tmp_path):
    """A file of one year: the year before comes from #IB, which lacks that year's result accounts."""
    sie = _jamtland_sie()
    sie.years = {0: sie.years[0]}
    sie.closing = {k: v for k, v in sie.closing.items() if k[0] == 0}
    sie.results = {k: v for k, v in sie.results.items() if k[0] == 0}
    answer = _import(sie.write(tmp_path / "export.se"), emptied)
    assert answer.exit_code == 0, answer.output
    assert ("per 2020-12-31 har filen bara ingående balanser (#IB): balansräkningen blir rätt, men årets resultat "
            "ligger då i eget kapital") in plain(answer.output)
    balances = loaded(emptied).accounting.balances
    assert balances[date(2021, 12, 31)] == loaded(JAMTLAND).accounting.balances[date(2021, 12, 31)]
    assert sum(balances[date(2020, 12, 31)].values()) == 0


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


def test_costs_per_insats_from_the_project_dimension(emptied, tmp_path):
    sie = _jamtland_sie()
    costs = _with_projects(sie)
    result = _import(sie.write(tmp_path / "export.se"), emptied, "--insatser")
    assert result.exit_code == 0, result.output
    assert f"Skrev {len(costs)} kostnader per insats (2021) på bladet Utfall" in result.output
    assert set(loaded(emptied).grants.costs) == set(loaded(JAMTLAND).grants.costs)  # other years kept
    assert run_cli("check", "--input", str(emptied)).exit_code == 0


# --- a wrong or broken file: an error with the line, and nothing written ---------------------------------

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
                         "kör med --annan-org om den ändå ska läsas in"]


@pytest.mark.parametrize("breaking", [_malformed, _unbalanced, _edited_closing, _truncated, _checksum,
                                      _other_organisation], ids=lambda f: f.__name__.strip("_"))
def test_a_broken_file_is_named_and_nothing_is_written(emptied, tmp_path, breaking):
    lines, expected = breaking(_jamtland_sie())
    file = tmp_path / "export.se"
    file.write_bytes("\r\n".join(lines).encode("cp437"))
    before = (emptied / "redovisning.xlsx").read_bytes()
    result = _import(file, emptied)
    assert result.exit_code == 1
    for text in expected:
        assert text in plain(result.output)
    assert "export.se" in result.output and "Inget skrevs." in result.output
    assert (emptied / "redovisning.xlsx").read_bytes() == before
    assert not (emptied / "sakerhetskopior").exists()


def test_line_numbers_point_at_the_record(emptied, tmp_path):
    lines, _ = _malformed(_jamtland_sie())
    file = tmp_path / "export.se"
    file.write_bytes("\r\n".join(lines).encode("cp437"))
    number = next(n for n, line in enumerate(lines, start=1) if "tolv" in line)
    assert f"export.se, rad {number}: posten #TRANS är felaktig" in plain(_import(file, emptied).output)


def test_another_organisation_is_read_when_asked(emptied, tmp_path):
    sie = _jamtland_sie(orgnr="556677-8899")
    assert _import(sie.write(tmp_path / "export.se"), emptied, "--annan-org").exit_code == 0


def test_a_period_the_file_does_not_cover(emptied, tmp_path):
    before = (emptied / "redovisning.xlsx").read_bytes()
    result = _import(_jamtland_sie().write(tmp_path / "export.se"), emptied, "--period", "2018-06-30")
    assert result.exit_code == 1
    assert ("2018-06-30 ligger inte i filens räkenskapsår (2019-01-01–2019-12-31, 2020-01-01–2020-12-31, "
            "2021-01-01–2021-12-31)") in plain(result.output)
    assert (emptied / "redovisning.xlsx").read_bytes() == before


def test_an_unknown_project_is_named_with_a_suggestion(emptied, tmp_path):
    sie = _jamtland_sie()
    costs = _with_projects(sie)
    sie.objects[("6", "P1")] = costs[0].insats[:-2]
    before = {p: (emptied / p).read_bytes() for p in ("redovisning.xlsx", "insatser.xlsx")}
    result = _import(sie.write(tmp_path / "export.se"), emptied, "--insatser")
    assert result.exit_code == 1
    assert (f'projektet P1 "{costs[0].insats[:-2]}" finns inte bland insatserna på bladet Insatser. '
            f'Menade du "{costs[0].insats}"?') in result.output
    assert {p: (emptied / p).read_bytes() for p in before} == before


def test_an_account_the_kontoplan_lacks_is_reported_by_check(emptied, tmp_path):
    sie = _jamtland_sie()
    sie.accounts[1385] = "Värde av kapitalförsäkring"
    series, number, when, rows = sie.vouchers[-1]
    sie.vouchers[-1] = (series, number, when, rows + [(1385, Decimal(500), {}), (1930, Decimal(-500), {})])
    sie.closing[(0, 1385)] = Decimal(500)
    sie.closing[(0, 1930)] -= 500
    assert _import(sie.write(tmp_path / "export.se"), emptied).exit_code == 0
    result = run_cli("check", "--input", str(emptied))
    assert result.exit_code == 1
    assert "konto 1385 (Värde av kapitalförsäkring) finns inte i kontoplanen; närmast är 1500–1799" in plain(result.output)


def test_a_hand_written_file_with_what_real_exports_write(tmp_path):
    """Quoted series, #RTRANS/#BTRANS, a transaction with its own date and text, object lists, unknown
    labels, lower-case labels and blank lines."""
    from pipeline.problems import Problems
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


@needs_make
def test_make_import_sie_then_make_arsredovisning(emptied, tmp_path):
    """The user's path: make import-sie FIL=…, then make arsredovisning from what it wrote."""
    file = _jamtland_sie().write(tmp_path / "export 2021.se")
    imported = _make("import-sie", f"FIL={file}", f"INPUT={emptied}")
    assert imported.returncode == 0, imported.stderr
    assert "Per 2021-12-31: 34 konton ur #UB och #RES; summan är 0 kr." in plain(imported.stdout)
    built = _make("arsredovisning", f"INPUT={emptied}", f"OUTPUT={tmp_path / 'ut'}", FINSAM_LAYOUT="0")
    assert built.returncode == 0, built.stderr
    assert build(JAMTLAND, tmp_path / "typed").exit_code == 0
    typed, imported = (docx.Document(tmp_path / d / "arsredovisning-2021.docx") for d in ("typed", "ut"))
    assert [[c.text for r in t.rows for c in r.cells] for t in imported.tables] == \
           [[c.text for r in t.rows for c in r.cells] for t in typed.tables]
