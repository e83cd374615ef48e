"""indikatorer.xlsx: the indicator surveys' answers and the participants in Uppföljning Finsam."""
from __future__ import annotations

from pipeline import enums
from pipeline.schema.spec import FACTS_HELP, Column, FieldSheet, Kind, TableSheet, WorkbookSpec


SCALE = ("Inte alls", "Till liten del", "Varken eller", "Till stor del", "Till mycket stor del",
         "Helt och hållet")

SURVEYED_GROUPS = tuple(g for g in enums.RespondentGroup if g != enums.RespondentGroup.TOTAL)

INDIKATORER = WorkbookSpec(
    filename="indikatorer.xlsx",
    title="Indikatorer",
    help="Svaren på indikatorenkäterna och antal deltagare i Uppföljning Finsam (tidigare SUS). Andelar, svarsfrekvens och medelvärde "
         "räknas fram ur antalen.",
    sheets=(
        FieldSheet(
            "Inställningar",
            FACTS_HELP,
            (
                Column("Minsta antal svarande per kön", Kind.INT, "Färre svarande kvinnor eller män än så "
                       "och ingen könsuppdelad statistik visas för enkäten."),
                Column("Decimaler i medelvärden", Kind.INT, "Antal decimaler förbundet publicerar medelvärden med, "
                       "t.ex. 2. Tomt = som de är skrivna på bladet Medelvärden (minst en).", required=False),
            ),
        ),
        TableSheet(
            "Enkäter",
            "En rad per enkät: år, vem som svarat och hur många. Population är alla i gruppen, "
            "Tillfrågade de som fick enkäten, Svarande de som besvarade den.",
            (
                Column("Enkät", Kind.TEXT, "Ett kort id, t.ex. E1.", width=10),
                Column("År", Kind.YEAR, "Året."),
                Column("Respondentgrupp", Kind.CHOICE, "Vilka som svarat.", choices=SURVEYED_GROUPS, width=28),
                Column("Insatser", Kind.TEXT, "Insatserna enkäten gäller, t.ex. STA, Samkraft.", required=False,
                       width=40),
                Column("Population", Kind.INT, "Antal i gruppen."),
                Column("Tillfrågade", Kind.INT, "Antal som fick enkäten."),
                Column("Svarande", Kind.INT, "Antal som besvarade enkäten."),
                Column("Svarande kvinnor", Kind.INT, "Antal kvinnor bland de svarande.", required=False),
                Column("Svarande män", Kind.INT, "Antal män bland de svarande.", required=False),
                Column("Avslutad", Kind.DATE, "Dagen enkäten stängdes. Dokument daterade före den dagen visar inte "
                       "enkäten. Tomt = årets sista dag.", required=False),
            ),
        ),
        TableSheet(
            "Frågor",
            "Enkätfrågorna, var och en med ett kort id som svaren och målen hänvisar till.",
            (
                Column("Fråga", Kind.TEXT, "Ett kort id, t.ex. F1.", width=10),
                Column("Text", Kind.TEXT, "Frågans text.", width=80),
            ),
        ),
        TableSheet(
            "Svar",
            "Antal svar per svarsalternativ, en rad per enkät, fråga och grupp (samtliga, kvinnor, män).",
            (
                Column("Enkät", Kind.TEXT, "Enkätens id.", width=10),
                Column("Fråga", Kind.TEXT, "Frågans id.", width=10),
                Column("Grupp", Kind.CHOICE, "samtliga, kvinnor eller män.", choices=tuple(enums.AnswerGroup), width=12),
            ) + tuple(Column(step, Kind.INT, f"Antal som svarat {step.lower()}.", required=False, width=12)
                      for step in SCALE),
        ),
        TableSheet(
            "Medelvärden",
            "Enkätresultat som förbundet fått som medelvärden (t.ex. från den nationella indikatorenkäten) i stället "
            "för antal svar: en rad per år, respondentgrupp och fråga, eller per grupp utan fråga för gruppens "
            "samlade värde. Skalan är 1–6. Ange inte samma grupp och fråga både här och på bladet Svar.",
            (
                Column("År", Kind.YEAR, "Året enkäten avser."),
                Column("Respondentgrupp", Kind.CHOICE, "Vilka som svarat.", choices=tuple(enums.RespondentGroup),
                       width=28),
                Column("Fråga", Kind.TEXT, "Frågans id (bladet Frågor); tomt = gruppens samlade medelvärde.",
                       required=False, width=10),
                Column("Medelvärde", Kind.DECIMAL, "Medelvärdet på skalan 1–6, t.ex. 4,8."),
                Column("Antal svar", Kind.INT, "Antal som svarat, om det är känt.", required=False),
                Column("Spridning", Kind.DECIMAL, "Standardavvikelsen, om den är angiven.", required=False),
                Column("Insatser", Kind.TEXT, "Insatserna enkäten gäller. En rad med Insatser ifyllt är gruppens "
                       "medelvärde i just de insatserna och visas på en egen rad under gruppen.", required=False,
                       width=40),
                Column("Avslutad", Kind.DATE, "Dagen enkäten stängdes. Dokument daterade före den dagen visar inte "
                       "medelvärdet. Tomt = årets sista dag.", required=False),
                Column("Lägsta", Kind.DECIMAL, "Spridningen som variationsvidd: lägsta värdet, om förbundet "
                       "publicerar den i stället för standardavvikelsen.", required=False),
                Column("Högsta", Kind.DECIMAL, "Spridningen som variationsvidd: högsta värdet.", required=False),
            ),
            optional=True,
        ),
        TableSheet(
            "Respondentgrupper",
            "Förbundets egna namn på respondentgrupperna, t.ex. Förbundsstyrelsen för styrelse eller LSG för "
            "beredningsgrupp/LSG. Namnen visas i tabellerna och kan skrivas i målens Underlag. Grupper utan rad "
            "här visas med produktens namn.",
            (
                Column("Respondentgrupp", Kind.CHOICE, "Gruppen.", choices=tuple(enums.RespondentGroup), width=28),
                Column("Namn", Kind.TEXT, "Förbundets namn på gruppen.", width=36),
            ),
            optional=True,
        ),
        TableSheet(
            "Uppföljning Finsam",
            "Antal deltagare registrerade med personuppgifter i Uppföljning Finsam (som ersatte SUS 2023) per år. "
            "Ett blad som heter SUS läses också.",
            (
                Column("År", Kind.YEAR, "Året."),
                Column("Kvinnor", Kind.INT, "Antal kvinnor."),
                Column("Män", Kind.INT, "Antal män."),
            ),
            aliases=("SUS",),
        ),
    ),
)
