"""LibreOffice: laying a rendered document out as a PDF, and reading where its headings landed.

The PDF's bookmarks tell on which page each heading landed; render writes those
numbers into the document's own table of contents. The .docx itself is never saved by
LibreOffice, so it stays exactly what the template made (and byte-identical between builds).
"""
from __future__ import annotations

import fcntl
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


def to_pdf(docx: Path, outdir: Path | None = None) -> Path:
    """Convert with LibreOffice: a running one if there is one, else a new headless process
    (conversions of new processes take turns on the shared profile)."""
    program = soffice()
    if program is None:
        raise LayoutError(f"LibreOffice saknas. {INSTALL_HINT}.")
    outdir = outdir or docx.parent
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
                found.append((normal(item.title), reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def normal(text: str) -> str:
    """Text with runs of white space as one space, as headings are compared with PDF bookmarks."""
    return re.sub(r"\s+", " ", text).strip()


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def pdf_of(docx: Path) -> Path:
    """The PDF of an already built document, written beside it in one step."""
    from pipeline.files import write_atomically

    target = docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="finsam-") as tmp:
        copy = Path(tmp) / docx.name
        shutil.copyfile(docx, copy)
        write_atomically(target, to_pdf(copy, Path(tmp)).read_bytes())
    return target
