"""Reader of indikatorer.xlsx: indicator surveys with answer counts, and SUS participants."""
from __future__ import annotations

from pipeline.domain import Answers, Indicators, SusYear, Survey
from pipeline.problems import Problems
from pipeline.read.cells import nearest
from pipeline.read.xlsx import Sheets, read_fields, read_table
from pipeline.schema import INDIKATORER, SCALE


def read_indikatorer(book: Sheets, problems: Problems) -> Indicators:
    table = lambda name: read_table(book, INDIKATORER.sheet(name), problems)  # noqa: E731
    settings = read_fields(book, INDIKATORER.sheet("Inställningar"), problems)
    surveys: dict[str, Survey] = {}
    for r in table("Enkäter"):
        values = [r[c] for c in ("Enkät", "År", "Respondentgrupp", "Population", "Tillfrågade", "Svarande")]
        if None in values:
            continue
        if r["Enkät"] in surveys:
            problems.error(r.where("Enkät"), f"enkäten \"{r['Enkät']}\" finns redan på en tidigare rad.")
            continue
        if r["Population"] < 1 or r["Tillfrågade"] < 1:
            column = "Population" if r["Population"] < 1 else "Tillfrågade"
            problems.error(r.where(column), f"{column.lower()} måste vara minst 1.")
            continue
        if r["Tillfrågade"] > r["Population"]:
            problems.error(r.where("Tillfrågade"), f"{r['Tillfrågade']} tillfrågade är fler än populationen "
                                                   f"({r['Population']}).")
        if r["Svarande"] > r["Tillfrågade"]:
            problems.error(r.where("Svarande"), f"{r['Svarande']} svarande är fler än de tillfrågade "
                                                f"({r['Tillfrågade']}).")
        if (r["Svarande kvinnor"] or 0) + (r["Svarande män"] or 0) > r["Svarande"]:
            problems.error(r.where("Svarande kvinnor"), "svarande kvinnor och män är tillsammans fler än "
                                                        f"de svarande ({r['Svarande']}).")
        surveys[r["Enkät"]] = Survey(r["Enkät"], r["År"], r["Respondentgrupp"], r["Insatser"], r["Population"],
                                     r["Tillfrågade"], r["Svarande"], r["Svarande kvinnor"], r["Svarande män"],
                                     r.source)
    questions: dict[str, str] = {}
    for r in table("Frågor"):
        if r["Fråga"] in questions:
            problems.error(r.where("Fråga"), f"frågan \"{r['Fråga']}\" finns redan på en tidigare rad.")
        elif None not in (r["Fråga"], r["Text"]):
            questions[r["Fråga"]] = r["Text"]
    answers: dict[tuple[str, str, str], Answers] = {}
    for r in table("Svar"):
        if None in (r["Enkät"], r["Fråga"], r["Grupp"]):
            continue
        ok = True
        for column, known in (("Enkät", surveys), ("Fråga", questions)):
            if r[column] not in known:
                hint = nearest(r[column], known)
                suffix = f" Menade du \"{hint}\"?" if hint else ""
                sheet = "Enkäter" if column == "Enkät" else "Frågor"
                problems.error(r.where(column), f"\"{r[column]}\" finns inte på bladet {sheet}.{suffix}")
                ok = False
        key = (r["Enkät"], r["Fråga"], r["Grupp"])
        if key in answers:
            problems.error(r.where("Grupp"), "svaren för denna enkät, fråga och grupp finns redan på en "
                                             "tidigare rad.")
            ok = False
        counts = tuple(r[step] or 0 for step in SCALE)
        if any(c < 0 for c in counts):
            problems.error(r.where(SCALE[0]), "antal svar kan inte vara negativt.")
            ok = False
        if not ok:
            continue
        survey = surveys[r["Enkät"]]
        limit = survey.respondents_in(r["Grupp"])
        if limit is not None and sum(counts) > limit:
            problems.error(r.where(SCALE[0]), f"{sum(counts)} svar på frågan {r['Fråga']} är fler än de "
                                              f"{limit} svarande ({r['Grupp']}) i enkäten {r['Enkät']}.")
            continue
        answers[key] = Answers(r["Enkät"], r["Fråga"], r["Grupp"], counts, r.source)
    sus: dict[int, SusYear] = {}
    for r in table("SUS"):
        if r["År"] in sus:
            problems.error(r.where("År"), f"året {r['År']} finns redan på en tidigare rad.")
        elif None not in (r["År"], r["Kvinnor"], r["Män"]):
            sus[r["År"]] = SusYear(r["År"], r["Kvinnor"], r["Män"], r.source)
    return Indicators(settings["Minsta antal svarande per kön"] or 0, tuple(surveys.values()), questions,
                      tuple(answers.values()), tuple(sus.values()))
