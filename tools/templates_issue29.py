"""One-off, reproducible edits of templates_docx/*.docx for issue 29, run once and committed with the result:
`python tools/templates_issue29.py`. Each edit replaces a text of word/document.xml that occurs exactly once;
a template already edited is left as it is, so running the script again changes nothing."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates_docx"

P = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"  # a paragraph holding one tag or text


def _blocks(name: str, heading_style: str) -> str:
    """Paragraphs for a list of text blocks (`name`), each with its optional heading."""
    return "".join([
        P.format(f"{{%p for block in {name} %}}"), P.format("{%p if block.heading %}"),
        f'<w:p><w:pPr><w:pStyle w:val="{heading_style}"/></w:pPr><w:r><w:t>{{{{ block.heading }}}}</w:t></w:r></w:p>',
        P.format("{%p endif %}"), P.format("{%p for p in block.paragraphs %}"), P.format("{%p if p.bullet %}"),
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>{{ p.text }}</w:t></w:r></w:p>',
        P.format("{%p else %}"), P.format("{{ p.text }}"), P.format("{%p endif %}"), P.format("{%p endfor %}"),
        P.format("{%p endfor %}"),
    ])


def _follow_up(item: str) -> str:
    """An insats' follow-up as of the report's day: a bold line with the day and status, then its text."""
    return "".join([
        P.format(f"{{%p if {item}.follow_up %}}"),
        f'<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Uppföljning per '
        f'{{{{ {item}.follow_up.day }}}}{{% if {item}.follow_up.status %}}: {{% endif %}}</w:t></w:r>'
        f'<w:r><w:t>{{{{ {item}.follow_up.status }}}}</w:t></w:r></w:p>',
        P.format(f"{{%p for p in {item}.follow_up.paragraphs %}}"), P.format("{{ p.text }}"),
        P.format("{%p endfor %}"), P.format("{%p endif %}"),
    ])


ANNUAL_HEADING = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr/><w:t>Förvaltningsberättelse</w:t></w:r></w:p>'
ANNUAL_GOALS = P.format("{%p for g in item.goals %}")
INTERIM_GOALS = P.format("{%p if insats.goals %}")

EDITS: dict[str, list[tuple[str, str]]] = {
    "delarsrapport.docx": [
        # An insats' follow-up as of the period's end, before its goals.
        (INTERIM_GOALS, _follow_up("insats") + INTERIM_GOALS),
        # The note under the resultaträkning (no comparison with the same period a year earlier) keeps with the
        # chart after it, as the table does: the chart is never carried alone to the next page.
        ('<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:rPr/><w:t>– Saldon per {{ income.same_period_before }}',
         '<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr><w:r><w:rPr/><w:t>– Saldon per '
         '{{ income.same_period_before }}'),
        # The chart's caption in the unit of its axis.
        ("Diagram: utfall och budget för perioden {{ period }}, {{ unit }}.",
         "Diagram: utfall och budget för perioden {{ period }}, {{ income.chart_unit }}."),
    ],
    "arsredovisning.docx": [
        # The chair's foreword (Ordförande har ordet) on its own page before the förvaltningsberättelse.
        (ANNUAL_HEADING, P.format("{%p if foreword %}")
         + '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Ordförande har ordet</w:t></w:r></w:p>'
         + _blocks("foreword", "Heading3") + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + P.format("{%p endif %}")
         + ANNUAL_HEADING),
        (ANNUAL_GOALS, _follow_up("item") + ANNUAL_GOALS),
        # A chart's caption says the unit of its axis (tkr when the amounts are large), not the tables'.
        ("resultat {{ overview.first_year }}–{{ overview.last_year }}, {{ overview.unit }}.</w:t>",
         "resultat {{ overview.first_year }}–{{ overview.last_year }}, {{ overview.chart_unit }}.</w:t>"),
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
                if new in xml:
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
