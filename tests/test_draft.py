"""Draft or final, visibly: a document that lacks a part the law or RKR asks for is marked UTKAST on its first
page and in every header, and the build ends by listing why; a complete document carries no mark."""
from __future__ import annotations

import docx

from conftest import HARNOSAND, JAMTLAND, ROOT, run_cli, set_fact

NORRSKOGEN = ROOT / "examples" / "norrskogen-2025"


def _marks(path) -> tuple[bool, list[bool]]:
    """Whether the first paragraph reads UTKAST, and for each section whether its header's first line does."""
    document = docx.Document(path)
    headers = [bool(s.header.paragraphs) and s.header.paragraphs[0].text == "UTKAST" for s in document.sections]
    return document.paragraphs[0].text == "UTKAST", headers


def _unmarked(path) -> bool:
    document = docx.Document(path)
    texts = [p.text for p in document.paragraphs] + [p.text for s in document.sections
                                                     for h in (s.header, s.first_page_header, s.even_page_header)
                                                     for p in h.paragraphs]
    return "UTKAST" not in texts


def _build(key: str, folder, out, *extra: str):
    return run_cli("build", key, "--input", str(folder), "--output", str(out), *extra)


def test_an_arsredovisning_without_the_laws_parts_is_an_utkast_and_says_why(tmp_path):
    result = _build("arsredovisning", JAMTLAND, tmp_path, "--if-changed")
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().splitlines()[-1] == (
        "arsredovisning-2021.docx är märkt UTKAST eftersom det saknar: styrelsens samlade bedömning av om "
        "förbundet har haft en god ekonomisk hushållning; väsentliga händelser efter räkenskapsårets slut (eller att "
        "inga har inträffat); balanskravsutredning (eller skälet till att balanskravet inte gäller); styrelsens plan "
        "för eget kapital över 20 % av intäkterna.")
    assert _marks(tmp_path / "arsredovisning-2021.docx") == (True, [True])
    # Asked again with nothing changed, the document is current, and still said to be an UTKAST.
    again = _build("arsredovisning", JAMTLAND, tmp_path, "--if-changed")
    assert "är redan byggt" in again.output
    assert again.output.rstrip().endswith("styrelsens plan för eget kapital över 20 % av intäkterna.")


def test_check_says_which_documents_will_be_an_utkast():
    result = run_cli("check", "--input", str(HARNOSAND))
    assert result.exit_code == 0
    assert ("delarsrapport-2021.docx blir märkt UTKAST eftersom det saknar: resultaträkningens jämförelse med samma "
            "period 2020 (RKR R17).") in result.output.splitlines()
    assert "verksamhetsplan-2022.docx blir" not in result.output and "protokoll-2023-11-24.docx blir" not in \
        result.output


def test_a_complete_arsredovisning_carries_no_mark(tmp_path):
    result = _build("arsredovisning", NORRSKOGEN, tmp_path)
    assert result.exit_code == 0, result.output
    assert "UTKAST" not in result.output
    assert _unmarked(tmp_path / "arsredovisning-2025.docx")


def test_one_missing_part_makes_a_complete_arsredovisning_an_utkast(input_copy, tmp_path):
    folder = input_copy(NORRSKOGEN)
    set_fact(folder, "forbundet.xlsx", "Uppgifter", "Balanskravsutredning", None)
    draft = _build("arsredovisning", folder, tmp_path / "draft")
    assert draft.output.rstrip().endswith("arsredovisning-2025.docx är märkt UTKAST eftersom det saknar: "
                                          "balanskravsutredning (eller skälet till att balanskravet inte gäller).")
    assert _marks(tmp_path / "draft" / "arsredovisning-2025.docx") == (True, [True])


def test_a_delarsrapport_without_the_same_period_before_is_an_utkast(tmp_path):
    result = _build("delarsrapport", HARNOSAND, tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("delarsrapport-2021.docx är märkt UTKAST eftersom det saknar: "
                                           "resultaträkningens jämförelse med samma period 2020 (RKR R17).")
    assert _marks(tmp_path / "delarsrapport-2021.docx") == (True, [True])
    complete = _build("delarsrapport", NORRSKOGEN, tmp_path)
    assert complete.exit_code == 0 and "UTKAST" not in complete.output
    assert _unmarked(tmp_path / "delarsrapport-2025.docx")


def test_a_protokoll_without_justerare_is_an_utkast(input_copy, tmp_path):
    assert _build("protokoll", HARNOSAND, tmp_path / "complete").exit_code == 0
    assert _unmarked(tmp_path / "complete" / "protokoll-2023-11-24.docx")  # a missing Tid is only a line to fill in
    folder = input_copy(HARNOSAND)
    set_fact(folder, "sammantraden/2023-11-24.xlsx", "Möte", "Justerare", None)
    result = _build("protokoll", folder, tmp_path / "draft")
    assert result.exit_code == 0, result.output
    assert "Varning: sammantraden/2023-11-24.xlsx, blad Möte, cell B5: justerare saknas; underskriften lämnas tom " \
           "i protokollet." in result.output
    assert result.output.rstrip().endswith("protokoll-2023-11-24.docx är märkt UTKAST eftersom det saknar: "
                                           "justerare.")
    assert _marks(tmp_path / "draft" / "protokoll-2023-11-24.docx") == (True, [True])


def test_a_kallelse_without_its_time_is_an_utkast(input_copy, tmp_path):
    folder = input_copy(HARNOSAND)
    set_fact(folder, "sammantraden/2023-11-24.xlsx", "Möte", "Plats", None)
    result = _build("dagordning", folder, tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("dagordning-2023-11-24.docx är märkt UTKAST eftersom det saknar: plats; "
                                           "tid.")
    assert _marks(tmp_path / "dagordning-2023-11-24.docx") == (True, [True])
