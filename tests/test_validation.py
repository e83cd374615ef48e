"""Bad input never reaches the board: every error and warning, untouched inputs, same bytes."""
from __future__ import annotations

import hashlib
import shutil
import zipfile
from datetime import date, datetime

import docx
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, HARNOSAND, JAMTLAND, instances, loaded, run_cli, set_cell
from pipeline import build as building
from pipeline.documents import listed, registry
from pipeline.load import load
from pipeline.problems import InputError, Problems
from pipeline.schema import WORKBOOKS, TableSheet


def _fails(folder, tmp_path, *expected: str, document: str = "arsredovisning") -> str:
    result = run_cli("build", document, "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    for text in expected:
        assert text in result.output, result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
    return result.output


def _warns(folder, tmp_path, *expected: str, document: str = "arsredovisning") -> str:
    result = run_cli("build", document, "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    for text in expected:
        assert text in result.output, result.output
    return result.output


# --- errors --------------------------------------------------------------------

def test_formula_without_saved_value(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "budget.xlsx", "Budget", "D3", "=6400000")  # openpyxl writes no cached value
    _fails(folder, tmp_path, "budget.xlsx, blad Budget, cell D3: Belopp: cellen innehåller en formel utan sparat värde")


def test_a_workbook_kept_in_the_cache_is_read_anew_when_its_content_changes(input_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))
    folder = input_copy(JAMTLAND)
    amounts = lambda: [i.amount for i in loaded(folder).budget.items if i.source.row == 3]  # noqa: E731
    before = amounts()
    kept = sorted((tmp_path / "cache" / "xlsx").iterdir())
    assert len(kept) == len(WORKBOOKS) and amounts() == before  # the second time from the cache
    set_cell(folder, "budget.xlsx", "Budget", "D3", 1234567)
    assert amounts() == [1234567] != before
    assert len(list((tmp_path / "cache" / "xlsx").iterdir())) == len(WORKBOOKS) + 1
    set_cell(folder, "budget.xlsx", "Budget", "D3", "=6400000")  # a formula with no saved value, not a kept value
    _fails(folder, tmp_path, "budget.xlsx, blad Budget, cell D3: Belopp: cellen innehåller en formel utan sparat värde")


def test_password_protected_or_xls_and_xlsm_files(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    (folder / "budget.xlsx").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (folder / "forbundet.xlsx").rename(folder / "forbundet.xlsm")
    _fails(folder, tmp_path, "budget.xlsx: arbetsboken är lösenordsskyddad eller sparad i det gamla .xls-formatet",
           "forbundet.xlsm: filen har fel format (makron körs aldrig)")


def test_duplicate_insats_name(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "insatser.xlsx", "Insatser", "A3", "Samverkanscirkel Ragunda")
    _fails(folder, tmp_path, 'insatser.xlsx, blad Insatser, cell A3: insatsen "Samverkanscirkel Ragunda" finns '
                             "redan på en tidigare rad")


def test_empty_required_cell_and_wrong_choice(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "forbundet.xlsx", "Medlemmar", "B3", "landsting")
    set_cell(folder, "insatser.xlsx", "Insatser", "E2", None)
    _fails(folder, tmp_path, 'forbundet.xlsx, blad Medlemmar, cell B3: Typ: "landsting" är inte ett giltigt val. '
                             "Välj ett av: stat, region, kommun.",
           "insatser.xlsx, blad Insatser, cell E2: cellen är tom. Här ska stå start (datum).")


def test_every_error_is_one_line_naming_workbook_sheet_and_cell(input_copy, tmp_path):
    """The Done-when of issue 6: "ca 500" in a budget cell gives one Swedish line and no document."""
    folder = input_copy(JAMTLAND)
    set_cell(folder, "budget.xlsx", "Budget", "D2", "ca 500")
    output = _fails(folder, tmp_path)
    errors = [line for line in output.splitlines() if line.startswith("Fel:")]
    assert errors == ['Fel: budget.xlsx, blad Budget, cell D2: Belopp: "ca 500" är inte ett belopp. Skriv beloppet i '
                      'kronor som ett tal, t.ex. 1877000 (inte "ca", "tkr" eller tusentalskomma).']


# --- warnings: the document is still written ---------------------------------------

def test_number_and_date_stored_as_text_are_read_with_a_warning(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "budget.xlsx", "Budget", "D3", "6 400 000")
    set_cell(folder, "verksamhet.xlsx", "Dokument", "C2", "2022-03-04")
    _warns(folder, tmp_path, "Varning: budget.xlsx, blad Budget, cell D3: Belopp: talet är sparat som text; det "
                             "lästes som 6400000.",
           "Varning: verksamhet.xlsx, blad Dokument, cell C2: Beslutsdatum: datumet är sparat som text.")


def test_control_characters_are_removed_with_a_warning(input_copy, tmp_path):
    """Excel stores such characters escaped (_x0007_), so they reach us only from other programs."""
    folder = input_copy(JAMTLAND)
    set_cell(folder, "verksamhet.xlsx", "Texter", "E2", "Före_x0007_efter_x001B_")  # as such a program writes them
    result = _warns(folder, tmp_path, "Varning: verksamhet.xlsx, blad Texter, cell E2: Text: texten innehöll osynliga "
                                      "kontrolltecken som Word inte tillåter; de togs bort.")
    assert "Traceback" not in result
    assert "Föreefter" in [p.text for p in docx.Document(tmp_path / "out" / "arsredovisning-2021.docx").paragraphs]


def test_board_whose_term_has_ended(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    for row in wb["Styrelse"].iter_rows(min_row=2):
        row[4].value = datetime(2021, 12, 31)
    wb.save(folder / "forbundet.xlsx")
    _warns(folder, tmp_path, "Varning: forbundet.xlsx, blad Styrelse, celler E2:E12: ingen ordinarie ledamot har mandat "
                             "2022-03-04, "
                             "när årsredovisningen skrivs under (senaste mandattiden slutade 2021-12-31)")


def test_board_without_chair_on_the_day(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "forbundet.xlsx", "Styrelse", "E2", datetime(2021, 12, 31))
    _warns(folder, tmp_path, "Varning: forbundet.xlsx, blad Styrelse, cell E2: ingen ordförande har mandat 2022-03-04")


def test_insats_ended_with_money_committed(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_cell(folder, "insatser.xlsx", "Insatser", "F2", datetime(2021, 6, 30))  # Samverkanscirkel Ragunda
    _warns(folder, tmp_path, "Varning: insatser.xlsx, blad Insatser, cell G2: Samverkanscirkel Ragunda: perioden slutade "
                             "2021-06-30 men 1 704 115 kr är fortfarande beslutat och ej förbrukat.")


# --- safe output -----------------------------------------------------------------

def _digest(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.xlsx"))}


@pytest.mark.parametrize("folder", EXAMPLES, ids=lambda p: p.name)
def test_every_document_twice_gives_the_same_bytes_and_inputs_stay_untouched(folder, tmp_path):
    before = _digest(folder)
    for doc, scope in instances(loaded(folder)):
        outputs = []
        for run in ("a", "b"):
            result = run_cli("build", doc.key, "--input", str(folder), "--output", str(tmp_path / run),
                             "--id", scope.ident)
            assert result.exit_code == 0, result.output
            outputs.append((tmp_path / run / doc.filename(scope)).read_bytes())
        assert outputs[0] == outputs[1], doc.key
        with zipfile.ZipFile(tmp_path / "a" / doc.filename(scope)) as z:
            assert {i.date_time for i in z.infolist()} == {(2000, 1, 1, 0, 0, 0)}
            for name in z.namelist():
                if name.endswith(".xml"):
                    xml = z.read(name).decode("utf-8")
                    assert "{{" not in xml and "{%" not in xml and "%}" not in xml, (doc.key, name)
    assert _digest(folder) == before


@pytest.mark.parametrize("folder", EXAMPLES, ids=lambda p: p.name)
def test_templates_use_only_what_the_context_provides(folder):
    """docxtpl's own view agrees with the template check: nothing the template asks for is missing."""
    from docxtpl import DocxTemplate

    from pipeline.present.model import as_dict

    inputs = loaded(folder)
    for doc, scope in instances(inputs):
        context = as_dict(building.context(doc, inputs, scope))
        assert DocxTemplate(str(doc.template)).get_undeclared_template_variables(context=context) == set(), doc.key
        assert building.template_problems(doc, folder) == [], doc.key


def test_an_internal_error_is_explained_without_a_traceback(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    from dataclasses import replace

    monkeypatch.setitem(registry(), "arsredovisning", replace(registry()["arsredovisning"], compute=broken))
    result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path))
    assert result.exit_code == 3
    assert "Internt fel (ZeroDivisionError: division by zero). Det här är ett fel i programmet" in result.output
    assert "Traceback" not in result.output
    assert not any(tmp_path.iterdir())


# --- random cell values: a clean result or a clean error, never a traceback ---------

TABLES = [(spec, sheet) for spec in WORKBOOKS for sheet in spec.sheets if isinstance(sheet, TableSheet)]
VALUES = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(min_value=-10**13, max_value=10**13),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.dates(min_value=date(1900, 1, 1)),
    st.sampled_from(["ca 500", "1 877", "1,877 tkr", "2021-13-45", "  ", "ordförande", "ja", "Medlemsbidrag",
                     "samtliga", "−0", "100 %", "1/0", "0/1", "F9", "§ 1", "\x00", "=A1"]),
)


EDITABLE = {"jamtland": JAMTLAND, "harnosand": HARNOSAND}


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """A pristine copy of each example to start every edit from."""
    root = tmp_path_factory.mktemp("pristine")
    for name, folder in EDITABLE.items():
        shutil.copytree(folder, root / name)
    return root


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(example=st.sampled_from(sorted(EDITABLE)), table=st.sampled_from(TABLES),
       row=st.integers(min_value=1, max_value=40), column=st.integers(min_value=1, max_value=13), value=VALUES)
def test_any_cell_value_gives_a_result_or_a_swedish_error(copies, tmp_path, example, table, row, column, value):
    """A cell of a workbook of the Jämtland or Härnösand example set to a random value, saved to disk
    as Excel would leave it, and every document of the example checked and computed from it."""
    from openpyxl.utils.exceptions import IllegalCharacterError
    from hypothesis import assume

    spec, sheet = table
    folder = tmp_path / f"edit-{example}-{spec.filename}-{sheet.name}-{row}-{column}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(copies / example, folder)
    try:
        set_cell(folder, spec.filename, sheet.name, f"{openpyxl.utils.get_column_letter(column)}{row + 1}", value)
    except (IllegalCharacterError, ValueError, TypeError):
        assume(False)  # a value Excel cannot hold in a cell
    problems = Problems()
    try:
        inputs = load(folder, problems)
        for doc, scope, _ in building.checked_all(listed(inputs), inputs, problems):
            building.context(doc, inputs, scope)
    except InputError:
        assert problems.errors and all(p.message and p.places for p in problems.errors), problems.report()
    shutil.rmtree(folder)
