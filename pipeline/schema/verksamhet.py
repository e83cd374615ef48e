"""verksamhet.xlsx: each document's decision, running texts and the board's goals."""
from __future__ import annotations

from pipeline import enums
from pipeline.schema.spec import Column, Kind, TableSheet, WorkbookSpec
from pipeline.schema.texts import ALL_SECTIONS


VERKSAMHET = WorkbookSpec(
    filename="verksamhet.xlsx",
    title="Verksamhet",
    help="Beslutsdatum och löptexter för varje dokument, och styrelsens mål med måluppfyllelse.",
    sheets=(
        TableSheet(
            "Dokument",
            "En rad per dokument och år: när styrelsen beslutar om det och var det skrivs under.",
            (
                Column("Dokument", Kind.CHOICE, "Årsredovisning, Delårsrapport eller Verksamhetsplan.",
                       choices=tuple(enums.DocumentTitle), width=18),
                Column("År", Kind.YEAR, "Det år dokumentet avser."),
                Column("Beslutsdatum", Kind.DATE, "Dag då styrelsen beslutar; tomt = skrivs för hand.",
                       required=False),
                Column("Ort", Kind.TEXT, "Ort vid underskrifterna; tomt = förbundets säte.", required=False),
            ),
        ),
        TableSheet(
            "Texter",
            "Löptexter, en rad per stycke av ett avsnitt, i den ordning de ska visas. En radbrytning "
            "i cellen ger ett nytt stycke, en rad som börjar med \"- \" blir en punkt i en lista. "
            "Rubrik är valfri underrubrik. Under Viktiga förhållanden kommenterar en text med en "
            "driftsredovisningsrad som rubrik den raden.",
            (
                Column("Dokument", Kind.CHOICE, "Dokumentet texten hör till.", choices=tuple(enums.DocumentTitle), width=18),
                Column("År", Kind.YEAR, "Det år dokumentet avser; tomt = varje år som inte har en egen text i "
                       "avsnittet (t.ex. redovisningsprinciperna).", required=False),
                Column("Avsnitt", Kind.CHOICE, "Avsnittet i dokumentet (se Läs mig i docs/indata.md för vilka "
                       "avsnitt varje dokument har).", choices=ALL_SECTIONS, width=28),
                Column("Rubrik", Kind.TEXT, "Underrubrik, valfri.", required=False, width=28),
                Column("Text", Kind.TEXT, "Texten.", width=90),
                Column("Skriven", Kind.DATE, "Dag då texten skrevs, när den ersätter en tidigare text med samma "
                       "rubrik: ett dokument visar den senaste texten fram till sitt datum. Tomt = gäller alltid.",
                       required=False),
            ),
        ),
        TableSheet(
            "Mål",
            "Styrelsens mål per år och hur det gick vid årets slut (årsredovisningen). Status visas i ord och med "
            "en färgad markering. Underlag är id för enkätfrågor (bladet Frågor i indikatorer.xlsx) eller "
            "respondentgrupper, åtskilda med komma; deras tabeller visas under kommentaren. Delårsrapportens "
            "uppföljning skrivs på bladet Uppföljning.",
            (
                Column("År", Kind.YEAR, "Året målet gäller."),
                Column("Kategori", Kind.CHOICE, "verksamhet, finansierade insatser eller finansiella.",
                       choices=tuple(enums.GoalCategory), width=20),
                Column("Mål", Kind.TEXT, "Målet.", width=60),
                Column("Hur", Kind.TEXT, "Handlingsplan: hur målet ska nås.", required=False, width=40),
                Column("Mått", Kind.TEXT, "Hur målet mäts.", required=False, width=30),
                Column("Uppföljning", Kind.TEXT, "När och hur målet följs upp.", required=False, width=30),
                Column("Status", Kind.CHOICE, "uppnått, i hög grad uppnått, delvis uppnått eller ej uppnått.",
                       required=False, choices=tuple(enums.GoalStatus), width=20),
                Column("Kommentar", Kind.TEXT, "Kommentar till måluppfyllelsen.", required=False, width=60),
                Column("Prognos", Kind.TEXT, "Prognos för helåret (delårsrapporten).", required=False, width=40),
                Column("Underlag", Kind.TEXT, "Id för enkätfrågor, t.ex. F1, F3.", required=False),
                Column("Beräknas", Kind.CHOICE, "Låt dokumentet räkna fram hur målet står till, t.ex. eget kapital "
                       "mot 20 % av intäkterna (utfall eller prognos).", required=False, choices=tuple(enums.GoalComputation),
                       width=22),
                Column("Medelvärde minst", Kind.DECIMAL, "Målvärde för underlagets medelvärden (skalan 1–6), t.ex. "
                       "4,5: status räknas fram när den inte är ifylld.", required=False),
                Column("Beslutad", Kind.DATE, "Dag då målet beslutades; dokument före den dagen visar det inte.",
                       required=False),
                Column("Ersatt", Kind.DATE, "Dag då målet ersattes av ett annat; dokument från den dagen visar det "
                       "inte.", required=False),
            ),
        ),
        TableSheet(
            "Uppföljning",
            "Målens uppföljning per rapport: delårsrapporten (periodens slut, t.ex. 2026-06-30) och "
            "årsredovisningen (31 december) har var sin. En rapport visar bara uppföljningen för sitt datum. "
            "Årets slut kan också skrivas direkt på bladet Mål.",
            (
                Column("År", Kind.YEAR, "Året målet gäller."),
                Column("Mål", Kind.TEXT, "Målet, som det står på bladet Mål.", width=60, choices_from=("Mål", "Mål")),
                Column("Datum", Kind.DATE, "Rapportens datum: delårets slut eller 31 december."),
                Column("Status", Kind.CHOICE, "uppnått, i hög grad uppnått, delvis uppnått eller ej uppnått.",
                       required=False, choices=tuple(enums.GoalStatus), width=20),
                Column("Kommentar", Kind.TEXT, "Kommentar till måluppfyllelsen vid datumet.", required=False, width=60),
                Column("Prognos", Kind.TEXT, "Prognos för helåret.", required=False, width=40),
            ),
            optional=True,
        ),
    ),
)
