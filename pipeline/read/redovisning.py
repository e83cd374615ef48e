"""Reader of redovisning.xlsx: balances, kontoplan, report lines, notes, pension movements."""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from decimal import Decimal

from pipeline import fmt
from pipeline.domain import (
    Accounting,
    AccountRule,
    Movement,
    NoteSpec,
    ReportLine,
    find_rule,
)
from pipeline.enums import LineKind, NoteContent, Report
from pipeline.phrases import definite
from pipeline.problems import Problems, Source, Where
from pipeline.read.cells import nearest
from pipeline.read.xlsx import Row, Sheets, picked, read_table
from pipeline.schema import REDOVISNING

RESULT_LINE_KINDS = {k for k in LineKind if k.is_result}
ALLOWED_KINDS = {
    Report.RR: RESULT_LINE_KINDS | {LineKind.SUM, LineKind.HEADING},
    Report.DR: RESULT_LINE_KINDS | {LineKind.SUM, LineKind.HEADING},
    Report.BR: {LineKind.ASSET, LineKind.CLAIM, LineKind.RESULT, LineKind.SUM, LineKind.HEADING},
}


def read_redovisning(book: Sheets, problems: Problems) -> Accounting:
    table = lambda name: read_table(book, REDOVISNING.sheet(name), problems)  # noqa: E731
    notes = _notes(table("Noter"), problems)
    lines = _lines(table("Rapportrader"), {n.number for n in notes}, problems)
    rules = _rules(table("Kontoplan"), lines, problems)
    balances, names, sources = _balances(table("Saldon"), rules, problems)
    movements = tuple(
        Movement(r["År"], r["Post"], r["Belopp"], r.source)
        for r in table("Pensionsavsättning")
        if None not in (r["År"], r["Post"], r["Belopp"])
    )
    adjustments = tuple(Movement(r["År"], r["Post"], r["Belopp"], r.source) for r in table("Balanskrav")
                        if None not in (r["År"], r["Post"], r["Belopp"]))
    actualisation = {r["År"]: r["Aktualiseringsgrad"] for r in table("Pensionsuppgifter")
                     if None not in (r["År"], r["Aktualiseringsgrad"])}
    _check_notes_used(notes, lines, problems)
    return Accounting(balances, names, lines, rules, notes, movements, sources, actualisation, adjustments)


def _notes(rows: list[Row], problems: Problems) -> tuple[NoteSpec, ...]:
    notes: dict[int, NoteSpec] = {}
    for r in rows:
        if r["Not"] in notes:
            problems.error(r.where("Not"), f"not {r['Not']} finns redan på en tidigare rad.")
        elif None not in (r["Not"], r["Rubrik"], r["Innehåll"], r["Enhet"]):
            notes[r["Not"]] = NoteSpec(r["Not"], r["Rubrik"], r["Innehåll"], r["Enhet"], r.source)
    return tuple(sorted(notes.values(), key=lambda n: n.number))


def _lines(rows: list[Row], note_numbers: set[int], problems: Problems) -> tuple[ReportLine, ...]:
    lines: list[ReportLine] = []
    seen: dict[tuple[str, str], Row] = {}
    for r in rows:
        if None in (r["Rapport"], r["Rad"], r["Typ"]):
            continue
        key = (r["Rapport"], r["Rad"])
        if key in seen:
            problems.error(r.where("Rad"), f"raden \"{r['Rad']}\" finns redan i {definite(r['Rapport'])} "
                                           f"(rad {seen[key].number}). Varje rad i en rapport ska ha ett unikt namn.")
            continue
        seen[key] = r
        if r["Typ"] not in ALLOWED_KINDS[r["Rapport"]]:
            allowed = ", ".join(k for k in LineKind if k in ALLOWED_KINDS[r["Rapport"]])
            problems.error(r.where("Typ"), f"typen \"{r['Typ']}\" kan inte användas i {definite(r['Rapport'])}. "
                                           f"Välj en av: {allowed}.")
            continue
        if r["Rapport"] == Report.BR and r["Typ"] in (LineKind.ASSET, LineKind.CLAIM) and r["Kassaflöde"] is None:
            problems.error(r.where("Kassaflöde"), f"ange var raden \"{r['Rad']}\" hör hemma i kassaflödesanalysen, "
                                                  "t.ex. likvida medel, fordringar eller kortfristiga skulder.")
        if r["Not"] is not None and r["Not"] not in note_numbers:
            problems.error(r.where("Not"), f"not {r['Not']} finns inte på bladet Noter.")
        lines.append(ReportLine(r["Rapport"], r["Rad"], r["Typ"], r["Ingår i"], r["Not"], r["Kassaflöde"], r.source))
    by_key = {(line.report, line.name): line for line in lines}
    for line in lines:
        if line.parent is None:
            continue
        parent = by_key.get((line.report, line.parent))
        if parent is None or parent.kind != LineKind.SUM:
            names = [l.name for l in lines if l.report == line.report and l.kind == LineKind.SUM]
            hint = nearest(line.parent, names)
            suffix = f" Menade du \"{hint}\"?" if hint else ""
            problems.error(line.source.at("Ingår i"), f"\"{line.parent}\" är ingen summarad i "
                                                      f"{definite(line.report)}.{suffix}")
        elif _has_cycle(line, by_key):
            problems.error(line.source.at("Ingår i"), f"raden \"{line.name}\" ingår i sig själv via \"Ingår i\".")
    if any(l.report == Report.RR for l in lines):
        results = [l for l in lines if l.report == Report.BR and l.kind == LineKind.RESULT]
        if len(results) != 1:
            problems.error([l.source.at("Typ") for l in results] or [Where(REDOVISNING.filename, "Rapportrader",
                                                                           "C2")],
                           "balansräkningen ska ha exakt en rad av typen \"årets resultat\".")
    return tuple(lines)


def _has_cycle(line: ReportLine, by_key: dict) -> bool:
    seen = {line.name}
    current = line
    while current.parent is not None:
        current = by_key.get((current.report, current.parent))
        if current is None:
            return False
        if current.name in seen:
            return True
        seen.add(current.name)
    return False


def _rules(rows: list[Row], lines: tuple[ReportLine, ...], problems: Problems) -> tuple[AccountRule, ...]:
    posts = {(l.report, l.name): l for l in lines if l.is_post}
    rules: list[AccountRule] = []
    starts: list[int] = []  # the rules' first accounts, sorted, for the overlap check
    ordered: list[AccountRule] = []
    for order, r in enumerate(rows):
        if r["Konto från"] is None:
            continue
        first = r["Konto från"]
        last = r["Konto till"] if r["Konto till"] is not None else first
        if last < first:
            problems.error(r.where("Konto till"), f"{last} är lägre än Konto från ({first}).")
            continue
        if (r[Report.RR] is None) == (r[Report.BR] is None):
            problems.error(r.where(Report.RR), "ange en rad i antingen Resultaträkning (resultatkonton) eller "
                                               "Balansräkning (balanskonton), inte båda och inte ingen.")
            continue
        if r[Report.DR] is not None and r[Report.RR] is None:
            problems.error(r.where(Report.DR), "bara resultatkonton kan föras till driftsredovisningen.")
            continue
        mapped: dict[Report, str] = {}
        for report in Report:
            name = r[report]
            if name is None:
                continue
            if (report, name) not in posts:
                names = [n for (rep, n) in posts if rep == report]
                hint = nearest(name, names)
                suffix = f" Menade du \"{hint}\"?" if hint else ""
                problems.error(r.where(report), f"\"{name}\" är ingen rad med belopp i {definite(report)} "
                                                f"(bladet Rapportrader).{suffix}")
            mapped[report] = name
        overlap = _overlap(starts, ordered, first, last)
        if overlap is not None:
            problems.error([r.where("Konto från"), overlap.source.at("Konto från")],
                           f"kontona {first}–{last} överlappar en tidigare rad ({overlap.first}–{overlap.last}). "
                           "Ett konto får bara stå på en rad.")
            continue
        rule = AccountRule(first, last, mapped, r["Benämning i not"], r["Delsumma i not"], order, r.source,
                           r["Medlem"])
        rules.append(rule)
        position = bisect_left(starts, first)
        starts.insert(position, first)
        ordered.insert(position, rule)
    if any(l.report == Report.DR for l in lines):
        for rule in rules:
            if Report.RR in rule.lines and Report.DR not in rule.lines:
                problems.error(rule.source.at(Report.DR),
                               f"kontona {rule.first}–{rule.last} saknar rad i driftsredovisningen.")
    return tuple(rules)


def _overlap(starts: list[int], ordered: list[AccountRule], first: int, last: int) -> AccountRule | None:
    """An earlier kontoplan row sharing an account with first..last; `ordered` is sorted by start."""
    i = bisect_left(starts, first)
    if i < len(ordered) and ordered[i].first <= last:
        return ordered[i]
    if i > 0 and ordered[i - 1].last >= first:
        return ordered[i - 1]
    return None


def _balances(rows: list[Row], rules: tuple[AccountRule, ...], problems: Problems):
    balances: dict[date, dict[int, Decimal]] = {}
    names: dict[int, str] = {}
    sources: dict[tuple[date, int], Source] = {}
    mapped: dict[int, bool] = {}  # account -> on a kontoplan row: an account has a row per date
    ordered = sorted(rules, key=lambda r: r.first)
    index = ([r.first for r in ordered], ordered)
    for r, (day, account, name, amount) in picked(rows, "Datum", "Konto", "Benämning", "Belopp"):
        if day is None or account is None or amount is None:
            continue
        key = (day, account)
        if key in sources:
            problems.error(r.where("Konto"), f"konto {account} har redan ett saldo per {fmt.iso_date(day)} "
                                             f"(rad {sources[key].row}). Varje konto ska ha ett saldo per datum.")
            continue
        sources[key] = r.source
        if account not in mapped:
            mapped[account] = find_rule(index, account) is not None
            if not mapped[account] and rules:
                unknown_account(account, name, r.where("Konto"), ordered, problems)
        if not mapped[account]:
            continue
        balances.setdefault(day, {})[account] = amount
        if name:
            names[account] = name
    if rows and not rules:
        problems.error(Where(REDOVISNING.filename, "Kontoplan", "A2"), "kontoplanen har inga giltiga rader, så "
                                                                       "inga konton kan föras till rapporterna.")
    return balances, names, sources


def unknown_account(account: int, name: str | None, where: Where, ordered: list[AccountRule],
                    problems: Problems) -> None:
    """An account on no kontoplan row (`ordered` by first account, not empty), with the nearest row."""
    near = min(ordered, key=lambda rule: min(abs(account - rule.first), abs(account - rule.last)))
    lines = ", ".join(dict.fromkeys(near.lines.values()))
    named = f" ({name})" if name else ""
    problems.error([where, near.source.at("Konto från")],
                   f"konto {account}{named} finns inte i kontoplanen; närmast är {near.first}–{near.last} "
                   f"({lines}). Lägg till kontot på bladet Kontoplan, eller vidga en rad, så att det "
                   "hamnar på en rad i rapporterna.")


def _check_notes_used(notes: tuple[NoteSpec, ...], lines: tuple[ReportLine, ...], problems: Problems) -> None:
    used = {l.note for l in lines if l.note is not None}
    for note in notes:
        if note.number not in used and note.content != NoteContent.COMMITMENTS:
            problems.warning(note.source.at("Not"), f"not {note.number} ({note.title}) används inte av någon rad på "
                                                    "bladet Rapportrader och visas inte.")
