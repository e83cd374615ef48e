"""Reader of the meeting workbooks in sammantraden/: attendance and agenda."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline import fmt
from pipeline.domain import AgendaItem, Attendee, Meeting
from pipeline.enums import AgendaKind, YesNo
from pipeline.problems import Problems
from pipeline.read.xlsx import Sheets, open_workbook, read_fields, read_table
from pipeline.schema import SAMMANTRADE

FOLDER = "sammantraden"


def read_meeting(book: Sheets, problems: Problems) -> Meeting | None:
    facts = read_fields(book, SAMMANTRADE.sheet("Möte"), problems)
    attendees = tuple(
        Attendee(r["Namn"], r["Roll"], r["Organisation"], r["Tjänstgör för"], r["Från §"], r["Till §"],
                 r["Kommentar"], r.source)
        for r in read_table(book, SAMMANTRADE.sheet("Närvaro"), problems)
        if r["Namn"] and r["Roll"]
    )
    agenda = []
    for r in read_table(book, SAMMANTRADE.sheet("Dagordning"), problems):
        if not (r["Rubrik"] and r["Typ"]):
            continue
        if r["Typ"] == AgendaKind.APPLICATION:
            for column in ("Insats", "Sökande", "Belopp", "Från", "Till"):
                if r[column] is None:
                    problems.error(r.where(column), f"en ansökan behöver {column.lower()}.")
        if r["Typ"] == AgendaKind.FINAL_REPORT and r["Insats"] is None:
            problems.error(r.where("Insats"), "en slutrapport behöver insatsens namn.")
        decisions = tuple(line.strip() for line in (r["Beslut"] or "").splitlines() if line.strip())
        agenda.append(AgendaItem(r["Rubrik"], r["Typ"], r["Text"], decisions, r["Insats"], r["Sökande"],
                                 r["Medsökande"], r["Insatstyp"], r["Belopp"], r["Från"], r["Till"],
                                 None if r["Utbetalning"] is None else r["Utbetalning"] == YesNo.YES, r.source))
    if facts["Datum"] is None:
        return None
    return Meeting(book.file, facts["Datum"], facts["Tid"], facts["Plats"], facts["Justerare"],
                   facts["Protokollförare"], facts["Första paragraf"], facts["Justeras"], facts["Anslag uppsatt"],
                   facts["Anslag nedtas"], facts["Förvaringsplats"], attendees, tuple(agenda), facts.source)


def _named_day(stem: str) -> date | None:
    """The date a meeting workbook's name gives (2026-11-20.xlsx), if it gives one."""
    try:
        return date.fromisoformat(stem)
    except ValueError:
        return None


def read_meetings(folder: Path, problems: Problems) -> tuple[Meeting, ...]:
    """Every meeting workbook in `folder`/sammantraden (the folder is optional)."""
    directory = folder / FOLDER
    if not directory.is_dir():
        return ()
    meetings = []
    for path in sorted(directory.glob("*.xlsx")):
        if path.name.startswith("~$"):
            continue  # a lock file: reported by open_workbook for the workbook it belongs to
        book = open_workbook(directory, SAMMANTRADE, problems, filename=path.name)
        if book is not None:
            book.file = f"{FOLDER}/{path.name}"
            meeting = read_meeting(book, problems)
            if meeting is not None:
                meetings.append(meeting)
                if _named_day(path.stem) not in (None, meeting.day):
                    problems.error(meeting.facts.at("Datum"),
                                   f"arbetsboken heter {path.name} men sammanträdets datum är "
                                   f"{fmt.iso_date(meeting.day)}. Byt namn på filen till "
                                   f"{fmt.iso_date(meeting.day)}.xlsx, eller rätta datumet.")
    days: dict = {}
    for m in meetings:
        if m.day in days:
            problems.error(m.facts.at("Datum"), f"{days[m.day]} gäller redan sammanträdet {fmt.iso_date(m.day)}.")
        days.setdefault(m.day, m.file)
    return tuple(sorted(meetings, key=lambda m: m.day))
