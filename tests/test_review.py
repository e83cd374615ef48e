"""The review workbook (underlag): each printed figure with where it stands, its exact amount and the cells it
is made of; the paragraphs' sources; the checks made."""
from __future__ import annotations

import os
import re
import zipfile
from collections import Counter
from decimal import Decimal

import docx
import openpyxl
import pytest

from conftest import EXAMPLES, JAMTLAND, ROOT, plain, run_cli, set_cell
from footing import number
from pipeline.commands import versions
from pipeline.render.layout import soffice

NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"


def rows(book, sheet: str) -> list[dict]:
    ws = book[sheet]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], r)) for r in values[1:]]


@pytest.fixture(scope="module")
def jamtland_underlag(tmp_path_factory):
    out = tmp_path_factory.mktemp("underlag")
    result = run_cli("underlag", "arsredovisning", "--input", str(JAMTLAND), "--output", str(out), "--year", "2021")
    assert result.exit_code == 0, result.output
    path = out / "arsredovisning-2021-underlag.xlsx"
    assert result.output.strip().splitlines()[-1] == str(path)
    return openpyxl.load_workbook(path)


def test_jamtland_costs_2021_printed_exact_and_their_accounts(jamtland_underlag):
    amounts = rows(jamtland_underlag, "Belopp")
    costs = [r for r in amounts if r["Rad / mening"] == "Verksamhetens kostnader" and r["Kolumn"] == "2021"]
    assert costs and costs[0]["Avsnitt"] == "Översikt över verksamhetens utveckling"
    figure = costs[0]
    assert (figure["Visat"], figure["Enhet"], figure["Exakt (kr)"]) == (7034, "tkr", 7033338)
    assert figure["Avrundning (kr)"] == 662 and figure["Visat i kr"] == 7034000
    # the resultaträkning prints the same figure as a cost (negative): named as the same figure
    income = next(r for r in amounts if r["Var"].startswith("Tabell") and r["Avsnitt"] == "Resultaträkning"
                  and r["Rad / mening"] == "Verksamhetens kostnader" and r["Kolumn"].startswith("2021"))
    assert income["Visat"] == -7034 and f"{income['Nr']} (omvänt tecken)" in figure["Samma belopp även i nr"]

    sources = [r for r in rows(jamtland_underlag, "Källor") if r["Nr"] == figure["Nr"]]
    direct = [r for r in sources if r["Nivå"] == 0]
    assert sum(Decimal(str(r["Bidrag till beloppet (kr)"])) for r in direct) == 7033338
    assert {r["Typ"] for r in direct} == {"Saldo"} and all(r["Datum"] == "2021-12-31" for r in direct)
    assert all(r["Fil"] == "redovisning.xlsx" and r["Blad"] == "Saldon" and re.fullmatch(r"D\d+", r["Cell"])
               for r in direct)
    book = openpyxl.load_workbook(JAMTLAND / "redovisning.xlsx", data_only=True)["Saldon"]
    for r in direct:  # each source names the cell the balance was read from, and the account's name
        assert Decimal(str(book[r["Cell"]].value)) == Decimal(str(r["Värde (kr)"]))
        line = r["Cell"][1:]
        assert (book[f"A{line}"].value.date().isoformat(), book[f"B{line}"].value) == (r["Datum"], r["Konto"])
        assert r["Namn / post"]


def test_the_workbook_opens_filtered_with_frozen_headers_and_numbers(jamtland_underlag):
    assert jamtland_underlag.sheetnames == ["Belopp", "Källor", "Texter", "Kontroller"]
    for sheet in jamtland_underlag.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    for r in rows(jamtland_underlag, "Belopp"):
        assert isinstance(r["Visat"], int) and isinstance(r["Exakt (kr)"], (int, float))


def test_every_figure_sums_its_atoms(jamtland_underlag):
    amounts = {r["Nr"]: r for r in rows(jamtland_underlag, "Belopp")}
    sums: dict[int, Decimal] = {}
    for r in rows(jamtland_underlag, "Källor"):
        if r["Nivå"] == 0:
            sums[r["Nr"]] = sums.get(r["Nr"], Decimal(0)) + Decimal(str(r["Bidrag till beloppet (kr)"]))
    for nr, r in amounts.items():
        assert abs(sums.get(nr, Decimal(0)) - Decimal(str(r["Exakt (kr)"]))) < Decimal("0.01"), r


def test_texts_name_their_cells_and_computed_sentences(jamtland_underlag):
    texts = rows(jamtland_underlag, "Texter")
    written = next(r for r in texts if r["Text"].startswith("Syftet med förbundet"))
    assert (written["Ursprung"], written["Källa"]) == ("Från indata", "verksamhet.xlsx, blad Texter, cell E3")
    result = next(r for r in texts if r["Text"].startswith("Samordningsförbundet redovisar ett resultat för 2021"))
    assert result["Ursprung"] == "Beräknad" and result["Beräknad mening"] == "ja" and result["Antal belopp"] == 2


def test_checks_show_what_was_checked_with_the_figures(jamtland_underlag):
    checks = rows(jamtland_underlag, "Kontroller")
    assert not [r for r in checks if r["Resultat"] == "Stämmer inte"]
    kinds = {r["Kontroll"] for r in checks}
    assert {"Tabellen summerar", "Balansräkningen balanserar 2021-12-31",
            "Resultatet 2020-12-31–2021-12-31 = förändringen av eget kapital",
            "Årets kassaflöde 2021 = förändringen av likvida medel",
            "Förvaltningsberättelsens delar (LKBR 11 kap., RKR R15)"} <= kinds
    operating = next(r for r in checks if r["Kontroll"] == "Tabellen summerar" and "Driftsredovisning" in r["Vad"]
                     and "Utfall 2021: Verksamhetens nettokostnad" in plain(r["Vad"]))
    assert operating["Visat"] == 1468 and operating["Resultat"] == "Stämmer"


AMOUNT_IN_TEXT = re.compile(r"(?<![\d,])[−-]?\d{1,3}(?: \d{3})*(?= (?:tkr|kr|kronor)\b)")


@pytest.mark.parametrize("folder", EXAMPLES + [NORRSKOGEN], ids=lambda f: f.name)
def test_every_printed_amount_of_every_example_is_in_belopp(tmp_path, folder):
    result = run_cli("all", "--input", str(folder), "--output", str(tmp_path), "--no-layout", "--jobs", "1")
    assert result.exit_code == 0, result.output
    documents = sorted(tmp_path.glob("*.docx"))
    assert documents
    for path in documents:
        key, ident = path.stem.split("-", 1)
        result = run_cli("underlag", key, "--input", str(folder), "--output", str(tmp_path), "--id", ident)
        assert result.exit_code == 0, result.output
        book = openpyxl.load_workbook(tmp_path / f"{path.stem}-underlag.xlsx")
        amounts = rows(book, "Belopp")
        from_inputs = {r["Text"] for r in rows(book, "Texter") if r["Ursprung"] == "Från indata"}
        document = docx.Document(path)
        _tables_in_belopp(document, amounts, path.name)
        for paragraph in document.paragraphs:
            text = plain(paragraph.text).replace("\u00a0", " ")
            if text.strip() in {plain(t) for t in from_inputs}:
                continue  # a figure typed in a text cell is the förbund's words, not a printed amount
            for found in AMOUNT_IN_TEXT.findall(text):
                value = int(found.replace(" ", "").replace("−", "-"))
                assert any(r["Var"] == "Text" and r["Visat"] == value and plain(r["Rad / mening"]) == text.strip()
                           for r in amounts), f"{path.name}: {found} in {text!r}"


def _tables_in_belopp(document, amounts: list[dict], name: str) -> None:
    """Every number in a table that prints amounts is in Belopp, at its table, row and value."""
    body_tables = [t for t in document.element.body.iterchildren() if t.tag.endswith("}tbl")]
    for index, element in enumerate(body_tables, start=1):
        here = [r for r in amounts if r["Var"] == f"Tabell {index}"]
        if not here:
            continue  # a table of counts or names, no amounts
        table = docx.table.Table(element, document)
        header = [plain(c.text) for c in table.rows[0].cells]
        for table_row in table.rows[1:]:
            cells = [plain(c.text) for c in table_row.cells]
            if cells[0].startswith("Antal"):
                continue
            for heading, cell in list(zip(header, cells))[1:]:
                value = None if heading == "Not" else number(cell)
                if value is not None and not re.fullmatch(r"(19|20)\d\d", cell.strip()):
                    assert any(plain(r["Rad / mening"] or "") == cells[0].strip() and r["Visat"] == value
                               for r in here), f"{name}: tabell {index}, {cells[0]!r}: {cell}"


# --- versions and what changed ---------------------------------------------------------------------------

NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})*")
BUDGET_CHANGE = [  # Övriga externa kostnader's budget 2021 from 796 000 to 841 000 kr, and what follows from it
    "Övriga externa kostnader, Budget 2021 (Driftsredovisning): −796 → −841 tkr",
    "Övriga externa kostnader, Avvikelse 2021 (Driftsredovisning): 220 → 265 tkr",
    "Verksamhetens nettokostnad, Budget 2021 (Driftsredovisning): −636 → −681 tkr",
    "Verksamhetens nettokostnad, Avvikelse 2021 (Driftsredovisning): 2 104 → 2 149 tkr",
    "Resultat före extraordinära poster, Budget 2021 (Driftsredovisning): −641 → −686 tkr",
    "Resultat före extraordinära poster, Avvikelse 2021 (Driftsredovisning): 2 002 → 2 047 tkr",
    "Resultat, Budget 2021 (Driftsredovisning): −641 → −686 tkr",
    "Resultat, Avvikelse 2021 (Driftsredovisning): 2 002 → 2 047 tkr",
]


def _tracked(path, tag: str) -> Counter:
    """The numbers in the text a .docx's tracked changes insert (w:ins) or delete (w:del)."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    texts = [re.sub(r"<[^>]+>", "", m.group(1)) for m in re.finditer(rf"<w:{tag} [^>]*>(.*?)</w:{tag}>", xml, re.S)]
    return Counter(n.replace("\u00a0", " ") for n in NUMBER.findall("\n".join(texts)))


def test_a_changed_budget_value_shows_that_change_and_its_consequences(input_copy, tmp_path):
    folder, out = input_copy(), tmp_path / "ut"
    args = ["arsredovisning", "--input", str(folder), "--output", str(out), "--no-layout"]
    assert run_cli("build", *args).exit_code == 0
    first = (out / "arsredovisning-2021.docx").read_bytes()
    assert run_cli("build", *args).exit_code == 0  # the same document again: no version kept
    assert not (out / "tidigare").exists()
    set_cell(folder, "budget.xlsx", "Budget", "D5", 841000)

    result = run_cli("andringar", *args)
    assert result.exit_code == 0, result.output
    kept = list((out / "tidigare" / "arsredovisning-2021").glob("*.docx"))
    assert len(kept) == 1 and kept[0].read_bytes() == first
    listed = [line.strip() for line in result.output.splitlines() if " → " in line]
    assert listed == BUDGET_CHANGE
    assert ("− Övriga externa kostnader uppgår till 576 tkr vilket är 220 tkr lägre än budgeterat.\n"
            "  + Övriga externa kostnader uppgår till 576 tkr vilket är 265 tkr lägre än budgeterat.") \
        in result.output.replace("\u00a0", " ")
    if soffice() is None:
        return
    tracked = out / "arsredovisning-2021-andringar.docx"
    assert str(tracked) in result.output
    inserted, deleted = _tracked(tracked, "ins"), _tracked(tracked, "del")
    assert inserted - deleted == Counter({"265": 2, "686": 2, "2 047": 2, "841": 1, "681": 1, "2 149": 1})
    assert deleted - inserted == Counter({"220": 2, "641": 2, "2 002": 2, "796": 1, "636": 1, "2 104": 1})


def test_andringar_without_an_earlier_version_says_what_to_do(input_copy, tmp_path):
    out = tmp_path / "ut"
    args = ["arsredovisning", "--input", str(input_copy()), "--output", str(out), "--no-layout"]
    result = run_cli("andringar", *args)
    assert result.exit_code == 1
    assert "det finns ingen tidigare version av arsredovisning-2021.docx att jämföra med" in result.output
    assert "MOT=fil.docx" in result.output and not (out / "arsredovisning-2021-andringar.docx").exists()


def test_kept_versions_are_limited_and_the_sent_one_is_compared_with(tmp_path, monkeypatch):
    monkeypatch.setenv("FINSAM_TIDIGARE", "2")
    document = tmp_path / "arsredovisning-2021.docx"
    for index, content in enumerate([b"ett", b"tva", b"tre", b"fyra"]):
        previous = versions.before(document)
        document.write_bytes(content)
        versions.keep(document, previous)
        os.utime(document, (1_700_000_000 + index * 60,) * 2)  # built a minute after the one before
    assert [p.read_bytes() for p in versions.earlier(document)] == [b"tre", b"tva"]
    assert versions.default_against(document).read_bytes() == b"tre"
    versions.mark_sent(document)  # make pdf: this version went out with the kallelse
    document.write_bytes(b"fem")
    assert versions.default_against(document) == versions.sent_copy(document)
    assert versions.sent_copy(document).read_bytes() == b"fyra"


@pytest.mark.layout
@pytest.mark.skipif(soffice() is None, reason="needs LibreOffice")
def test_make_pdf_keeps_the_sent_version_and_underlag_gives_each_figures_page(tmp_path):
    from pipeline.render.layout import heading_pages

    result = run_cli("all", "--input", str(JAMTLAND), "--output", str(tmp_path), "--pdf")  # make pdf
    assert result.exit_code == 0, result.output
    sent = tmp_path / "tidigare" / "arsredovisning-2021" / "arsredovisning-2021-skickad.docx"
    assert f"Skickad version sparad: {sent}" in result.output
    assert sent.read_bytes() == (tmp_path / "arsredovisning-2021.docx").read_bytes()
    result = run_cli("underlag", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    pages = dict(heading_pages(tmp_path / "arsredovisning-2021.pdf"))
    amounts = rows(openpyxl.load_workbook(tmp_path / "arsredovisning-2021-underlag.xlsx"), "Belopp")
    assert all(isinstance(r["Sida"], int) for r in amounts)
    costs = next(r for r in amounts if r["Avsnitt"] == "Resultaträkning" and r["Rad / mening"] ==
                 "Verksamhetens kostnader" and r["Kolumn"].startswith("2021"))
    assert costs["Sida"] == pages["Resultaträkning"]
    notes = [r for r in amounts if r["Avsnitt"].startswith("Not ")]
    assert notes and all(r["Sida"] >= pages[r["Avsnitt"]] for r in notes)


def test_underlag_of_bad_input_names_the_cell_and_writes_nothing(input_copy, tmp_path):
    folder = input_copy()
    set_cell(folder, "budget.xlsx", "Budget", "D5", "ca 800")
    result = run_cli("underlag", "arsredovisning", "--input", str(folder), "--output", str(tmp_path))
    assert result.exit_code == 1
    assert 'budget.xlsx, blad Budget, cell D5: Belopp: "ca 800" är inte ett belopp' in result.output
    assert not list(tmp_path.glob("*.xlsx"))


def test_sources_are_listed_in_one_order_in_every_process():
    """A computed figure's sources are sorted by their atoms' keys; a derived atom's key holds its composition
    as a set, whose own order follows the process's string hashes (PYTHONHASHSEED), so the underlag of the
    same inputs listed them differently from one run to the next (Norrskogen's "20 % av verksamhetens
    intäkter – Avvikelse"). The order key is now written the same in every process."""
    import subprocess
    import sys

    script = ("from decimal import Decimal; from fractions import Fraction; from pipeline.amounts import Amount;"
              "from pipeline.present.trail import _order;"
              "parts = [Amount.atom(('budget', name, 2025), Decimal(100)) for name in 'abcdefgh'];"
              "atom, = (sum(parts[1:], parts[0]) * Fraction(1, 5)).terms;"
              "print(str(atom.key)); print(_order(atom))")
    seen = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        result = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                                cwd=ROOT, check=True, capture_output=True, text=True)
        seen.add(tuple(result.stdout.splitlines()))
    assert len({plain_key for plain_key, _ in seen}) > 1  # the set's own order does differ between processes
    assert len({order for _, order in seen}) == 1
