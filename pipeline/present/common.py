"""Context parts every document shares: tables, the förbund, the signature block."""
from __future__ import annotations

from fractions import Fraction

from pipeline import fmt
from pipeline.compute.tables import Table
from pipeline.domain import Forbund, Member, Scope
from pipeline.enums import BoardRole, MemberKind
from pipeline.present.charts import Picture
from pipeline.present.text import join, number_word, share_words

SIGNATURE_LINE = "_" * 34
ROLE_ORDER = {BoardRole.CHAIR: 0, BoardRole.VICE_CHAIR: 1, BoardRole.MEMBER: 2}


def table_rows(table: Table, unit: str) -> list[dict]:
    """Rows with their amounts formatted in `unit`; the template only places them."""
    return [
        {
            "label": row.label,
            "style": row.style,
            "note": str(row.note) if row.note is not None else "",
            "cells": [fmt.amount(v, unit) for v in row.values],
        }
        for row in table.rows
    ]


def unit_header(unit: str) -> str:
    return f"Belopp i {fmt.UNIT_LABEL[unit]}"


LOGO_WIDTH_CM = 4.0


def forbund(f: Forbund) -> dict:
    logo = Picture(f.logo, LOGO_WIDTH_CM) if f.logo else None
    return {"name": f.name, "name_upper": f.name.upper(), "orgnr": f.orgnr, "seat": f.seat, "logo": logo,
            "logo_caption": ""}


def signatures(f: Forbund, scope: Scope) -> dict:
    """Ort och datum, and a signature line for each ordinary board member serving on the document's day."""
    day = scope.day
    place = scope.place or f.seat
    people = sorted(
        (m for m in f.board if m.ordinary and m.serves_on(day)),
        key=lambda m: ROLE_ORDER.get(m.role, 3),
    )
    entries = [{"name": m.name, "role": m.role.capitalize(), "line": SIGNATURE_LINE} for m in people]
    pairs = [entries[i:i + 2] + [{"name": "", "role": "", "line": ""}] * (2 - len(entries[i:i + 2]))
             for i in range(0, len(entries), 2)]
    return {
        "place_date": f"{place} {fmt.iso_date(scope.decided) if scope.decided else '_' * 20}",
        "rows": pairs,
    }


def funding_sentence(members: tuple[Member, ...]) -> str:
    """'X bidrar med hälften av medlen, Y med en fjärdedel och de två kommunerna med en fjärdedel.'"""
    groups = []
    for kind in MemberKind:
        group = [m for m in members if m.kind == kind]
        if not group:
            continue
        share = sum((m.share for m in group), Fraction(0))
        who = join([m.name for m in group]) if kind != MemberKind.MUNICIPALITY or len(group) == 1 \
            else f"de {number_word(len(group))} kommunerna"
        groups.append((who, share_words(share)))
    if not groups:
        return ""
    (first_who, first_share), rest = groups[0], groups[1:]
    parts = [f"{first_who} bidrar med {first_share} av medlen"] + [f"{who} med {words}" for who, words in rest]
    return join(parts) + "."
