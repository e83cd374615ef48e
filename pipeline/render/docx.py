"""Rendering a docxtpl template to a finished .docx, written atomically and reproducibly."""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import operator
import re
import struct
import zipfile
import zlib
from datetime import date
from pathlib import Path
from xml.sax.saxutils import quoteattr

import docxtpl
from docxtpl import DocxTemplate
from lxml import etree

from pipeline.machinery import files
from pipeline.render import oxml, richtext
from pipeline.machinery.timing import stage



@dataclasses.dataclass(frozen=True)
class Properties:
    """What a document says about itself (Word's File → Properties, the PDF's title bar and metadata)."""

    title: str  # "Årsredovisning 2025"
    author: str  # the förbund
    subject: str
    keywords: str
    category: str
    day: date  # created and modified: the document's own date, never the clock
    language: str = "sv-SE"


def render(template: Path, context, target: Path, layout: bool = True, pdf: Path | None = None,
           properties: Properties | None = None, draft: str = "") -> list[str]:
    """Render `template` with `context` and write it to `target` in one step.

    Text from the workbooks is escaped (autoescape), so `&`, `<` and `{{ }}` in a
    cell come out as written. With `layout`, LibreOffice (when installed) gives the
    table of contents its page numbers; `pdf` also writes a PDF (which needs it).
    Files appear only when complete. A `draft` mark (UTKAST) is put on the first page and in
    every header. Returns warnings for the user, in Swedish.
    """
    with stage("render"):
        document, drawn, has_contents = _rendered(template, context, properties, draft)
    data = None
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
                data = _finish(document, target, pdf, has_contents, drawn)
            if pdf is not None:
                warnings += _inaccessible(document, pdf)
    with stage("write"):
        if data is None:
            drawn()
            data = save_reproducibly(document)
        files.write_atomically(target, data)
    return warnings


def rendered(template: Path, context, draft: str = ""):
    """The python-docx document `render` makes, in memory, neither laid out nor with its charts' pixels
    (for reading where things landed in it)."""
    return _rendered(template, context, None, draft)[0]


def _rendered(template: Path, context, properties: Properties | None, draft: str):
    """The rendered document, the function that puts its charts in place, and whether it has a TOC."""
    doc = _Template(str(template))
    context, drawn, texts = _for_word(context, doc)
    if dataclasses.is_dataclass(context):
        context = {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}
    doc.render(context, jinja_env=_environment(), autoescape=True)
    richtext.splice(doc.docx, texts)
    oxml.drop_empty_columns(doc.docx)
    oxml.keep_dates_whole(doc.docx)
    oxml.end_tables_at_headings(doc.docx)
    if draft:
        oxml.mark_draft(doc.docx, draft)
    if properties is not None:
        oxml.set_properties(doc.docx, properties)
    return doc.docx, drawn, oxml.fill_table_of_contents(doc.docx)


def _finish(document, target: Path, pdf: Path | None, has_contents: bool, drawn) -> bytes:
    """Page numbers into the TOC from a LibreOffice layout (which needs the charts' sizes, not their
    pixels), and the PDF of the finished document."""
    with files.work_folder() as tmp:
        if has_contents:
            pages, stranded = _pages(document, Path(tmp) / "draft", target)
            oxml.break_before(document, stranded)
            oxml.number_table_of_contents(document, pages)
            oxml.ask_to_update_fields(document, False)
        drawn()
        data = save_reproducibly(document)
        if pdf is not None:
            # With a table of contents the headings were placed in the draft, which breaks as this does.
            laid_out, stranded, data = _laid_out(data, Path(tmp) / "final", target, archival=True,
                                                 placed=has_contents)
            oxml.break_before(document, stranded)
            files.write_atomically(pdf, laid_out.read_bytes())
    return data


# Raise when what a layout is cached under, or what is cached, changes meaning.
LAYOUT_VERSION = b"1"
_TEXT = re.compile(rb"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")


def layout_key(document) -> str:
    """What decides where the pages break: every part of the document but its pictures' pixels and its
    properties, with each digit of the text read as 0 (the digits of Calibri and Carlito are equally wide,
    so a changed amount moves no line, while one with more digits does)."""
    digest = hashlib.sha256(LAYOUT_VERSION)
    for part in sorted(document.part.package.iter_parts(), key=lambda p: str(p.partname)):
        name = str(part.partname)
        if name.startswith(("/word/media/", "/docProps/")):
            continue
        content = part.blob
        if name == "/word/document.xml":
            content = _digits_as_zero(content)
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()


_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)


def _digits_as_zero(xml: bytes) -> bytes:
    """`xml` with every digit of its texts (w:t) read as 0: split at the texts, which every fourth piece is,
    and joined again (a substitution per text took a quarter of a second on a long document)."""
    pieces = _TEXT.split(xml)
    pieces[2::4] = [text.translate(_ZERO) for text in pieces[2::4]]
    return b"".join(pieces)


def _pages(document, folder: Path, target: Path) -> tuple[list[tuple[str, int]], list[str]]:
    """The page of each heading, and the headings moved to the next page so that none ends a page: from
    LibreOffice, or from an earlier layout of the same text (digits aside), which breaks the same way."""
    import json

    from pipeline.render import layout as lo

    def lay_out() -> bytes:
        laid_out, stranded, _ = _laid_out(save_reproducibly(document), folder, target, archival=False)
        return json.dumps({"pages": lo.heading_pages(laid_out), "stranded": stranded}).encode("utf-8")

    def loaded(data: bytes) -> tuple[list[tuple[str, int]], list[str]]:
        found = json.loads(data)
        return [(str(title), int(page)) for title, page in found["pages"]], [str(t) for t in found["stranded"]]

    return files.cached("layout", f"{layout_key(document)}.json", lay_out, loaded)


def _laid_out(data: bytes, folder: Path, target: Path, archival: bool,
              placed: bool = False) -> tuple[Path, list[str], bytes]:
    """The document laid out as a PDF by LibreOffice; unless its headings are `placed` already, a heading
    it left at the foot of a page is moved to the next (a page break before it) and the layout done again.
    Returns the PDF, those headings and the document with its breaks."""
    import docx

    from pipeline.render import layout as lo

    laid_out = lo.to_pdf(_draft(folder, target, data), archival=archival)
    stranded = [] if placed else lo.headings_ending_pages(laid_out)
    if stranded:
        document = docx.Document(io.BytesIO(data))
        if oxml.break_before(document, stranded):
            data = save_reproducibly(document)
            laid_out = lo.to_pdf(_draft(folder / "again", target, data), archival=archival)
    return laid_out, stranded, data


def _inaccessible(document, pdf: Path) -> list[str]:
    """What keeps the published PDF from meeting the accessibility law, said to the förbund (whose own
    template can add a picture without a text alternative, or skip a heading level)."""
    from pipeline.render.accessibility import docx_problems, pdf_problems

    return [f"Tillgänglighet, {pdf.name}: {problem}" for problem in docx_problems(document) + pdf_problems(pdf)]


def _draft(folder: Path, target: Path, data: bytes) -> Path:
    path = folder / target.name
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    return path


def prepare(template: Path) -> None:
    """What a build of `template` does before it renders, done ahead: its parts' tags cleaned up and their
    Jinja templates compiled (kept in the cache, as a build keeps them)."""

    class Compiling:
        """A Jinja environment for docxtpl that compiles a part and renders nothing."""

        def from_string(self, source):
            environment.from_string(source)
            return self

        def render(self, context) -> str:
            return ""

    import docx

    environment, doc = _environment(), _Template(str(template))
    doc.docx = docx.Document(str(template))  # not through _opened: a template prepared is not one opened twice
    doc.render_init()
    doc.render_xml_part(doc.patch_xml(doc.get_xml()), doc.docx._part, {}, Compiling())
    for kind in (doc.HEADER_URI, doc.FOOTER_URI):
        for _, part in doc.get_headers_footers(kind):
            doc.render_xml_part(doc.patch_xml(doc.get_part_xml(part)), part, {}, Compiling())
    doc.render_properties({}, Compiling())
    doc.render_footnotes({}, Compiling())


class _Template(DocxTemplate):
    """docxtpl's template, with its tag clean-up of the template XML done once per template, and its walk
    over every run for tabs and line breaks in a text only where a text has one."""

    def patch_xml(self, src_xml):
        patch = super().patch_xml
        # docxtpl's version in the key: another version may clean the tags up differently.
        key = hashlib.sha256(f"{docxtpl.__version__}\0{src_xml}".encode("utf-8")).hexdigest()
        return files.cached("patched", f"{key}.xml", lambda: patch(src_xml).encode("utf-8"),
                            lambda data: data.decode("utf-8"))

    def render_init(self):
        super().render_init()
        self.pictures: dict[tuple, str] = {}  # (part, picture, size): its XML in the part

    def init_docx(self, reload: bool = True):
        if not self.docx or (self.is_rendered and reload):
            self.docx = _opened(Path(self.template_file))
            self.is_rendered = False

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        """docxtpl's (0.20; its docx_context on a template error aside, which nothing here reads), with the
        line break it puts before each paragraph for Jinja's line numbers put in and taken out by
        str.replace: its re.sub expanded a replacement template for each of the 100x report's 48 000."""
        src_xml = src_xml.replace("<w:p ", "\n<w:p ").replace("<w:p>", "\n<w:p>")
        self.current_rendering_part = part
        dst_xml = jinja_env.from_string(src_xml).render(context)
        dst_xml = dst_xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
        dst_xml = dst_xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        return self.resolve_listing(dst_xml)

    def resolve_listing(self, xml):
        return super().resolve_listing(xml) if _has_listing(xml) else xml

    def fix_tables(self, xml):
        """The rendered body (docxtpl's XML text) parsed into the document whole, where docxtpl parses it
        alone to fix its tables' grids and map_tree then puts it in place: once, where no table needs that
        fix (it does where a row has more cells than the grid has columns, or none has as many)."""
        self.placed = None
        body = _body_within(xml.encode("utf-8"), _declared(self.docx.element))
        if body is not None:
            try:
                document = self._around(body, _body_parser(recover=False))
            except etree.XMLSyntaxError:
                document = None  # left to docxtpl's recovering parser
            if document is not None and _grids_fit(document.body):
                self.docx.part._element = document
                self.docx = self.docx.part.document
                self.placed = document.body
                return self.placed
        return super().fix_tables(xml)

    def fix_docpr_ids(self, tree):
        if tree is not self.placed:
            return super().fix_docpr_ids(tree)
        for picture in tree.iter(_DOC_PR):  # docxtpl's renumbering, in the same (document) order
            self.docx_ids_index += 1
            picture.attrib["id"] = str(self.docx_ids_index)

    def map_tree(self, tree):
        """The rendered body into the document. docxtpl moves it into the template's tree, where lxml
        reconciles the namespaces node by node (30 ms for the example's årsredovisning, most of a build's
        rendering); the document is parsed whole around it instead, to the same tree: a namespace the
        document declares is not declared again inside it (as lxml's move leaves it)."""
        if tree is self.placed:
            return
        body = _body_within(etree.tostring(tree), _declared(self.docx.element))
        if body is None:
            return super().map_tree(tree)
        tree.clear()  # its nodes freed before the document is parsed: the peak memory of a large document
        self.docx.part._element = self._around(body, _body_parser())
        self.docx = self.docx.part.document

    def _around(self, body: bytes, parser):
        """The template's document with `body` (its text, declarations as _body_within leaves them) parsed
        in place of its own."""
        document = etree.tostring(self.docx.element)
        head, tail = document.split(b"<w:body", 1)[0], document.rsplit(b"</w:body>", 1)[-1]
        return etree.fromstring(head + body + tail, parser=parser)


def _declared(root) -> dict[bytes, bytes]:
    """The namespaces an element declares or inherits, uri: prefix."""
    return {uri.encode(): (prefix or "").encode() for prefix, uri in root.nsmap.items()}


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
# A row with more cells than $columns, and one with at least as many, none spanning columns.
_WIDER_ROW = "descendant::w:tr[count(w:tc) > $columns]"
_FULL_ROW = "descendant::w:tr[count(w:tc) >= $columns and not(w:tc/w:tcPr/w:gridSpan)]"
_WIDER = etree.XPath(f"boolean({_WIDER_ROW})", namespaces={"w": _W})
_MISFIT = etree.XPath(f"boolean({_WIDER_ROW}) or not({_FULL_ROW})", namespaces={"w": _W})


def _grids_fit(body) -> bool:
    """Whether docxtpl's fix_tables leaves every table in `body` as it is: none has a row with more cells
    than its grid has columns, and each has a row whose cells span them all (or more)."""
    for table in body.iter(f"{{{_W}}}tbl"):
        grid = table.find(f"{{{_W}}}tblGrid")
        if grid is None:
            return False  # docxtpl's error, from docxtpl
        columns = len(grid.findall(f"{{{_W}}}gridCol"))
        if _MISFIT(table, columns=columns) and (_WIDER(table, columns=columns) or _widest(table) < columns):
            return False
    return True


def _widest(table) -> int:
    """The most columns a row of `table` spans (as docxtpl counts them; -1 where it could not)."""
    widest = 0
    for row in table.iter(f"{{{_W}}}tr"):
        spanned = 0
        for cell in row.findall(f"{{{_W}}}tc"):
            span = cell.find(f"{{{_W}}}tcPr/{{{_W}}}gridSpan")
            value = "1" if span is None else span.get(f"{{{_W}}}val")
            if value is None or not value.isdigit():
                return -1
            spanned += int(value)
        widest = max(widest, spanned)
    return widest


# The templates opened, by content: a batch renders each of them for every förbund. None: opened once.
_templates: dict[str, object] = {}


def _opened(template: Path):
    """The template as python-docx opens it. From the second time the same content is opened on, one opened
    copy is kept and copied (a third cheaper than reading the package and parsing its parts again); a command
    that renders it once does not pay for the copy."""
    import copy

    import docx

    content = template.read_bytes()
    key = hashlib.sha256(content).hexdigest()
    if key not in _templates:
        if len(_templates) >= 16:
            _templates.clear()
        _templates[key] = None
        return docx.Document(io.BytesIO(content))
    if _templates[key] is None:
        _templates[key] = docx.Document(io.BytesIO(content))
    return copy.deepcopy(_templates[key])


# A namespace declaration, and (to tell that every one was read) anything that starts like one.
_DECLARATION = re.compile(rb'xmlns(?::([\w.-]+))?="([^"]*)"')
_ANY_DECLARATION = re.compile(rb"xmlns[:=]")
_NAME = re.compile(rb"<([\w.:-]+)")


def _body_within(body: bytes, declared: dict[bytes, bytes]) -> bytes | None:
    """The rendered body as it reads inside the document, whose root declares `declared` (uri: prefix):
    without the declarations the root makes; None where lxml's move would do more (a namespace declared
    under another prefix, or the same declaration again inside an element that makes it)."""
    pieces, at, last, seen = [], 0, {}, 0
    for found in _DECLARATION.finditer(body):
        seen += 1
        tag = body.rfind(b"<", 0, found.start())
        name = _NAME.match(body, tag)
        if name is None or body.find(b">", tag, found.start()) >= 0 or body[found.start() - 1] not in b" \t\r\n":
            return None  # not in a start tag
        prefix, uri = found[1] or b"", found[2]
        if uri in declared or prefix in declared.values():
            if declared.get(uri) != prefix:
                return None
            pieces.append(body[at:found.start() - 1])  # with the space before it
            at = found.end()
            continue
        previous = last.get(uri)
        if previous is not None and previous[1] != tag and not _closed(body, *previous, tag):
            return None
        last[uri] = (name[1], tag)
    if not pieces or seen != len(_ANY_DECLARATION.findall(body)):  # one this does not read: left to lxml
        return None
    return b"".join(pieces) + body[at:]


def _closed(body: bytes, name: bytes, start: int, end: int) -> bool:
    """Whether the element `name` opened at `start` (and none of its name inside it) ends before `end`."""
    close = body.find(b"</" + name + b">", start, end)
    return close >= 0 and re.compile(rb"<" + re.escape(name) + rb"[\s/>]").search(body, start + 1, close) is None


@functools.lru_cache(maxsize=2)
def _body_parser(recover: bool = True):
    """docxtpl's parser for the rendered body (recovering), making python-docx's element classes."""
    from docx.oxml.parser import element_class_lookup

    parser = etree.XMLParser(recover=recover)
    parser.set_element_class_lookup(element_class_lookup)
    return parser


# A text with a character docxtpl turns into Word's own (tab, paragraph, line or page break).
_LISTING = re.compile(r"<w:t(?:\s[^>]*)?>[^<]*[\t\a\n\f]")
_LISTED = re.compile(r"[\t\a\n\f]")


def _has_listing(xml: str) -> bool:
    """Whether _LISTING is found in `xml`, looked for where one of its characters is (in a large document
    mostly the line breaks between the tags of its pictures), from the tag before it: a tag's attributes
    hold no "<" (the template's are escaped by lxml, the context's by Jinja)."""
    return any(_LISTING.match(xml, xml.rfind("<", 0, found.start())) for found in _LISTED.finditer(xml))


def _environment():
    """A Jinja environment that keeps compiled templates between runs.

    docxtpl hands Jinja the template's XML as a string; compiling it is the largest
    part of a build, and the XML changes only when the template does.
    """
    from jinja2 import BytecodeCache, Environment

    class Kept(BytecodeCache):
        """Compiled templates in the program's cache, whose entries are checked when read."""

        def load_bytecode(self, bucket):
            data = files.kept("jinja", f"{bucket.key}.cache")
            if data is not None:
                bucket.bytecode_from_string(data)
                if bucket.code is None:  # whole, but of another Python or Jinja
                    files.forget(files.cache_dir("jinja") / f"{bucket.key}.cache")

        def dump_bytecode(self, bucket):
            files.keep("jinja", f"{bucket.key}.cache", bucket.bytecode_to_string())

    class CompiledOnce(Environment):
        def from_string(self, source, globals=None, template_class=None):
            name = hashlib.sha256(source.encode("utf-8")).hexdigest()
            bucket = self.bytecode_cache.get_bucket(self, name, None, source)
            if bucket.code is None:
                bucket.code = self.compile(source)
                self.bytecode_cache.set_bucket(bucket)
            return (template_class or self.template_class).from_code(self, bucket.code,
                                                                     self.make_globals(globals), None)

    return CompiledOnce(autoescape=True, bytecode_cache=Kept())


def _for_word(value, doc: DocxTemplate):
    """The context with every picture (chart, logo) and marker as the object docxtpl places in Word, and
    every text from a Word file as a stand-in (richtext.splice puts it in place: these stand-ins); and a
    function that puts the charts in place: until it is called, each has a placeholder of its size, so that
    the document is rendered (and laid out) while they are drawn."""
    from docx.shared import Cm
    from docxtpl import InlineImage, RichText

    from pipeline.present.charts import Picture
    from pipeline.present.markers import Marker
    from pipeline.present.model import Paragraph

    class Described(InlineImage):
        """docxtpl's picture, with its text alternative (the drawing's descr) for screen readers and the PDF.
        A picture that recurs in a part (a chart shown for every insats) is made once: python-docx would
        find the same image, relationship and shape id for it again, searching the whole part for the id."""

        description = ""
        data = b""

        def _insert_image(self):
            made = self.tpl.pictures
            key = (self.tpl.current_rendering_part, self.data, self.width, self.height)
            xml = made.get(key)
            if xml is None:
                xml = made[key] = super()._insert_image()
            return xml.replace("<wp:docPr ", f"<wp:docPr descr={quoteattr(self.description)} ", 1)

    waiting: dict[bytes, Picture] = {}  # placeholder: the chart it stands for
    # One placeholder, and so one picture in the document, per chart, whether it is drawn now or came
    # from the cache (python-docx would make one picture of two charts that happen to look the same, but
    # only of those it has the pixels of).
    placeholders: dict[str, bytes] = {}
    texts: dict = {}

    def convert(item):
        if isinstance(item, _PLAIN):
            return item
        if isinstance(item, Paragraph) and item.rich is not None:
            texts[len(texts)] = item.rich
            return dataclasses.replace(item, text=richtext.stand_in(len(texts) - 1), rich=None)
        if isinstance(item, Picture):
            if item.name:
                if item.name not in placeholders:
                    placeholders[item.name] = _placeholder(len(placeholders))
                data = placeholders[item.name]
                waiting[data] = item
            else:
                data = item.png  # a logo
            image = Described(doc, io.BytesIO(data), width=Cm(item.width_cm),
                              height=Cm(item.height_cm) if item.height_cm else None)
            image.description, image.data = item.description, data
            return image
        if isinstance(item, Marker):
            return RichText(item.text, color=item.colour, size=2 * item.size_pt)
        # A part with nothing to convert is left as it is: remaking every row of a large table was most of this.
        # Plain values (most of the items) are not handed to convert at all.
        if isinstance(item, dict):
            converted = {k: v if isinstance(v, _PLAIN) else convert(v) for k, v in item.items()}
            return item if all(map(operator.is_, converted.values(), item.values())) else converted
        if isinstance(item, list):
            converted = [v if isinstance(v, _PLAIN) else convert(v) for v in item]
            return item if all(map(operator.is_, converted, item)) else converted
        fields = _init_fields(type(item))
        if fields is not None:
            changed = {}
            for name in fields:
                value = getattr(item, name)
                if not isinstance(value, _PLAIN) and (new := convert(value)) is not value:
                    changed[name] = new
            return dataclasses.replace(item, **changed) if changed else item
        return item

    def drawn() -> None:
        for part in doc.docx.part.package.iter_parts():
            if str(part.partname).startswith("/word/media/") and part.blob in waiting:
                part._blob, part._image = waiting.pop(part.blob).png, None

    return convert(value), drawn, texts


_PLAIN = (str, int, float, type(None))  # bool is an int


@functools.lru_cache(maxsize=None)
def _init_fields(kind: type) -> tuple[str, ...] | None:
    """The fields a dataclass is made with; None for a type that is not one (a dataclass's class itself)."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind) if f.init)


def _placeholder(number: int) -> bytes:
    """A one-pixel PNG, different for each `number` (so that Word's parts keep them apart)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\0" + str(number).encode()) + chunk(b"IDAT", zlib.compress(b"\0\0"))
            + chunk(b"IEND", b""))


def save_reproducibly(document) -> bytes:
    """A python-docx document as .docx bytes in which every zip entry has the same date, so that equal
    inputs give equal bytes (the created and modified properties are the document's own). Written in one
    pass, pictures stored as they are (a PNG does not compress), the XML deflated once and fast (level 3:
    the XML 30 % larger, a few per cent of the document, in a third of the time)."""
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        writer = _FixedDates(archive)
        PackageWriter._write_content_types_stream(writer, package.parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(writer, package.parts)
    return buffer.getvalue()


DEFLATE_LEVEL = 3


class _FixedDates:
    """python-docx's package writer's file: every entry dated files.FIXED_TIME."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive

    def write(self, pack_uri, blob: bytes) -> None:
        entry = files.zip_entry(pack_uri.membername)
        entry.compress_type = zipfile.ZIP_STORED if pack_uri.ext.lower() in ("png", "jpeg", "jpg") \
            else zipfile.ZIP_DEFLATED
        self.archive.writestr(entry, blob, compresslevel=DEFLATE_LEVEL)
