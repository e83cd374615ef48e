"""SIE files for the tests, written the way accounting systems write them (SIE typ 4, PC8, \\r\\n)."""
from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from pipeline.read.sie_balances import is_result_account


def day(d: date) -> str:
    return f"{d:%Y%m%d}"


def quoted(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


@dataclass
class Sie:
    """The content of an SIE file; `text()` writes it."""

    orgnr: str = "222000-0000"
    company: str = "Samordningsförbundet Test"
    years: dict[int, tuple[date, date]] = field(default_factory=dict)
    accounts: dict[int, str] = field(default_factory=dict)
    opening: dict[tuple[int, int], Decimal] = field(default_factory=dict)
    closing: dict[tuple[int, int], Decimal] = field(default_factory=dict)
    results: dict[tuple[int, int], Decimal] = field(default_factory=dict)
    periods: dict[tuple[int, int, int], Decimal] = field(default_factory=dict)
    objects: dict[tuple[str, str], str] = field(default_factory=dict)
    # (series, number, day, [(account, amount, {dimension: object})])
    vouchers: list[tuple[str, str, date, list]] = field(default_factory=list)
    sie_type: str = "4"
    generated: date | None = None
    checksum: bool = False

    def lines(self) -> list[str]:
        out = ["#FLAGGA 0", '#PROGRAM "Testbokföring" 1.0',
               "#FORMAT PC8", f"#GEN {day(self.generated or max(e for _, e in self.years.values()) + timedelta(30))}",
               f"#SIETYP {self.sie_type}", f"#ORGNR {self.orgnr}", f"#FNAMN {quoted(self.company)}",
               '#ADRESS "Kerstin Ek" "Storgatan 1" "831 30 Östersund" "063-123 45"']
        out += [f"#RAR {n} {day(s)} {day(e)}" for n, (s, e) in sorted(self.years.items(), reverse=True)]
        out += [f"#KONTO {a} {quoted(name)}" for a, name in sorted(self.accounts.items())]
        out += ['#DIM 6 "Projekt"'] if self.objects else []
        out += [f"#OBJEKT {d} {quoted(o)} {quoted(name)}" for (d, o), name in sorted(self.objects.items())]
        for label, values in (("#IB", self.opening), ("#UB", self.closing), ("#RES", self.results)):
            out += [f"{label} {y} {a} {v}" for (y, a), v in sorted(values.items(), key=lambda kv: (-kv[0][0], kv[0][1]))]
        out += [f"#PSALDO {y} {m} {a} {{}} {v}" for (y, m, a), v in sorted(self.periods.items())]
        for series, number, when, rows in self.vouchers:
            out += [f"#VER {series} {number} {day(when)} {quoted('Verifikation ' + number)}", "{"]
            for account, amount, objects in rows:
                listed = " ".join(f"{d} {quoted(o)}" for d, o in objects.items())
                out.append(f"   #TRANS {account} {{{listed}}} {amount}")
            out.append("}")
        if self.checksum:
            out = ["#KSUMMA"] + out
            out.append(f"#KSUMMA {checksum(out)}")
        return out

    def write(self, path: Path, encoding: str = "cp437", newline: str = "\r\n") -> Path:
        path.write_bytes(newline.join(self.lines()).encode(encoding) + newline.encode())
        return path


def checksum(lines: list[str]) -> int:
    """CRC-32 as the SIE standard defines it, of the lines after the first #KSUMMA: each record's label
    and field contents, without quotes, braces and the blanks between fields."""
    import shlex

    data = b""
    for line in lines[1:]:
        if line.strip() in ("{", "}"):
            continue
        lexer = shlex.shlex(line.replace("{", " ").replace("}", " "), posix=True)
        lexer.whitespace_split, lexer.escape, lexer.commenters = True, "\\", ""
        data += "".join(lexer).encode("cp437")
    return zlib.crc32(data)


def from_balances(balances: dict[date, dict[int, Decimal]], names: dict[int, str], orgnr: str,
                  equity: int = 2099) -> Sie:
    """An SIE 4 file that says what a Saldon sheet says: a financial year per calendar year (the latest 0),
    #UB and #RES (for a year in progress, as of the sheet's latest date, as exports write them), #IB after the closing entries (the year's result in `equity`), and vouchers for the latest
    year: one on each date of the sheet within it, moving the balances from the date before."""
    latest_year = max(balances).year
    ends = sorted((d for d in balances if (d.month, d.day) == (12, 31) or d == max(balances)), reverse=True)
    sie = Sie(orgnr=orgnr, accounts=dict(names), generated=max(balances) + timedelta(10))
    years = sorted({d.year for d in balances}, reverse=True)
    for n, year in enumerate(years):
        sie.years[-n] = (date(year, 1, 1), date(year, 12, 31))
    index = {year: -n for n, year in enumerate(years)}
    for end in ends:
        y = index[end.year]
        for account, amount in balances[end].items():
            target = sie.results if is_result_account(account) else sie.closing
            target[(y, account)] = amount
    for end in ends:
        if end.year + 1 not in index:
            continue
        y = index[end.year + 1]
        result = sum((v for a, v in balances[end].items() if is_result_account(a)), Decimal(0))
        for account, amount in balances[end].items():
            if not is_result_account(account):
                sie.opening[(y, account)] = sie.opening.get((y, account), Decimal(0)) + amount
        sie.opening[(y, equity)] = sie.opening.get((y, equity), Decimal(0)) + result
    before = {a: v for (y, a), v in sie.opening.items() if y == index[latest_year]}
    for number, when in enumerate(sorted(d for d in balances if d.year == latest_year), start=1):
        now = balances[when]
        moved = {a: now.get(a, Decimal(0)) - before.get(a, Decimal(0)) for a in set(now) | set(before)}
        rows = [(a, v, {}) for a, v in sorted(moved.items()) if v]
        sie.vouchers.append(("A", str(number), when, rows))
        before = dict(now)
    return sie



def write_large(path: Path, orgnr: str, company: str, vouchers: int = 100_000) -> Path:
    """An export of 2025 with `vouchers` vouchers of small, plausible amounts (costs paid from the bank), written
    as text at once (the Sie class takes seconds for so many)."""
    import random

    rnd = random.Random(2025)
    costs = [4610, 5010, 5410, 6410, 7110]
    moved = dict.fromkeys([1930, *costs], 0)  # öre
    body = []
    for n in range(1, vouchers + 1):
        account, amount = rnd.choice(costs), rnd.randint(100, 3000)
        body += [f'#VER A {n} 2025{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d} "Utbetalning {n}"', "{",
                 f"   #TRANS {account} {{}} {Decimal(amount).scaleb(-2)}",
                 f"   #TRANS 1930 {{}} {Decimal(-amount).scaleb(-2)}", "}"]
        moved[account] += amount
        moved[1930] -= amount
    head = ["#FLAGGA 0", '#PROGRAM "Test" 1', "#FORMAT PC8", "#GEN 20260115", "#SIETYP 4", f"#ORGNR {orgnr}",
            f"#FNAMN {quoted(company)}", "#RAR 0 20250101 20251231"]
    head += [f'#KONTO {a} "Konto {a}"' for a in (1930, 2010, *costs)]
    head += ["#IB 0 1930 3000000.00", "#IB 0 2010 -3000000.00",
             f"#UB 0 1930 {Decimal(300_000_000 + moved[1930]).scaleb(-2)}", "#UB 0 2010 -3000000.00"]
    head += [f"#RES 0 {a} {Decimal(moved[a]).scaleb(-2)}" for a in costs]
    path.write_bytes("\r\n".join(head + body).encode("cp437") + b"\r\n")
    return path
