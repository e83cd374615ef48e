"""redovisning.xlsx: balances from the books and how accounts map to the reports' lines."""
from __future__ import annotations

from pipeline import enums
from pipeline.schema.spec import Column, Kind, TableSheet, WorkbookSpec


REDOVISNING = WorkbookSpec(
    filename="redovisning.xlsx",
    title="Redovisning",
    help=(
        "Saldon från bokföringen och hur kontona förs till rapporternas rader. "
        "Saldon anges som i saldolistan före bokslut: debet positivt, kredit negativt. "
        "Resultatkonton visar årets belopp fram till datumet; eget kapital-kontot visar "
        "det ingående egna kapitalet (årets resultat räknas fram ur resultatkontona). "
        "Summan av alla saldon ett datum är därför noll när bokföringen balanserar."
    ),
    sheets=(
        TableSheet(
            "Saldon",
            "En rad per konto och bokslutsdag (t.ex. 2021-12-31, eller 2021-06-30 för delåret). "
            "Belopp i kronor, debet positivt och kredit negativt.",
            (
                Column("Datum", Kind.DATE, "Bokslutsdag, t.ex. 2021-12-31."),
                Column("Konto", Kind.INT, "Kontonummer, t.ex. 1930."),
                Column("Benämning", Kind.TEXT, "Kontots namn; visas i noterna.", required=False, width=40),
                Column("Belopp", Kind.AMOUNT, "Saldo i kronor, debet positivt och kredit negativt.", width=18),
            ),
        ),
        TableSheet(
            "Kontoplan",
            "Vilken rad i varje rapport ett konto eller en kontoserie förs till. Ett konto hör till "
            "antingen resultaträkningen eller balansräkningen. Raderna i noterna följer ordningen här.",
            (
                Column("Konto från", Kind.INT, "Första kontot i serien."),
                Column("Konto till", Kind.INT, "Sista kontot i serien; tomt = samma som Konto från.", required=False),
                Column("Resultaträkning", Kind.TEXT, "Rad i resultaträkningen (resultatkonton).", required=False, width=32,
                       choices_from=("Rapportrader", "Rad")),
                Column("Balansräkning", Kind.TEXT, "Rad i balansräkningen (balanskonton).", required=False, width=32,
                       choices_from=("Rapportrader", "Rad")),
                Column("Driftsredovisning", Kind.TEXT, "Rad i driftsredovisningen (resultatkonton).", required=False,
                       width=32, choices_from=("Rapportrader", "Rad")),
                Column("Benämning i not", Kind.TEXT, "Slå ihop kontona till en rad med detta namn i noten; "
                       "tomt = varje konto visas med sin benämning.", required=False, width=32),
                Column("Delsumma i not", Kind.TEXT, "Visa kontona under en delsumma med detta namn i noten.",
                       required=False, width=32),
                Column("Medlem", Kind.TEXT, "För medlemsbidragens konton: medlemmen (som på bladet Medlemmar i "
                       "forbundet.xlsx) vars bidrag kontona har. Då får notens rad medlemmens budget.",
                       required=False, width=32),
            ),
        ),
        TableSheet(
            "Rapportrader",
            "Rapporternas rader i den ordning de visas. Typ avgör tecknet: intäkter och skulder "
            "visas positiva, kostnader negativa. En summa är summan av de rader som anger den i "
            "Ingår i. Not är numret på noten till raden.",
            (
                Column("Rapport", Kind.CHOICE, "Resultaträkning, Balansräkning eller Driftsredovisning.",
                       choices=tuple(enums.Report), width=20),
                Column("Rad", Kind.TEXT, "Radens text i rapporten.", width=44),
                Column("Typ", Kind.CHOICE, "Vad raden är.", choices=tuple(enums.LineKind), width=20),
                Column("Ingår i", Kind.TEXT, "Summaraden som raden räknas in i.", required=False, width=44,
                       choices_from=("Rapportrader", "Rad")),
                Column("Not", Kind.INT, "Nummer på noten som specificerar raden.", required=False, width=8),
                Column("Kassaflöde", Kind.CHOICE, "Var raden hör hemma i kassaflödesanalysen (balansräkningens "
                       "rader, och avskrivningar i resultaträkningen).", required=False, choices=tuple(enums.CashflowClass),
                       width=22),
            ),
        ),
        TableSheet(
            "Noter",
            "Noterna till resultat- och balansräkningen. Innehåll konton: kontona på raderna med "
            "notens nummer. Innehåll pensionsavsättning: förändringen av avsättningen, från bladet "
            "Pensionsavsättning. Innehåll ansvarsförbindelse: återstående beslutad finansiering per "
            "insats ur insatser.xlsx; noten visas under balansräkningen (inom linjen).",
            (
                Column("Not", Kind.INT, "Notens nummer.", width=8),
                Column("Rubrik", Kind.TEXT, "Notens rubrik.", width=44),
                Column("Innehåll", Kind.CHOICE, "konton, pensionsavsättning eller ansvarsförbindelse (återstående "
                       "beslutad finansiering av insatser, ur insatser.xlsx).", choices=tuple(enums.NoteContent)),
                Column("Enhet", Kind.CHOICE, "Belopp i kr eller tkr i noten.", choices=tuple(enums.Unit), width=8),
            ),
        ),
        TableSheet(
            "Pensionsavsättning",
            "Årets förändring av avsättningen för pensioner enligt pensionsbolagets beräkning, "
            "utom ingående och utgående avsättning som räknas fram ur saldona. "
            "Posterna ska tillsammans bli förändringen av avsättningen.",
            (
                Column("År", Kind.YEAR, "Året, t.ex. 2021."),
                Column("Post", Kind.TEXT, "T.ex. Nyintjänad pension.", width=44),
                Column("Belopp", Kind.AMOUNT, "Belopp i kronor; minskning negativ.", width=18),
            ),
        ),
        TableSheet(
            "Pensionsuppgifter",
            "Uppgifter som RKR R10 Pensioner begär i noten om pensioner, enligt pensionsbolagets beräkning.",
            (
                Column("År", Kind.YEAR, "Året, t.ex. 2021."),
                Column("Aktualiseringsgrad", Kind.SHARE, "Andel av de anställda vars pensionsuppgifter är "
                       "aktualiserade, t.ex. 92 %."),
            ),
            optional=True,
        ),
        TableSheet(
            "Balanskrav",
            "Justeringar från årets resultat till balanskravsresultatet (kommunallagen 11 kap.), när förbundet "
            "redovisar en balanskravsutredning. De flesta samordningsförbund har inga: då är "
            "balanskravsresultatet årets resultat.",
            (
                Column("År", Kind.YEAR, "Året, t.ex. 2025."),
                Column("Post", Kind.TEXT, "T.ex. Samtliga realisationsvinster.", width=44),
                Column("Belopp", Kind.AMOUNT, "Belopp i kronor med tecken: det som dras av negativt.", width=18),
            ),
            optional=True,
        ),
    ),
)
