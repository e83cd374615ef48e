"""Finishing a rendered document with LibreOffice: TOC page numbers, and a PDF.

LibreOffice lays the .docx out as a PDF; the PDF's bookmarks tell on which page
each heading landed, and those numbers are written into the document's own table
of contents. The .docx itself is never saved by LibreOffice, so it stays exactly
what the template made (and byte-identical between builds).
"""
from __future__ import annotations

import fcntl
import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path


TIMEOUT_S = 120
INSTALL_HINT = ("Installera LibreOffice (t.ex. \"make libreoffice\", eller sudo apt-get install "
                "libreoffice-writer-nogui fonts-crosextra-carlito)")


class LayoutError(Exception):
    """LibreOffice could not lay the document out."""


def soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        if path := shutil.which(name):
            return path
    return None


def _profile() -> Path:
    """One LibreOffice user profile for this user, created on first use (that is the slow part)."""
    return Path(tempfile.gettempdir()) / f"finsam-libreoffice-{os.getuid()}"


SYSTEM_PYTHON = "/usr/bin/python3"  # has Debian's python3-uno
UNO_CLIENT = Path(__file__).with_name("uno_client.py")


def pipe_name() -> str:
    return f"finsam-{os.getuid()}"


def _via_server(docx: Path, pdf: Path) -> bool:
    """Convert through a running LibreOffice (`python -m pipeline libreoffice start`); False if none runs."""
    if not os.path.exists(SYSTEM_PYTHON) or os.environ.get("FINSAM_NO_SERVER"):
        return False
    try:
        done = subprocess.run([SYSTEM_PYTHON, str(UNO_CLIENT), pipe_name(), str(docx), str(pdf)],
                              capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0 and pdf.exists()


def start_server() -> subprocess.Popen:
    """A LibreOffice that stays running and converts documents sent to it (about 0.3 s each)."""
    program = soffice()
    if program is None:
        raise LayoutError(f"LibreOffice saknas. {INSTALL_HINT}.")
    profile = _profile().with_name(_profile().name + "-server")
    return subprocess.Popen(
        [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--nologo",
         "--norestore", "--nolockcheck", f"--accept=pipe,name={pipe_name()};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


def to_pdf(docx: Path, outdir: Path) -> Path:
    """Convert with LibreOffice: a running one if there is one, else a new headless process
    (conversions of new processes take turns on the shared profile)."""
    program = soffice()
    if program is None:
        raise LayoutError(f"LibreOffice saknas. {INSTALL_HINT}.")
    pdf = outdir / f"{docx.stem}.pdf"
    if _via_server(docx, pdf):
        return pdf
    profile = _profile()
    profile.mkdir(exist_ok=True)
    with open(profile.parent / f"{profile.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            subprocess.run(
                [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                 "--nolockcheck", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                check=True, capture_output=True, timeout=TIMEOUT_S,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise LayoutError(f"LibreOffice kunde inte göra om {docx.name} till PDF ({type(exc).__name__}).") from exc
    if not pdf.exists():
        raise LayoutError(f"LibreOffice skrev ingen PDF för {docx.name}.")
    return pdf


def heading_pages(pdf: Path) -> list[tuple[str, int]]:
    """(heading, page number) for every bookmark of the PDF, in document order."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    found: list[tuple[str, int]] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((_normal(item.title), reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def number_table_of_contents(data: bytes, pages: list[tuple[str, int]]) -> bytes:
    """The document with a page number after each TOC entry, and no 'update fields' prompt."""
    from docx import Document
    from docx.oxml.ns import qn

    from pipeline.render.docx import paragraph_text, save_reproducibly, style_id

    document = Document(io.BytesIO(data))
    toc_ids = {document.styles[name].style_id for name in ("toc 1", "toc 2")}
    position = 0
    for p in document.element.body.iter(qn("w:p")):
        if style_id(p) not in toc_ids:
            continue
        title = _normal(paragraph_text(p))
        match = next((i for i in range(position, len(pages)) if pages[i][0] == title), None)
        if match is None:
            continue
        position = match + 1
        end = _field_end(p)
        for element in (_run(tab=True), _run(text=str(pages[match][1]))):
            if end is not None:
                end.addprevious(element)
            else:
                p.append(element)
    settings = document.settings.element
    for update in settings.findall(qn("w:updateFields")):
        settings.remove(update)
    return save_reproducibly(document)


def _field_end(p):
    """The run that closes the TOC field, when it sits in this (the last) entry."""
    from docx.oxml.ns import qn

    for run in p.findall(qn("w:r")):
        char = run.find(qn("w:fldChar"))
        if char is not None and char.get(qn("w:fldCharType")) == "end":
            return run
    return None


def _run(text: str | None = None, tab: bool = False):
    from docx.oxml import OxmlElement

    run = OxmlElement("w:r")
    if tab:
        run.append(OxmlElement("w:tab"))
    else:
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
    return run


def pdf_of(docx: Path) -> Path:
    """The PDF of an already built document, written beside it in one step."""
    from pipeline.files import write_atomically

    target = docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="finsam-") as tmp:
        copy = Path(tmp) / docx.name
        shutil.copyfile(docx, copy)
        write_atomically(target, to_pdf(copy, Path(tmp)).read_bytes())
    return target
