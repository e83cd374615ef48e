"""Finished documents: TOC page numbers from LibreOffice, PDF, charts beside their tables.

These tests need LibreOffice; without it they are skipped (CI installs it in .ci/run).
"""
from __future__ import annotations

import base64
import io
import re

import docx
import pytest

from conftest import EXAMPLES, HARNOSAND, JAMTLAND, ROOT, context_of, instances, loaded, run_cli
from pipeline.present.charts import Picture
from pipeline.render import layout as lo
from pipeline.render.accessibility import docx_problems, pdf_problems
needs_libreoffice = pytest.mark.skipif(lo.soffice() is None, reason="LibreOffice is not installed "
                                       "(make libreoffice installs it; .ci/run does so in CI)")
NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"
PAGES = {  # expected page count bounds per document of the examples
    ("jamtland-2021", "arsredovisning"): (14, 30),
    ("harnosand-timra", "delarsrapport"): (8, 20),
    ("harnosand-timra", "verksamhetsplan"): (8, 20),
    ("input_xlsx", "arsredovisning"): (10, 25),
    ("input_xlsx", "delarsrapport"): (5, 15),
    ("input_xlsx", "verksamhetsplan"): (5, 15),
    ("harnosand-timra", "protokoll"): (4, 12),
    ("input_xlsx", "protokoll"): (2, 6),
    ("norrskogen-2025", "arsredovisning"): (10, 25),
    ("norrskogen-2025", "delarsrapport"): (5, 15),
}


def _pictures(value) -> int:
    import dataclasses

    if isinstance(value, Picture):
        return 1
    if dataclasses.is_dataclass(value):
        return sum(_pictures(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, dict):
        return sum(_pictures(v) for v in value.values())
    if isinstance(value, list):
        return sum(_pictures(v) for v in value)
    return 0


def _pages_ending_in_a_heading(reader, document) -> list[tuple[int, str]]:
    """(page, heading) for every page but the last whose last line of text is a heading: a heading the
    reader finds at the foot of a page, its text on the next. Lines on most pages (the footer) and page
    numbers are not the page's text."""
    from collections import Counter

    def normal(text: str) -> str:
        return " ".join(text.split())

    def shape(line: str) -> str:  # the footer's "Sida 3 av 12" is the same line on every page
        return re.sub(r"\d+", "#", line)

    headings = {normal(p.text) for p in document.paragraphs if p.style.name.startswith("Heading") and p.text.strip()}
    pages = [[normal(line) for line in page.extract_text().splitlines() if normal(line)] for page in reader.pages]
    repeated = {line for line, n in Counter(shape(line) for lines in pages for line in set(lines)).items()
                if n > len(pages) / 2}
    found = []
    for number, lines in enumerate(pages[:-1], start=1):
        text = [line for line in lines if shape(line) not in repeated and not line.isdigit()]
        if text and any(h == text[-1] or (len(text[-1]) > 3 and h.endswith(text[-1])) for h in headings):
            found.append((number, text[-1]))
    return found


def _notes_alone(reader) -> list[int]:
    """Pages holding a single short note when the next page begins with another: notes should flow one after
    the other (a note alone on a page is fine when it is long)."""
    pages = [[line for line in page.extract_text().splitlines() if line.strip()] for page in reader.pages]
    notes = [[line for line in lines if re.match(r"Not \d+ ", line)] for lines in pages]
    return [number for number, (lines, found) in enumerate(zip(pages, notes), start=1)
            if len(found) == 1 and len(lines) < 25 and number < len(pages) and notes[number]
            and notes[number][0] in pages[number][:2]]


def _squeezed(text: str) -> str:
    """Text without white space, soft hyphens and word joiners: the same in the .docx and the PDF's pages."""
    return re.sub(r"[\s\u00ad\u2060]", "", text)


def _charts_apart(reader, document) -> list[str]:
    """Charts not on the page of the text right before them (the table or paragraph they illustrate): a chart
    carried alone to the next page. A chart is a picture followed by its caption "Diagram: …"."""
    word = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    blocks = []  # ("chart" | "text", text) in the body's order; a table by the first cell of its last row
    for child in document.element.body.iterchildren():
        if child.tag == f"{word}p":
            if child.findall(f".//{word}drawing"):
                blocks.append(("chart", ""))
            text = "".join(t.text or "" for t in child.iter(f"{word}t")).strip()
        elif child.tag == f"{word}tbl" and (rows := child.findall(f"{word}tr")):
            text = "".join(t.text or "" for t in rows[-1].findall(f"{word}tc")[0].iter(f"{word}t")).strip()
        else:
            continue
        if text:
            blocks.append(("text", text))
    pages = [_squeezed(page.extract_text()) for page in reader.pages]
    apart, page = [], 0
    for index, (kind, _) in enumerate(blocks):
        caption = next((t for k, t in blocks[index + 1:] if k == "text"), "")
        before = next((t for k, t in reversed(blocks[:index]) if k == "text"), "")
        if kind != "chart" or not caption.startswith("Diagram") or not before:
            continue
        page = next((n for n in range(page, len(pages)) if _squeezed(caption) in pages[n]), None)
        assert page is not None, caption
        if _squeezed(before)[-40:] not in pages[page]:
            apart.append(f"sida {page + 1}: {caption}")
    return apart


def _placed_as_pypdf_reads_them(pdf, reader) -> None:
    """The layout's quick reading of where each text sits on a page (qpdf) is pypdf's text extraction's."""
    placed = lo._placed_texts(pdf, list(range(len(reader.pages))))
    assert sorted(placed) == list(range(len(reader.pages)))  # no page left to pypdf
    for index, page in enumerate(reader.pages):
        read = []
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: read.append(
            (round(tm[5] * cm[3] + cm[5], 2), lo.normal(text))) if text.strip() else None)
        assert [(round(y, 2), lo.normal(text)) for y, text in placed[index]] == read, index


@needs_libreoffice
@pytest.mark.layout
@pytest.mark.parametrize("folder", EXAMPLES + [NORRSKOGEN], ids=lambda p: p.name)
def test_documents_with_page_numbers_pdf_and_charts(folder, tmp_path):
    from pypdf import PdfReader

    inputs = loaded(folder)
    for doc, scope in instances(inputs):
        result = run_cli("build", doc.key, "--input", str(folder), "--output", str(tmp_path), "--id", scope.ident,
                         "--pdf")
        assert result.exit_code == 0, result.output
        assert "Tillgänglighet" not in result.output
        pdf = tmp_path / doc.filename(scope).replace(".docx", ".pdf")
        reader = PdfReader(pdf)
        _placed_as_pypdf_reads_them(pdf, reader)
        assert pdf_problems(pdf) == []
        assert docx_problems(docx.Document(tmp_path / doc.filename(scope))) == []
        assert _pages_ending_in_a_heading(reader, docx.Document(tmp_path / doc.filename(scope))) == []
        assert _notes_alone(reader) == [], doc.key
        assert _charts_apart(reader, docx.Document(tmp_path / doc.filename(scope))) == [], doc.key
        low, high = PAGES[(folder.name, doc.key)]
        assert low <= len(reader.pages) <= high, (doc.key, len(reader.pages))

        document = docx.Document(tmp_path / doc.filename(scope))
        entries = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
        if not doc.kind.per_year:
            assert not entries  # minutes have no table of contents
        else:
            headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
            numbered = {m.group(1): int(m.group(2)) for e in entries if (m := re.fullmatch(r"(.+)\t(\d+)", e))}
            assert all(h in numbered for h in headings), (doc.key, entries)
            pages = [numbered[h] for h in headings]
            assert pages == sorted(pages) and pages[0] >= 2
            outline = dict(lo.heading_pages(pdf))
            assert all(outline[h] == numbered[h] for h in headings)
        assert document.settings.element.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields") is None

        charts = _pictures(context_of(doc.key, inputs, **_request(doc, scope)))
        images = sum(len(page.images) for page in reader.pages)
        assert images >= charts, (doc.key, images, charts)
        if doc.key == "arsredovisning":
            assert charts >= 2  # five-year bars and SUS at least


@pytest.mark.layout
def test_without_libreoffice_the_document_is_still_written_and_asks_word(monkeypatch, tmp_path):
    monkeypatch.setattr(lo, "soffice", lambda: None)
    result = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path))
    assert result.exit_code == 0
    assert "Varning: LibreOffice saknas, så innehållsförteckningen får sina sidnummer först när Word uppdaterar " \
           "fälten" in result.output
    document = docx.Document(tmp_path / "arsredovisning-2021.docx")
    assert document.settings.element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields") is not None
    pdf = run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "p"), "--pdf")
    assert pdf.exit_code == 1  # the machine's to fix, said so
    assert "Fel: PDF kan inte skrivas: LibreOffice saknas." in pdf.output
    assert not (tmp_path / "p").exists()


def test_charts_are_drawn_once_per_data(tmp_path, monkeypatch):
    from pipeline.present import charts

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path))
    first = charts.stacked_shares(["A", "B"], [[10, 20, 70], [0, 50, 50]], "fråga")
    assert first.png.startswith(b"\x89PNG")  # drawn in a child, which kept it
    assert len(list((tmp_path / "charts").glob("*.png"))) == 1
    again = charts.stacked_shares(["A", "B"], [[10, 20, 70], [0, 50, 50]], "fråga")
    assert again.image == first.png  # the kept bytes: nothing drawn
    assert charts.stacked_shares(["A", "B"], [[10, 20, 70], [0, 51, 49]], "fråga").png != first.png
    assert len(list((tmp_path / "charts").glob("*.png"))) == 2


def test_logo_pasted_into_the_workbook_is_on_the_title_page(input_copy, tmp_path):
    import openpyxl
    from openpyxl.drawing.image import Image as XlImage

    from pipeline.present.charts import stacked_shares

    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    wb["Uppgifter"].add_image(XlImage(io.BytesIO(stacked_shares(["Logo"], [[0, 0, 100]], "logo").png)), "D2")
    wb.save(folder / "forbundet.xlsx")
    assert run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(tmp_path)).exit_code == 0
    document = docx.Document(tmp_path / "arsredovisning-2021.docx")
    first_page = document.element.body[:8]
    assert any(el.findall(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip") for el in first_page)


def test_chart_colours_from_the_workbook_must_be_colour_codes(input_copy, tmp_path):
    from conftest import set_fact

    folder = input_copy(JAMTLAND)
    set_fact(folder, "forbundet.xlsx", "Uppgifter", "Färger", "#1F3A5F, blå")
    result = run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "forbundet.xlsx, blad Uppgifter, cell B7: blå är inga färgkoder." in result.output
    set_fact(folder, "forbundet.xlsx", "Uppgifter", "Färger", "#1F3A5F, #C8553D, #6A994E")
    assert run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(tmp_path / "out")).exit_code == 0


@needs_libreoffice
@pytest.mark.layout
@pytest.mark.parametrize("lines", (12, 14, 16))
def test_a_chart_at_the_foot_of_a_page_goes_over_with_its_table(input_copy, tmp_path, lines):
    """Härnösand's delårsrapport with comments that bring its resultaträkning and chart to the foot of a page:
    the chart goes to the next page with the table and the note under it, never alone (before the note kept
    with the chart, 14 lines carried the chart alone over)."""
    import openpyxl
    from pypdf import PdfReader

    folder = input_copy(HARNOSAND)
    wb = openpyxl.load_workbook(folder / "verksamhet.xlsx")
    ws = wb["Texter"]
    header = [c.value for c in ws[1]]
    row = [None] * len(header)
    for column, value in (("Dokument", "Delårsrapport"), ("År", 2021), ("Avsnitt", "Ekonomiskt utfall"),
                          ("Rubrik", "Kommentarer"),
                          ("Text", "\n".join(f"Kommentar {i + 1} till periodens utfall." for i in range(lines)))):
        row[header.index(column)] = value
    ws.append(row)
    wb.save(folder / "verksamhet.xlsx")
    result = run_cli("build", "delarsrapport", "--input", str(folder), "--output", str(tmp_path / "out"), "--pdf")
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "out" / "delarsrapport-2021.pdf")
    document = docx.Document(tmp_path / "out" / "delarsrapport-2021.docx")
    assert _charts_apart(reader, document) == []
    pages = [_squeezed(page.extract_text()) for page in reader.pages]
    chart = next(n for n, text in enumerate(pages) if "Diagram:utfallochbudget" in text)
    assert "Periodensresultat" in pages[chart] and "Saldonper2020-06-30saknas" in pages[chart]
    assert "Kommentar12tillperiodensutfall." in "".join(pages[:chart + 1])


def test_a_chart_away_from_its_table_is_found():
    """The check of the laid-out PDF finds a chart carried to the page after its table (stand-ins)."""
    from types import SimpleNamespace as Stub

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(1, 0).text = "Periodens resultat"
    pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    document.add_paragraph().add_run().add_picture(io.BytesIO(base64.b64decode(pixel)))
    document.add_paragraph("Diagram: utfall och budget.")
    pages = ["Resultaträkning\nPeriodens resultat −53 −514", "Diagram: utfall och budget.\nBalansräkning"]
    reader = Stub(pages=[Stub(extract_text=lambda text=text: text) for text in pages])
    assert _charts_apart(reader, document) == ["sida 2: Diagram: utfall och budget."]
    reader = Stub(pages=[Stub(extract_text=lambda: "Periodens resultat −53\nDiagram: utfall och budget.")])
    assert _charts_apart(reader, document) == []


def _request(doc, scope) -> dict:
    return {k: v for k, v in vars(doc.kind.explicit(scope)).items() if v is not None}


@needs_libreoffice
@pytest.mark.layout
def test_pdf_of_a_built_document(tmp_path):
    assert run_cli("build", "verksamhetsplan", "--input", str(HARNOSAND), "--output", str(tmp_path)).exit_code == 0
    result = run_cli("pdf", str(tmp_path / "verksamhetsplan-2022.docx"))
    assert result.exit_code == 0, result.output
    assert lo.page_count(tmp_path / "verksamhetsplan-2022.pdf") >= 8


def test_a_page_ending_in_a_heading_is_found():
    """The check of the laid-out PDF finds what it looks for (stand-ins for the PDF and the document)."""
    from types import SimpleNamespace as Stub

    pages = ["Förvaltningsberättelse\nText om året.\nOm förbundet\nFörbundet Sjöbygden · sida 1\n1",
             "Förbundet bildades 2009.\nFörbundet Sjöbygden · sida 2\n2",
             "Slut.\nFörbundet Sjöbygden · sida 3\n3"]
    reader = Stub(pages=[Stub(extract_text=lambda text=text: text) for text in pages])
    heading = Stub(name="Heading 2")
    document = Stub(paragraphs=[Stub(text="Om förbundet", style=heading), Stub(text="Text", style=Stub(name="Normal"))])
    assert _pages_ending_in_a_heading(reader, document) == [(1, "Om förbundet")]


@needs_libreoffice
@pytest.mark.layout
def test_a_heading_left_at_the_foot_of_a_page_is_found_as_pypdf_finds_it(tmp_path, monkeypatch):
    """A heading not kept with the text after it (which starts a page) ends its page as the lines before it grow;
    the quick reading (qpdf) finds it where pypdf's text extraction does, and nothing while the heading is higher
    up or on the next page."""
    found = []
    for lines in range(19, 26):
        document = docx.Document()
        document.add_heading("Första rubriken", 1)
        for n in range(lines):
            document.add_paragraph(f"Rad {n} med vanlig brödtext som fyller sidan.")
        document.add_heading("Rubriken längst ned", 1).paragraph_format.keep_with_next = False
        document.add_paragraph("Texten efter rubriken.").paragraph_format.page_break_before = True
        folder = tmp_path / str(lines)
        folder.mkdir()
        document.save(folder / "rubrik.docx")
        pdf = lo.to_pdf(folder / "rubrik.docx")
        quick = lo.headings_ending_pages(pdf)
        with monkeypatch.context() as patched:
            patched.setattr(lo, "_placed_texts", lambda pdf, pages: {})
            assert lo.headings_ending_pages(pdf) == quick
        found.append(quick)
    assert ["Rubriken längst ned"] in found and [] in found
