"""Reader of indikatorer.xlsx: indicator surveys with answer counts, and participants in Uppföljning Finsam (formerly SUS)."""
from __future__ import annotations

from pipeline import fmt
from pipeline.domain import Answers, Indicators, Mean, SusYear, Survey
from pipeline.enums import RespondentGroup
from pipeline.problems import Problems
from pipeline.read.cells import nearest
from pipeline.read.xlsx import Sheets, read_fields, read_table
from pipeline.schema import INDIKATORER, SCALE


def read_indikatorer(book: Sheets, problems: Problems) -> Indicators:
    table = lambda name: read_table(book, INDIKATORER.sheet(name), problems)  # noqa: E731
    settings = read_fields(book, INDIKATORER.sheet("Inställningar"), problems)
    surveys: dict[str, Survey] = {}
    rows = table("Enkäter")
    named = {r["Enkät"] for r in rows if r["Enkät"] is not None}  # a survey with an error is named once, there
    for r in rows:
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
                                     r.source, r["Avslutad"])
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
            if column == "Enkät" and r[column] not in known and r[column] in named:
                ok = False  # its own row has the error; its answers are not a second one
            elif r[column] not in known:
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
    for r in table("Uppföljning Finsam"):
        if r["År"] in sus:
            problems.error(r.where("År"), f"året {r['År']} finns redan på en tidigare rad.")
        elif None not in (r["År"], r["Kvinnor"], r["Män"]):
            sus[r["År"]] = SusYear(r["År"], r["Kvinnor"], r["Män"], r.source)
    means = _means(table("Medelvärden"), questions, surveys, answers, problems)
    names: dict[RespondentGroup, str] = {}
    for r in table("Respondentgrupper"):
        if r["Respondentgrupp"] in names:
            problems.error(r.where("Respondentgrupp"), f"gruppen {r['Respondentgrupp']} har redan ett namn på en "
                                                       "tidigare rad.")
        elif None not in (r["Respondentgrupp"], r["Namn"]):
            names[RespondentGroup(r["Respondentgrupp"])] = r["Namn"]
    decimals = settings["Decimaler i medelvärden"]
    if decimals is not None and not 0 <= decimals <= 3:
        problems.error(settings.where("Decimaler i medelvärden"), f"{decimals} decimaler går inte; skriv 0–3.")
        decimals = None
    return Indicators(settings["Minsta antal svarande per kön"] or 0, tuple(surveys.values()), questions,
                      tuple(answers.values()), tuple(sus.values()), means, names, decimals)


def _means(rows, questions: dict, surveys: dict, answers: dict, problems: Problems) -> tuple[Mean, ...]:
    """Published means; a group and year given also as answer counts is an error naming both."""
    means: dict[tuple, Mean] = {}
    counted = {(surveys[a.survey].year, surveys[a.survey].group): a for a in answers.values()}
    for r in rows:
        if None in (r["År"], r["Respondentgrupp"], r["Medelvärde"]):
            continue
        if not 1 <= r["Medelvärde"] <= 6:
            problems.error(r.where("Medelvärde"), f"medelvärdet {fmt.decimal_number(r['Medelvärde'])} ligger utanför skalan 1–6.")
            continue
        if r["Fråga"] is not None and r["Fråga"] not in questions:
            hint = nearest(r["Fråga"], questions)
            suffix = f" Menade du \"{hint}\"?" if hint else ""
            problems.error(r.where("Fråga"), f"\"{r['Fråga']}\" finns inte på bladet Frågor.{suffix}")
            continue
        for column in ("Antal svar", "Spridning"):
            if r[column] is not None and r[column] < 0:
                problems.error(r.where(column), f"{column.lower()} kan inte vara negativ.")
        if (r["Lägsta"] is None) != (r["Högsta"] is None):
            problems.error(r.where("Lägsta" if r["Lägsta"] is None else "Högsta"),
                           "variationsvidden behöver både lägsta och högsta värdet.")
        elif r["Lägsta"] is not None and not 1 <= r["Lägsta"] <= r["Högsta"] <= 6:
            problems.error(r.where("Lägsta"), f"variationsvidden {fmt.decimal_number(r['Lägsta'])}–"
                                              f"{fmt.decimal_number(r['Högsta'])} ska ligga inom skalan 1–6, "
                                              "lägsta först.")
        key = (r["År"], r["Respondentgrupp"], r["Fråga"], r["Insatser"])
        if key in means:
            problems.error(r.where("Medelvärde"), f"{r['Respondentgrupp']} {r['År']} har redan ett medelvärde "
                                                  f"{'för frågan ' + r['Fråga'] if r['Fråga'] else ''} på rad "
                                                  f"{means[key].source.row}.".replace("  ", " "))
            continue
        both = counted.get((r["År"], r["Respondentgrupp"]))
        if both is not None:
            problems.error([r.where("Medelvärde"), both.source.at("Enkät")],
                           f"{r['Respondentgrupp']} {r['År']} har både antal svar (bladet Svar) och medelvärden "
                           "(bladet Medelvärden). Ange gruppens resultat på ett av sätten.")
            continue
        means[key] = Mean(r["År"], r["Respondentgrupp"], r["Fråga"], r["Medelvärde"], r["Antal svar"],
                          r["Spridning"], r["Insatser"], r.source, r["Avslutad"], r["Lägsta"], r["Högsta"])
    return tuple(means.values())
