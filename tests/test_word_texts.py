"""Texts written in Word (texter/<dokument>-<år>.docx): formatting kept in the template's styles, every
mistake named with the file, the heading and a quote, and `make texter` writing the file to start from."""
from __future__ import annotations

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from conftest import ROOT, SJOBYGDEN, build, run_cli, text_of
from word_texts import WordTexts

NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"
LINK = "https://example.se/finansiering?a=1&b=2"


def _texts(folder, name: str = "arsredovisning-2025.docx"):
    return folder / "texter" / name


def _rich_file(folder):
    """Under Finansiering: a bold phrase, a link, a two-level bullet list, a numbered list, a 3×3 table and a
    picture; under Personalförhållanden a sub-heading."""
    w = WordTexts().heading("Finansiering")
    w.paragraph("Förbundet finansieras ", ("till lika delar", {"bold": True}), " av staten och kommunerna, se ",
                ("vår webbplats", {"link": LINK}), ". Tecknen {{ x }}, & och < står som de skrivs.")
    w.bullet("Staten betalar hälften").bullet("genom Försäkringskassan", 1).bullet("Kommunerna resten")
    w.number("Första steget").number("Andra steget")
    w.table([["Part", "Andel", "Belopp"], ["Staten", "50 %", "1 175 000"], ["Kommunerna", "50 %", "1 175 000"]])
    w.picture("Stapeldiagram över medlemsbidragen")
    w.heading("Personalförhållanden").heading("Anställda", 2).paragraph("Förbundet har två anställda.")
    return w.save(_texts(folder))


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    import shutil

    folder = tmp_path_factory.mktemp("word") / "indata"
    shutil.copytree(SJOBYGDEN, folder)
    _rich_file(folder)
    out = folder.parent / "out"
    result = build(folder, out)
    assert result.exit_code == 0, result.output
    return docx.Document(out / "arsredovisning-2025.docx")


def _paragraph(document, start: str) -> Paragraph:
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _heading_above(document, element) -> str:
    """The text of the last heading before `element` in the body."""
    heading = None
    for child in document.element.body.iterchildren():
        if child is element:
            return heading
        if child.tag == qn("w:p"):
            p = Paragraph(child, document)
            if p.style.name.startswith("Heading"):
                heading = p.text
    raise AssertionError("not in the body")


def test_bold_and_a_link_in_the_templates_text_paragraph(rich):
    p = _paragraph(rich, "Förbundet finansieras")
    assert _heading_above(rich, p._p) == "Finansiering och medlemsbidrag"
    assert p.style.name == "Normal"
    assert [r.text for r in p.runs if r.bold] == ["till lika delar"]
    link = p._p.find(qn("w:hyperlink"))
    assert "".join(t.text for t in link.iter(qn("w:t"))) == "vår webbplats"
    assert rich.part.rels[link.get(qn("r:id"))].target_ref == LINK
    assert link.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:rStyle')}").get(qn("w:val")) == "Hyperlink"
    assert "Hyperlink" in [s.style_id for s in rich.styles]
    assert p.text.endswith("Tecknen {{ x }}, & och < står som de skrivs.")


def test_a_two_level_bullet_list_and_a_numbered_list_in_the_templates_list_styles(rich):
    styles = {p.text: p.style.style_id for p in rich.paragraphs}
    assert styles["Staten betalar hälften"] == "ListBullet"
    assert styles["genom Försäkringskassan"] == "ListBullet2"
    assert styles["Kommunerna resten"] == "ListBullet"
    assert styles["Första steget"] == styles["Andra steget"] == "ListNumber"
    first = _paragraph(rich, "Första steget")
    num_id = first._p.pPr.numPr.numId.val
    assert _paragraph(rich, "Andra steget")._p.pPr.numPr.numId.val == num_id
    num = rich.part.numbering_part.element.num_having_numId(num_id)
    assert num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) == "1"
    assert _heading_above(rich, first._p) == "Finansiering och medlemsbidrag"


def test_a_table_in_the_templates_table_style_with_a_header_row(rich):
    table = next(t for t in rich.tables if t.rows[0].cells[0].text == "Part")
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Part", "Andel", "Belopp"], ["Staten", "50 %", "1 175 000"], ["Kommunerna", "50 %", "1 175 000"]]
    assert table._tbl.tblPr.find(qn("w:tblStyle")).get(qn("w:val")) == "TableGrid"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r.bold for r in table.rows[0].cells[0].paragraphs[0].runs)
    assert table.rows[1].cells[0].paragraphs[0].style.name == "Tabelltext"
    assert _heading_above(rich, table._tbl) == "Finansiering och medlemsbidrag"


def test_a_picture_with_its_alt_text(rich):
    found = [(d.getparent().getparent().getparent().getparent(), d.get("descr"))
             for d in rich.element.body.iter(qn("wp:docPr")) if d.get("descr") == "Stapeldiagram över medlemsbidragen"]
    (paragraph, description), = found
    assert description == "Stapeldiagram över medlemsbidragen"
    assert _heading_above(rich, paragraph) == "Finansiering och medlemsbidrag"


def test_a_sub_heading_in_its_section(rich):
    p = _paragraph(rich, "Förbundet har två anställda.")
    assert _heading_above(rich, p._p) == "Anställda"


def _fails(folder, tmp_path, *expected: str) -> str:
    out = tmp_path / "out"
    result = build(folder, out)
    assert result.exit_code == 1, result.output
    for text in expected:
        assert text in result.output, result.output
    assert not out.exists() or not any(out.iterdir())
    return result.output


def test_a_heading_that_is_no_section_suggests_the_nearest(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().heading("Finanseringen").paragraph("Text.").save(_texts(folder))
    _fails(folder, tmp_path, 'Fel: texter/arsredovisning-2025.docx, rubriken "Finanseringen": rubriken är inget '
                             'avsnitt i årsredovisningen. Menade du "Finansiering"?')


def test_text_before_the_first_heading(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().paragraph("Utkast till årsredovisningens texter").heading("Finansiering").save(_texts(folder))
    _fails(folder, tmp_path, "Fel: texter/arsredovisning-2025.docx: text före första rubriken: ”Utkast till "
                             "årsredovisningens texter”.")


def test_the_same_section_in_the_word_file_and_on_the_sheet(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().heading("Om förbundet").paragraph("Skrivet i Word.").save(_texts(folder))
    _fails(folder, tmp_path, "Fel: verksamhet.xlsx, blad Texter, celler C3:C4 och texter/arsredovisning-2025.docx, "
                             "rubriken \"Om förbundet\": avsnittet \"Om förbundet\" för 2025 finns både i Word-filen "
                             "och på bladet Texter.")


def test_unaccepted_tracked_changes(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().heading("Finansiering").tracked("fått mer pengar.").save(_texts(folder))
    _fails(folder, tmp_path, "Fel: texter/arsredovisning-2025.docx, rubriken \"Finansiering\": ändringar som inte "
                             "godkänts (spåra ändringar) i ”Vi har fått mer pengar.”. Godkänn eller avvisa")


def test_a_picture_without_alt_text(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().heading("Finansiering").picture("").save(_texts(folder))
    _fails(folder, tmp_path, "Fel: texter/arsredovisning-2025.docx, rubriken \"Finansiering\": bilden (Picture 1) "
                             "saknar alternativtext")


def test_a_placeholder_left_in_the_word_file_is_named_with_its_heading(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().heading("Finansiering").heading("Bidragen", 2).paragraph("Staten betalar XXX kronor.").save(
        _texts(folder))
    _fails(folder, tmp_path, "Fel: texter/arsredovisning-2025.docx, rubriken \"Bidragen\": texten innehåller "
                             "\"XXX\", som ser ut som något som skulle fyllas i.")


def test_a_merged_table_cell(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    w = WordTexts().heading("Finansiering").table([["A", "B"], ["C", "D"]])
    table = w.document.tables[0]
    table.cell(0, 0).merge(table.cell(0, 1))
    w.save(_texts(folder))
    _fails(folder, tmp_path, "tabellen ”A B C D” har sammanslagna celler")


def test_a_doc_file_and_a_file_named_for_no_document(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    (folder / "texter").mkdir()
    (folder / "texter" / "arsredovisning-2025.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    WordTexts().heading("Finansiering").save(_texts(folder, "texter-2025.docx"))
    WordTexts().heading("Finansiering").paragraph("Namnet med å.").save(_texts(folder, "Årsredovisning-2024.docx"))
    output = _fails(folder, tmp_path, "Fel: texter/arsredovisning-2025.doc: filen är inte ett Word-dokument (.docx)",
                    "Fel: texter/texter-2025.docx: filnamnet säger inte vilket dokument texterna gäller.")
    assert "Årsredovisning-2024.docx" not in output  # named with å, as staff may write it: read


def test_a_word_lock_file_is_ignored(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().heading("Finansiering").paragraph("Skrivet i Word.").save(_texts(folder))
    (folder / "texter" / "~$sredovisning-2025.docx").write_bytes(b"\0" * 162)
    result = build(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Skrivet i Word." in text_of(docx.Document(tmp_path / "out" / "arsredovisning-2025.docx"))


def test_fonts_and_colours_typed_in_are_dropped_and_said_once_per_file(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    w = WordTexts().heading("Finansiering")
    w.paragraph(("Röd text", {"colour": "FF0000"}), " och ", ("stor text", {"size": 20}))
    w.paragraph(("Mer röd text", {"colour": "C00000"}))
    w.save(_texts(folder))
    result = run_cli("check", "--input", str(folder))
    assert result.exit_code == 0, result.output
    assert result.output.count("teckensnitt, färger och storlekar") == 1
    assert ("Varning: texter/arsredovisning-2025.docx: teckensnitt, färger och storlekar som skrivits direkt i "
            "texten (som i ”Röd text”) används inte: dokumentet får mallens.") in result.output
    build(folder, tmp_path / "out")
    p = _paragraph(docx.Document(tmp_path / "out" / "arsredovisning-2025.docx"), "Röd text och stor text")
    assert all(r.font.color.rgb is None and r.font.size is None for r in p.runs)


def test_an_interim_reports_texts_by_its_closing_date(input_copy, tmp_path):
    folder = input_copy(SJOBYGDEN)
    WordTexts().heading("Styrelsens arbete").paragraph("Skrivet för juni.").save(
        _texts(folder, "delarsrapport-2026-06-30.docx"))
    WordTexts().heading("Styrelsens arbete").paragraph("Skrivet för mars.").save(
        _texts(folder, "delarsrapport-2026-03-31.docx"))
    _without_sheet_rows(folder, "Delårsrapport", 2026, "Styrelsens arbete")
    out = tmp_path / "out"
    result = run_cli("build", "delarsrapport", "--input", str(folder), "--output", str(out))
    assert result.exit_code == 0, result.output
    text = text_of(docx.Document(out / "delarsrapport-2026.docx"))
    assert "Skrivet för juni." in text
    assert "Skrivet för mars." not in text


def _without_sheet_rows(folder, document: str, year: int | None, section: str | None = None) -> None:
    path = folder / "verksamhet.xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book["Texter"]
    for r in range(sheet.max_row, 1, -1):
        if (sheet.cell(r, 1).value, sheet.cell(r, 2).value) == (document, year) and \
                section in (None, sheet.cell(r, 3).value):
            sheet.delete_rows(r)
    book.save(path)


def test_make_texter_writes_every_section_with_its_hint_and_never_overwrites(input_copy):
    folder = input_copy(SJOBYGDEN)
    result = run_cli("texter", "arsredovisning", "--input", str(folder))
    assert result.exit_code == 0, result.output
    path = _texts(folder)
    assert f"Skrev {path}." in result.output
    written = docx.Document(path)
    sections = [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
    assert sections == ["Om förbundet", "Finansiering", "Verksamhetens utveckling", "Styrning och uppföljning",
                        "God ekonomisk hushållning", "Eget kapital", "Balanskrav", "Samverkansarbete",
                        "Personalförhållanden", "Viktiga förhållanden", "Händelser efter årets slut",
                        "Förväntad utveckling", "Redovisningsprinciper"]
    hints = [c.text for c in written.comments]
    assert len(hints) == len(sections)
    assert hints[1] == "Efter den beräknade texten om medlemsbidragen."
    assert [p.text for p in written.paragraphs if p.style.name == "Heading 2"][:2] == ["Organisation", "Uppdrag"]
    assert "Pensionsförpliktelser redovisas enligt RKR R10 Pensioner." in text_of(written)
    before = path.read_bytes()
    again = run_cli("texter", "arsredovisning", "--input", str(folder), "--year", "2025")
    assert again.exit_code == 1
    assert "finns redan och lämnades orörd" in again.output
    assert path.read_bytes() == before


def test_sjobygden_builds_from_a_word_file_to_the_same_text_as_from_its_sheet(input_copy, tmp_path):
    """`make texter` moves the sheet's texts into Word; with the year's rows then taken off the sheet, the
    årsredovisning reads as before, paragraph by paragraph and style by style."""
    folder = input_copy(SJOBYGDEN)
    assert run_cli("texter", "arsredovisning", "--input", str(folder)).exit_code == 0
    _without_sheet_rows(folder, "Årsredovisning", 2025)
    assert build(folder, tmp_path / "word").exit_code == 0
    assert build(SJOBYGDEN, tmp_path / "sheet").exit_code == 0

    def paragraphs(out):
        document = docx.Document(out / "arsredovisning-2025.docx")
        return [(p.style.style_id, p.text) for p in document.paragraphs]

    from_word, from_sheet = paragraphs(tmp_path / "word"), paragraphs(tmp_path / "sheet")
    assert ("Normal", "Förbundet leds av en styrelse med en ledamot och en ersättare från varje medlem. Styrelsen "
                      "har till sin hjälp en förbundschef och en beredningsgrupp med tjänstepersoner från "
                      "medlemmarna.") in from_word
    assert from_word == from_sheet


def test_make_texter_takes_the_previous_years_word_file(input_copy):
    folder = input_copy(NORRSKOGEN)
    previous = _texts(folder, "arsredovisning-2025.docx")
    previous.rename(_texts(folder, "arsredovisning-2024.docx"))
    result = run_cli("texter", "arsredovisning", "--input", str(folder), "--year", "2025")
    assert result.exit_code == 0, result.output
    written = docx.Document(_texts(folder))
    table = written.tables[0]
    assert [c.text for c in table.rows[1].cells] == ["Kommunerna", "86", "2"]
    assert "förbundets webbplats" in text_of(written)


def test_the_norrskogen_example_keeps_its_annual_report_texts_in_word(tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", "arsredovisning", "--input", str(NORRSKOGEN), "--output", str(out))
    assert result.exit_code == 0, result.output
    document = docx.Document(out / "arsredovisning-2025.docx")
    styles = {p.text: p.style.style_id for p in document.paragraphs}
    assert styles["förebyggande insatser för unga"] == "ListBullet2"
    assert [r.text for r in _paragraph(document, "finansiera samordnade").runs if r.bold] == ["samordnade"]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Part")
    assert [c.text for c in table.rows[2].cells] == ["Staten och regionen", "54", "2"]
    assert "Förbundet har ingen egen personal. Förbundschefen och ekonomen" in text_of(document)
