"""Context parts every document shares: tables, the förbund, the signature block."""
from __future__ import annotations

from fractions import Fraction

from pipeline import fmt
from pipeline.compute.tables import Table as Computed
from pipeline.domain import Forbund as Domain
from pipeline.domain import Member, Scope
from pipeline.enums import BoardRole, MemberKind
from pipeline.present.charts import Picture
from pipeline.phrases import phrase
from pipeline.present.model import Block, Forbund, Paragraph, Row, Signatures, Signer, Table
from pipeline.present.text import join, number_word, share_words

ROLE_ORDER = {BoardRole.CHAIR: 0, BoardRole.VICE_CHAIR: 1, BoardRole.MEMBER: 2}
LOGO_WIDTH_CM = 4.0


def rows(table: Computed, unit: str, notes: set[int] | None = None) -> list[Row]:
    """Rows with their amounts formatted in `unit`; the template only places them.

    With `notes`, a row refers only to the notes in that set (the others are not shown).
    """
    return [
        Row(by_sign(row.label, [fmt.rounded(v, unit) for v in row.values if v is not None]), row.style,
            str(row.note) if row.note is not None and (notes is None or row.note in notes) else "",
            [fmt.amount(v, unit) for v in row.values])
        for row in table.rows
    ]


def by_sign(label: str, printed: list[int]) -> str:
    """A net cost that is a surplus in every column reads as what it is: "Verksamhetens nettokostnader"
    printed positive (the revenue exceeds the costs) is labelled "Verksamhetens nettointäkter"."""
    if "nettokostnad" in label and printed and all(v > 0 for v in printed):
        return label.replace("nettokostnad", "nettointäkt")
    return label


def table(computed: Computed, unit: str, columns: list[str], notes: set[int] | None = None) -> Table:
    return Table(unit_header(unit), columns, rows(computed, unit, notes))


def unit_header(unit: str) -> str:
    return f"Belopp i {fmt.UNIT_LABEL[unit]}"


def rounding() -> Block:
    """The sentence that says how the amounts are rounded (pipeline.present.rounding), as a text block."""
    return Block(phrase("avrundning_rubrik"), [Paragraph(phrase("avrundning"), False)])


def forbund(f: Domain) -> Forbund:
    logo = Picture(f.logo, LOGO_WIDTH_CM, f"Logotyp: {f.name}") if f.logo else None
    return Forbund(f.name, f.name.upper(), f.orgnr, f.seat, logo)


def signatures(f: Domain, scope: Scope) -> Signatures:
    """Ort och datum, and a signature for each ordinary board member serving on the document's day."""
    people = sorted((m for m in f.board if m.ordinary and m.serves_on(scope.day)),
                    key=lambda m: ROLE_ORDER.get(m.role, 3))
    return Signatures(scope.place or f.seat, fmt.iso_date(scope.decided),
                      pairs([Signer(m.name, m.role.capitalize()) for m in people]))


def pairs(signers: list[Signer]) -> list[list[Signer]]:
    """Two signatures a row; an odd last one gets an empty place beside it."""
    blank = Signer("", "")
    return [signers[i:i + 2] + [blank] * (2 - len(signers[i:i + 2])) for i in range(0, len(signers), 2)]


def funding_sentence(members: tuple[Member, ...]) -> str:
    """'X bidrar med hälften av medlen, Y med en fjärdedel och de två kommunerna med en fjärdedel.'"""
    groups = []
    for kind in MemberKind:
        group = [m for m in members if m.kind == kind]
        if not group:
            continue
        share = sum((m.share for m in group), Fraction(0))
        who = join([m.name for m in group]) if kind != MemberKind.MUNICIPALITY or len(group) == 1 \
            else phrase("common.kommunerna", count=number_word(len(group)))
        groups.append((who, share_words(share)))
    if not groups:
        return ""
    (first_who, first_share), rest = groups[0], groups[1:]
    parts = [phrase("common.bidrar_med", who=first_who, share=first_share)] + \
        [phrase("common.och_med", who=who, share=words) for who, words in rest]
    return join(parts) + "."
