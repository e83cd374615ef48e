"""Rendering a docxtpl template to a finished .docx, written atomically and reproducibly."""
from __future__ import annotations

import copy
import io
import tempfile
import zipfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from pipeline import files
from pipeline.timing import stage

TOC_LEVELS = {"Heading 1": "toc 1", "Heading 2": "toc 2"}
FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def render(template: Path, context: dict, target: Path, layout: bool = True, pdf: Path | None = None) -> list[str]:
    """Render `template` with `context` and write it to `target` in one step.

    Text from the workbooks is escaped (autoescape), so `&`, `<` and `{{ }}` in a
    cell come out as written. With `layout`, LibreOffice (when installed) gives the
    table of contents its page numbers; `pdf` also writes a PDF (which needs it).
    Files appear only when complete. Returns warnings for the user, in Swedish.
    """
    with stage("render"):
        doc = _Template(str(template))
        doc.render(_place_pictures(context, doc), jinja_env=_environment(), autoescape=True)
        has_contents = fill_table_of_contents(doc.docx)
        data = save_reproducibly(doc.docx)
    warnings: list[str] = []
    if pdf is not None or (layout and has_contents):
        from pipeline.render import layout as lo

        if lo.soffice() is None:
            if pdf is not None:
                raise lo.LayoutError(f"PDF kan inte skrivas: LibreOffice saknas. {lo.INSTALL_HINT}.")
            warnings.append("LibreOffice saknas, så innehållsförteckningen får sina sidnummer först när Word "
                            f"uppdaterar fälten (Word frågar när dokumentet öppnas). {lo.INSTALL_HINT}.")
        else:
            with stage("pdf"):
                data = _finish(data, target, pdf, has_contents)
    with stage("write"):
        files.write_atomically(target, data)
    return warnings


def _finish(data: bytes, target: Path, pdf: Path | None, has_contents: bool) -> bytes:
    """Page numbers into the TOC from a LibreOffice layout, and the PDF of the finished document."""
    from pipeline.render import layout as lo

    with tempfile.TemporaryDirectory(prefix="finsam-") as tmp:
        if has_contents:
            draft = Path(tmp) / "draft" / target.name
            draft.parent.mkdir()
            draft.write_bytes(data)
            data = lo.number_table_of_contents(data, lo.heading_pages(lo.to_pdf(draft, draft.parent)))
        if pdf is not None:
            final = Path(tmp) / "final" / target.name
            final.parent.mkdir()
            final.write_bytes(data)
            files.write_atomically(pdf, lo.to_pdf(final, final.parent).read_bytes())
    return data


class _Template(DocxTemplate):
    """docxtpl's template, with its tag clean-up of the template XML done once per template."""

    def patch_xml(self, src_xml):
        import hashlib

        patch = super().patch_xml
        key = hashlib.sha256(src_xml.encode("utf-8")).hexdigest()
        return files.cached("patched", f"{key}.xml", lambda: patch(src_xml).encode("utf-8")).decode("utf-8")


def _environment():
    """A Jinja environment that keeps compiled templates between runs.

    docxtpl hands Jinja the template's XML as a string; compiling it is the largest
    part of a build, and the XML changes only when the template does.
    """
    import hashlib

    from jinja2 import Environment, FileSystemBytecodeCache

    class CompiledOnce(Environment):
        def from_string(self, source, globals=None, template_class=None):
            name = hashlib.sha256(source.encode("utf-8")).hexdigest()
            bucket = self.bytecode_cache.get_bucket(self, name, None, source)
            if bucket.code is None:
                bucket.code = self.compile(source)
                try:
                    self.bytecode_cache.set_bucket(bucket)
                except OSError:
                    pass  # a cache that cannot be written only costs time
            return (template_class or self.template_class).from_code(self, bucket.code,
                                                                     self.make_globals(globals), None)

    directory = files.cache_dir("jinja")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Environment(autoescape=True)
    return CompiledOnce(autoescape=True, bytecode_cache=FileSystemBytecodeCache(str(directory)))


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


def fill_table_of_contents(document) -> bool:
    """Put the document's level 1–2 headings into the TOC field's shown result.

    Word replaces the entries (with page numbers) when it updates the field; until
    then the reader sees the right headings instead of an empty placeholder.
    """
    body = document.element.body
    begin = next((p for p in body.iter(qn("w:p")) if _is_toc(p)), None)
    if begin is None:
        return False
    # Style ids looked up once: python-docx's per-paragraph style lookup is slow on long documents.
    ids = {document.styles[name].style_id: toc for name, toc in TOC_LEVELS.items()}
    entries = [(ids[sid], text) for p in body.iter(qn("w:p"))
               if (sid := style_id(p)) in ids and (text := paragraph_text(p).strip())]
    if not entries:
        return True
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
    return True


def style_id(paragraph) -> str | None:
    ppr = paragraph.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style.get(qn("w:val")) if style is not None else None


def paragraph_text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


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


class _FixedTimeZipWriter:
    """python-docx's zip writer, with every entry dated FIXED_TIME so equal inputs give equal bytes."""

    def __init__(self, pkg_file):
        self._zipf = zipfile.ZipFile(pkg_file, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._zipf.writestr(info, blob)

    def close(self) -> None:
        self._zipf.close()


def save_reproducibly(document) -> bytes:
    """Save a python-docx document with fixed timestamps, compressing each part once."""
    from docx.opc import pkgwriter

    buffer = io.BytesIO()
    original = pkgwriter.PhysPkgWriter
    pkgwriter.PhysPkgWriter = _FixedTimeZipWriter
    try:
        document.save(buffer)
    finally:
        pkgwriter.PhysPkgWriter = original
    return buffer.getvalue()
