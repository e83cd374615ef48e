"""Checks on the books that no single cell shows: balance, roll-forward, completeness."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from pipeline.compute.lines import ZERO, has_balance_sheet, kind_total, post_amounts
from pipeline.domain import ASSET_KIND, BR, CLAIM_KIND, RESULT_LINE_KIND, Accounting
from pipeline.problems import Problems, Where
from pipeline.schema import REDOVISNING


def kr(amount: Decimal) -> str:
    """An exact amount for a message, e.g. 10 543 440 kr (messages are not documents)."""
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    return (text[:-3] if text.endswith(",00") else text) + " kr"


SALDON = Where(REDOVISNING.filename, "Saldon")


def check_balances(accounting: Accounting, problems: Problems) -> None:
    """Every closing date with balance-sheet accounts must balance to the krona."""
    for day in sorted(accounting.balances):
        if not has_balance_sheet(accounting, day):
            continue
        assets = kind_total(accounting, BR, day, (ASSET_KIND,))
        amounts = post_amounts(accounting, BR, day)
        claims = sum(
            (amounts[l.name] for l in accounting.report_lines(BR) if l.kind in (CLAIM_KIND, RESULT_LINE_KIND)),
            ZERO,
        )
        if assets != claims:
            problems.error(SALDON, f"balansräkningen balanserar inte per {day.isoformat()}: tillgångarna är "
                                   f"{kr(assets)} men eget kapital, avsättningar och skulder {kr(claims)} "
                                   f"(skillnad {kr(assets - claims)}). Summan av alla saldon den dagen ska "
                                   "vara 0; kontrollera att alla konton finns med och har rätt tecken.")


def require_balance_sheet(accounting: Accounting, day: date, purpose: str, problems: Problems) -> bool:
    if has_balance_sheet(accounting, day):
        return True
    problems.error(SALDON, f"saldon för balanskonton saknas per {day.isoformat()}; de behövs för {purpose}.")
    return False
