"""Is a built document one a public body may publish? The checks of lag 2018:1937 (EN 301 549, WCAG 2.1 AA)
that a program can make, on the .docx and on the PDF, each failure a sentence in Swedish.

What no program can judge (that the förbund's own text is clear, that a text alternative says what matters)
stays the förbund's; README, Tillgänglighet, says which is which.
"""
from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn

from pipeline.contrast import LARGE_TEXT, TEXT, ratio
from pipeline.render.oxml import style_of

DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative"
HEADING_LEVEL = {"Title": 0, **{f"Heading {n}": n for n in range(1, 10)}}


def docx_problems(document) -> list[str]:
    """What keeps the .docx from being accessible: properties, language, text alternatives, heading order,
    empty paragraphs used as spacing, table header rows, headings that may end a page, text contrast."""
    found = []
    core = document.core_properties
    if not core.title:
        found.append("dokumentet saknar titel (Arkiv → Egenskaper).")
    if not core.author or core.author == "python-docx":
        found.append("dokumentet saknar författare (förbundets namn).")
    languages = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    if languages - {"sv-SE"}:
        found.append(f"formatmallarna anger språket {', '.join(sorted(l for l in languages if l))}, inte sv-SE.")
    found += _pictures(document) + _headings(document) + _tables(document) + _contrast(document)
    return found


def _pictures(document) -> list[str]:
    found = []
    for properties in document.element.body.iter(qn("wp:docPr")):
        decorative = any(e.get("val") in ("1", "true") for e in properties.iter(f"{{{DECORATIVE}}}decorative"))
        if not decorative and not (properties.get("descr") or "").strip():
            found.append(f"bilden \"{properties.get('name', '')}\" saknar alternativtext.")
    return found


def _headings(document) -> list[str]:
    found = []
    level = 0
    styles = _styles(document)
    for p in document.element.body.iter(qn("w:p")):
        name, keeps = styles.get(style_of(p), styles[None])
        text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
        if name in HEADING_LEVEL:
            new = HEADING_LEVEL[name]
            if new > level + 1:
                found.append(f"rubriken \"{text}\" ({name}) hoppar över en rubriknivå efter nivå {level}.")
            level = new
            direct = p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
            if new and not (keeps or direct is not None):
                found.append(f"rubriken \"{text}\" hålls inte ihop med texten efter (Håll ihop med nästa).")
        elif not text and not _has_content(p) and p.getparent() is document.element.body:
            found.append(f"ett tomt stycke används som mellanrum (efter \"{_previous_text(p)}\"); "
                         "använd avstånd före/efter i formatmallen.")
    return found


def _paragraph_styles(document) -> list:
    return [s for s in document.styles if getattr(s, "type", None) == 1]


def _default_style(document) -> str | None:
    """The id of the style of a paragraph that names none."""
    return next((s.style_id for s in _paragraph_styles(document)
                 if s.element.get(qn("w:default")) in ("1", "true")), None)


def _styles(document) -> dict:
    """Paragraph style id -> (name, keeps with next, inherited through based-on styles); None: the default
    paragraph style."""
    found = {s.style_id: (s.name, bool(_inherited(s, lambda x: x.paragraph_format.keep_with_next)))
             for s in _paragraph_styles(document)}
    found[None] = found.get(_default_style(document), ("", False))
    return found


def _has_content(p) -> bool:
    return bool(p.xpath(".//w:drawing | .//w:br[@w:type='page'] | ./w:pPr/w:sectPr | .//w:fldChar | .//w:object"))


def _previous_text(p) -> str:
    previous = p.getprevious()
    while previous is not None:
        text = "".join(t.text or "" for t in previous.iter(qn("w:t"))).strip()
        if text:
            return text[:40]
        previous = previous.getprevious()
    return "början"


def _tables(document) -> list[str]:
    found = []
    for table in document.element.body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        if len(rows) > 1 and rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None:
            cells = "".join(t.text or "" for t in rows[0].iter(qn("w:t"))).strip()
            found.append(f"tabellen som börjar \"{cells[:40]}\" har ingen markerad rubrikrad (Upprepa som rubrikrad).")
    return found


def _contrast(document) -> list[str]:
    """Text colours of the styles the document uses, against the white page."""
    default = _default_style(document)
    used = {style_of(p) or default for p in document.element.body.iter(qn("w:p"))}
    found = []
    for style in document.styles:
        if getattr(style, "style_id", None) not in used or style.font is None:
            continue
        colour = _colour(style)
        if colour is None:
            continue
        size = _size(style)
        large = size is not None and (size >= 18 or (size >= 14 and _bold(style)))
        needed = LARGE_TEXT if large else TEXT
        if ratio(colour) < needed:
            found.append(f"formatmallen {style.name} har textfärgen #{colour[1:]} med kontrasten "
                         f"{ratio(colour):.1f}:1 mot vitt; {'stor ' if large else ''}text behöver minst {needed:g}:1.")
    return found


def _inherited(style, get):
    while style is not None:
        value = get(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def _colour(style) -> str | None:
    rgb = _inherited(style, lambda s: s.font.color.rgb if s.font.color is not None and s.font.color.type is not None
                     else None)
    return f"#{rgb}" if rgb is not None else None


def _size(style) -> float | None:
    size = _inherited(style, lambda s: s.font.size)
    return size.pt if size is not None else None


def _bold(style) -> bool:
    return bool(_inherited(style, lambda s: s.font.bold))


def pdf_problems(pdf: Path) -> list[str]:
    """What keeps the PDF from being accessible and archivable: tags, language, title, bookmarks, text
    alternatives of figures, table headers, and the PDF/UA-1 and PDF/A-2 identification."""
    import pikepdf

    found = []
    with pikepdf.open(pdf) as document:
        root = document.Root
        if "/StructTreeRoot" not in root or not root.get("/MarkInfo", {}).get("/Marked", False):
            return ["PDF:en är inte taggad (ingen struktur för skärmläsare)."]
        if not str(root.get("/Lang", "")).startswith("sv"):
            found.append(f"PDF:ens språk är {root.get('/Lang', 'inte angivet')}, inte svenska.")
        if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
            found.append("PDF:en visar filnamnet i stället för titeln i fönstrets namnlist.")
        if "/Outlines" not in root:
            found.append("PDF:en saknar bokmärken.")
        meta = document.open_metadata()
        if not meta.get("dc:title"):
            found.append("PDF:en saknar titel.")
        if meta.get("pdfuaid:part") != "1":
            found.append("PDF:en är inte märkt som PDF/UA-1.")
        if meta.get("pdfaid:part") != "2":
            found.append("PDF:en är inte märkt som PDF/A-2 för arkivet.")
        roles = {str(k): str(v) for k, v in root.StructTreeRoot.get("/RoleMap", {}).items()}
        figures, tables = _structure(root.StructTreeRoot, roles)
        found += [f"figur {n} saknar alternativtext." for n, alt in enumerate(figures, start=1) if not alt]
        found += [f"tabell {n} saknar rubrikceller (TH)." for n, has_th in enumerate(tables, start=1) if not has_th]
    return found


def _structure(tree, roles: dict[str, str]) -> tuple[list[str], list[bool]]:
    """The text alternative of every Figure, and for every Table whether it has a TH, in document order."""
    import pikepdf

    figures: list[str] = []
    tables: list[bool] = []

    def kind(node) -> str:
        name = str(node.get("/S", ""))
        seen = set()
        while name in roles and name not in seen:
            seen.add(name)
            name = roles[name]
        return name

    def walk(node, table: list | None = None) -> None:
        if isinstance(node, pikepdf.Array):
            for child in node:
                walk(child, table)
            return
        if not isinstance(node, pikepdf.Dictionary):
            return
        role = kind(node)
        if role == "/Figure":
            figures.append(str(node.get("/Alt", "")).strip())
        if role == "/TH" and table is not None:
            table[0] = True
        if role == "/Table":
            marker = [False]
            walk(node.get("/K"), marker)
            tables.append(marker[0])
            return
        if "/K" in node:
            walk(node.get("/K"), table)

    walk(tree.get("/K"))
    return figures, tables
