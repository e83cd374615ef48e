"""Documents a public body may publish (lag 2018:1937, WCAG 2.1 AA): properties, language, text
alternatives, heading order, table headers, contrast; the laid-out PDF is checked in test_layout."""
from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
import pytest
from docx.oxml.ns import qn

from conftest import EXAMPLES, JAMTLAND, loaded, instances, run_cli, set_fact
from pipeline.contrast import GRAPHICS, TEXT, passing, ratio, text_on
from pipeline.present.charts import DEFAULT_COLOURS, SURVEY_COLOURS
from pipeline.render.accessibility import docx_problems


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every document of every example, as .docx (without LibreOffice)."""
    out = tmp_path_factory.mktemp("accessible")
    found = []
    for folder in EXAMPLES:
        for doc, scope in instances(loaded(folder)):
            target = out / folder.name
            result = run_cli("build", doc.key, "--input", str(folder), "--output", str(target), "--id", scope.ident,
                             "--no-layout")
            assert result.exit_code == 0, result.output
            found.append((folder.name, doc, scope, docx.Document(target / doc.filename(scope))))
    return found


def test_every_document_passes_the_checks(built):
    for name, doc, scope, document in built:
        assert docx_problems(document) == [], (name, doc.key)


def test_properties_come_from_the_data(built):
    titles = {}
    for name, doc, scope, document in built:
        core = document.core_properties
        assert core.author == core.last_modified_by == loaded_names()[name]
        assert core.created == core.modified == datetime(scope.day.year, scope.day.month, scope.day.day, tzinfo=UTC)
        assert core.language == "sv-SE" and "samordningsförbund" in core.keywords
        titles[(name, doc.key)] = core.title
        langs = {e.get(qn("w:val")) for e in document.styles.element.iter(qn("w:lang"))}
        assert langs == {"sv-SE"}
    assert titles[("jamtland-2021", "arsredovisning")] == "Årsredovisning 2021"
    assert titles[("harnosand-timra", "delarsrapport")] == "Delårsrapport januari–juni 2021"
    assert titles[("harnosand-timra", "verksamhetsplan")] == "Verksamhetsplan och budget 2022"
    assert titles[("harnosand-timra", "protokoll")] == "Protokoll 24 november 2023"


def loaded_names() -> dict[str, str]:
    return {folder.name: loaded(folder).forbund.name for folder in EXAMPLES}


def test_every_chart_has_a_text_alternative_from_its_data(built):
    name, doc, scope, document = next(b for b in built if b[:2] == ("jamtland-2021", b[1]) and b[1].key ==
                                      "arsredovisning")
    descriptions = [p.get("descr") for p in document.element.body.iter(qn("wp:docPr"))]
    assert descriptions and all(descriptions)
    assert descriptions[0].startswith("Stapeldiagram: verksamhetens intäkter, kostnader och resultat 2017–2021.")


def test_the_logo_is_named_after_the_forbund(input_copy, tmp_path):
    import openpyxl
    from openpyxl.drawing.image import Image as XlImage

    from pipeline.present.charts import stacked_shares

    folder = input_copy(JAMTLAND)
    wb = openpyxl.load_workbook(folder / "forbundet.xlsx")
    wb["Uppgifter"].add_image(XlImage(io.BytesIO(stacked_shares(["Logo"], [[0, 0, 100]], "logo").png)), "D2")
    wb.save(folder / "forbundet.xlsx")
    assert run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(tmp_path), "--no-layout",
                   ).exit_code == 0
    document = docx.Document(tmp_path / "arsredovisning-2021.docx")
    first = next(document.element.body.iter(qn("wp:docPr")))
    assert first.get("descr") == "Logotyp: Samordningsförbundet Jämtlands län"


# --- contrast ---------------------------------------------------------------------------------------------

def test_contrast_ratios_as_wcag_defines_them():
    assert round(ratio("#000000"), 1) == 21.0 and ratio("#FFFFFF") == 1.0
    assert round(ratio("#767676"), 2) == 4.54  # the lightest grey that passes for text
    assert passing("#1F3A5F", GRAPHICS) == "#1F3A5F"
    lighter = passing("#F2A541", GRAPHICS)
    assert ratio(lighter) >= GRAPHICS and ratio(lighter) < GRAPHICS + 0.1  # just dark enough
    assert text_on("#1F3A5F") == "#FFFFFF" and text_on("#F2F2F2") == "#000000"


def test_the_default_chart_colours_pass():
    for colour in DEFAULT_COLOURS + SURVEY_COLOURS:
        assert ratio(colour) >= GRAPHICS, colour
        assert ratio(text_on(colour), colour) >= TEXT, colour


def test_a_pale_chart_colour_is_a_warning_and_darkened(input_copy, tmp_path):
    folder = input_copy(JAMTLAND)
    set_fact(folder, "forbundet.xlsx", "Uppgifter", "Färger", "#1F3A5F, #F2A541")
    result = run_cli("build", "arsredovisning", "--input", str(folder), "--output", str(tmp_path), "--no-layout")
    assert result.exit_code == 0, result.output
    assert ("Varning: forbundet.xlsx, blad Uppgifter, cell B7: färgen #F2A541 har kontrasten 2,0:1 mot den vita "
            "sidan; diagram behöver minst 3:1 (WCAG 1.4.11)") in result.output
    assert f"Diagrammen använder {passing('#F2A541', GRAPHICS)}" in result.output
    assert loaded(folder).forbund.colours == ("#1F3A5F", passing("#F2A541", GRAPHICS))


# --- the checker finds what it looks for -------------------------------------------------------------------

def test_the_checker_names_each_failure():
    document = docx.Document()
    document.add_paragraph("Rapport", style="Title")
    document.add_paragraph("Avsnitt", style="Heading 2")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Post"
    document.add_picture(io.BytesIO(_png()))
    found = docx_problems(document)
    assert "dokumentet saknar titel (Arkiv → Egenskaper)." in found
    assert "dokumentet saknar författare (förbundets namn)." in found
    assert 'rubriken "Avsnitt" (Heading 2) hoppar över en rubriknivå efter nivå 0.' in found
    assert 'ett tomt stycke används som mellanrum (efter "Avsnitt"); använd avstånd före/efter i formatmallen.' in found
    assert 'tabellen som börjar "Post" har ingen markerad rubrikrad (Upprepa som rubrikrad).' in found
    assert any(f.startswith("bilden") and f.endswith("saknar alternativtext.") for f in found)


def _png() -> bytes:
    from pipeline.present.charts import stacked_shares

    return stacked_shares(["x"], [[0, 0, 100]], "x").png
