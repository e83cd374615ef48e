"""The inputs with every amount an atom (pipeline.amounts), so that the figures computed from them know what
they are made of, and the identities of the books that must hold on paper as they hold to the öre."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from pipeline.amounts import Amount
from pipeline.compute.cashflow import unexplained_equity
from pipeline.compute.grants import books_cost, year_cost
from pipeline.compute.notes import provision_line_values
from pipeline.domain import Inputs, year_end
from pipeline.enums import NoteContent


def traced(inputs: Inputs) -> Inputs:
    """`inputs` with each amount read from a workbook an atom named by where it belongs."""
    a, b, g = inputs.accounting, inputs.budget, inputs.grants
    accounting = replace(
        a,
        balances={day: {account: Amount.atom(("saldo", day, account), value) for account, value in accounts.items()}
                  for day, accounts in a.balances.items()},
        pension_movements=tuple(replace(m, amount=Amount.atom(("pension", m.year, m.label, i), m.amount))
                                for i, m in enumerate(a.pension_movements)),
        balance_adjustments=tuple(replace(m, amount=Amount.atom(("balanskrav", m.year, m.label, i), m.amount))
                                  for i, m in enumerate(a.balance_adjustments)),
    )
    budget = replace(
        b,
        items=tuple(replace(item, amount=Amount.atom(("budget", item.year, item.name, item.line, item.period, i),
                                                     item.amount)) for i, item in enumerate(b.items)),
        allocations=tuple(replace(y, amount=Amount.atom(("tilldelning", y.year), y.amount)) for y in b.allocations),
        forecasts=tuple(replace(f, amount=Amount.atom(("prognos", f.year, f.post, f.made, i), f.amount))
                        for i, f in enumerate(b.forecasts)),
        equity_uses=tuple(replace(y, amount=Amount.atom(("eget kapital", y.year), y.amount)) for y in b.equity_uses),
    )
    grants = replace(
        g,
        decisions=tuple(replace(d, amount=Amount.atom(("beslut", d.insats, d.day, d.paragraph, i), d.amount))
                        for i, d in enumerate(g.decisions)),
        costs=tuple(replace(c, amount=Amount.atom(("utfall", c.insats, c.year, i), c.amount))
                    for i, c in enumerate(g.costs)),
    )
    return replace(inputs, accounting=accounting, budget=budget, grants=grants)


def book_identities(inputs: Inputs, days: list[date]) -> list[Amount]:
    """Expressions of the traced inputs that are zero in the books and must be zero on paper: the balances
    of each day sum to zero (the balansräkning balances); each day's eget kapital is the previous year end's
    plus its result (carried forward); the grant list's costs are the books' grant line, and the pension
    company's movements the change of the provision (as the checks require)."""
    accounting, grants = inputs.accounting, inputs.grants
    balances = accounting.balances
    found = [sum(balances[d].values(), Amount(Decimal(0), {})) for d in days if d in balances]
    for d in days:
        before = year_end(d.year - 1)
        if d in balances and before in balances and before != d:
            found.append(unexplained_equity(accounting, before, d))
    years = sorted({d.year for d in days if d == year_end(d.year) and d in balances})
    for year in years:
        if grants.books_line and any(c.year == year for c in grants.costs):
            found.append(books_cost(accounting, grants, year) - year_cost(grants, year))
        if year_end(year - 1) in balances:
            for spec in accounting.notes:
                if spec.content == NoteContent.PENSION:
                    moved = sum((m.amount for m in accounting.pension_movements if m.year == year), Decimal(0))
                    found.append(moved - (provision_line_values(accounting, spec, year)
                                          - provision_line_values(accounting, spec, year - 1)))
    return [i for i in found if isinstance(i, Amount) and i.value == 0]
