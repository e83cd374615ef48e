"""Templates a förbund owns: the .docx is the source, a template per förbund, the template check."""
from __future__ import annotations

import io
import shutil
import subprocess

import docx
from docx.oxml.ns import qn
import pytest

from conftest import JAMTLAND, ROOT, SJOBYGDEN, needs_make, plain, run_cli, table_after, text_of
from pipeline.build import template_problems
from pipeline.documents import registry
from pipeline.render import layout as lo

needs_libreoffice = pytest.mark.skipif(lo.soffice() is None, reason="LibreOffice is not installed")


@pytest.fixture
def forbund(tmp_path):
    folder = tmp_path / "Mitt förbund"
    shutil.copytree(SJOBYGDEN, folder)
    return folder


def _own(folder, key: str = "arsredovisning"):
    result = run_cli("mall", key, "--input", str(folder))
    assert result.exit_code == 0, result.output
    return folder / "mallar" / f"{key}.docx"


def _build(folder, out, key: str = "arsredovisning"):
    return run_cli("build", key, "--input", str(folder), "--output", str(out))


def _lines(document) -> list[str]:
    """Every paragraph and table cell of a document, in order, as printed text (a soft hyphen, which
    LibreOffice writes as an element of its own, is left out)."""
    lines = []
    children = []
    for child in document.element.body.iterchildren():  # a content control (LibreOffice's TOC) counts as its content
        children += child.findall(".//{*}sdtContent/*") if child.tag.endswith("}sdt") else [child]
    for child in children:
        tag = child.tag.split("}")[1]
        if tag == "p":
            lines.append(docx.text.paragraph.Paragraph(child, document).text)
        elif tag == "tbl":
            for row in docx.table.Table(child, document).rows:
                lines.append(" | ".join(c.text for c in row.cells))
    return [line.replace("\u00ad", "") for line in lines]


def _section(document, opening: str) -> list:
    """The body's paragraphs and tables from `opening` (an {%p if … %}) to its own {%p endif %}, as staff
    select a section (its elements, to remove)."""
    body = list(document.element.body.iterchildren())
    text = lambda e: "".join(t.text or "" for t in e.iter(qn("w:t"))) if e.tag == qn("w:p") else None  # noqa: E731
    start = next(i for i, e in enumerate(body) if text(e) == opening)
    depth = 0
    for i, e in enumerate(body[start:], start):
        line = text(e) or ""
        depth += line.startswith("{%p if ") - (line == "{%p endif %}")
        if depth == 0:
            return body[start:i + 1]
    raise AssertionError(f"{opening} is never closed")


def _insert_after(document, text: str, new_text: str, style: str | None = None):
    """A paragraph `new_text` right after the first body paragraph whose text is `text`."""
    anchor = next(p for p in document.paragraphs if p.text == text)
    paragraph = document.add_paragraph(new_text, style=style)
    anchor._p.addnext(paragraph._p)
    return paragraph


# --- the .docx is the source ------------------------------------------------------------------------

def test_no_generator_in_the_project_and_no_prose_left_in_python():
    assert not (ROOT / "tools" / "templates").exists()
    assert "templates:" not in (ROOT / "Makefile").read_text(encoding="utf-8")
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py"))
    for sentence in ("Förbundet redovisar avsättningar för pensionsförpliktelser", "redovisas inom linjen",
                     "Den 1 januari 2004 trädde lagen", "Vi intygar att", "har fastställt årsredovisningen"):
        assert sentence not in code


def test_init_writes_the_default_principles_as_the_forbunds_own_texts(tmp_path):
    import openpyxl

    assert run_cli("init", str(tmp_path / "nytt")).exit_code == 0
    texts = list(openpyxl.load_workbook(tmp_path / "nytt" / "verksamhet.xlsx")["Texter"].iter_rows(values_only=True))
    principles = [r for r in texts[1:] if r[2] == "Redovisningsprinciper" and r[0] == "Årsredovisning"]
    assert [r[3] for r in principles] == ["Allmänt", "Pensioner", "Avsättningar och ansvarsförbindelser",
                                          "Materiella anläggningstillgångar"]
    assert all(r[1] is None for r in principles)  # for every year
    assert "RKR R10 Pensioner" in principles[1][4]
    interim = [r[4] for r in texts[1:] if r[2] == "Redovisningsprinciper" and r[0] == "Delårsrapport"]
    assert interim and "RKR R17 Delårsrapport" in interim[0]


def test_the_forbunds_principles_replace_the_default(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    import openpyxl

    wb = openpyxl.load_workbook(folder / "verksamhet.xlsx")
    ws = wb["Texter"]
    for r in range(ws.max_row, 1, -1):
        if ws.cell(r, 3).value == "Redovisningsprinciper":
            ws.delete_rows(r)
    ws.append(["Årsredovisning", 2021, "Redovisningsprinciper", "Våra principer",
               "Förbundet har inga egna anställda och redovisar därför inga pensionsförpliktelser."])
    wb.save(folder / "verksamhet.xlsx")
    assert _build(folder, tmp_path).exit_code == 0
    text = text_of(docx.Document(tmp_path / "arsredovisning-2021.docx"))
    assert "Förbundet har inga egna anställda och redovisar därför inga pensionsförpliktelser." in text
    assert "RKR R10" not in text


# --- a template per förbund -------------------------------------------------------------------------

def test_a_forbunds_own_template_with_a_paragraph_added(forbund, tmp_path):
    template = _own(forbund)
    assert template.read_bytes() == registry()["arsredovisning"].template.read_bytes()
    edited = docx.Document(template)
    _insert_after(edited, "Förvaltningsberättelse", "Vår egen inledning för {{ forbund.name }} år {{ year }}.")
    edited.save(template)
    assert _build(forbund, tmp_path / "out").exit_code == 0
    text = text_of(docx.Document(tmp_path / "out" / "arsredovisning-2025.docx"))
    assert "Vår egen inledning för Samordningsförbundet Sjöbygden år 2025." in text
    assert _build(SJOBYGDEN, tmp_path / "default").exit_code == 0
    assert "Vår egen inledning" not in text_of(docx.Document(tmp_path / "default" / "arsredovisning-2025.docx"))


def test_mall_never_overwrites_a_forbunds_template(forbund):
    template = _own(forbund)
    template.write_bytes(b"mine")
    again = run_cli("mall", "arsredovisning", "--input", str(forbund))
    assert again.exit_code == 1 and "finns redan och lämnades orörd" in again.output
    assert template.read_bytes() == b"mine"


def test_an_unknown_variable_stops_check_and_build_with_the_same_message(forbund, tmp_path):
    template = _own(forbund)
    edited = docx.Document(template)
    _insert_after(edited, "Förvaltningsberättelse", "Här står {{ finns_inte }} och {{ forbund.namn }}.")
    edited.save(template)
    check = run_cli("check", "--input", str(forbund))
    assert check.exit_code == 1
    assert ('Fel: mallar/arsredovisning.docx: stycke 31 ("Här står {{ finns_inte }} och {{ forbund.namn }}."): '
            'okänd variabel "finns_inte".') in check.output
    assert 'okänd variabel "forbund.namn". Menade du "forbund.name"?' in check.output
    build = _build(forbund, tmp_path / "out")
    assert build.exit_code == 1
    assert "Traceback" not in build.output
    assert 'mallar/arsredovisning.docx: stycke 31 ("Här står {{ finns_inte }}' in build.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("text, message", [
    ("Börjar {{ year", 'en tagg är inte hel ("{{" utan sin motsvarighet i samma stycke)'),
    ("{{ year|valuta }}", 'okänt filter "valuta"'),
    ("{%p for r in income.rows %}", "{% for %} avslutas aldrig med {% endfor %}"),
    ("{%p endif %}", "{% endif %} utan ett öppnande {% if %} före"),
    ("{{ income.rows[0].style == \u2018summa\u2019 }}", "typografiska citattecken"),
    ("{{ year + }}", "taggen {{ year + }} kan inte tolkas"),
])
def test_the_template_check_names_what_word_and_typing_break(forbund, text, message):
    template = _own(forbund)
    edited = docx.Document(template)
    _insert_after(edited, "Förvaltningsberättelse", text)
    edited.save(template)
    found = [str(p) for p in template_problems(registry()["arsredovisning"], forbund)]
    assert any(message in p and p.startswith("Fel: mallar/arsredovisning.docx: stycke 31") for p in found), found


def _remove_signatures(template) -> None:
    edited = docx.Document(template)
    paragraphs = edited.paragraphs
    loop = next(i for i, p in enumerate(paragraphs) if "for pair in signatures" in p.text)
    block = paragraphs[loop:loop + 8]  # for pair, for person, if, name, role, endif, endfor, endfor
    assert block[-1].text == "{%p endfor %}"
    for paragraph in block + [p for p in paragraphs if "signatures" in p.text]:
        if paragraph._p.getparent() is not None:
            paragraph._p.getparent().remove(paragraph._p)
    edited.save(template)


@pytest.mark.parametrize("key", ["arsredovisning", "delarsrapport"])
def test_a_template_without_the_signatures_is_an_error(forbund, tmp_path, key):
    _remove_signatures(_own(forbund, key))
    result = _build(forbund, tmp_path / "out", key)
    assert result.exit_code == 1
    assert (f"Fel: mallar/{key}.docx: mallen använder inte signatures (underskrifterna), så dokumentet kan inte "
            "skrivas under. Lägg in underskriftsdelen, t.ex. från standardmallen.") in result.output
    assert not (tmp_path / "out").exists()


def test_a_protokoll_template_without_the_signatures_is_an_error(tmp_path):
    from conftest import HARNOSAND

    folder = tmp_path / "f"
    shutil.copytree(HARNOSAND, folder)
    template = _own(folder, "protokoll")
    edited = docx.Document(template)
    for paragraph in [p for p in edited.paragraphs if "signers" in p.text or "person" in p.text]:
        paragraph._p.getparent().remove(paragraph._p)
    edited.save(template)
    found = [str(p) for p in template_problems(registry()["protokoll"], folder)]
    assert "Fel: mallar/protokoll.docx: mallen använder inte signers (underskrifterna), så dokumentet kan inte " \
           "skrivas under. Lägg in underskriftsdelen, t.ex. från standardmallen." in found


def test_a_template_without_a_required_part_makes_an_utkast(forbund, tmp_path):
    template = _own(forbund)
    edited = docx.Document(template)
    for paragraph in [p for p in edited.paragraphs if "cash_flow" in p.text]:
        paragraph._p.getparent().remove(paragraph._p)
    for table in [t for t in edited.tables if "cash_flow" in "".join(c.text for r in t.rows for c in r.cells)]:
        table._tbl.getparent().remove(table._tbl)
    edited.save(template)
    result = _build(forbund, tmp_path)
    assert result.exit_code == 0, result.output
    assert ("Varning: mallar/arsredovisning.docx: mallen använder inte cash_flow (kassaflödesanalysen); den delen "
            "saknas i dokumentet.") in result.output
    assert result.output.rstrip().endswith("arsredovisning-2025.docx är märkt UTKAST eftersom det saknar: "
                                           "kassaflödesanalysen.")
    built = docx.Document(tmp_path / "arsredovisning-2025.docx")
    assert built.paragraphs[0].text == "UTKAST"
    assert [p.text for p in built.sections[0].header.paragraphs][0] == "UTKAST"


@pytest.mark.parametrize("name, expected", [
    ("årsredovisning.docx", "mallen används bara om den heter arsredovisning.docx (små bokstäver, utan å, ä och ö). "
                            "Byt namn på filen till arsredovisning.docx."),
    ("Arsredovisning.docx", "mallen används bara om den heter arsredovisning.docx (små bokstäver, utan å, ä och ö). "
                            "Byt namn på filen till arsredovisning.docx."),
    ("arsredovisning.dotx", "mallen är sparad som .dotx, inte som Word-dokument (.docx), och används inte. Öppna den "
                            "i Word och spara den som Word-dokument med namnet arsredovisning.docx."),
    ("Årsredovisning.docm", "mallen är sparad som .docm, inte som Word-dokument (.docx), och används inte. Öppna den "
                            "i Word och spara den som Word-dokument med namnet arsredovisning.docx."),
    ("Kallelse.docx", "mallen används bara om den heter dagordning.docx (små bokstäver, utan å, ä och ö). Byt namn "
                      "på filen till dagordning.docx."),
    ("gammal mall.docx", "filen är ingen mall för något dokument och används inte. En mall heter som dokumentet: "
                         "arsredovisning.docx, dagordning.docx, delarsrapport.docx, protokoll.docx, "
                         "verksamhetsplan.docx."),
])
def test_a_template_named_otherwise_is_an_error_naming_the_name(forbund, tmp_path, name, expected):
    (forbund / "mallar").mkdir()
    shutil.copy(registry()["arsredovisning"].template, forbund / "mallar" / name)
    (forbund / "mallar" / "~$gammal.docx").write_bytes(b"Word's lock file")
    check = run_cli("check", "--input", str(forbund))
    assert check.exit_code == 1
    assert f"Fel: mallar/{name}: {expected}" in check.output
    assert "~$gammal" not in check.output
    build = _build(forbund, tmp_path / "out")
    assert build.exit_code == 1 and f"Fel: mallar/{name}: {expected}" in build.output
    assert not (tmp_path / "out").exists()


def test_the_template_of_another_document_is_named_as_such(forbund, tmp_path):
    (forbund / "mallar").mkdir()
    shutil.copy(registry()["delarsrapport"].template, forbund / "mallar" / "arsredovisning.docx")
    result = _build(forbund, tmp_path / "out")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Fel:")]
    assert errors == ["Fel: mallar/arsredovisning.docx: mallen är gjord för ett annat dokument, delårsrapport, inte "
                      "för årsredovisning. Flytta den till mallar/delarsrapport.docx; årsredovisning använder då "
                      "standardmallen."]


def test_a_template_that_is_not_a_word_document(forbund, tmp_path):
    template = _own(forbund)
    template.write_bytes(b"not a docx")
    result = _build(forbund, tmp_path / "out")
    assert result.exit_code == 1
    assert "mallar/arsredovisning.docx: mallen kan inte öppnas som ett Word-dokument" in result.output
    assert not (tmp_path / "out").exists()


@needs_make
def test_make_mall_and_a_changed_template_rebuilds(forbund, tmp_path):
    def make(*args):
        return subprocess.run(["make", "--no-print-directory", *args, f"INPUT={forbund}", f"OUTPUT={tmp_path}"],
                              cwd=ROOT, capture_output=True, text=True)

    assert make("arsredovisning").returncode == 0
    assert "redan byggt" in make("arsredovisning").stdout
    made = make("mall", "DOC=arsredovisning")
    assert made.returncode == 0 and (forbund / "mallar" / "arsredovisning.docx").exists()
    assert "redan byggt" not in make("arsredovisning").stdout  # a template now in the folder
    edited = docx.Document(forbund / "mallar" / "arsredovisning.docx")
    _insert_after(edited, "Förvaltningsberättelse", "Ändrad mall.")
    edited.save(forbund / "mallar" / "arsredovisning.docx")
    assert make("arsredovisning").stdout.strip().endswith("arsredovisning-2025.docx")
    assert "Ändrad mall." in text_of(docx.Document(tmp_path / "arsredovisning-2025.docx"))
    _insert_after(edited, "Förvaltningsberättelse", "{{ finns_inte }}")
    edited.save(forbund / "mallar" / "arsredovisning.docx")
    check = make("check")
    assert check.returncode != 0
    assert 'mallar/arsredovisning.docx: stycke 31 ("{{ finns_inte }}"): okänd variabel "finns_inte".' in check.stderr


def test_reference_pages_are_current():
    from pipeline.commands.reference import PAGES, ROOT as SOURCE

    if SOURCE != ROOT:
        pytest.skip("the pages belong to the source checkout; this run tests the package pip installed (Windows CI)")

    for path, make_page in PAGES.items():
        assert path.read_text(encoding="utf-8") == make_page(), f"docs/{path.name} is out of date: run make docs"


# --- robust to real editing ---------------------------------------------------------------------------

def _built_lines(folder, out, key: str) -> list[str]:
    result = _build(folder, out, key)
    assert result.exit_code == 0, result.output
    [built] = out.glob(f"{key}-*.docx")
    return _lines(docx.Document(built))


@needs_libreoffice
@pytest.mark.layout
@pytest.mark.parametrize("key", sorted(registry()))
def test_a_template_saved_again_by_libreoffice_gives_the_same_document(forbund, tmp_path, key):
    """As an editor rewrites a file: runs split and merged, styles renamed. The text and table cells
    of the document built from it are those of the document built from the original."""
    original = _built_lines(forbund, tmp_path / "a", key)
    saved = tmp_path / "saved"
    saved.mkdir()
    subprocess.run([lo.soffice(), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved),
                    str(registry()[key].template)], check=True, capture_output=True, timeout=120)
    (forbund / "mallar").mkdir(exist_ok=True)
    shutil.copyfile(saved / f"{key}.docx", forbund / "mallar" / f"{key}.docx")
    assert template_problems(registry()[key], forbund) == []
    assert _built_lines(forbund, tmp_path / "b", key) == original


def test_the_edits_staff_make_show_and_change_nothing_else(forbund, tmp_path):
    """Retitle and restyle a heading, delete a section, add a paragraph with a variable, change a
    table's style, put a logo of its own on the title page."""
    from docx.enum.style import WD_STYLE_TYPE

    from pipeline.present.charts import stacked_shares

    original = _built_lines(forbund, tmp_path / "a", "arsredovisning")
    template = _own(forbund)
    edited = docx.Document(template)
    heading = next(p for p in edited.paragraphs if p.text == "Förväntad utveckling")
    heading.text, heading.style = "Framtiden", edited.styles["Heading 1"]
    for element in _section(edited, "{%p if governance or board.members %}"):
        element.getparent().remove(element)
    _insert_after(edited, "Översikt över verksamhetens utveckling", "Förbundet har säte i {{ forbund.seat }}.")
    style = edited.styles.add_style("Förbundets tabell", WD_STYLE_TYPE.TABLE)
    overview_table = edited.tables[1]
    overview_table.style = style
    logo = io.BytesIO(stacked_shares(["Logo"], [[0, 0, 100]], "logo").png)
    edited.paragraphs[0].insert_paragraph_before().add_run().add_picture(logo)
    edited.save(template)
    assert template_problems(registry()["arsredovisning"], forbund) == []

    changed = _built_lines(forbund, tmp_path / "b", "arsredovisning")
    document = docx.Document(tmp_path / "b" / "arsredovisning-2025.docx")
    assert "Framtiden" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Styrning och uppföljning av verksamheten" not in changed
    assert "Förbundet har säte i Sjöby." in changed
    assert any(t.style is not None and t.style.name == "Förbundets tabell" for t in document.tables)
    assert document.element.body[0].findall(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    body = lambda lines, text: len(lines) - 1 - lines[::-1].index(text)  # noqa: E731 - after the TOC's line
    governance = body(original, "Styrning och uppföljning av verksamheten")
    economy = body(original, "God ekonomisk hushållning och ekonomisk ställning")
    expected = [("Framtiden" if line == "Förväntad utveckling" else line)
                for i, line in enumerate(original) if not governance <= i < economy
                and line != "Styrning och uppföljning av verksamheten"]
    expected.insert(body(expected, "Översikt över verksamhetens utveckling") + 1, "Förbundet har säte i Sjöby.")
    expected.insert(0, "")  # the logo's paragraph
    assert changed == expected


# --- sections follow the data -------------------------------------------------------------------------

def test_a_section_without_texts_is_left_out_with_its_heading_and_toc_line(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    import openpyxl

    wb = openpyxl.load_workbook(folder / "verksamhet.xlsx")
    ws = wb["Texter"]
    for r in range(ws.max_row, 1, -1):
        if ws.cell(r, 3).value in ("Styrning och uppföljning", "Förväntad utveckling"):
            ws.delete_rows(r)
    wb.save(folder / "verksamhet.xlsx")
    result = _build(folder, tmp_path)
    assert result.exit_code == 0
    document = docx.Document(tmp_path / "arsredovisning-2021.docx")
    lines = [p.text for p in document.paragraphs]
    for heading in ("Förväntad utveckling", "Händelser efter räkenskapsårets slut"):
        assert heading not in lines
    assert "Viktiga förhållanden för resultat och ekonomisk ställning samt händelser av väsentlig betydelse" in lines
    # The board comes from forbundet.xlsx, so steering and follow-up keep their heading without a text,
    # and `check` names each part the law asks for that is empty.
    assert "Styrning och uppföljning av verksamheten" in lines and "Styrelsen" in lines
    for part in ("övriga förhållanden som har betydelse för styrningen och uppföljningen av verksamheten",
                 "förbundets förväntade utveckling", "väsentliga händelser efter räkenskapsårets slut"):
        assert f"årsredovisningen 2021 saknar {part}" in result.output


def test_a_note_of_zeros_is_left_out(forbund, tmp_path):
    """Sjöbygden has no inventarier: a note for them would read "Summa 0 0", so it is not shown."""
    import openpyxl

    wb = openpyxl.load_workbook(forbund / "redovisning.xlsx")
    wb["Noter"].append([7, "Inventarier", "konton", "kr"])
    line = next(r for r in wb["Rapportrader"].iter_rows(min_row=2) if r[1].value == "Inventarier")
    line[4].value = 7
    wb.save(forbund / "redovisning.xlsx")
    assert _build(forbund, tmp_path).exit_code == 0
    document = docx.Document(tmp_path / "arsredovisning-2025.docx")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert "Not 3 Omsättningstillgångar" in headings
    assert not any(h.startswith("Not 7") for h in headings)
    assert "Inventarier" not in [r[0] for r in table_after(document, "Balansräkning")]


def test_a_date_in_a_table_does_not_break_at_its_hyphens(tmp_path):
    from pipeline.render.oxml import keep_dates_whole

    assert run_cli("build", "delarsrapport", "--input", str(SJOBYGDEN), "--output", str(tmp_path)).exit_code == 0
    document = docx.Document(next(tmp_path.glob("delarsrapport-*.docx")))
    heading = next(c for t in document.tables for c in t.rows[0].cells if c.text.startswith("Utfall 2026"))
    joined = "\u2060-\u2060"  # a hyphen with word joiners: no line break beside it
    assert heading.text == f"Utfall 2026{joined}01{joined}01–2026{joined}06{joined}30"
    assert plain(heading.text) == "Utfall 2026-01-01–2026-06-30"  # what the reader sees
    # outside tables dates are left as they are (headings are compared with the PDF's bookmarks)
    other = docx.Document()
    other.add_paragraph("Sammanträde 2026-11-20")
    keep_dates_whole(other)
    assert other.paragraphs[0].text == "Sammanträde 2026-11-20"
