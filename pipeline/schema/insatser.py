"""insatser.xlsx: the insatser the förbund finances, the board's decisions, costs and goals."""
from __future__ import annotations

from pipeline import enums
from pipeline.schema.spec import FACTS_HELP, Column, FieldSheet, Kind, TableSheet, WorkbookSpec


# An insats's texts: on the Insatser sheet, and as rewritten on a given day on the Beskrivningar sheet.
DESCRIPTIONS = (
    Column("Bakgrund", Kind.TEXT, "Bakgrund.", required=False, width=60),
    Column("Syfte", Kind.TEXT, "Syfte.", required=False, width=60),
    Column("Målgrupp", Kind.TEXT, "Målgrupp.", required=False, width=40),
    Column("Metod", Kind.TEXT, "Metod.", required=False, width=40),
)

INSATSER = WorkbookSpec(
    filename="insatser.xlsx",
    title="Insatser",
    help="Insatslistan: de insatser förbundet finansierar, styrelsens beslut, årets kostnad per insats "
         "och insatsernas mål.",
    sheets=(
        FieldSheet(
            "Uppgifter",
            FACTS_HELP,
            (
                Column("Rad i driftsredovisningen", Kind.TEXT, "Driftsredovisningens rad för bidrag till "
                       "insatser; kostnaden där ska vara lika med summan på bladet Utfall."),
            ),
        ),
        TableSheet(
            "Insatser",
            "En rad per insats. Namnet används på de andra bladen. Avslutad är dagen då insatsen "
            "slutredovisades; återstående beslutade medel räknas då inte längre som åtagande.",
            (
                Column("Insats", Kind.TEXT, "Insatsens namn.", width=40),
                Column("Insatsägare", Kind.TEXT, "Den medlem som äger insatsen.", width=26),
                Column("Medsökande", Kind.TEXT, "Övriga sökande, åtskilda med komma.", required=False, width=30),
                Column("Typ", Kind.CHOICE, "individinriktad eller strukturinriktad.", choices=tuple(enums.InsatsKind),
                       width=18),
                Column("Start", Kind.DATE, "Periodens första dag."),
                Column("Slut", Kind.DATE, "Periodens sista dag."),
                Column("Avslutad", Kind.DATE, "Dag då insatsen slutredovisades.", required=False),
            ) + DESCRIPTIONS,
        ),
        TableSheet(
            "Beskrivningar",
            "Insatsens texter som de skrevs om vid ett visst datum. Ett dokument visar de texter som gällde på "
            "dess datum: en delårsrapport i augusti visar inte texterna som skrevs för verksamhetsplanen i "
            "november. Utan rad här gäller texterna på bladet Insatser.",
            (
                Column("Insats", Kind.TEXT, "Insatsens namn som på bladet Insatser.", width=40),
                Column("Datum", Kind.DATE, "Dag då texterna skrevs; de gäller från den dagen."),
            ) + DESCRIPTIONS + (
                Column("Medsökande", Kind.TEXT, "Medsökande från den dagen, åtskilda med komma.", required=False,
                       width=30),
            ),
            optional=True,
        ),
        TableSheet(
            "Beslut",
            "Styrelsens beslut om finansiering, en rad per beslut (även tilläggsbeslut).",
            (
                Column("Insats", Kind.TEXT, "Insatsens namn som på bladet Insatser.", width=40),
                Column("Beslutsdatum", Kind.DATE, "Sammanträdets datum."),
                Column("Paragraf", Kind.TEXT, "Protokollets paragraf, t.ex. § 120.", width=10),
                Column("Belopp", Kind.AMOUNT, "Beviljat belopp i kronor (ett beslut som minskar ett tidigare: "
                       "negativt).", width=16),
                Column("Från", Kind.DATE, "Beslutets period, första dag.", required=False),
                Column("Till", Kind.DATE, "Beslutets period, sista dag.", required=False),
            ),
        ),
        TableSheet(
            "Utfall",
            "Bidrag som bokförts som kostnad för insatsen under året (utbetalt och upplupet).",
            (
                Column("Insats", Kind.TEXT, "Insatsens namn som på bladet Insatser.", width=40),
                Column("År", Kind.YEAR, "Året."),
                Column("Belopp", Kind.AMOUNT, "Belopp i kronor.", width=16),
            ),
        ),
        TableSheet(
            "Mål",
            "Insatsernas egna mål och hur de uppfylldes enligt del- och slutrapporter.",
            (
                Column("Insats", Kind.TEXT, "Insatsens namn som på bladet Insatser.", width=40),
                Column("Mål", Kind.TEXT, "Målet.", width=60),
                Column("Uppfyllt", Kind.CHOICE, "ja, delvis eller nej; tomt så länge det inte följts upp.",
                       required=False, choices=tuple(enums.Fulfilment), width=10),
                Column("Resultat", Kind.TEXT, "Vad som uppnåddes.", required=False, width=60),
                Column("Från", Kind.DATE, "Dag då målet började gälla. Mål med ett senare datum ersätter insatsens "
                       "tidigare mål i dokument från den dagen. Tomt = från början.", required=False),
            ),
        ),
        TableSheet(
            "Uppföljning",
            "Uppföljning av varje insats per rapportdag: delårsrapporten visar uppföljningen per periodens slut, "
            "årsredovisningen den per 31 december.",
            (
                Column("Insats", Kind.TEXT, "Insatsens namn som på bladet Insatser.", width=40),
                Column("Datum", Kind.DATE, "Rapportdagen, t.ex. 2021-06-30 eller 2021-12-31."),
                Column("Status", Kind.TEXT, "Insatsens läge med förbundets ord, t.ex. Pågår enligt plan.",
                       required=False, width=30),
                Column("Text", Kind.TEXT, "Uppföljningen.", required=False, width=90),
            ),
            optional=True,
        ),
    ),
)
