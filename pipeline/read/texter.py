"""Reader of the Word files of texts in texter/: a document's prose as written in Word.

`texter/arsredovisning-2025.docx` (a delårsrapport by its closing date, `delarsrapport-2025-08-31.docx`)
holds the texts of one document: each Heading 1 is a section (an Avsnitt of the Texter sheet), each
Heading 2 a sub-heading (its Rubrik), and what follows is the text with its formatting: bold, italic,
underline, links, lists nested one level, simple tables and pictures with alt text. Fonts, colours and
sizes typed into the text are left out (the template decides), and said once per file. Comments are
ignored: the starting file's hints are comments.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from pipeline.domain import ProseParagraph, ProsePicture, ProseTable, Span, TextBlock
from pipeline.enums import DocumentTitle, ListKind
from pipeline.phrases import definite
from pipeline.problems import Problems, Source, Where
from pipeline.read.cells import nearest
from pipeline.schema import DATED_TEXT_FILES, SECTIONS, TEXT_FILES, TEXT_FOLDER

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_TRACKED = ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "tblPrChange", "trPrChange",
            "tcPrChange", "sectPrChange", "numberingChange", "cellIns", "cellDel", "cellMerge")
_NOT_DOCX = (".doc", ".docm", ".dot", ".dotx", ".dotm", ".rtf", ".odt", ".wps", ".pages")
_EMU_PER_CM = 360000
_QUOTE = 60


def read_text_files(folder: Path, problems: Problems) -> tuple[TextBlock, ...]:
    """The texts of every Word file in `folder`/texter (the folder is optional)."""
    directory = folder / TEXT_FOLDER
    if not directory.is_dir():
        return ()
    found: list[TextBlock] = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith(("~$", ".")) or not path.is_file():
            continue  # Word's lock file of an open document, or a hidden file of the system
        name = f"{TEXT_FOLDER}/{path.name}"
        if path.suffix.lower() in _NOT_DOCX:
            problems.error(Where(name), "filen är inte ett Word-dokument (.docx) och läses inte. Öppna den i Word "
                                        f"och spara den som Word-dokument (.docx) med namnet {path.stem}.docx.")
            continue
        if path.suffix.lower() != ".docx":
            continue  # another kind of file (a PDF of the texts, say) is not the program's
        named = _named(path.stem)
        if named is None:
            problems.error(Where(name), "filnamnet säger inte vilket dokument texterna gäller. Döp filen till "
                                        "arsredovisning-ÅR.docx, verksamhetsplan-ÅR.docx eller "
                                        "delarsrapport-ÅÅÅÅ-MM-DD.docx (delårsrapportens bokslutsdag).")
            continue
        found += _read_file(path, name, *named, problems)
    return tuple(found)


def _named(stem: str) -> tuple[DocumentTitle, int, date | None] | None:
    """(document, year, closing date of a delårsrapport) from a file name such as arsredovisning-2025."""
    key, _, rest = stem.partition("-")
    document = TEXT_FILES.get("".join(c for c in unicodedata.normalize("NFKD", key.lower()) if c.isascii()))
    if document is None:
        return None
    if document in DATED_TEXT_FILES:
        try:
            day = date.fromisoformat(rest)
        except ValueError:
            return None
        return document, day.year, day
    return (document, int(rest), None) if re.fullmatch(r"(19|20|21)\d\d", rest) else None


def _read_file(path: Path, name: str, document: DocumentTitle, year: int, period: date | None,
               problems: Problems) -> list[TextBlock]:
    import docx

    try:
        word = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - any failure to parse means: not a readable Word document
        problems.error(Where(name), f"filen kan inte läsas som ett Word-dokument ({type(exc).__name__}); den kan "
                                    "vara lösenordsskyddad eller sparad i ett annat format. Öppna den i Word och "
                                    "spara den igen som Word-dokument (.docx).")
        return []
    reader = _FileReader(word, name, document, year, period, problems)
    reader.read(word.element.body)
    return reader.finish()


class _FileReader:
    """One Word file's body, heading by heading, into text blocks."""

    def __init__(self, word, name: str, document: DocumentTitle, year: int, period: date | None,
                 problems: Problems):
        self.word, self.name, self.document, self.year, self.period = word, name, document, year, period
        self.problems = problems
        self.sections = SECTIONS[document]
        self.section: str | None = None  # the current Heading 1, "" after one that is no section
        self.heading: str | None = None
        self.items: list = []
        self.blocks: list[TextBlock] = []
        self.styles = {s.style_id: s for s in word.styles}
        self.formatted: str | None = None  # a quote of the first text with fonts, colours or sizes of its own
        self.before_first = False

    def read(self, parent) -> None:
        for child in parent.iterchildren():
            tag = _local(child)
            if tag == "p":
                self._paragraph(child)
            elif tag == "tbl":
                self._table(child)
            elif tag in ("sdt", "sdtContent", "customXml"):
                self.read(child)

    def finish(self) -> list[TextBlock]:
        self._flush()
        if self.formatted is not None:
            self.problems.warning(Where(self.name), "teckensnitt, färger och storlekar som skrivits direkt i texten "
                                                    f"(som i ”{self.formatted}”) används inte: dokumentet får mallens. "
                                                    "Fetstil, kursiv, understrykning, länkar och listor behålls.")
        return self.blocks

    # --- where a text belongs ------------------------------------------------------

    def _where(self) -> Where:
        return Where(self.name, heading=self.heading or self.section or None)

    def _flush(self) -> None:
        if self.section and self.items:
            self.blocks.append(TextBlock(self.document, self.year, self.section, self.heading,
                                         _plain(self.items), Source(self.name, "", 0, heading=self.heading or self.section),
                                         prose=tuple(self.items),
                                         period=self.period))
        self.items = []

    def _place(self, item, quote: str) -> None:
        if self.section is None:
            if not self.before_first:
                self.before_first = True
                self.problems.error(Where(self.name), f"text före första rubriken: ”{_quote(quote)}”. Varje text "
                                                      "står under en rubrik (formatet Rubrik 1) med avsnittets "
                                                      f"namn, t.ex. \"{self.sections[0]}\".")
        elif self.section:
            self.items.append(item)

    # --- paragraphs ------------------------------------------------------------------

    def _paragraph(self, p) -> None:
        style = self._style(p)
        text = _text(p)
        if self._tracked(p, text):
            return
        level = _heading_level(style)
        if level and not text:
            return  # an empty heading paragraph says nothing
        if level == 1:
            self._flush()
            self.heading = None
            title = " ".join(text.split())
            if title in self.sections:
                self.section = title
            else:
                self.section = ""
                hint = nearest(title, self.sections)
                suggestion = f"Menade du \"{hint}\"? " if hint else ""
                self.problems.error(Where(self.name, heading=title),
                                    f"rubriken är inget avsnitt i {definite(self.document)}. {suggestion}Avsnitten "
                                    f"är: {', '.join(self.sections)}.")
        elif level == 2:
            if self.section is None:
                self._place(None, text)
                return
            self._flush()
            self.heading = " ".join(text.split()) or None
        elif level:
            self.problems.error(self._where(), f"rubriken ”{_quote(text)}” har nivå {level}; texterna använder "
                                              "Rubrik 1 för avsnitten och Rubrik 2 för underrubrikerna.")
        else:
            spans, pictures = self._spans(p)
            if "".join(s.text for s in spans).strip():
                listed, depth = self._listed(p, style)
                self._place(ProseParagraph(spans, listed, depth), text)
            for picture in pictures:
                self._place(picture, picture.description or "en bild")

    def _style(self, p) -> str:
        ppr = p.find(f"{W}pPr")
        ref = ppr.find(f"{W}pStyle") if ppr is not None else None
        style = self.styles.get(ref.get(f"{W}val")) if ref is not None else None
        return style.name if style is not None else "Normal"

    def _tracked(self, element, text: str) -> bool:
        """Unaccepted tracked changes: an error, since which version is meant only the writer knows."""
        if not any(True for t in _TRACKED for _ in element.iter(f"{W}{t}")):
            return False
        quote = text or "".join(t.text or "" for t in element.iter(f"{W}delText"))
        self.problems.error(self._where(), f"ändringar som inte godkänts (spåra ändringar) i ”{_quote(quote)}”. "
                                           "Godkänn eller avvisa ändringarna i Word (Granska → Godkänn/Avvisa) och "
                                           "spara filen.")
        return True

    def _listed(self, p, style: str) -> tuple[ListKind | None, int]:
        """A list item's kind and level (0, or 1 nested), from the paragraph's numbering or its style's."""
        numbered = _numbering(p.find(f"{W}pPr"))
        named = re.fullmatch(r"List (Bullet|Number)(?: (\d))?", style)
        if numbered is None:
            numbered = self._style_numbering(style)
        if numbered is None and named is None:
            return None, 0
        kind, level = None, 0
        if numbered is not None:
            kind, level = self._kind(*numbered), numbered[1]
        if named is not None:
            kind = kind or (ListKind.BULLET if named.group(1) == "Bullet" else ListKind.NUMBER)
            level = max(level, int(named.group(2) or 1) - 1)
        return (kind, min(level, 1)) if kind else (None, 0)

    def _style_numbering(self, style_name: str):
        style = next((s for s in self.styles.values() if s.name == style_name), None)
        while style is not None:
            found = _numbering(style.element.find(f"{W}pPr"))
            if found is not None:
                return found
            style = style.base_style
        return None

    def _kind(self, num_id: str, level: int) -> ListKind | None:
        if num_id == "0":
            return None
        try:
            numbering = self.word.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return ListKind.BULLET
        num = next((n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id), None)
        abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val") if num is not None else None
        abstract = next((a for a in numbering.iter(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id),
                        None)
        if abstract is None:
            return ListKind.BULLET
        lvl = next((v for v in abstract.iter(f"{W}lvl") if v.get(f"{W}ilvl") == str(level)), None)
        fmt = lvl.find(f"{W}numFmt") if lvl is not None else None
        if fmt is not None and fmt.get(f"{W}val") not in ("bullet", "none"):
            return ListKind.NUMBER
        return ListKind.BULLET

    # --- runs --------------------------------------------------------------------------

    def _spans(self, parent) -> tuple[tuple[Span, ...], list[ProsePicture]]:
        collected = _Runs(self)
        collected.walk(parent, None)
        return _merged(collected.spans), collected.pictures

    def note_formatting(self, rpr, text: str) -> None:
        if self.formatted is None and text.strip() and _direct_formatting(rpr):
            self.formatted = _quote(text)

    def picture(self, drawing) -> ProsePicture | None:
        found = drawing.xpath(".//wp:docPr")
        blip = drawing.xpath(".//a:blip")
        extent = drawing.xpath(".//wp:extent")
        if not found or not blip:
            return None
        description = " ".join((found[0].get("descr") or "").split())
        if not description:
            what = found[0].get("name") or "en bild"
            self.problems.error(self._where(), f"bilden ({what}) saknar alternativtext, som en skärmläsare läser upp "
                                               "(tillgänglighetslagen). Högerklicka på bilden i Word, välj Visa "
                                               "alternativtext och beskriv vad den visar.")
            return None
        try:
            from docx.image.image import Image

            image = self.word.part.related_parts[blip[0].get(f"{R}embed")].blob
            Image.from_blob(image)
        except Exception:  # noqa: BLE001 - a picture python-docx cannot place (EMF, SVG) or a missing part
            self.problems.error(self._where(), f"bilden ”{_quote(description)}” har ett format som inte kan "
                                               "läggas in i dokumentet. Spara bilden som PNG eller JPEG och "
                                               "infoga den på nytt.")
            return None
        cx, cy = (int(extent[0].get(k)) for k in ("cx", "cy")) if extent else (0, 0)
        return ProsePicture(image, description, cx / _EMU_PER_CM, cy / _EMU_PER_CM)

    def hyperlink(self, element) -> str | None:
        rid = element.get(f"{R}id")
        if rid is None:
            return None  # a link within the document (a bookmark): the text stays, the link cannot
        rel = self.word.part.rels.get(rid)
        return rel.target_ref if rel is not None and rel.is_external else None

    # --- tables ------------------------------------------------------------------------

    def _table(self, table) -> None:
        text = " ".join(_text(p) for p in table.iter(f"{W}p"))
        if self._tracked(table, text):
            return
        if table.xpath(".//w:gridSpan[@w:val!='1'] | .//w:vMerge | .//w:tc//w:tbl"):
            self.problems.error(self._where(), f"tabellen ”{_quote(text)}” har sammanslagna celler eller en "
                                               "tabell i en cell; bara enkla tabeller (rader och kolumner) kan "
                                               "tas med. Dela upp cellerna i Word.")
            return
        rows = []
        for tr in table.iter(f"{W}tr"):
            cells = []
            for tc in tr.iter(f"{W}tc"):
                spans: list[Span] = []
                for p in tc.iter(f"{W}p"):
                    found, _ = self._spans(p)
                    if spans and found:
                        spans.append(Span("\n"))
                    spans += found
                cells.append(_merged(spans))
            rows.append(tuple(cells))
        if any(any(s.text.strip() for s in cell) for row in rows for cell in row):
            self._place(ProseTable(tuple(rows)), text)


class _Runs:
    """The spans and pictures of a paragraph, through its hyperlinks, fields and content controls."""

    def __init__(self, reader: _FileReader):
        self.reader = reader
        self.spans: list[Span] = []
        self.pictures: list[ProsePicture] = []
        self.field: list[str] = []  # a complex field's instruction, while it is read
        self.in_instruction = False
        self.field_link: str | None = None

    def walk(self, parent, link: str | None) -> None:
        for child in parent.iterchildren():
            tag = _local(child)
            if tag == "r":
                self._run(child, link or self.field_link)
            elif tag == "hyperlink":
                self.walk(child, self.reader.hyperlink(child) or link)
            elif tag == "fldSimple":
                self.walk(child, _field_link(child.get(f"{W}instr") or "") or link)
            elif tag in ("smartTag", "customXml", "sdt", "sdtContent"):
                self.walk(child, link)

    def _run(self, run, link: str | None) -> None:
        rpr = run.find(f"{W}rPr")
        for child in run.iterchildren():
            tag = _local(child)
            if tag == "fldChar":
                kind = child.get(f"{W}fldCharType")
                if kind == "begin":
                    self.field, self.in_instruction = [], True
                elif kind == "separate":
                    self.in_instruction, self.field_link = False, _field_link("".join(self.field))
                elif kind == "end":
                    self.in_instruction, self.field_link = False, None
            elif tag == "instrText":
                self.field.append(child.text or "")
            elif self.in_instruction:
                continue
            elif tag == "t":
                self._add(child.text or "", rpr, link)
            elif tag in ("br", "cr") and child.get(f"{W}type") not in ("page", "column"):
                self._add("\n", rpr, link)
            elif tag == "tab":
                self._add("\t", rpr, link)
            elif tag == "noBreakHyphen":
                self._add("\u2011", rpr, link)
            elif tag == "drawing":
                picture = self.reader.picture(child)
                if picture is not None:
                    self.pictures.append(picture)

    def _add(self, text: str, rpr, link: str | None) -> None:
        self.reader.note_formatting(rpr, text)
        self.spans.append(Span(text, _on(rpr, "b") or _char_style(rpr) == "Strong",
                               _on(rpr, "i") or _char_style(rpr) == "Emphasis", _underlined(rpr), link))


# --- helpers ---------------------------------------------------------------------------

def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t")).strip()


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[:_QUOTE - 1].rstrip() + "…"


def _heading_level(style: str) -> int:
    found = re.fullmatch(r"Heading (\d)", style)
    return int(found.group(1)) if found else 0


def _numbering(ppr) -> tuple[str, int] | None:
    num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
    if num_pr is None or num_pr.find(f"{W}numId") is None:
        return None
    level = num_pr.find(f"{W}ilvl")
    return num_pr.find(f"{W}numId").get(f"{W}val"), int(level.get(f"{W}val")) if level is not None else 0


def _on(rpr, name: str) -> bool:
    found = rpr.find(f"{W}{name}") if rpr is not None else None
    return found is not None and found.get(f"{W}val", "true") not in ("0", "false", "off")


def _underlined(rpr) -> bool:
    found = rpr.find(f"{W}u") if rpr is not None else None
    return found is not None and found.get(f"{W}val", "single") != "none"


def _char_style(rpr) -> str | None:
    found = rpr.find(f"{W}rStyle") if rpr is not None else None
    return found.get(f"{W}val") if found is not None else None


def _direct_formatting(rpr) -> bool:
    """A font, colour, size or highlight typed into the text (Word's own language and script hints aside)."""
    if rpr is None:
        return False
    fonts = rpr.find(f"{W}rFonts")
    if fonts is not None and any(k != f"{W}hint" for k in fonts.attrib):
        return True
    colour = rpr.find(f"{W}color")
    if colour is not None and colour.get(f"{W}val") not in (None, "auto"):
        return True
    return any(rpr.find(f"{W}{name}") is not None for name in ("sz", "highlight", "shd"))


def _field_link(instruction: str) -> str | None:
    found = re.match(r'\s*HYPERLINK\s+"([^"]+)"', instruction)
    return found.group(1) if found else None


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    """Neighbouring spans with the same formatting as one."""
    merged: list[Span] = []
    for span in spans:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].underline, merged[-1].link) == \
                (span.bold, span.italic, span.underline, span.link):
            last = merged.pop()
            span = Span(last.text + span.text, span.bold, span.italic, span.underline, span.link)
        merged.append(span)
    return tuple(merged)


def _plain(items) -> str:
    """The blocks' text as the Texter sheet would hold it: a line per paragraph, "- " before a list item."""
    lines = []
    for item in items:
        if isinstance(item, ProseParagraph):
            text = " ".join(item.text.split())
            lines.append(f"- {text}" if item.listed else text)
        elif isinstance(item, ProseTable):
            lines += [" | ".join(" ".join("".join(s.text for s in cell).split()) for cell in row)
                      for row in item.rows]
        else:
            lines.append(item.description)
    return "\n".join(lines)
