"""Checks on an SIE file by itself: one from another organisation, a year the file does not cover, closing
balances that the opening balances and the year's transactions do not explain (a truncated or edited export),
and a date whose balances do not sum to zero."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from pipeline import fmt
from pipeline.read.sie_balances import Closing, unexplained, year_of
from pipeline.domain import Forbund, SieFile
from pipeline.problems import Problem, Where, error
from pipeline.schema import FORBUNDET


def _digits(orgnr: str) -> str:
    return "".join(c for c in orgnr if c.isdigit())


OTHER_HINT = ("Kontrollera att det är rätt fil, eller läs in den med import-sie --annan-org om den ändå ska användas "
              "(filens namn får då \"annan-org\").")


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def organisation(sie: SieFile, forbund: Forbund | None, other_allowed: bool) -> list[Problem]:
    """The förbund's own books: the same organisation number, or, in a file without one (#ORGNR is optional
    in SIE), the förbund's name as the company's (#FNAMN); another organisation's only when asked for."""
    if forbund is None or other_allowed:
        return []
    place = forbund.facts.at("Organisationsnummer") if forbund.facts else Where(FORBUNDET.filename)
    if not sie.orgnr:
        if sie.company and _name(sie.company) == _name(forbund.name):
            return []
        return [error([Where(sie.name), place],
                      f"filen saknar organisationsnummer (#ORGNR) och är bokföringen för "
                      f"\"{sie.company or 'ett okänt företag'}\" (#FNAMN), inte för {forbund.name}. {OTHER_HINT}")]
    if not forbund.orgnr or _digits(sie.orgnr)[-10:] == _digits(forbund.orgnr)[-10:]:
        return []
    return [error([Where(sie.name, line=sie.lines.get(("ORGNR",), None)), place],
                  f"filen kommer från {sie.company or 'en annan organisation'} ({sie.orgnr}), inte från "
                  f"{forbund.name} ({forbund.orgnr}). {OTHER_HINT}")]


def period_covered(sie: SieFile, period: date | None) -> list[Problem]:
    if not sie.years:
        return [error(Where(sie.name), "filen anger inget räkenskapsår (#RAR saknas).")]
    if period is not None and sie.generated is not None and period > sie.generated:
        return [error(Where(sie.name), f"filen skrevs {fmt.iso_date(sie.generated)}, före {fmt.iso_date(period)}: "
                                       "saldona per den dagen finns inte i den. Ta en ny export.")]
    if period is None or year_of(sie, period) is not None:
        return []
    covered = ", ".join(f"{fmt.iso_date(s)}–{fmt.iso_date(e)}" for _, (s, e) in sorted(sie.years.items()))
    return [error(Where(sie.name), f"{fmt.iso_date(period)} ligger inte i filens räkenskapsår ({covered}).")]


def transactions_explain_balances(sie: SieFile) -> list[Problem]:
    """Closing balance = opening balance + the year's transactions, for the years the vouchers cover. The
    year's result moved into eget kapital without a voucher in the file is the one difference allowed."""
    if not sie.has_vouchers:
        return []
    found = []
    covered = {year_of(sie, day) for _, day in sie.daily}
    for year in sorted(y for y in covered if y is not None):
        result = sum((v for (y, a), v in sie.results.items() if y == year), Decimal(0))
        off = unexplained(sie, year)
        if len(off) == 1 and 2000 <= off[0][0] < 2100 and off[0][1] - off[0][2] == result:
            continue
        for account, stated, expected in off[:10]:
            label = "RES" if (year, account) in sie.results else "UB"
            found.append(error(Where(sie.name, line=sie.lines.get((label, year, account))),
                               f"konto {account}: #{label} {fmt.kr(stated)} är inte ingående balans och årets "
                               f"transaktioner ({fmt.kr(expected)}); filen verkar vara avkortad eller ändrad. "
                               "Ta en ny export."))
    return found


def closings_balance(sie: SieFile, closings: list[Closing]) -> list[Problem]:
    found = []
    for c in closings:
        total = sum(c.balances.values(), Decimal(0))
        if total != 0:
            found.append(error(Where(sie.name), f"saldona per {fmt.iso_date(c.day)} (ur {c.source}) summerar till "
                                                f"{fmt.kr(total)}, inte 0: bokföringen balanserar inte den dagen."))
    return found
