"""After reading, before computing: what one workbook says about another's data.

Paragraph numbers run on through the year's meeting workbooks, and a meeting's granted
applications and approved final reports become decisions and closings in the grant list,
so nothing is typed twice. A meeting decision that contradicts the grant list is an error
naming both cells.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from pipeline import fmt
from pipeline.domain import AgendaItem, Decision, Grants, Inputs, Insats, Meeting
from pipeline.enums import AgendaKind
from pipeline.problems import Problems


def reconcile(inputs: Inputs, problems: Problems) -> Inputs:
    meetings = continue_numbering(inputs.meetings, problems)
    grants = merge_into_grants(inputs.grants, meetings, problems)
    implausible_amounts(inputs, problems)
    return replace(inputs, meetings=meetings, grants=grants)


IMPLAUSIBLE = 100  # times the förbund's yearly revenue: no amount of its own comes near


def yearly_revenue(inputs: Inputs) -> Decimal:
    """The largest yearly revenue the inputs show: the revenue accounts (BAS class 3) at a year's end, or
    the state allocation with the members' matching half."""
    from_books = [-sum((v for a, v in balances.items() if 3000 <= a <= 3999), Decimal(0))
                  for day, balances in inputs.accounting.balances.items() if (day.month, day.day) == (12, 31)]
    from_budget = [2 * a.amount for a in inputs.budget.allocations]
    return max(from_books + from_budget + [Decimal(0)])


def implausible_amounts(inputs: Inputs, problems: Problems) -> None:
    """An amount over a hundred times the förbund's yearly revenue is a typing mistake (öre typed as
    kronor, a digit too many), said at its cell before it becomes a figure in a report."""
    revenue = yearly_revenue(inputs)
    if revenue <= 0:
        return
    limit = IMPLAUSIBLE * revenue
    sources = inputs.accounting.balance_sources
    amounts = [(v, sources.get((day, a))) for day, balances in inputs.accounting.balances.items()
               for a, v in balances.items() if abs(v) > limit]  # the source of only those it speaks of
    amounts += [(i.amount, i.source) for i in inputs.budget.items]
    amounts += [(d.amount, d.source) for d in inputs.grants.decisions]
    amounts += [(c.amount, c.source) for c in inputs.grants.costs]
    for value, source in amounts:
        if abs(value) > limit and source is not None:
            problems.error(source.at("Belopp"), f"{fmt.kr(value)} är mer än {IMPLAUSIBLE} gånger förbundets "
                                                f"intäkter ett år ({fmt.kr(revenue)}) och kan inte stämma. "
                                                "Kontrollera beloppet: en siffra för mycket, eller öre i stället "
                                                "för kronor?")


def first_paragraphs(meetings: tuple[Meeting, ...], problems: Problems) -> dict[date, int]:
    """Each meeting's first paragraph number: numbering runs on through the year's meetings."""
    firsts: dict[date, int] = {}
    previous: Meeting | None = None
    for meeting in sorted(meetings, key=lambda m: m.day):
        if previous is not None and previous.day.year == meeting.day.year:
            expected = firsts[previous.day] + len(previous.agenda)
            if meeting.first_paragraph is not None and meeting.first_paragraph != expected:
                problems.warning(meeting.facts.at("Första paragraf"),
                                 f"Första paragraf är {meeting.first_paragraph}, men sammanträdet "
                                 f"{fmt.iso_date(previous.day)} slutade med § {expected - 1}; numreringen "
                                 f"fortsätter med § {expected}.")
            firsts[meeting.day] = expected
        else:
            firsts[meeting.day] = meeting.first_paragraph or 1
        previous = meeting
    return firsts


def continue_numbering(meetings: tuple[Meeting, ...], problems: Problems) -> tuple[Meeting, ...]:
    """The meetings with their first paragraph resolved (see first_paragraphs), once for every use."""
    firsts = first_paragraphs(meetings, problems)
    return tuple(replace(m, first_paragraph=firsts[m.day]) for m in meetings)


def granted(item: AgendaItem) -> bool:
    """An application is granted unless the board's decision says it is turned down (avslå)."""
    return not any("avslå" in d.lower() for d in item.decisions)


def merge_into_grants(grants: Grants, meetings: tuple[Meeting, ...], problems: Problems) -> Grants:
    """The grant list with the numbered meetings' granted applications and approved final reports."""
    insatser = {i.name: i for i in grants.insatser}
    decisions = list(grants.decisions)
    for meeting in sorted(meetings, key=lambda m: m.day):
        for offset, item in enumerate(meeting.agenda):
            number = meeting.first_paragraph + offset
            if item.kind == AgendaKind.APPLICATION and granted(item) and None not in (
                    item.insats, item.amount, item.start, item.end, item.applicant):
                decision = _application(item, meeting, number, insatser, decisions, problems)
                if decision is not None:
                    decisions.append(decision)
            elif item.kind == AgendaKind.FINAL_REPORT and item.insats:
                if item.insats not in insatser:
                    problems.error(item.source.at("Insats"),
                                   f"§ {number}: slutrapporten gäller {item.insats}, som inte finns i insatslistan "
                                   "(insatser.xlsx, bladet Insatser).")
                elif insatser[item.insats].closed is None:
                    insatser[item.insats] = replace(insatser[item.insats], closed=meeting.day)
    return replace(grants, insatser=tuple(insatser.values()), decisions=tuple(decisions))


def _application(item: AgendaItem, meeting: Meeting, number: int, insatser: dict[str, Insats],
                 decisions: list[Decision], problems: Problems) -> Decision | None:
    """The decision a granted application makes, or None when the grant list has it already (or it is wrong)."""
    same = [d for d in decisions if d.insats == item.insats and (d.start, d.end) == (item.start, item.end)]
    other = next((d for d in same if d.amount != item.amount), None)
    if other is not None:
        problems.error([item.source.at("Belopp"), other.source.at("Belopp")],
                       f"§ {number} beviljar {item.insats} {fmt.kr(item.amount)} för {fmt.iso_date(item.start)}–"
                       f"{fmt.iso_date(item.end)}, men insatslistan har {fmt.kr(other.amount)} för samma period "
                       f"(beslut {fmt.iso_date(other.day)} {other.paragraph}).")
        return None
    if same:
        return None  # already in the grant list, as decided
    if item.insats not in insatser:
        if item.insats_kind is None:
            problems.error(item.source.at("Insatstyp"), f"§ {number}: {item.insats} är en ny insats; ange Insatstyp "
                                                        "(individinriktad eller strukturinriktad).")
            return None
        insatser[item.insats] = Insats(item.insats, item.applicant, item.co_applicants, item.insats_kind,
                                       item.start, item.end, None, item.text, None, None, None, item.source)
    else:
        current = insatser[item.insats]
        insatser[item.insats] = replace(current, start=min(current.start, item.start), end=max(current.end, item.end))
    return Decision(item.insats, meeting.day, f"§ {number}", item.amount, item.start, item.end, item.source)
