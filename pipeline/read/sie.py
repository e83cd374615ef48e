"""Reader of SIE files (SIE typ 1–4, 4E and 4I), the Swedish standard export of accounting systems.

Written from the SIE filformat (version 4B/4C): records of a #label and fields separated by blanks; a field
in quotes may hold blanks and \\" ; an object list is {dimension object …}; a voucher is #VER followed by
its #TRANS records between a line { and a line }. The character set is PC8 (code page 437), as the standard
prescribes; files in Latin-1 or UTF-8, which some systems write, are recognised and read with a warning.
Labels the reader does not need are skipped, as the standard requires. #RTRANS (a transaction added
afterwards) is always followed by the same #TRANS, and #BTRANS (one removed) does not count, so only #TRANS
counts. #KSUMMA, when present, is verified: CRC-32 of the labels and field contents (without quotes,
braces and blanks) from the first #KSUMMA to the last.
"""
from __future__ import annotations

import re
import zlib
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pipeline import fmt
from pipeline.domain import SieFile
from pipeline.problems import Problems, Where

TOKEN = re.compile(r'"((?:\\.|[^"\\])*)"|\{([^}]*)\}|(\S+)')
CP437_LETTERS = [bytes([b]) for b in b"\x86\x84\x94\x8f\x8e\x99\x82\x81\x90"]  # å ä ö Å Ä Ö é ü É in PC8
LATIN1_LETTERS = [bytes([b]) for b in b"\xe5\xe4\xf6\xc5\xc4\xd6\xe9\xfc\xc9"]
# The common #TRANS, read in one match: account, object list, amount, optional date; others take fields().
VER = re.compile(r'#VER\s+(?:"([^"\\]*)"|([^\s"{]+))\s+(?:"([^"\\]*)"|([^\s"{]+))\s+(\d{8})(?:\s|$)')
TRANS = re.compile(r'#TRANS\s+(\d+)\s+\{([^}]*)\}\s+(-?\d+(?:\.\d+)?)(?:\s+(\d{8}))?(?:\s|$)')


def decode(data: bytes) -> tuple[str, str]:
    """The text and the character set it was read in: UTF-8 when it is valid UTF-8 with letters beyond
    ASCII, otherwise code page 437 (PC8) or Latin-1, whichever has more Swedish letters."""
    try:
        text = data.decode("utf-8")
        if not text.isascii():
            return text.removeprefix("\ufeff"), "UTF-8"
    except UnicodeDecodeError:
        pass
    latin = sum(data.count(b) for b in LATIN1_LETTERS)
    pc8 = sum(data.count(b) for b in CP437_LETTERS)
    if latin > pc8:
        return data.decode("cp1252", errors="replace"), "Latin-1"
    return data.decode("cp437"), "PC8"


def fields(line: str) -> list:
    """The fields of a record: text (unquoted, \\" unescaped), or a list of an object list's items."""
    found = []
    for quoted, objects, bare in (m.groups() for m in TOKEN.finditer(line)):
        if bare is not None:
            found.append(bare)
        elif objects is not None:
            found.append([q.replace('\\"', '"') if q is not None else b
                          for q, _, b in (m.groups() for m in TOKEN.finditer(objects))])
        else:
            found.append(quoted.replace('\\"', '"'))
    return found


ZERO = Decimal(0)


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _day(text: str) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


class _Reader:
    def __init__(self, name: str, problems: Problems):
        self.name, self.problems = name, problems
        self.program = self.sie_type = self.company = self.orgnr = ""
        self.years: dict = {}
        self.accounts: dict = {}
        self.objects: dict = {}
        self.opening: dict = {}
        self.closing: dict = {}
        self.results: dict = {}
        self.periods: dict = {}
        self.daily: dict = {}
        self.by_object: dict = {}
        self.lines: dict = {}
        self.vouchers = 0
        self.errors = 0
        self.generated = self.covers = None
        self.days: dict[str, date] = {}
        self.lists: dict[str, list] = {}  # object lists as written -> their items
        self.checksum: list[bytes] | None = None  # the records from the first #KSUMMA on, as it sums them
        self.expected: tuple[int, str] | None = None  # the last #KSUMMA: its line and the sum it states

    def error(self, line: int, message: str) -> None:
        self.errors += 1
        if self.errors <= 50:  # one mistake in a generated file repeats on every line: the first are enough
            self.problems.error(Where(self.name, line=line), message)

    def read(self, text: str) -> SieFile:
        """Every line of the file. A voucher's lines (#VER, its braces and #TRANS; a file of 100 000 vouchers
        is 500 000 of them) are read here inline, every lookup cached; any other line, and these in a form
        the patterns do not take or inside the #KSUMMA span, goes to `_line`."""
        voucher = None  # [line, series, number, day, sum] of the open #VER
        in_block = summed = False  # inside a voucher's { }; from the first #KSUMMA on
        trans, ver, days, daily = TRANS.match, VER.match, self.days, self.daily
        number = 0
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped == "{":
                if voucher is None or in_block:
                    self.error(number, "en { utan #VER före.")
                in_block = True
                continue
            if stripped == "}":
                if not in_block:
                    self.error(number, "en } utan { före.")
                elif voucher is not None:
                    self._close(voucher)
                voucher, in_block = None, False
                continue
            if in_block and not summed and voucher is not None and (match := trans(stripped)):
                account, objects, amount, day = match.groups()
                when = voucher[3] if day is None else days.get(day)
                if when is not None:
                    value = Decimal(amount)
                    voucher[4] += value
                    key = (int(account), when)
                    daily[key] = daily.get(key, ZERO) + value
                    if objects:
                        self._objects(key, objects, value)
                    continue
            if not in_block and voucher is None and not summed and (match := ver(stripped)) and \
                    (when := days.get(match.group(5))) is not None:
                a, b, c, d, _ = match.groups()
                voucher = [number, a if b is None else b, c if d is None else d, when, ZERO]
                self.vouchers += 1
                in_block = stripped.endswith("{")
                continue
            voucher, in_block = self._line(stripped, number, voucher, in_block)
            summed = self.checksum is not None
        self._finish(number, voucher, in_block)
        return SieFile(self.name, self.program, self.sie_type, self.company, self.orgnr, self.years, self.accounts,
                       self.objects, self.opening, self.closing, self.results, self.periods, self.daily,
                       self.by_object, self.vouchers, self.covers or self.generated, self.lines)

    def _line(self, stripped: str, number: int, voucher: list | None, in_block: bool) -> tuple[list | None, bool]:
        """Any record: checked, added to the checksum when inside the #KSUMMA span, and read; returns the open
        voucher and whether its block is open (a #VER changes both)."""
        if not stripped.startswith("#"):
            self.error(number, f"raden är ingen SIE-post (den ska börja med #): \"{stripped[:40]}\".")
            return voucher, in_block
        parts = fields(stripped)
        label = parts[0].upper()
        if label == "#KSUMMA":  # the first opens the span, the last holds the sum
            if self.checksum is None:
                self.checksum = []
            else:
                self.expected = (number, parts[1] if len(parts) > 1 else "")
            return voucher, in_block
        if self.checksum is not None and self.expected is None:
            self.checksum.append("".join("".join(p) if isinstance(p, list) else p for p in parts
                                         if p != "{").encode("cp437", errors="replace"))
        try:
            if label == "#TRANS":
                if not in_block or voucher is None:
                    self.error(number, "#TRANS utanför en verifikation (#VER med { och }).")
                elif not isinstance(parts[2], list):
                    raise ValueError("no object list")
                else:
                    self._transaction(voucher, parts[1], parts[2], parts[3].replace(",", "."),
                                      parts[4] if len(parts) > 4 and parts[4] else None)
            elif label in ("#RTRANS", "#BTRANS"):
                if not in_block:
                    self.error(number, f"{label} utanför en verifikation.")
            elif label == "#VER":
                if in_block:
                    self.error(number, "#VER inne i en annan verifikation (en } saknas).")
                if voucher is not None and not in_block:
                    self.error(voucher[0], "#VER utan { och } med transaktioner.")
                voucher = [number, parts[1], parts[2], self._day(parts[3]), ZERO]
                self.vouchers += 1
                in_block = in_block or parts[-1] == "{"
            else:
                self._record(label, parts, number)
        except (IndexError, ValueError, InvalidOperation, TypeError):
            self.error(number, f"posten {label} är felaktig: \"{stripped[:60]}\". Den följer inte SIE-formatet.")
        return voucher, in_block

    def _finish(self, number: int, voucher: list | None, in_block: bool) -> None:
        """At the end of the file: a voucher still open, and the checksum."""
        if in_block or voucher is not None:
            self.error(voucher[0] if voucher else number, "verifikationen avslutas aldrig (en } saknas): filen "
                                                          "verkar vara avkortad.")
        if self.checksum is not None and self.expected is not None:
            line, expected = self.expected
            computed = zlib.crc32(b"".join(self.checksum))
            if str(computed) != expected and str(computed - 2**32) != expected:
                self.error(line, f"kontrollsumman (#KSUMMA {expected}) stämmer inte med innehållet "
                                 f"({computed}): filen har ändrats efter att den skrevs.")

    def _transaction(self, voucher: list, account: str, objects: list, amount: str, day: str | None) -> None:
        """A #TRANS of the open voucher: its amount added to the account's day (the voucher's, unless the
        transaction has its own) and, when it has an object list, to each object's."""
        value = Decimal(amount)
        key = (int(account), self._day(day) if day else voucher[3])
        voucher[4] += value
        self.daily[key] = self.daily.get(key, ZERO) + value
        self._objects(key, objects, value)

    def _objects(self, key: tuple, objects: str | list, value: Decimal) -> None:
        listed = objects if isinstance(objects, list) else self.lists.get(objects)
        if listed is None:
            listed = self.lists[objects] = fields(objects)
        for i in range(0, len(listed) - 1, 2):
            where = (*key, listed[i], listed[i + 1])
            self.by_object[where] = self.by_object.get(where, ZERO) + value

    def _day(self, text: str) -> date:
        """A date of the file; the same few hundred dates repeat on every voucher."""
        found = self.days.get(text)
        if found is None:
            found = self.days[text] = _day(text)
        return found

    def _close(self, voucher: list) -> None:
        if voucher[4] != 0:
            self.error(voucher[0], f"verifikation {voucher[1]} {voucher[2]} ({fmt.iso_date(voucher[3])}) "
                                   f"balanserar inte: transaktionerna summerar till {fmt.kr(voucher[4])}.")

    def _record(self, label: str, parts: list, number: int) -> None:
        if label == "#RAR":
            self.years[int(parts[1])] = (_day(parts[2]), _day(parts[3]))
            self.lines[("RAR", int(parts[1]))] = number
        elif label == "#KONTO":
            self.accounts[int(parts[1])] = parts[2] if len(parts) > 2 else ""
        elif label == "#OBJEKT":
            self.objects[(parts[1], parts[2])] = parts[3] if len(parts) > 3 else ""
            self.lines[("OBJEKT", parts[1], parts[2])] = number
        elif label in ("#IB", "#UB", "#RES"):
            year, account, amount = int(parts[1]), int(parts[2]), _amount(parts[3])
            target = {"#IB": self.opening, "#UB": self.closing, "#RES": self.results}[label]
            target[(year, account)] = target.get((year, account), 0) + amount
            self.lines.setdefault((label[1:], year, account), number)
        elif label == "#PSALDO":
            objects = parts[4] if isinstance(parts[4], list) else None
            if not objects:  # the account's total; per object is for object balances
                self.periods[(int(parts[1]), int(parts[2]), int(parts[3]))] = _amount(parts[5])
        elif label == "#ORGNR":
            self.orgnr = parts[1]
            self.lines[("ORGNR",)] = number
        elif label == "#GEN":
            self.generated = _day(parts[1])
        elif label == "#OMFATTN":
            self.covers = _day(parts[1])
        elif label == "#FNAMN":
            self.company = parts[1]
        elif label == "#PROGRAM":
            self.program = " ".join(p for p in parts[1:3] if isinstance(p, str))
        elif label == "#SIETYP":
            self.sie_type = parts[1]


def read_sie(path: Path, problems: Problems, name: str | None = None) -> SieFile | None:
    """The SIE file at `path`, or None after adding the reason; problems name the file (`name`, or the file's
    own name) and the line."""
    name = name or path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.error(Where(name), f"filen kan inte läsas: {fmt.os_error(exc)}")
        return None
    sie, found = parse(data, name)
    problems.add(found)
    return sie


def parse(data: bytes, name: str) -> tuple[SieFile | None, list]:
    """The file (None when it has an error) and the problems reading it found."""
    problems = Problems()
    where = Where(name)
    text, charset = decode(data)
    if not text.lstrip().startswith("#"):
        problems.error(where, "filen är ingen SIE-fil (den ska börja med #FLAGGA).")
        return None, problems.items
    if charset != "PC8":
        problems.warning(where, f"filen är skriven i {charset}, inte i PC8 (teckenkod 437) som SIE föreskriver; "
                                "den lästes som " + charset + ". Kontrollera att å, ä och ö ser rätt ut.")
    reader = _Reader(name, problems)
    sie = reader.read(text)
    if reader.errors > 50:
        problems.error(where, f"{reader.errors} fel i filen; de 50 första visas.")
    return (None if reader.errors else sie), problems.items
