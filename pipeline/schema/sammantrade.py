"""sammantraden/<datum>.xlsx: one board meeting, its attendance and agenda."""
from __future__ import annotations

from pipeline import enums
from pipeline.schema.spec import FACTS_HELP, Column, FieldSheet, Kind, TableSheet, WorkbookSpec


SAMMANTRADE = WorkbookSpec(
    filename="sammantraden/<datum>.xlsx",
    title="Sammanträde",
    help="Ett styrelsemöte: närvaro och dagordning. Ger kallelsen med dagordning och protokollet, och "
         "beviljade ansökningar och godkända slutrapporter förs in i insatslistan.",
    sheets=(
        FieldSheet(
            "Möte",
            FACTS_HELP,
            (
                Column("Datum", Kind.DATE, "Sammanträdets datum."),
                Column("Tid", Kind.TEXT, "T.ex. 09.00–12.00.", required=False),
                Column("Plats", Kind.TEXT, "Var mötet hålls. Tomt = en linje att fylla i, och en varning.",
                       required=False),
                Column("Justerare", Kind.TEXT, "Den ledamot som justerar protokollet.", required=False),
                Column("Protokollförare", Kind.TEXT, "Den som för protokollet, oftast förbundschefen.",
                       required=False),
                Column("Första paragraf", Kind.INT, "Första paragrafens nummer, om inget tidigare möte samma år "
                       "finns i mappen (annars fortsätter numreringen därifrån).", required=False),
                Column("Justeras", Kind.DATE, "Dag då protokollet justeras (planerat eller gjort), senast 14 dagar "
                       "efter sammanträdet.", required=False),
                Column("Anslag uppsatt", Kind.DATE, "Dag då justeringen anslås på anslagstavlan, senast andra dagen "
                       "efter justeringen.", required=False),
                Column("Anslag nedtas", Kind.DATE, "Dag då anslaget tas ned: tidigast dagen efter att tiden för "
                       "överklagande (tre veckor från uppsättandet) gått ut. Tomt = den dagen.", required=False),
                Column("Förvaringsplats", Kind.TEXT, "Var protokollet förvaras.", required=False),
            ),
        ),
        TableSheet(
            "Närvaro",
            "En rad per person. Ordinarie ledamöter och tjänstgörande ersättare beslutar; Från § och Till § "
            "anger vilka paragrafer de deltog i (tomt = hela mötet). Övriga deltar utan att besluta.",
            (
                Column("Namn", Kind.TEXT, "Förnamn och efternamn.", width=26),
                Column("Roll", Kind.CHOICE, "ordinarie ledamot, ersättare eller övrig.", choices=tuple(enums.AttendanceRole),
                       width=18),
                Column("Organisation", Kind.TEXT, "Den medlem personen företräder, eller titel.", required=False,
                       width=28),
                Column("Tjänstgör för", Kind.TEXT, "För en ersättare: den ordinarie ledamot hen ersätter.",
                       required=False, width=24),
                Column("Från §", Kind.INT, "Första paragrafen personen deltog i.", required=False, width=8),
                Column("Till §", Kind.INT, "Sista paragrafen personen deltog i.", required=False, width=8),
                Column("Kommentar", Kind.TEXT, "T.ex. digital närvaro.", required=False, width=30),
            ),
        ),
        TableSheet(
            "Dagordning",
            "Ärendena i ordning; paragraferna numreras i den här ordningen. Beslut: en rad per \"Att …\"; tomt "
            "= standardbeslutet för ärendets typ. För en ansökan: insats, sökande, medsökande, belopp och "
            "period; för en slutrapport: insats och om resterande medel betalas ut.",
            (
                Column("Rubrik", Kind.TEXT, "Ärendets rubrik.", width=36),
                Column("Typ", Kind.CHOICE, "Vilket slags ärende.", choices=tuple(enums.AgendaKind), width=24),
                Column("Text", Kind.TEXT, "Vad som sades eller redovisades.", required=False, width=60),
                Column("Beslut", Kind.TEXT, "Beslutet, en rad per \"Att …\".", required=False, width=50),
                Column("Insats", Kind.TEXT, "Insatsens namn (ansökan, slutrapport).", required=False, width=30),
                Column("Sökande", Kind.TEXT, "Den som söker (ansökan).", required=False, width=20),
                Column("Medsökande", Kind.TEXT, "Övriga sökande (ansökan).", required=False, width=24),
                Column("Insatstyp", Kind.CHOICE, "individinriktad eller strukturinriktad (ny insats).",
                       required=False, choices=tuple(enums.InsatsKind), width=16),
                Column("Belopp", Kind.AMOUNT, "Beviljat belopp i kronor (ansökan).", required=False, positive=True),
                Column("Från", Kind.DATE, "Periodens första dag (ansökan).", required=False),
                Column("Till", Kind.DATE, "Periodens sista dag (ansökan).", required=False),
                Column("Utbetalning", Kind.CHOICE, "ja: godkänn och betala ut resterande medel; nej: godkänn utan "
                       "utbetalning (slutrapport).", required=False, choices=tuple(enums.YesNo), width=12),
            ),
        ),
    ),
)
