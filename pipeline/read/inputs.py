"""Reading an input folder: every workbook and accounting export, every problem, one `Inputs` as they say it."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.domain import Inputs, TextBlock
from pipeline.enums import Report, RespondentGroup
from pipeline.problems import InputError, Problems, Where
from pipeline.read.bokforing import read_exports, with_books, with_costs
from pipeline.read.budget import read_budget
from pipeline.read.cells import nearest
from pipeline.read.forbundet import read_forbundet
from pipeline.read.indikatorer import read_indikatorer
from pipeline.read.insatser import read_insatser
from pipeline.read.redovisning import read_redovisning
from pipeline.read.sammantrade import read_meetings
from pipeline.read.texter import read_text_files
from pipeline.read.verksamhet import read_verksamhet
from pipeline.read.xlsx import open_workbook
from pipeline.schema import BUDGET, FORBUNDET, INDIKATORER, INSATSER, REDOVISNING, VERKSAMHET, WORKBOOKS

READERS = {
    FORBUNDET: read_forbundet,
    REDOVISNING: read_redovisning,
    BUDGET: read_budget,
    VERKSAMHET: read_verksamhet,
    INSATSER: read_insatser,
    INDIKATORER: read_indikatorer,
}


def read_inputs(folder: Path, problems: Problems) -> Inputs:
    """All workbooks of `folder`; raises InputError if any problem is an error."""
    books = {spec: open_workbook(folder, spec, problems) for spec in WORKBOOKS}
    return read_books(books, problems, source=str(folder), meetings=read_meetings(folder, problems),
                      texts=read_text_files(folder, problems), folder=folder)


def read_books(books: dict, problems: Problems, source: str = "", meetings: tuple = (), texts: tuple = (),
               folder: Path | None = None) -> Inputs:
    """Typed inputs from opened workbooks (None for one that could not be opened), the texts of the Word
    files and the accounting exports in `folder`/bokforing, with the references from one to another checked."""
    # Read every workbook that opened, so that one run reports all problems.
    read = {spec: READERS[spec](book, problems) for spec, book in books.items() if book is not None}
    exports = read_exports(folder, read.get(FORBUNDET), problems) if folder is not None else []
    if len(read) < len(WORKBOOKS):
        raise InputError(problems)
    forbund, accounting, indicators = read[FORBUNDET], read[REDOVISNING], read[INDIKATORER]
    budget, budget_lines = read[BUDGET]
    activity, grants = read[VERKSAMHET], read[INSATSER]
    _one_source(activity.texts, texts, problems)
    activity = replace(activity, texts=activity.texts + texts)
    accounting, listing = with_books(accounting, exports, problems)
    grants = with_costs(grants, accounting, exports, problems)
    dr_posts = [line.name for line in accounting.report_lines(Report.DR) if line.is_post]
    for line, where in budget_lines:
        _require_line(line, dr_posts, where, problems)
    if grants.books_line:
        _require_line(grants.books_line, dr_posts, grants.facts.at("Rad i driftsredovisningen"), problems)
    _member_accounts(accounting.rules, forbund.members, budget.member_line, problems)
    for goal in activity.goals:
        for token in goal.evidence:
            if token not in indicators.questions and indicators.group_named(token) is None:
                names = list(indicators.questions) + list(RespondentGroup) + list(indicators.group_names.values())
                hint = nearest(token, names)
                suffix = f" Menade du \"{hint}\"?" if hint else ""
                problems.error(goal.source.at("Underlag"), f"\"{token}\" är varken en fråga på bladet Frågor eller "
                                                           f"en respondentgrupp i {INDIKATORER.filename}.{suffix}")
    if problems.has_errors:
        raise InputError(problems)
    return Inputs(forbund, accounting, budget, activity, grants, indicators, source=source, meetings=meetings,
                  books=listing)


def _require_line(name: str, dr_posts: list[str], where: Where, problems: Problems) -> None:
    if name not in dr_posts:
        hint = nearest(name, dr_posts)
        suffix = f" Menade du \"{hint}\"?" if hint else ""
        problems.error(where, f"\"{name}\" är ingen rad med belopp i driftsredovisningen "
                              f"(redovisning.xlsx, bladet Rapportrader).{suffix}")


def _member_accounts(rules: tuple, members: tuple, member_line: str, problems: Problems) -> None:
    """A kontoplan row naming a member (Medlem) names one of forbundet.xlsx and holds the members' contributions."""
    names = list(dict.fromkeys(m.name for m in members))
    for rule in rules:
        if rule.member is None:
            continue
        if rule.member not in names:
            hint = nearest(rule.member, names)
            suffix = f" Menade du \"{hint}\"?" if hint else ""
            problems.error(rule.source.at("Medlem"), f"\"{rule.member}\" är ingen medlem på bladet Medlemmar i "
                                                     f"{FORBUNDET.filename}.{suffix}")
        elif rule.lines.get(Report.DR) != member_line:
            problems.error(rule.source.at("Medlem"), f"kontona {rule.first}–{rule.last} har en medlem men förs inte "
                                                     f"till raden för medlemsbidrag, \"{member_line}\" "
                                                     f"({BUDGET.filename}, bladet Uppgifter).")


def _one_source(sheet: tuple[TextBlock, ...], word: tuple[TextBlock, ...], problems: Problems) -> None:
    """A section of a document's year is written either on the Texter sheet or in the Word file, not in both
    (a text given for every year, År empty, is one the Word file's replaces, as a year's text does)."""
    reported = set()
    for w in word:
        key = (w.document, w.year, w.section)
        rows = [t.source.at("Avsnitt") for t in sheet if (t.document, t.year, t.section) == key and t.source]
        if rows and (w.source.file, w.section) not in reported:
            reported.add((w.source.file, w.section))
            problems.error([Where(w.source.file, heading=w.section), *rows],
                           f"avsnittet \"{w.section}\" för {w.year} finns både i Word-filen och på bladet Texter. "
                           "Ett avsnitt har en källa: ta bort raderna på bladet Texter (eller avsnittet i "
                           "Word-filen).")
