"""Each document as of its date: what the workbooks record after that day (an insats granted later, a text
rewritten later, a goal adopted later) is left out of it, and `check` says so, naming the cells."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import Check
from pipeline.compute.grants import active
from pipeline.domain import Inputs, Scope
from pipeline.enums import DocumentTitle
from pipeline.phrases import definite
from pipeline.problems import Problem, warning


def known_by_its_day(document: DocumentTitle) -> Check:
    """Warnings for the data of the document's year dated after its day, which it does not use."""
    def check(inputs: Inputs, scope: Scope) -> list[Problem]:
        day, after = scope.day, f"efter dokumentets datum {fmt.iso_date(scope.day)}"
        found = []
        shown = {i.insats.name for i in active(inputs.grants, scope.year, day)}
        for item in active(inputs.grants, scope.year):
            name = item.insats.name
            if name not in shown:
                first = min(d for d in inputs.grants.decisions_of[name] if d.day > day)
                found.append(warning(first.source.at("Beslutsdatum"), f"{name} beviljades {fmt.iso_date(first.day)}, "
                                                                      f"{after}, och tas inte med i {definite(document)}."))
            for d in inputs.grants.descriptions:
                if d.insats == name and name in shown and d.day > day:
                    found.append(warning(d.source.at("Datum"), f"texterna om {name} skrevs om {fmt.iso_date(d.day)}, "
                                                               f"{after}; {definite(document)} visar de tidigare."))
        for t in inputs.activity.texts:
            if t.document == document and t.year in (scope.year, None) and t.written and t.written > day:
                found.append(warning(t.source.at("Skriven"), f"texten i avsnittet {t.section} skrevs "
                                                             f"{fmt.iso_date(t.written)}, {after}, och visas inte."))
        for g in inputs.activity.goals:
            if g.year == scope.year and g.adopted and g.adopted > day:
                found.append(warning(g.source.at("Beslutad"), f"målet \"{g.text}\" beslutades "
                                                              f"{fmt.iso_date(g.adopted)}, {after}, och visas inte."))
        return found
    return check
