"""LibreOffice: laying a rendered document out as a PDF, and reading where its headings landed.

The PDF's bookmarks tell on which page each heading landed; render writes those
numbers into the document's own table of contents. The .docx itself is never saved by
LibreOffice, so it stays exactly what the template made (and byte-identical between builds).
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.machinery import portable

TIMEOUT_S = 120
INSTALL_HINT = ("Installera LibreOffice från libreoffice.org (på Windows; om det ligger någon annanstans än i "
                "Program Files, ange mappen i miljövariabeln LIBREOFFICE), eller på Linux \"make libreoffice\" "
                "(sudo apt-get install libreoffice-writer-nogui fonts-crosextra-carlito)")


# The PDF a förbund publishes and archives: tagged (headings, tables, figures with their text alternative,
# reading order) and identified as PDF/UA-1 and PDF/A-2b, with bookmarks and the title in the window bar.
ARCHIVAL = {"UseTaggedPDF": True, "PDFUACompliance": True, "SelectPdfVersion": 2, "ExportBookmarks": True,
            "DisplayPDFDocumentTitle": True}
DRAFT = {"ExportBookmarks": True}  # only read for the pages the headings landed on


def filter_options(options: dict) -> str:
    """The PDF filter's options in the JSON LibreOffice (7.4 and later) takes after --convert-to pdf:…:"""
    import json

    return json.dumps({name: {"type": "boolean" if isinstance(value, bool) else "long", "value": str(value).lower()
                              if isinstance(value, bool) else str(value)} for name, value in options.items()})


class LayoutError(Exception):
    """LibreOffice could not lay the document out."""


def soffice() -> str | None:
    """LibreOffice's program: the LIBREOFFICE environment variable (the program, or the folder it was
    installed to), else the one on PATH, else on Windows where its installer puts it (the registry, then
    Program Files)."""
    program = "soffice.exe" if portable.WINDOWS else "soffice"
    if configured := os.environ.get("LIBREOFFICE"):
        places = [Path(configured), Path(configured) / program, Path(configured) / "program" / program]
        return next((str(p) for p in places if p.is_file()), None)
    for name in ("soffice", "libreoffice"):
        if path := shutil.which(name):
            return path
    if portable.WINDOWS:
        folders = [*_registered(), *(Path(os.environ[v]) / "LibreOffice" / "program"
                                     for v in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)") if v in os.environ)]
        return next((str(f / program) for f in folders if (f / program).is_file()), None)
    return None


def _private() -> Path:
    """The private folder of LibreOffice's pipes' stamps, locks and profiles (pipeline.machinery.runtime)."""
    from pipeline.machinery import runtime

    try:
        return runtime.folder()
    except runtime.Refused as exc:
        raise LayoutError(f"LibreOffice kan inte användas: {exc}") from exc


def _registered() -> list[Path]:
    """The program folders LibreOffice's Windows installer wrote to the registry (per machine or per user)."""
    import winreg

    found = []
    for root in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        for key in (r"SOFTWARE\LibreOffice\UNO\InstallPath", r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath"):
            try:
                with winreg.OpenKey(root, key) as opened:
                    found.append(Path(winreg.QueryValueEx(opened, "")[0]))
            except OSError:
                continue
    return found


def _profile() -> Path:
    """One LibreOffice user profile for this user, created on first use (that is the slow part)."""
    return _private() / "libreoffice"


def _lock(path: Path):
    """A lock file in the private folder, never opened through a symbolic link."""
    from pipeline.machinery import runtime

    try:
        return os.fdopen(runtime.open_private(path.name, os.O_WRONLY | os.O_CREAT), "w")
    except runtime.Refused as exc:
        raise LayoutError(f"LibreOffice kan inte användas: {exc}") from exc


SYSTEM_PYTHON = "/usr/bin/python3"  # has Debian's python3-uno
UNO_CLIENT = Path(__file__).with_name("uno_client.py")


IDLE_S = 600  # a LibreOffice started for builds stops after this long without one
# LibreOffice lays out one document at a time; with two, `make pdf` converts two at once. The second is
# started only when two conversions meet.
SLOTS = min(2, os.cpu_count() or 1)


def _server_files(slot: int = 0) -> tuple[Path, str]:
    """The stamp every conversion touches (its age is the server's idle time) and the pipe's name."""
    return _private() / f"{pipe_name(slot)}.used", pipe_name(slot)


def _suffix(slot: int) -> str:
    """What tells one LibreOffice for builds from another: FINSAM_LO_NAME (a test suite's own), the slot."""
    name = os.environ.get("FINSAM_LO_NAME", "")
    return f"{'-' + name if name else ''}{f'-{slot + 1}' if slot else ''}"


def pipe_name(slot: int = 0) -> str:
    return f"finsam-{portable.user_tag()}{_suffix(slot)}"


@contextlib.contextmanager
def _free_slot():
    """A LibreOffice for builds that no other conversion uses now, or, when all are busy, one to wait for."""
    for slot, wait in [*((slot, False) for slot in range(SLOTS)), (os.getpid() % SLOTS, True)]:
        lock = _lock(Path(f"{_server_files(slot)[0]}.busy"))
        if not portable.lock(lock, wait):
            lock.close()
            continue
        with lock:
            yield slot
        return


NO_LISTENER = 3  # uno_client's status when no LibreOffice listens on the pipe


def _via_server(docx: Path, pdf: Path, options: dict, slot: int = 0) -> int:
    """Convert through the running LibreOffice: 0 done, NO_LISTENER when none runs, 1 when it failed."""
    return _client(slot, [str(docx), str(pdf), filter_options(options)], pdf)


def _client(slot: int, arguments: list[str], made: Path, command: str | None = None) -> int:
    """Run uno_client against the running LibreOffice of `slot`: 0 when it made `made`, else its status."""
    stamp, pipe = _server_files(slot)
    try:
        done = subprocess.run([uno_python(), str(UNO_CLIENT)] + ([command] if command else []) + [pipe] + arguments,
                              capture_output=True, timeout=TIMEOUT_S, env={**os.environ, "FINSAM_LO_STAMP": str(stamp)})
    except (subprocess.TimeoutExpired, OSError):
        return 1
    return 0 if done.returncode == 0 and made.exists() else done.returncode or 1


def compared(new: Path, old: Path, target: Path) -> bool:
    """Write `new` with its differences from `old` as tracked changes to `target` (LibreOffice's document
    comparison, through the running LibreOffice for builds); False when LibreOffice or its Python bridge
    is missing, or the comparison failed."""
    import time

    if soffice() is None or not _server_wanted():
        return False
    with _free_slot() as slot:
        status = _client(slot, [str(new), str(old), str(target)], target, "compare")
        if status == NO_LISTENER:
            start_server(slot=slot)
            deadline = time.monotonic() + 20
            while status == NO_LISTENER and time.monotonic() < deadline:
                time.sleep(0.2)
                status = _client(slot, [str(new), str(old), str(target)], target, "compare")
    return status == 0


def _server_wanted() -> bool:
    return not os.environ.get("FINSAM_NO_SERVER") and uno_python() is not None


def uno_python() -> str | None:
    """A Python with LibreOffice's bridge (uno): the one LibreOffice brings in its program folder (Windows,
    and libreoffice.org's packages for Linux), or Debian's python3-uno for /usr/bin/python3."""
    program = soffice()
    if program is None:
        return None
    bundled = Path(program).resolve().parent / ("python.exe" if portable.WINDOWS else "python")
    if bundled.is_file():
        return str(bundled)
    if os.path.exists(SYSTEM_PYTHON) and any(Path(p).joinpath("uno.py").exists() for p in (
            "/usr/lib/python3/dist-packages", "/usr/lib/libreoffice/program")):
        return SYSTEM_PYTHON
    return None


def start_server(idle: float | None = None, slot: int = 0) -> subprocess.Popen:
    """A LibreOffice that stays running and converts the documents sent to it (a fraction of a second each,
    against two for a new one), watched by a small process that stops it after `idle` seconds unused."""
    program, python = soffice(), uno_python()
    if program is None or python is None:
        raise LayoutError(f"LibreOffice saknas{'' if program is None else ' med sin Python-brygga (uno)'}. "
                          f"{INSTALL_HINT}.")
    stamp, pipe = _server_files(slot)
    profile = _profile().with_name(f"{_profile().name}-server{_suffix(slot)}")
    idle = idle if idle is not None else float(os.environ.get("FINSAM_LO_IDLE", IDLE_S))
    return subprocess.Popen([python, str(UNO_CLIENT), "serve", program, pipe, profile.as_uri(),
                             str(idle), str(stamp)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            **portable.detached())


def stop_server() -> None:
    """Stop the LibreOffices started for builds (a watcher stops its LibreOffice when the stamp is gone)."""
    import time

    from pipeline.machinery import runtime

    def gone(pid_file: Path) -> bool:
        for _ in range(100):
            if not pid_file.exists():
                return True
            time.sleep(0.1)
        return False

    stamps = [_server_files(slot)[0] for slot in range(SLOTS)]
    for stamp in stamps:
        stamp.unlink(missing_ok=True)
    for stamp in stamps:
        pid_file = Path(f"{stamp}.pid")
        if not gone(pid_file):  # a watcher that did not notice: told to stop, and waited for
            runtime.stop(pid_file)
            gone(pid_file)


def _started_server(docx: Path, pdf: Path, options: dict, slot: int) -> bool:
    """Start the LibreOffice for builds, wait until it listens (or stops), and convert through it."""
    import time

    watcher = start_server(slot=slot)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and watcher.poll() in (None, 0):  # 0: another one was starting
        status = _via_server(docx, pdf, options, slot)
        if status != NO_LISTENER:
            return status == 0
        time.sleep(0.2)
    return False


def to_pdf(docx: Path, outdir: Path | None = None, archival: bool = False) -> Path:
    """Convert with LibreOffice: a running one if there is one, else a new headless process
    (conversions of new processes take turns on the shared profile). `archival`: the tagged PDF/UA and
    PDF/A file to publish, else a plain one to read the layout from."""
    program = soffice()
    if program is None:
        raise LayoutError(f"LibreOffice saknas. {INSTALL_HINT}.")
    outdir = outdir or docx.parent
    pdf = outdir / f"{docx.stem}.pdf"
    options = ARCHIVAL if archival else DRAFT
    tries = 2  # a LibreOffice that failed or was killed: once more with a new one, then the error
    if _server_wanted():
        with _free_slot() as slot:
            status = _via_server(docx, pdf, options, slot)
            if status == 0 or (status == NO_LISTENER and _started_server(docx, pdf, options, slot)):
                return pdf
        tries = 1
    for attempt in range(tries):
        try:
            _converted_by_new(program, docx, outdir, options)
            break
        except LayoutError as exc:
            if attempt == tries - 1 or isinstance(exc.__cause__, subprocess.TimeoutExpired):
                raise
    if not pdf.exists():
        raise LayoutError(f"LibreOffice skrev ingen PDF för {docx.name} (i {outdir}).")
    return pdf


LOW_DISK = 64 * 2 ** 20  # a LibreOffice that failed with less free than this beside its files ran out of room


def _converted_by_new(program: str, docx: Path, outdir: Path, options: dict) -> None:
    """Convert with a LibreOffice started for this document (after the running one failed, this is the
    one retry), whose temporary files go to a folder of its own that is removed after it, whatever
    happened to it. Raises LayoutError naming what failed."""
    profile = _profile()
    profile.mkdir(exist_ok=True)
    with _lock(profile.parent / f"{profile.name}.lock") as lock, \
            tempfile.TemporaryDirectory(prefix="libreoffice-", dir=outdir) as own_tmp:
        portable.lock(lock)
        try:
            subprocess.run(
                [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                 "--nolockcheck", "--convert-to", f"pdf:writer_pdf_Export:{filter_options(options)}",
                 "--outdir", str(outdir), str(docx)],
                check=True, capture_output=True, timeout=TIMEOUT_S, env={**os.environ, "TMPDIR": own_tmp},
            )
        except subprocess.CalledProcessError as exc:
            free = shutil.disk_usage(outdir).free
            if free < LOW_DISK:
                raise LayoutError(f"LibreOffice kunde inte göra om {docx.name} till PDF: disken med de tillfälliga "
                                  f"filerna ({tempfile.gettempdir()}) har bara {free // 2 ** 20} MB ledigt. Gör plats, eller "
                                  "ange en annan mapp med TMPDIR, och kör igen.") from exc
            ended = (f"stoppades av signal {-exc.returncode}" if exc.returncode < 0
                     else f"avslutades med status {exc.returncode}")
            said = exc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if exc.stderr else []
            raise LayoutError(f"LibreOffice ({program}) kunde inte göra om {docx.name} till PDF, två gånger: den "
                              f"{ended}" + (f" ({said[0]})" if said else "") + ".") from exc
        except subprocess.TimeoutExpired as exc:
            raise LayoutError(f"LibreOffice ({program}) gjorde inte om {docx.name} till PDF på {TIMEOUT_S} s "
                              "och stoppades.") from exc


def heading_pages(pdf: Path) -> list[tuple[str, int]]:
    """(heading, page number) for every bookmark of the PDF, in document order."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    page_of = _page_numbers(reader)
    found: list[tuple[str, int]] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((normal(item.title), page_of(item) + 1))

    walk(reader.outline)
    return found


FOOTER_PT = 62  # the bottom page margin (2.2 cm): below it only the footer
LOW_PT = 160  # a heading whose top is this close to the page's foot may be its last line


def headings_ending_pages(pdf: Path) -> list[str]:
    """The headings LibreOffice left as the last line of a page: it does not always honour "keep with next"
    (7.4, a heading before a paragraph that moves whole to the next page). From the bookmarks, the headings
    low on their page; of those, the ones with no body text below them."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    page_of = _page_numbers(reader)
    low: dict[int, list[tuple[str, float]]] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            elif item.get("/Top") is not None and float(item["/Top"]) < LOW_PT:
                low.setdefault(page_of(item), []).append((normal(item.title),
                                                                                      float(item["/Top"])))

    walk(reader.outline)
    found = []
    placed = _placed_texts(pdf, [page for page in low if page != len(reader.pages) - 1])
    for page, headings in low.items():
        if page == len(reader.pages) - 1:
            continue
        below = placed.get(page)
        if below is None:  # a page LibreOffice wrote otherwise: pypdf's text extraction
            below = []
            reader.pages[page].extract_text(visitor_text=lambda text, cm, tm, font, size: below.append(
                (tm[5] * cm[3] + cm[5], text)) if text.strip() else None)
        for title, top in headings:
            after = [text for y, text in below if FOOTER_PT < y < top - 20 and normal(text) not in title]
            if not after:
                found.append(title)
    return found


class _Unusual(Exception):
    """A page not written as _placed_texts reads it."""


IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _placed_texts(pdf: Path, pages: list[int]) -> dict[int, list[tuple[float, str]]]:
    """(height on the page, text) of each text shown on each of `pages`, as pypdf's text extraction tells them
    to a visitor, read by qpdf (pikepdf) in a tenth of the time: LibreOffice writes each line as a text
    object (BT … ET) that shows one string or array, in fonts with a ToUnicode map of one-byte codes. A page
    written otherwise is left out (pypdf reads it)."""
    import pikepdf

    found = {}
    with pikepdf.open(pdf) as document:
        for index in pages:
            try:
                found[index] = _texts_of(document.pages[index], pikepdf)
            except (_Unusual, pikepdf.PdfError, KeyError, ValueError, IndexError, TypeError, AttributeError):
                continue
    return found


def _texts_of(page, pikepdf) -> list[tuple[float, str]]:
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    fonts, pictures = resources.get("/Font", pikepdf.Dictionary()), resources.get("/XObject", pikepdf.Dictionary())
    maps: dict[str, dict[int, str]] = {}
    ctm, stack, line, leading, codes, shown = IDENTITY, [], IDENTITY, 0.0, None, 0
    texts = []
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "q":
            stack.append((ctm, codes, leading))
        elif op == "Q":
            ctm, codes, leading = stack.pop() if stack else (IDENTITY, None, 0.0)
        elif op == "cm":
            ctm = _product(tuple(float(x) for x in operands), ctm)
        elif op == "BT":
            line, shown = IDENTITY, 0
        elif op == "Tf":
            name = str(operands[0])
            if name not in maps:
                maps[name] = _unicode_map(fonts[name].ToUnicode.read_bytes())
            codes = maps[name]
        elif op == "TL":
            leading = float(operands[0])
        elif op in ("Td", "TD"):
            if op == "TD":
                leading = -float(operands[1])
            line = _product((1.0, 0.0, 0.0, 1.0, float(operands[0]), float(operands[1])), line)
        elif op == "Tm":
            line = tuple(float(x) for x in operands)
        elif op in ("T*", "'", '"'):
            line = _product((1.0, 0.0, 0.0, 1.0, 0.0, -leading), line)
        elif op == "Do" and pictures[str(operands[0])].get("/Subtype") != "/Image":
            raise _Unusual  # a form, whose texts pypdf reads
        if op in ("Tj", "TJ", "'", '"'):
            shown += 1
            if shown > 1 or codes is None:
                raise _Unusual
            strings = operands[-1] if op == "TJ" else [operands[-1]]
            text = "".join(codes[byte] for s in strings if isinstance(s, pikepdf.String) for byte in bytes(s))
            if text.strip():
                texts.append((line[5] * ctm[3] + ctm[5], text))
    return texts


def _product(m: tuple, n: tuple) -> tuple:
    """The matrix m × n (PDF's [a b c d e f])."""
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


_MAPPED = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """A ToUnicode map of one-byte codes (bfchar and bfrange), or _Unusual."""
    if b"begincodespacerange\n<00> <FF>" not in cmap or b"[" in cmap:
        raise _Unusual
    found = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in _MAPPED.findall(block):
            found[int(code, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, text in _RANGE.findall(block):
            start = bytes.fromhex(text.decode()).decode("utf-16-be")
            for n in range(int(last, 16) - int(first, 16) + 1):
                found[int(first, 16) + n] = start[:-1] + chr(ord(start[-1]) + n)
    return found


def _page_numbers(reader):
    """The page index of a bookmark, by a table made once: pypdf's own lookup walks the page tree for
    every bookmark, which takes minutes for a document with thousands of headings."""
    index = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)
             if page.indirect_reference is not None}

    def page_of(item) -> int:
        page = item.get("/Page")
        reference = getattr(page, "idnum", None)
        return index[reference] if reference in index else reader.get_destination_page_number(item)
    return page_of


def normal(text: str) -> str:
    """Text with runs of white space as one space, as headings are compared with PDF bookmarks."""
    return re.sub(r"\s+", " ", text).strip()


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def pdf_of(docx: Path) -> Path:
    """The PDF of an already built document, written beside it in one step."""
    from pipeline.machinery.files import work_folder, write_atomically

    target = docx.with_suffix(".pdf")
    with work_folder() as tmp:
        copy = Path(tmp) / docx.name
        shutil.copyfile(docx, copy)
        write_atomically(target, to_pdf(copy, Path(tmp), archival=True).read_bytes())
    return target
