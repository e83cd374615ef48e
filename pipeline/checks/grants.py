"""Checks on the grant list against the books and the board's decisions."""
from __future__ import annotations

from pipeline import fmt
from pipeline.compute.grants import books_cost, remaining, year_cost
from pipeline.domain import Inputs, Scope, year_end
from pipeline.enums import Report
from pipeline.problems import Problem, error, warning


def costs_match_books(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The Utfall sheet's costs for the year must equal the grant line of the driftsredovisning."""
    grants, accounting, year = inputs.grants, inputs.accounting, scope.year
    if not grants.books_line:
        return []
    books, listed = books_cost(accounting, grants, year), year_cost(grants, year)
    if books == listed:
        return []
    accounts = [a for a in accounting.balances.get(year_end(year), {})
                if (rule := accounting.rule_for(a)) and rule.lines.get(Report.DR) == grants.books_line]
    places = [c.source.at("Belopp") for c in grants.costs if c.year == year] + \
        accounting.balance_cells(year_end(year), accounts)
    return [error(places, f"insatslistans kostnader för {year} blir {fmt.kr(listed)} men bokföringen visar "
                          f"{fmt.kr(books)} på raden \"{grants.books_line}\" i driftsredovisningen "
                          f"(skillnad {fmt.kr(books - listed)}). Rätta bladet Utfall eller bokföringen.")]


def costs_within_decisions(inputs: Inputs, scope: Scope) -> list[Problem]:
    """No insats may have cost more than the board decided; one whose period ended should be closed."""
    grants, year = inputs.grants, scope.year
    found = []
    for insats in grants.insatser:
        left = remaining(grants, insats, year)
        if left < 0:
            places = [c.source.at("Belopp") for c in grants.costs_of.get(insats.name, []) if c.year <= year] + \
                [d.source.at("Belopp") for d in grants.decisions_of.get(insats.name, [])]
            found.append(error(places, f"kostnaderna för {insats.name} till och med {year} överstiger beslutade "
                                       f"medel med {fmt.kr(-left)}."))
        elif left > 0 and insats.end < year_end(year) and insats.closed is None:
            found.append(warning(insats.source.at("Avslutad"),
                                 f"{insats.name}: perioden slutade {fmt.iso_date(insats.end)} men {fmt.kr(left)} är "
                                 "fortfarande beslutat och ej förbrukat. Ange Avslutad när insatsen slutredovisats."))
    return found
