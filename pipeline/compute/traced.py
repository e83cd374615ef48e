"""The inputs with every amount an atom (pipeline.amounts), so that the figures computed from them know what
they are made of, and the identities of the books that must hold on paper as they hold to the öre."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import partial

from pipeline.amounts import Amount, added, plain
from pipeline.compute.cashflow import equity_change
from pipeline.compute.grants import books_cost, year_cost
from pipeline.compute.lines import year_result
from pipeline.compute.notes import provision_line_values
from pipeline.domain import Inputs, year_end
from pipeline.enums import NoteContent
from pipeline.problems import Source


def traced(inputs: Inputs) -> Inputs:
    """`inputs` with each amount read from a workbook an atom named by where it belongs, carrying its cell."""
    a, b, g = inputs.accounting, inputs.budget, inputs.grants
    atom = Amount.atom
    accounting = replace(
        a,
        balances={day: {account: atom(("saldo", day, account), value, _cell(a.balance_sources.get((day, account))))
                        for account, value in accounts.items()}
                  for day, accounts in a.balances.items()},
        pension_movements=tuple(replace(m, amount=atom(("pension", m.year, m.label, i), m.amount, _cell(m.source)))
                                for i, m in enumerate(a.pension_movements)),
        balance_adjustments=tuple(
            replace(m, amount=atom(("balanskrav", m.year, m.label, i), m.amount, _cell(m.source)))
            for i, m in enumerate(a.balance_adjustments)),
    )
    budget = replace(
        b,
        items=tuple(replace(item, amount=atom(("budget", item.year, item.name, item.line, item.period, i),
                                              item.amount, _cell(item.source))) for i, item in enumerate(b.items)),
        allocations=tuple(replace(y, amount=atom(("tilldelning", y.year), y.amount,
                                                 _cell(y.source, "Statlig tilldelning"))) for y in b.allocations),
        forecasts=tuple(replace(f, amount=atom(("prognos", f.year, f.post, f.made, i), f.amount, _cell(f.source)))
                        for i, f in enumerate(b.forecasts)),
        equity_uses=tuple(replace(y, amount=atom(("eget kapital", y.year), y.amount, _cell(y.source)))
                          for y in b.equity_uses),
    )
    grants = replace(
        g,
        decisions=tuple(replace(d, amount=atom(("beslut", d.insats, d.day, d.paragraph, i), d.amount,
                                               _cell(d.source))) for i, d in enumerate(g.decisions)),
        costs=tuple(replace(c, amount=atom(("utfall", c.insats, c.year, i), c.amount, _cell(c.source)))
                    for i, c in enumerate(g.costs)),
    )
    return replace(inputs, accounting=accounting, budget=budget, grants=grants)


def _cell(source: Source | None, column: str = "Belopp"):
    """Where an amount was read: its cell (or an SIE file's line), for the review workbook (a function that
    gives the `Where`, called when it is asked for: see Atom.source)."""
    return partial(source.at, column) if source is not None else None


@dataclass(frozen=True)
class Identity:
    """A rule of the books that must hold on paper as in the books: its `parts` sum to zero."""

    label: str  # in Swedish, for the review workbook's Kontroller
    parts: tuple[tuple[str, Amount], ...]

    @property
    def amount(self) -> Amount:
        return sum((amount for _, amount in self.parts), Amount(Decimal(0), {}))


def _debit_and_credit(balances: dict) -> tuple[list, list]:
    """The positive and the negative balances, each (+1, balance), in the order of the accounts."""
    debit, credit = [], []
    for balance in balances.values():
        value = plain(balance)
        if value > 0:
            debit.append((1, balance))
        elif value < 0:
            credit.append((1, balance))
    return debit, credit


def book_identities(inputs: Inputs, days: list[date]) -> list[Identity]:
    """The identities of the traced inputs that are zero in the books and must be zero on paper: the
    balances of each day sum to zero (the balansräkning balances); each day's eget kapital is the previous
    year end's plus its result (carried forward); the grant list's costs are the books' grant line, and the
    pension company's movements the change of the provision (as the checks require)."""
    accounting, grants = inputs.accounting, inputs.grants
    balances = accounting.balances
    zero = Amount(Decimal(0), {})
    found = []
    for d in days:
        if d in balances:
            debit, credit = _debit_and_credit(balances[d])
            found.append(Identity(f"Balansräkningen balanserar {d.isoformat()}",
                                  (("Debetsaldon (tillgångar)", added(zero, debit)),
                                   ("Kreditsaldon (eget kapital och skulder)", added(zero, credit)))))
    for d in days:
        before = year_end(d.year - 1)
        if d in balances and before in balances and before != d:
            found.append(Identity(f"Resultatet {before.isoformat()}–{d.isoformat()} = förändringen av eget kapital",
                                  (("Förändring av eget kapital", equity_change(accounting, before, d)),
                                   ("Resultatet (med omvänt tecken)", -year_result(accounting, d)))))
    years = sorted({d.year for d in days if d == year_end(d.year) and d in balances})
    for year in years:
        if grants.books_line and any(c.year == year for c in grants.costs):
            found.append(Identity(f"Bidrag till insatser {year}: bokföringen = insatslistan",
                                  (("Bokföringens rad " + grants.books_line, books_cost(accounting, grants, year)),
                                   ("Insatslistans utfall (med omvänt tecken)", -year_cost(grants, year)))))
        if year_end(year - 1) in balances:
            for spec in accounting.notes:
                if spec.content == NoteContent.PENSION:
                    moved = sum((m.amount for m in accounting.pension_movements if m.year == year), Decimal(0))
                    change = provision_line_values(accounting, spec, year) \
                        - provision_line_values(accounting, spec, year - 1)
                    found.append(Identity(f"Pensionsavsättningen {year}: förändringen = pensionsbolagets uppgifter",
                                          (("Pensionsbolagets uppgifter", moved),
                                           ("Avsättningens förändring (med omvänt tecken)", -change))))
    return [i for i in found if isinstance(i.amount, Amount) and i.amount.value == 0]
