"""Each document as of its date: what the workbooks record after that day (an insats granted later, a text
rewritten later, a goal adopted later) is left out of it. A later date used as documented (a description or a
text rewritten after the document, a goal replacing another, an insats granted during the plan's year) is
silent; `check` names only what the document loses without a replacement, or a grant dated after its year."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import Check
from pipeline.compute.grants import shown
from pipeline.domain import Inputs, Scope
from pipeline.enums import DocumentTitle
from pipeline.phrases import definite
from pipeline.problems import Problem, warning


def known_by_its_day(document: DocumentTitle) -> Check:
    """Warnings for the data of the document's year dated after its day that the document loses."""
    def check(inputs: Inputs, scope: Scope) -> list[Problem]:
        day, after = scope.day, f"efter dokumentets datum {fmt.iso_date(scope.day)}"
        found = []
        grants = inputs.grants
        on_day = {i.name for i in grants.insatser if shown(grants, i, scope.year, day)}
        for name in (i.name for i in grants.insatser if shown(grants, i, scope.year)):
            first = min(d.day for d in inputs.grants.decisions_of[name])
            if name not in on_day and first.year > scope.year:
                decision = next(d for d in inputs.grants.decisions_of[name] if d.day == first)
                found.append(warning(decision.source.at("Beslutsdatum"), f"{name} beviljades {fmt.iso_date(first)}, "
                                                                         f"{after}, och tas inte med i {definite(document)}."))
        shown_texts = {(t.section, t.heading) for t in inputs.activity.texts
                       if t.document == document and t.year in (scope.year, None) and (t.written or day) <= day}
        for t in inputs.activity.texts:
            if t.document == document and t.year in (scope.year, None) and t.written and t.written > day \
                    and (t.section, t.heading) not in shown_texts:
                found.append(warning(t.source.at("Skriven"), f"texten i avsnittet {t.section} skrevs "
                                                             f"{fmt.iso_date(t.written)}, {after}, och visas inte."))
        replaced = {g.replaced for g in inputs.activity.goals if g.year == scope.year and g.replaced}
        for g in inputs.activity.goals:
            if g.year == scope.year and g.adopted and g.adopted > day and g.adopted not in replaced:
                found.append(warning(g.source.at("Beslutad"), f"målet \"{g.text}\" beslutades "
                                                              f"{fmt.iso_date(g.adopted)}, {after}, och visas inte."))
        return found
    return check
