"""The review workbook (<dokument>-underlag.xlsx): every printed figure with where it is printed, its exact
amount and its atoms with the cell each was read from; every paragraph's source; the checks made.

The document is printed a third time with each figure marked (pipeline.present.trail), rendered in memory
and read back (pipeline.render.placed), so that a figure's place is where it really landed: the table,
row and column, or the sentence, that the template put it in.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pipeline import fmt
from pipeline.build import Printed, printed, template_for
from pipeline.documents import Document
from pipeline.domain import Inputs, Scope
from pipeline.problems import Source, Where
from pipeline.render.workbook import EXACT, KRONOR, Column, Sheet

SUFFIX = "-underlag.xlsx"


def target_for(doc: Document, scope: Scope, output: Path) -> Path:
    return output / f"{Path(doc.filename(scope)).stem}{SUFFIX}"


@dataclass(frozen=True)
class Trail:
    """What the review workbook shows of one document."""

    printed: Printed
    shown: list  # pipeline.present.trail.Shown, by number
    layout: object  # pipeline.render.placed.Layout


def trail(doc: Document, inputs: Inputs, scope: Scope, pages: bool = False, lacking: tuple[str, ...] = ()) -> Trail:
    """The figures of the document and where they landed; with `pages`, on which page (LibreOffice). A
    document `lacking` a part the law asks for is marked UTKAST, as the build marks it."""
    from pipeline.phrases import phrase
    from pipeline.machinery.files import work_folder
    from pipeline.present.trail import Tracing
    from pipeline.render import placed
    from pipeline.render.docx import rendered
    from pipeline.render.layout import soffice

    made = printed(doc, inputs, scope, Tracing)
    document = rendered(template_for(doc, Path(inputs.source)), made.context, phrase("utkast") if lacking else "")
    layout = placed.read(document)
    if pages and soffice() is not None:
        with work_folder() as folder:
            layout = placed.paginated(document, layout, Path(folder))
    return Trail(made, made.printing.shown, layout)


def write_underlag(doc: Document, inputs: Inputs, scope: Scope, output: Path, pages: bool = False,
                   lacking: tuple[str, ...] = ()) -> Path:
    """Write the review workbook of a document whose checks have passed; returns its path. With `pages`,
    each figure's page as LibreOffice lays the document out."""
    from pipeline.render import workbook

    found = trail(doc, inputs, scope, pages, lacking)
    target = target_for(doc, scope, output)
    output.mkdir(parents=True, exist_ok=True)
    workbook.write(target, [_amounts(found), _sources(found), _texts(found, doc, inputs),
                            _checks(found, doc, inputs, scope)])
    return target


# --- Belopp -------------------------------------------------------------------------------------------------

def _places(found: Trail) -> list[tuple]:
    """(figure, place) for every place a figure is printed, in the document's order."""
    shown = {s.number: s for s in found.shown}
    return [(shown[number], place) for number, place in found.layout.places]


def _where(place) -> tuple[str, str, str, str]:
    if place.table is None:
        return "Text", place.heading, place.text, ""
    return f"Tabell {place.table}", place.heading, place.row, place.column


def _amounts(found: Trail) -> Sheet:
    placed = _places(found)
    numbered = {id(place): index for index, (_, place) in enumerate(placed, start=1)}
    by_key: dict = {}
    for s, place in placed:
        if s.traced:
            by_key.setdefault(s.key, []).append(numbered[id(place)])
    rows = []
    for s, place in placed:
        number = numbered[id(place)]
        kind, heading, row, column = _where(place)
        others = [str(n) for n in by_key.get(s.key, []) if n != number] \
            + [f"{n} (omvänt tecken)" for n in by_key.get(s.negated_key, []) if s.traced]
        rows.append((number, kind, heading, row, column, place.page, s.whole, fmt.UNIT_LABEL[s.unit], s.printed_kr,
                     s.exact, s.printed_kr - s.exact, ", ".join(others)))
    return Sheet("Belopp", (
        Column("Nr", 6), Column("Var", 10), Column("Avsnitt", 30), Column("Rad / mening", 45), Column("Kolumn", 24),
        Column("Sida", 6), Column("Visat", 12, KRONOR), Column("Enhet", 6), Column("Visat i kr", 14, KRONOR),
        Column("Exakt (kr)", 16, EXACT), Column("Avrundning (kr)", 14, EXACT),
        Column("Samma belopp även i nr", 20)), rows)


# --- Källor ---------------------------------------------------------------------------------------------------

def _source_cells(where) -> tuple[str, str, str, object]:
    """A source as file, sheet and cell, and line (an SIE file's)."""
    if where is None:
        return "", "", "", None
    return where.file, where.sheet or "", where.cell or "", where.line


def _sources(found: Trail) -> Sheet:
    from pipeline.present.trail import parts

    accounting = found.printed.inputs.accounting
    rows = []
    cache: dict = {}
    for number, (s, place) in enumerate(_places(found), start=1):
        if s.key not in cache:
            cache[s.key] = parts(s.amount, accounting)
        label = " – ".join(p for p in (place.row, place.column) if p) or place.text
        for part in cache[s.key]:
            where = part.source
            file, sheet, cell, line = _source_cells(where)
            rows.append((number, label, part.level, part.kind, part.account, part.name,
                         part.day.isoformat() if part.day else None, part.year, part.value,
                         Decimal(part.coefficient.numerator) / Decimal(part.coefficient.denominator),
                         part.contribution if part.level == 0 else None,
                         where.describe() if where is not None else "", file, sheet, cell, line))
    return Sheet("Källor", (
        Column("Nr", 6), Column("Belopp", 40), Column("Nivå", 6), Column("Typ", 22), Column("Konto", 8),
        Column("Namn / post", 34), Column("Datum", 11), Column("År", 6), Column("Värde (kr)", 16, EXACT),
        Column("Koefficient", 11), Column("Bidrag till beloppet (kr)", 18, EXACT), Column("Källa", 50),
        Column("Fil", 18), Column("Blad", 14), Column("Cell", 8), Column("Rad i filen", 8)), rows)


# --- Texter ---------------------------------------------------------------------------------------------------

def _text_sources(inputs: Inputs) -> dict[str, Where]:
    """Each paragraph of text read from the inputs -> where it was written (the Texter sheet's cell, or the
    row of another sheet)."""
    from pipeline.present.text import paragraphs

    found: dict[str, Where] = {}
    seen: set[int] = set()

    def walk(value) -> None:
        if isinstance(value, (tuple, list)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                if dataclasses.is_dataclass(item) or isinstance(item, (tuple, list)):
                    walk(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type) and id(value) not in seen:
            seen.add(id(value))
            source = getattr(value, "source", None)
            for f in dataclasses.fields(value):
                item = getattr(value, f.name)
                if isinstance(item, str) and isinstance(source, Source):
                    where = source.at("Text") if "Text" in source.refs else \
                        Where(source.file, source.sheet, f"rad {source.row}" if source.row else None)
                    for paragraph in paragraphs(item):
                        found.setdefault(paragraph.text, where)
                elif not isinstance(item, (str, int, Decimal)) and f.name != "source":
                    walk(item)

    walk(inputs)
    return found


def _template_texts(doc: Document, inputs: Inputs) -> set[str]:
    """The paragraphs the template writes as they stand (no variables in them)."""
    import docx

    template = docx.Document(str(template_for(doc, Path(inputs.source))))
    texts = {p.text.strip() for p in template.paragraphs}
    texts |= {p.text.strip() for t in template.tables for row in t.rows for c in row.cells for p in c.paragraphs}
    return {t for t in texts if t and "{" not in t}


def _texts(found: Trail, doc: Document, inputs: Inputs) -> Sheet:
    sources = _text_sources(inputs)
    fixed = _template_texts(doc, inputs)
    rows = []
    for number, p in enumerate(found.layout.paragraphs, start=1):
        text = p.text.strip()
        where = None if text in fixed else sources.get(text)
        kind = "Mallens text" if text in fixed else "Från indata" if where is not None else "Beräknad"
        rows.append((number, "Rubrik" if p.is_heading else "Stycke", p.heading, text, kind,
                     "ja" if kind == "Beräknad" else "nej", len(p.figures),
                     where.describe() if where else ("mallen " + template_for(doc, Path(inputs.source)).name
                                                     if kind == "Mallens text" else "")))
    return Sheet("Texter", (
        Column("Nr", 6), Column("Typ", 9), Column("Avsnitt", 30), Column("Text", 80), Column("Ursprung", 14),
        Column("Beräknad mening", 10), Column("Antal belopp", 8), Column("Källa", 50)), rows)


# --- Kontroller --------------------------------------------------------------------------------------------

OK, NOT_OK, REMARK = "Stämmer", "Stämmer inte", "Anmärkning"


def _checks(found: Trail, doc: Document, inputs: Inputs, scope: Scope) -> Sheet:
    rows = _footing_rows(found) + _identity_rows(found) + _cash_flow_rows(found, scope) + _document_checks(doc, inputs,
                                                                                                     scope)
    return Sheet("Kontroller", (
        Column("Nr", 6), Column("Kontroll", 40), Column("Vad", 90), Column("Exakt (kr)", 16, EXACT),
        Column("Visat", 12, KRONOR), Column("Enhet", 6), Column("Resultat", 14)),
        [(i, *row) for i, row in enumerate(rows, start=1)])


def _footing_rows(found: Trail) -> list[tuple]:
    """Each printed sum of each table against its printed parts."""
    from pipeline.present.trail import footings

    columns: dict[tuple[int, str], list] = {}
    headings = found.layout.table_headings
    for s, place in _places(found):
        if place.table is not None:
            columns.setdefault((place.table, place.column), []).append((place.row, s))
    rows = []
    for (table, column), figures in columns.items():
        for f in footings(figures):
            label, total = f.total
            sum_text = " ".join(f"{'+' if sign > 0 else fmt.MINUS} {row} ({fmt.integer(s.whole)})"
                                for sign, row, s in f.parts).lstrip("+ ")
            rows.append(("Tabellen summerar",
                         f"{headings.get(table) or 'Tabell'} (tabell {table}), {column or 'beloppskolumnen'}: "
                         f"{label} ({fmt.integer(total.whole)}) = {sum_text}",
                         total.exact, total.whole, fmt.UNIT_LABEL[total.unit],
                         OK if f.parts_sum == total.whole else NOT_OK))
    return rows


def _identity_rows(found: Trail) -> list[tuple]:
    """The rules of the books that the rounding keeps on paper, for the books the document prints."""
    made = found.printed
    unit = made.inputs.forbund.unit
    used = {a.key for s in found.shown if hasattr(s.amount, "terms") for a in s.amount.terms}
    rows = []
    for identity in made.identities:
        if not used.intersection(a.key for a in identity.amount.terms):
            continue
        whole = made.printing.printed(identity.amount, unit)
        parts = "; ".join(f"{name}: {fmt.kr(amount.value)}" for name, amount in identity.parts)
        rows.append((identity.label, parts, identity.amount.value, whole, fmt.UNIT_LABEL[unit],
                     OK if whole in (0, None) and identity.amount.value == 0 else NOT_OK))
    return rows


def _cash_flow_rows(found: Trail, scope: Scope) -> list[tuple]:
    """The kassaflöde of the document's year and the year before, when printed, against the change in likvida
    medel it must equal."""
    from pipeline.compute.cashflow import cash_flow
    from pipeline.domain import year_end

    accounting = found.printed.inputs.accounting
    printed_keys = {s.key: s for s in found.shown}
    rows = []
    for year in (scope.year - 1, scope.year):
        if year_end(year) not in accounting.balances or year_end(year - 1) not in accounting.balances:
            continue
        flow = cash_flow(accounting, year)
        shown = printed_keys.get(("amount", getattr(flow.total, "key", None)))
        if shown is None:
            continue
        change = flow.cash_end - flow.cash_start
        whole_change = found.printed.printing.printed(change, shown.unit)
        if whole_change is None:  # no likvida medel in the books: the change is a plain zero
            whole_change = fmt.rounded(change, shown.unit)
        rows.append((f"Årets kassaflöde {year} = förändringen av likvida medel",
                     f"Årets kassaflöde {fmt.kr(flow.total)}; likvida medel {fmt.kr(flow.cash_end)} vid årets slut "
                     f"och {fmt.kr(flow.cash_start)} vid årets början: förändring {fmt.kr(change)}",
                     Decimal(flow.total.value), shown.whole, fmt.UNIT_LABEL[shown.unit],
                     OK if shown.whole == whole_change and flow.total == change else NOT_OK))
    return rows


def _document_checks(doc: Document, inputs: Inputs, scope: Scope) -> list[tuple]:
    """The document's own checks (the parts the law and RKR ask for among them), each with what it found."""
    rows = []
    for check in doc.checks:
        name = _CHECK_NAMES.get(getattr(check, "__name__", ""), "Dokumentets kontroll")
        found = check(inputs, scope)
        if not found:
            rows.append((name, "", None, None, "", OK))
        rows += [(name, str(p), None, None, "", REMARK) for p in found]
    return rows


_CHECK_NAMES = {
    "balances_balance": "Saldona balanserar",
    "balance_sheets": "Balansräkningar finns",
    "operating_budget": "Budget för driftsredovisningen",
    "cash_flows_explained": "Kassaflödet förklarar förändringen av likvida medel",
    "costs_match_books": "Insatslistan = bokföringen",
    "costs_within_decisions": "Utfall inom beslutade belopp",
    "goals_have_status": "Målen har status",
    "goals_followed_up": "Målen är följda upp",
    "pension_movements_match": "Pensionsavsättningen = pensionsbolagets uppgifter",
    "allocation": "Statlig tilldelning finns",
    "equity_within_limit": "Eget kapital inom 20 % av intäkterna",
    "required_texts": "Förvaltningsberättelsens delar (LKBR 11 kap., RKR R15)",
    "staff": "Väsentliga personalförhållanden (LKBR 11 kap.)",
    "balance_requirement": "Balanskravet (RKR R15)",
    "meetings_counted": "Styrelsens sammanträden",
    "same_period_before": "Jämförelse med samma period föregående år (RKR R17)",
    "year_budget": "Årets budget",
    "full_year_forecast": "Helårsprognos (RKR R17)",
    "forecast_equity": "Prognosens eget kapital",
    "budget_in_balance": "Budgeten i balans",
    "budget_and_plan_years": "Budgetår och planår",
    "current_year": "Innevarande års prognos",
}
