"""Each document with rounded amounts says how they are rounded; a change of means reads as the printed means do."""
from __future__ import annotations

from decimal import Decimal

import docx
import pytest

from conftest import JAMTLAND, ROOT, SJOBYGDEN, run_cli
from pipeline.compute.surveys import MeanRow, MeanTable
from pipeline.enums import RespondentGroup

SENTENCE = ("Beloppen i tabellerna är avrundade till den enhet tabellen visar (tkr eller kronor) så att varje summa är "
            "summan av de visade beloppen och varje belopp skiljer sig från det exakta med mindre än en enhet.")


@pytest.mark.parametrize("key, folder, name, after", [
    ("arsredovisning", JAMTLAND, "arsredovisning-2021.docx", "Redovisningsprinciper"),
    ("delarsrapport", ROOT / "examples" / "norrskogen-2025", "delarsrapport-2025.docx", "Redovisningsprinciper"),
    ("verksamhetsplan", SJOBYGDEN, "verksamhetsplan-2027.docx", "Ekonomi"),
])
def test_each_document_says_how_its_amounts_are_rounded(tmp_path, key, folder, name, after):
    result = run_cli("build", key, "--input", str(folder), "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    texts = [p.text for p in docx.Document(tmp_path / name).paragraphs]
    assert texts.count(SENTENCE) == 1
    at = texts.index(SENTENCE)
    assert texts[at - 1] == "Avrundning"
    assert after in texts[:at]  # in the section that says how the figures are made


def test_the_change_of_means_is_the_change_of_the_printed_means():
    from pipeline.present.activity import mean_table

    group = RespondentGroup("deltagare i pågående insats")
    table = MeanTable("F1", "Jag får det stöd jag behöver", (2024, 2025),
                      [MeanRow(group, group, None, (Decimal("4.24"), Decimal("4.46")), Decimal("4.24"), 30, None, None,
                               None)], 1)
    row = mean_table(table).rows[0].cells
    assert row[1:4] == ["4,2", "4,5", "+0,3"]  # not the exact +0,2
    board = RespondentGroup("styrelse")
    falling = MeanTable(None, "", (2024, 2025), [MeanRow(board, board, None, (Decimal("4.46"), Decimal("4.24")),
                                                         Decimal("4.46"), None, None, None, None)], 1)
    assert mean_table(falling).rows[0].cells[1:4] == ["4,5", "4,2", "\u22120,3"]
