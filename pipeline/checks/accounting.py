"""Checks on the books that no single cell shows: balance, roll-forward, completeness, pensions."""
from __future__ import annotations

from datetime import date

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.compute.cashflow import cash_flow
from pipeline.compute.lines import ZERO, has_balance_sheet, kind_total, post_amounts
from pipeline.compute.notes import provision_line_values
from pipeline.domain import Accounting, Inputs, Scope, year_end
from pipeline.enums import CashflowClass, LineKind, NoteContent, Report
from pipeline.problems import Problem, error
from pipeline.schema import REDOVISNING


def balances_balance(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Every closing date with balance-sheet accounts must balance to the krona."""
    accounting = inputs.accounting
    found = []
    for day in sorted(accounting.balances):
        if not has_balance_sheet(accounting, day):
            continue
        assets = kind_total(accounting, Report.BR, day, (LineKind.ASSET,))
        amounts = post_amounts(accounting, Report.BR, day)
        claims = sum((amounts[l.name] for l in accounting.report_lines(Report.BR)
                      if l.kind in (LineKind.CLAIM, LineKind.RESULT)), ZERO)
        if assets != claims:
            found.append(error(accounting.balance_cells(day),
                               f"balansräkningen balanserar inte per {fmt.iso_date(day)}: tillgångarna är "
                               f"{fmt.kr(assets)} men eget kapital, avsättningar och skulder {fmt.kr(claims)} "
                               f"(skillnad {fmt.kr(assets - claims)}). Summan av alla saldon den dagen ska vara 0; "
                               "kontrollera att alla konton finns med och har rätt tecken."))
    return found


def balance_sheet(accounting: Accounting, day: date, purpose: str) -> list[Problem]:
    """The balances of `day` must include the balance-sheet accounts."""
    if has_balance_sheet(accounting, day):
        return []
    return [error(next_row(accounting.balance_sources.values(), REDOVISNING.filename, "Saldon"),
                  f"saldon för balanskonton saknas per {fmt.iso_date(day)}; de behövs för {purpose}.")]


def cash_flows_explained(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The year's and the previous year's cash flow: eget kapital rolled forward, cash explained."""
    accounting = inputs.accounting
    found = []
    for year in (scope.year, scope.year - 1):
        if not all(has_balance_sheet(accounting, year_end(y)) for y in (year, year - 1)):
            continue  # reported by the balance-sheet checks
        flow = cash_flow(accounting, year)
        if flow.unexplained:
            found.append(error(class_cells(accounting, year, CashflowClass.EQUITY),
                               f"eget kapital har {year} ändrats med {fmt.kr(flow.unexplained)} mer än årets "
                               "resultat. Ingående eget kapital ska vara föregående års utgående eget kapital "
                               "(saldot före bokslut)."))
        elif flow.total != flow.cash_end - flow.cash_start:
            lines = [l.source.at("Kassaflöde") for l in accounting.report_lines(Report.BR) if l.is_post]
            found.append(error(lines, f"kassaflödet {year} ({fmt.kr(flow.total)}) stämmer inte med förändringen av "
                                      f"likvida medel ({fmt.kr(flow.cash_end - flow.cash_start)}). Kontrollera "
                                      "kolumnen Kassaflöde."))
    return found


def class_cells(accounting: Accounting, year: int, cashflow: CashflowClass) -> list:
    """The balances, at the end of `year`, of the accounts on balansräkning lines of a cash-flow class."""
    lines = [l for l in accounting.report_lines(Report.BR) if l.cashflow == cashflow]
    names = {l.name for l in lines}
    accounts = [a for a in accounting.balances.get(year_end(year), {})
                if (rule := accounting.rule_for(a)) and rule.lines.get(Report.BR) in names]
    # No such account that day: the lines of the class on Rapportrader, else where a balance is to be added.
    return accounting.balance_cells(year_end(year), accounts) or [l.source.at("Kassaflöde") for l in lines] \
        or [next_row(accounting.balance_sources.values(), REDOVISNING.filename, "Saldon")]


def pension_movements_match(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The pension company's movements must add up to the change of the provision in the books."""
    accounting = inputs.accounting
    found = []
    for spec in accounting.notes:
        if spec.content != NoteContent.PENSION:
            continue
        for year in (scope.year, scope.year - 1):
            movements = [m for m in accounting.pension_movements if m.year == year]
            moved = sum((m.amount for m in movements), ZERO)
            change = provision_line_values(accounting, spec, year) - provision_line_values(accounting, spec, year - 1)
            if moved != change:
                found.append(error([m.source.at("Belopp") for m in movements] or
                                   [next_row((m.source for m in accounting.pension_movements),
                                             REDOVISNING.filename, "Pensionsavsättning")],
                                   f"posterna för {year} blir {fmt.kr(moved)} men avsättningen för pensioner "
                                   f"ändrades med {fmt.kr(change)} enligt saldona."))
    return found
