"""Rendering a docxtpl template to a finished .docx, written atomically and reproducibly."""
from __future__ import annotations

import copy
import io
import os
import tempfile
import zipfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

TOC_LEVELS = {"Heading 1": "toc 1", "Heading 2": "toc 2"}
FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def render(template: Path, context: dict, target: Path, layout: bool = True, pdf: Path | None = None) -> list[str]:
    """Render `template` with `context` and write it to `target` in one step.

    Text from the workbooks is escaped (autoescape), so `&`, `<` and `{{ }}` in a
    cell come out as written. With `layout`, LibreOffice (when installed) gives the
    table of contents its page numbers; `pdf` also writes a PDF (which needs it).
    Files appear only when complete. Returns warnings for the user, in Swedish.
    """
    doc = DocxTemplate(str(template))
    doc.render(_place_pictures(context, doc), autoescape=True)
    fill_table_of_contents(doc.docx)
    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    warnings: list[str] = []
    if pdf is not None or layout:
        from pipeline.render import layout as lo

        if lo.soffice() is None:
            if pdf is not None:
                raise lo.LayoutError(f"PDF kan inte skrivas: LibreOffice saknas. {lo.INSTALL_HINT}.")
            warnings.append("LibreOffice saknas, så innehållsförteckningen får sina sidnummer först när Word "
                            f"uppdaterar fälten (Word frågar när dokumentet öppnas). {lo.INSTALL_HINT}.")
        else:
            data = _finish(data, target, pdf)
    write_atomically(target, reproducible_zip(data))
    return warnings


def _finish(data: bytes, target: Path, pdf: Path | None) -> bytes:
    """Page numbers into the TOC from a LibreOffice layout, and the PDF of the finished document."""
    from pipeline.render import layout as lo

    with tempfile.TemporaryDirectory(prefix="finsam-") as tmp:
        draft = Path(tmp) / "draft" / target.name
        draft.parent.mkdir()
        draft.write_bytes(data)
        data = lo.number_table_of_contents(data, lo.heading_pages(lo.to_pdf(draft, draft.parent)))
        if pdf is not None:
            final = Path(tmp) / "final" / target.name
            final.parent.mkdir()
            final.write_bytes(data)
            write_atomically(pdf, lo.to_pdf(final, final.parent).read_bytes())
    return data


def _place_pictures(value, doc: DocxTemplate):
    """The context with every chart or logo (`Picture`) as an image docxtpl can place."""
    from docx.shared import Cm
    from docxtpl import InlineImage

    from pipeline.present.charts import Picture

    if isinstance(value, Picture):
        return InlineImage(doc, io.BytesIO(value.png), width=Cm(value.width_cm))
    if isinstance(value, dict):
        return {k: _place_pictures(v, doc) for k, v in value.items()}
    if isinstance(value, list):
        return [_place_pictures(v, doc) for v in value]
    return value


def fill_table_of_contents(document) -> None:
    """Put the document's level 1–2 headings into the TOC field's shown result.

    Word replaces the entries (with page numbers) when it updates the field; until
    then the reader sees the right headings instead of an empty placeholder.
    """
    body = document.element.body
    begin = next((p for p in body.iter(qn("w:p")) if _is_toc(p)), None)
    if begin is None:
        return
    entries = [
        (TOC_LEVELS[p.style.name], p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name in TOC_LEVELS and p.text.strip()
    ]
    if not entries:
        return
    runs = begin.findall(qn("w:r"))
    separate = next(r for r in runs if _fld(r) == "separate")
    end = next(r for r in runs if _fld(r) == "end")
    for r in runs[runs.index(separate) + 1:]:
        begin.remove(r)
    previous = begin
    for index, (level, text) in enumerate(entries):
        paragraph = begin if index == 0 else copy.deepcopy(begin)
        if index:
            for child in list(paragraph):
                if child.tag == qn("w:r"):
                    paragraph.remove(child)
            previous.addnext(paragraph)
        _set_style(paragraph, document.styles[level].style_id)
        paragraph.append(_text_run(text))
        previous = paragraph
    previous.append(end)


def _is_toc(paragraph) -> bool:
    return any((t.text or "").strip().startswith("TOC") for t in paragraph.iter(qn("w:instrText")))


def _fld(run) -> str | None:
    char = run.find(qn("w:fldChar"))
    return char.get(qn("w:fldCharType")) if char is not None else None


def _set_style(paragraph, style_id: str) -> None:
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = paragraph.makeelement(qn("w:pPr"), {})
        paragraph.insert(0, ppr)
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        style = ppr.makeelement(qn("w:pStyle"), {})
        ppr.insert(0, style)
    style.set(qn("w:val"), style_id)


def _text_run(text: str):
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    return run


def reproducible_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps, so equal inputs give equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def write_atomically(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
