"""Reader of insatser.xlsx: the grant list with decisions, yearly costs and goals."""
from __future__ import annotations

from pipeline import fmt
from pipeline.domain import Cost, Decision, Description, Grants, Insats, InsatsFollowUp, InsatsGoal
from pipeline.problems import Problems
from pipeline.read.cells import nearest
from pipeline.read.xlsx import Row, Sheets, read_fields, read_table
from pipeline.schema import INSATSER


def read_insatser(book: Sheets, problems: Problems) -> Grants:
    """The grant list: insatser, decisions, yearly costs and goals."""
    table = lambda name: read_table(book, INSATSER.sheet(name), problems)  # noqa: E731
    facts = read_fields(book, INSATSER.sheet("Uppgifter"), problems)
    insatser: dict[str, Insats] = {}
    rows = table("Insatser")
    # Names count as known even when another cell of their row is wrong: no follow-on errors.
    names = {r["Insats"] for r in rows if r["Insats"]}
    for r in rows:
        if None in (r["Insats"], r["Insatsägare"], r["Typ"], r["Start"], r["Slut"]):
            continue
        if r["Insats"] in insatser:
            problems.error(r.where("Insats"), f"insatsen \"{r['Insats']}\" finns redan på en tidigare rad. "
                                              "Varje insats ska ha ett unikt namn.")
            continue
        if r["Slut"] < r["Start"]:
            problems.error(r.where("Slut"), f"periodens slut {fmt.iso_date(r['Slut'])} ligger före start "
                                            f"{fmt.iso_date(r['Start'])}.")
        insatser[r["Insats"]] = Insats(r["Insats"], r["Insatsägare"], r["Medsökande"], r["Typ"], r["Start"],
                                       r["Slut"], r["Avslutad"], r["Bakgrund"], r["Syfte"], r["Målgrupp"],
                                       r["Metod"], r.source)

    def known(r: Row) -> bool:
        if r["Insats"] is None or r["Insats"] in names:
            return r["Insats"] in insatser
        hint = nearest(r["Insats"], names)
        suffix = f" Menade du \"{hint}\"?" if hint else ""
        problems.error(r.where("Insats"), f"insatsen \"{r['Insats']}\" finns inte på bladet Insatser.{suffix}")
        return False

    decisions = tuple(
        Decision(r["Insats"], r["Beslutsdatum"], r["Paragraf"], r["Belopp"], r["Från"], r["Till"], r.source)
        for r in table("Beslut")
        if known(r) and None not in (r["Beslutsdatum"], r["Paragraf"], r["Belopp"])
    )
    costs: dict[tuple[str, int], Cost] = {}
    for r in table("Utfall"):
        if not known(r) or None in (r["År"], r["Belopp"]):
            continue
        key = (r["Insats"], r["År"])
        if key in costs:
            problems.error(r.where("År"), f"{r['Insats']} har redan ett utfall för {r['År']} på en tidigare rad.")
            continue
        costs[key] = Cost(r["Insats"], r["År"], r["Belopp"], r.source)
    goals = tuple(
        InsatsGoal(r["Insats"], r["Mål"], r["Uppfyllt"], r["Resultat"], r.source, r["Från"])
        for r in table("Mål")
        if known(r) and r["Mål"] is not None
    )
    descriptions = tuple(
        Description(r["Insats"], r["Datum"], r["Bakgrund"], r["Syfte"], r["Målgrupp"], r["Metod"], r.source,
                    r["Medsökande"])
        for r in table("Beskrivningar")
        if known(r) and r["Datum"] is not None
    )
    follow_ups: dict[tuple[str, object], InsatsFollowUp] = {}
    for r in table("Uppföljning"):
        if not known(r) or r["Datum"] is None or (r["Status"] is None and r["Text"] is None):
            continue
        key = (r["Insats"], r["Datum"])
        if key in follow_ups:
            problems.error(r.where("Datum"), f"{r['Insats']} har redan en uppföljning per {fmt.iso_date(r['Datum'])} "
                                             f"på rad {follow_ups[key].source.row}.")
            continue
        follow_ups[key] = InsatsFollowUp(r["Insats"], r["Datum"], r["Status"], r["Text"], r.source)
    return Grants(facts["Rad i driftsredovisningen"] or "", tuple(insatser.values()), decisions,
                  tuple(costs.values()), goals, facts.source, descriptions, tuple(follow_ups.values()))
