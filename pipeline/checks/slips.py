"""The slips a tired ekonom makes, caught at their own cell: a decision typed twice, a placeholder left in a
text, data dated after the document that it would silently leave out, an amount typed in tkr or öre."""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from statistics import median

from pipeline import fmt
from pipeline.checks import Check
from pipeline.compute.lines import has_results, line_values
from pipeline.compute.meetings import meeting_of
from pipeline.domain import Inputs, Scope, year_end
from pipeline.enums import DocumentTitle, Report
from pipeline.problems import Problem, Source, error, warning

# ‹namn›, <namn>, [namn], XX and TODO: what a text template leaves to fill in. Brackets open on a letter, so that
# "< 25 år och > 55 år", [1] or <2> are text.
PLACEHOLDER = re.compile(r"‹[^›\n]*›|<[^\W\d_][^<>\n]{0,59}>|\[[^\W\d_][^\[\]\n]{0,59}\]|\bX{2,}\b|\bTODO\b")
OFF = 50  # an amount this many times its line's other amounts, or a fraction as small: tkr (1000×) or öre (100×)


def decided_twice(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The same decision (insats, day and amount, or insats and §) on two rows is counted twice."""
    found = []
    for name, decisions in inputs.grants.decisions_of.items():
        for i, first in enumerate(decisions):
            for later in decisions[i + 1:]:
                same_paragraph = first.paragraph and first.paragraph == later.paragraph and first.day == later.day
                if same_paragraph or (first.day, first.amount) == (later.day, later.amount):
                    found.append(error([first.source.at("Belopp"), later.source.at("Belopp")],
                                       f"beslutet om {name} {fmt.iso_date(first.day)} står två gånger "
                                       f"({fmt.kr(first.amount)} och {fmt.kr(later.amount)}) och skulle räknas "
                                       "dubbelt. Ta bort den ena raden."))
    return found


def _in(text: str | None) -> list[str]:
    return PLACEHOLDER.findall(text or "")


def _left(source: Source | None, column: str, text: str | None) -> list[Problem]:
    marks = _in(text)
    if not marks or source is None:
        return []
    shown = ", ".join(f"\"{m}\"" for m in dict.fromkeys(marks))
    return [error(source.at(column), f"texten innehåller {shown}, som ser ut som något som skulle fyllas i. Skriv "
                                     "den färdigt innan dokumentet byggs.")]


def _yearly_texts(inputs: Inputs, scope: Scope, title: DocumentTitle) -> list[tuple[Source | None, str, str | None]]:
    a, g = inputs.activity, inputs.grants
    found = [(t.source, column, value) for t in a.texts if t.document == title and t.year in (scope.year, None)
             for column, value in (("Text", t.text), ("Rubrik", t.heading))]
    found += [(goal.source, column, value) for goal in a.goals if goal.year == scope.year
              for column, value in (("Mål", goal.text), ("Hur", goal.how), ("Mått", goal.measure),
                                    ("Uppföljning", goal.follow_up), ("Kommentar", goal.comment),
                                    ("Prognos", goal.forecast))]
    found += [(f.source, column, value) for f in a.follow_ups if f.year == scope.year
              for column, value in (("Kommentar", f.comment), ("Prognos", f.forecast))]
    insatser = [i for i in g.insatser if i.active_in(scope.year)]  # those the document can show
    shown = {i.name for i in insatser}
    found += [(i.source, column, value) for i in insatser + [d for d in g.descriptions if d.insats in shown]
              for column, value in (("Bakgrund", i.background), ("Syfte", i.purpose),
                                    ("Målgrupp", i.target_group), ("Metod", i.method))]
    found += [(i.source, column, value) for i in g.goals if i.insats in shown
              for column, value in (("Mål", i.text), ("Resultat", i.outcome))]
    return found


def no_placeholders(title: DocumentTitle) -> Check:
    """Errors for a placeholder left in a text the document prints, from the workbooks or from Word."""
    def check(inputs: Inputs, scope: Scope) -> list[Problem]:
        texts = _yearly_texts(inputs, scope, title)
        if not PLACEHOLDER.search("\n".join(text for _, _, text in texts if text)):  # no placeholder spans a line:
            return []  # one search over them all says whether any text has one
        return [p for source, column, text in texts for p in _left(source, column, text)]
    check.__name__ = check.__qualname__ = "no_placeholders"
    return check


def meeting_placeholders(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The same for a meeting's agenda: titles, texts and decisions."""
    meeting = meeting_of(inputs, scope.day)
    return [p for item in meeting.agenda
            for column, text in (("Rubrik", item.title), ("Text", item.text), ("Beslut", "\n".join(item.decisions)))
            for p in _left(item.source, column, text)]


def dated_after(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Survey results, Uppföljning Finsam (SUS) counts and goal follow-ups dated after the document's date are
    left out of it: a year typed wrong would make a table disappear without a word."""
    day, indicators = scope.day, inputs.indicators
    after = f"efter dokumentets datum {fmt.iso_date(day)}, och tas inte med i det. Stämmer året?"
    found = [warning(s.source.at("År"), f"enkäten {s.key} gäller {s.year}, {after}")
             for s in indicators.surveys if s.year > day.year]
    found += [warning(m.source.at("År"), f"medelvärdet gäller {m.year}, {after}")
              for m in indicators.means if m.year > day.year]
    found += [warning(s.source.at("År"), f"deltagarantalet i Uppföljning Finsam gäller {s.year}, {after}")
              for s in indicators.sus if s.year > day.year]
    reports = set(inputs.accounting.balances) | {year_end(scope.year)}
    found += [warning(f.source.at("Datum"), f"uppföljningen av målet \"{f.goal}\" är daterad "
                                            f"{fmt.iso_date(f.day)}, {after}")
              for f in inputs.activity.follow_ups if f.year == scope.year and f.day > day and f.day not in reports]
    return found


def amounts_in_scale(inputs: Inputs, scope: Scope) -> list[Problem]:
    """A budget amount 100 or 1000 times off the same line's budget in other years and its outcome in the books:
    typed in tkr, or in öre."""
    by_line: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
    for item in inputs.budget.items:
        if item.period is None:
            by_line[item.line][item.year].append(item)
    outcomes = _outcomes(inputs)
    found = []
    for line, years in by_line.items():
        totals = {year: abs(sum((i.amount for i in items), Decimal(0))) for year, items in years.items()}
        for year, items in years.items():
            others = [v for y, v in totals.items() if y != year and v] + [v for v in outcomes.get(line, []) if v]
            if not totals[year] or not others or not _off(totals[year], median(others)):
                continue
            found.append(warning([i.source.at("Belopp") for i in items],
                                 f"budgeten för \"{line}\" {year} är {fmt.kr(totals[year])}, medan samma rad andra år "
                                 f"och i bokföringen är omkring {fmt.kr(median(others))}. Är beloppet skrivet i tkr "
                                 "eller i öre? Belopp skrivs i kronor."))
    return found


def _outcomes(inputs: Inputs) -> dict[str, list[Decimal]]:
    """Each driftsredovisning line's outcome (its size) in every closed year of the books."""
    found: dict[str, list[Decimal]] = defaultdict(list)
    accounting = inputs.accounting
    if not accounting.report_lines(Report.DR):
        return found
    for day in sorted(accounting.balances):
        if (day.month, day.day) == (12, 31) and has_results(accounting, day):
            for line, value in line_values(accounting, Report.DR, day).items():
                found[line].append(abs(value))
    return found


def _off(amount: Decimal, typical: Decimal) -> bool:
    return amount * OFF <= typical or amount >= typical * OFF
