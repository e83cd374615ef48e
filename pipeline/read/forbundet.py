"""Reader of forbundet.xlsx: organisation, members with funding shares, board, staff."""
from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

from pipeline import fmt
from pipeline.contrast import GRAPHICS, passing, ratio
from pipeline.domain import BoardMember, Forbund, Member, StaffYear
from pipeline.enums import BoardRole, ChiefTitle, MemberKind, QuorumRule, Unit
from pipeline.problems import Problems, Where
from pipeline.read.xlsx import Row, Sheets, read_fields, read_table
from pipeline.schema import FORBUNDET

DEFAULT_SHARES = {MemberKind.STATE: Fraction(1, 2), MemberKind.REGION: Fraction(1, 4),
                  MemberKind.MUNICIPALITY: Fraction(1, 4)}


def read_forbundet(book: Sheets, problems: Problems) -> Forbund:
    facts = read_fields(book, FORBUNDET.sheet("Uppgifter"), problems)
    members = _members(book, read_table(book, FORBUNDET.sheet("Medlemmar"), problems), problems)
    board = tuple(
        BoardMember(r["Namn"], r["Roll"], r["Organisation"] or "", r["Från"], r["Till"], r.source)
        for r in read_table(book, FORBUNDET.sheet("Styrelse"), problems)
        if r["Namn"] and r["Roll"]
    )
    if board and not any(m.role == BoardRole.CHAIR for m in board):
        problems.warning([m.source.at("Roll") for m in board], "styrelsen har ingen ordförande.")
    staff: dict[int, StaffYear] = {}
    staff_sources = {}
    for r in read_table(book, FORBUNDET.sheet("Personal"), problems):
        if r["År"] in staff:
            problems.error(r.where("År"), f"året {r['År']} finns redan på en tidigare rad.")
        elif r["År"] is not None and r["Antal anställda"] is not None:
            staff[r["År"]] = StaffYear(r["Antal anställda"], r["Årsarbetare"], r["Sjukfrånvaro"],
                                       r["Anställda hos"])
            staff_sources[r["År"]] = r.source
    colours = _colours(facts, problems)
    return Forbund(
        name=facts["Namn"] or "",
        orgnr=facts["Organisationsnummer"] or "",
        seat=facts["Säte"] or "",
        founded=facts["Bildat"],
        chief_title=facts["Chefens titel"] or ChiefTitle.CHIEF,
        unit=facts["Belopp i rapporter"] or Unit.TKR,
        members=members,
        board=board,
        staff=staff,
        colours=colours,
        logo=book.images[0] if book.images else None,
        ratio_decimals=_decimals(facts, problems),
        budget_in_income=facts["Budget i resultaträkningen"] == "ja",
        budget_in_notes=facts["Budget i noterna"] == "ja",
        seats=facts["Antal ledamöter"],
        balance_requirement=None if facts["Balanskravsutredning"] is None else facts["Balanskravsutredning"] == "ja",
        quorum_rule=facts["Beslutför"] or QuorumRule.MORE_THAN_HALF,
        facts=facts.source,
        staff_sources=staff_sources,
    )


def _decimals(facts: Row, problems: Problems) -> int:
    value = facts["Decimaler i nyckeltal"]
    if value is not None and not 0 <= value <= 2:
        problems.error(facts.where("Decimaler i nyckeltal"), f"{value} decimaler går inte; skriv 0, 1 eller 2.")
        return 0
    return value or 0


def _colours(facts: Row, problems: Problems) -> tuple[str, ...]:
    text = facts["Färger"]
    if not text:
        return ()
    colours = tuple(c.strip() for c in text.split(",") if c.strip())
    bad = [c for c in colours if not re.fullmatch(r"#[0-9A-Fa-f]{6}", c)]
    if bad:
        problems.error(facts.where("Färger"), f"{', '.join(bad)} är inga färgkoder. Skriv hexkoder som #1F3A5F, "
                                              "åtskilda med komma.")
        return ()
    return tuple(_readable(c, facts, problems) for c in colours)


def _readable(colour: str, facts: Row, problems: Problems) -> str:
    """The colour, or the nearest darker one with the contrast a chart needs against the white page."""
    used = passing(colour, GRAPHICS)
    if used != colour.upper():
        problems.warning(facts.where("Färger"), f"färgen {colour} har kontrasten {fmt.contrast(ratio(colour))} "
                                                f"mot den vita sidan; diagram behöver minst 3:1 (WCAG 1.4.11) för att "
                                                f"synas för den som ser dåligt. Diagrammen använder {used}, samma "
                                                "färgton något mörkare; skriv en mörkare färg för att slippa varningen.")
    return used


def _members(book: Sheets, rows: list[Row], problems: Problems) -> tuple[Member, ...]:
    """Every set of members and shares: the rows with the same Från (none: the first set) hold together."""
    rows = [r for r in rows if r["Medlem"] and r["Typ"]]
    if not rows:
        problems.error(Where(book.file, "Medlemmar", "A2"), "inga medlemmar är angivna. Skriv en rad per medlem.")
        return ()
    starts = sorted({r["Från"] for r in rows}, key=lambda d: d or date.min)
    return tuple(member for start in starts
                 for member in _member_set([r for r in rows if r["Från"] == start], start, problems))


def _member_set(rows: list[Row], start: date | None, problems: Problems) -> tuple[Member, ...]:
    since = f" från {fmt.iso_date(start)}" if start else ""
    given = [r for r in rows if r["Andel"] is not None]
    if given and len(given) < len(rows):
        for r in rows:
            if r["Andel"] is None:
                problems.error(r.where("Andel"), "andel saknas. Ange andel för alla medlemmar, eller lämna "
                                                 f"alla tomma för standardfördelningen{since}.")
        return ()
    if given:
        total = sum((r["Andel"] for r in rows), Fraction(0))
        if total != 1:
            problems.error([r.where("Andel") for r in rows],
                           f"andelarna{since} blir tillsammans {fmt.share(total)} men ska bli 100 %.")
        return tuple(Member(r["Medlem"], r["Typ"], r["Andel"], r.source, r["Invånare"], start) for r in rows)
    count = {kind: sum(1 for r in rows if r["Typ"] == kind) for kind in DEFAULT_SHARES}
    missing = [kind for kind, n in count.items() if n == 0]
    if missing:
        problems.error([r.where("Typ") for r in rows],
                       f"standardfördelningen{since} kräver minst en medlem av typen {', '.join(missing)}. "
                       "Lägg till medlemmen eller ange andelar i kolumnen Andel.")
        return ()
    return tuple(Member(r["Medlem"], r["Typ"], share, r.source, r["Invånare"], start)
                 for r, share in zip(rows, _default_shares(rows, problems)))


def _default_shares(rows: list[Row], problems: Problems) -> list[Fraction]:
    """Staten 1/2, regionen 1/4 and the kommuner 1/4, split by their invånare when all are given. Several
    kommuner without invånare share equally, with a warning naming the cells that would decide it."""
    municipalities = [r for r in rows if r["Typ"] == MemberKind.MUNICIPALITY]
    people = [r["Invånare"] for r in municipalities]
    by_population = len(municipalities) > 1 and all(p for p in people)
    if len(municipalities) > 1 and not by_population:
        problems.warning([r.where("Andel") for r in rows]
                         + [r.where("Invånare") for r in municipalities if "Invånare" in r.source.refs],
                         f"andelar saknas, så de {len(municipalities)} kommunerna delar lika på en fjärdedel. Ange "
                         "andelar i kolumnen Andel, eller kommunernas invånare i kolumnen Invånare så räknas "
                         "andelarna fram.")
    count = {kind: sum(1 for r in rows if r["Typ"] == kind) for kind in DEFAULT_SHARES}
    shares = []
    for r in rows:
        if r["Typ"] == MemberKind.MUNICIPALITY and by_population:
            shares.append(DEFAULT_SHARES[r["Typ"]] * Fraction(r["Invånare"], sum(people)))
        else:
            shares.append(DEFAULT_SHARES[r["Typ"]] / count[r["Typ"]])
    return shares
