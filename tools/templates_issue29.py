"""One-off, reproducible edits of templates_docx/*.docx for issue 29, run once and committed with the result:
`python tools/templates_issue29.py`. Each edit replaces a text of word/document.xml that occurs exactly once;
a template already edited is left as it is, so running the script again changes nothing."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates_docx"

EDITS: dict[str, list[tuple[str, str]]] = {
    "arsredovisning.docx": [
        # Uppföljning Finsam replaced SUS in 2023: the document names the system of its year.
        ("registrerade med personuppgifter i uppföljningssystemet SUS:",
         "registrerade med personuppgifter i {{ cooperation.system }}:"),
        ("Diagram: deltagare registrerade i SUS per år, kvinnor och män.",
         "Diagram: deltagare registrerade i {{ cooperation.system }} per år, kvinnor och män."),
    ],
}


def edit(path: Path, edits: list[tuple[str, str]]) -> bool:
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    changed = False
    out = []
    for info, data in items:
        if info.filename == "word/document.xml":
            xml = data.decode("utf-8")
            for old, new in edits:
                if new in xml and old not in xml:
                    continue
                if xml.count(old) != 1:
                    sys.exit(f"{path.name}: {old!r} occurs {xml.count(old)} times")
                xml = xml.replace(old, new)
                changed = True
            data = xml.encode("utf-8")
        out.append((info, data))
    if changed:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in out:
                z.writestr(info, data)  # the same ZipInfo: fixed timestamps, the same order
    return changed


if __name__ == "__main__":
    for name, edits in EDITS.items():
        print(name, "edited" if edit(TEMPLATES / name, edits) else "unchanged")
