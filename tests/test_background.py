"""Charts drawn in forked children while the build goes on (pipeline/machinery/background.py)."""
from __future__ import annotations

import gc
import io
import os
import struct
import time
import zipfile
from pathlib import Path

import pytest

from pipeline.machinery import background, timing
from conftest import JAMTLAND, run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="without fork the bytes are made when asked for")


def _children() -> set[int]:
    """The processes whose parent is this one (zombies included)."""
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(os.getpid()):
            found.add(int(fields["Pid"]))
    return found


def test_the_bytes_are_made_in_another_process_and_no_child_is_left():
    before = _children()
    pending = [background.Pending(lambda i=i: f"{i}:{os.getpid()}".encode() * 10_000)
               for i in range(background.AT_ONCE + 3)]  # more than run at once
    results = [p.result().decode() for p in pending]
    assert [r[:r.index(":")] for r in results] == [str(i) for i in range(len(pending))]
    assert all(f":{os.getpid()}" not in r for r in results)  # made in children
    assert results[0] == pending[0].result().decode()  # asked again: the same bytes, nothing made anew
    assert _children() == before
    assert timing._helpers_mb > 0  # each child's peak memory reaches the benchmark's record


def test_a_child_yields_the_cores_to_the_build():
    here = os.getpriority(os.PRIO_PROCESS, 0)
    there = background.Pending(lambda: str(os.getpriority(os.PRIO_PROCESS, 0)).encode()).result()
    assert int(there) == min(here + background.NICE, 19)


def test_an_error_in_the_child_shows_as_it_would_have_here():
    def failing() -> bytes:
        raise ValueError("ritades inte")

    with pytest.raises(ValueError, match="ritades inte"):
        background.Pending(failing).result()


def test_a_child_whose_bytes_are_not_wanted_is_stopped():
    before = _children()
    pending = background.Pending(lambda: time.sleep(30) or b"")
    assert _children() - before
    background._running.remove(pending)  # as when the build that started it ends without asking
    del pending
    gc.collect()
    assert _children() == before


def _png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def test_every_chart_is_in_the_document_in_place_of_its_placeholder(tmp_path, monkeypatch):
    from pipeline.machinery import files

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))  # nothing drawn before: every chart is drawn now
    assert run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path),
                   "--no-layout").exit_code == 0
    drawn = sorted((tmp_path / "cache" / "charts").glob("*.png"))
    assert drawn
    with zipfile.ZipFile(next(tmp_path.glob("*.docx"))) as docx:
        media = [docx.read(n) for n in docx.namelist() if n.startswith("word/media/") and n.endswith(".png")]
    assert sorted(media) == sorted(files.kept("charts", p.name) for p in drawn)
    assert all(_png_size(m)[0] > 100 for m in media)
    from PIL import Image

    assert all(Image.open(io.BytesIO(m)).size == _png_size(m) for m in media)
    # built again, every chart from the cache: the same document, byte for byte
    drawn_now = next(tmp_path.glob("*.docx")).read_bytes()
    assert run_cli("build", "arsredovisning", "--input", str(JAMTLAND), "--output", str(tmp_path / "again"),
                   "--no-layout").exit_code == 0
    assert next((tmp_path / "again").glob("*.docx")).read_bytes() == drawn_now


def test_the_same_chart_twice_is_drawn_once(tmp_path, monkeypatch):
    from pipeline.present import charts

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path))
    first = charts.stacked_shares(["Styrelse (n=5)"], [[0, 0, 100]], "fråga 1")
    second = charts.stacked_shares(["Styrelse (n=5)"], [[0, 0, 100]], "fråga 2")
    assert second.image is first.image and second.description != first.description


def test_two_charts_that_look_alike_are_two_pictures_whether_drawn_now_or_before(tmp_path, monkeypatch):
    """python-docx makes one picture of equal pixels; it must not depend on whether a chart was drawn now."""
    from docx import Document

    from pipeline.present import charts
    from pipeline.render.docx import render

    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path / "cache"))
    template = tmp_path / "mall.docx"
    document = Document()
    document.add_paragraph("{{ a }}")
    document.add_paragraph("{{ b }}")
    document.save(template)

    def context() -> dict:  # the third colour is not used: the same pixels, another chart
        return {name: charts.counts_by_group(["2024", "2025"], [("Kvinnor", [3, 4]), ("Män", [2, 5])], "SUS",
                                             colours=("#1F3A5F", "#7697C0", colour))
                for name, colour in (("a", "#C8553D"), ("b", "#6A994E"))}

    pictures = context()
    assert isinstance(pictures["a"].image, background.Pending)  # being drawn
    render(template, pictures, tmp_path / "now.docx", layout=False)
    before = context()  # the same again, from the cache
    assert before["a"].image == before["b"].image and before["a"].name != before["b"].name
    render(template, before, tmp_path / "before.docx", layout=False)
    assert (tmp_path / "now.docx").read_bytes() == (tmp_path / "before.docx").read_bytes()
