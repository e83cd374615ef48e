"""The input format: workbooks, their sheets and columns.

One declaration serves both directions: readers validate cells against it, and
`init` writes blank workbooks (headers, dropdowns, a `Läs mig` sheet) from it.
Sheet and column names are what the förbund's staff see, so they are Swedish.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    TEXT = "text"
    INT = "heltal"
    YEAR = "årtal"
    AMOUNT = "belopp i kronor"
    DECIMAL = "tal"
    SHARE = "andel"
    DATE = "datum"
    CHOICE = "val"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    help: str
    required: bool = True
    choices: tuple[str, ...] = ()
    width: int = 16
    # For a dropdown listing the values of a column on another sheet of the same
    # workbook, e.g. ("Rapportrader", "Rad").
    choices_from: tuple[str, str] | None = None


@dataclass(frozen=True)
class TableSheet:
    """A sheet holding one table: a header row, then one row per item."""

    name: str
    help: str
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


@dataclass(frozen=True)
class FieldSheet:
    """A sheet of single facts: column A names the fact, column B holds its value."""

    name: str
    help: str
    fields: tuple[Column, ...]


Sheet = TableSheet | FieldSheet


@dataclass(frozen=True)
class WorkbookSpec:
    filename: str
    title: str
    help: str
    sheets: tuple[Sheet, ...]

    def sheet(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)


README_SHEET = "Läs mig"

DOCUMENTS = ("Årsredovisning", "Delårsrapport", "Verksamhetsplan")
MEMBER_KINDS = ("stat", "region", "kommun")
BOARD_ROLES = ("ordförande", "vice ordförande", "ledamot", "ersättare")
CHIEF_TITLES = ("förbundschef", "verkställande tjänsteman")
UNITS = ("tkr", "kr")
REPORTS = ("Resultaträkning", "Balansräkning", "Driftsredovisning")
LINE_KINDS = (
    "rubrik",
    "intäkt",
    "kostnad",
    "finansiell intäkt",
    "finansiell kostnad",
    "tillgång",
    "eget kapital/skuld",
    "årets resultat",
    "summa",
)
CASHFLOW_KINDS = (
    "likvida medel",
    "fordringar",
    "förråd",
    "kortfristiga skulder",
    "avsättningar",
    "anläggningstillgångar",
    "långfristiga skulder",
    "eget kapital",
    "avskrivningar",
)
NOTE_CONTENTS = ("konton", "pensionsavsättning")
ANNUAL_REPORT_SECTIONS = (
    "Om förbundet",
    "Finansiering",
    "Verksamhetens utveckling",
    "Styrning och uppföljning",
    "God ekonomisk hushållning",
    "Viktiga förhållanden",
    "Förväntad utveckling",
    "Redovisningsprinciper",
)
SECTIONS = {"Årsredovisning": ANNUAL_REPORT_SECTIONS}


FORBUNDET = WorkbookSpec(
    filename="forbundet.xlsx",
    title="Förbundet",
    help=(
        "Uppgifter om förbundet: namn och organisationsnummer, medlemmarna och deras "
        "andel av finansieringen, styrelsen och antal anställda per år."
    ),
    sheets=(
        FieldSheet(
            "Uppgifter",
            "En uppgift per rad: namnet står i kolumn A, värdet skrivs i kolumn B.",
            (
                Column("Namn", Kind.TEXT, "Förbundets fullständiga namn, t.ex. Samordningsförbundet Jämtlands län."),
                Column("Organisationsnummer", Kind.TEXT, "T.ex. 222000-1234."),
                Column("Säte", Kind.TEXT, "Orten där förbundet har sitt säte; används vid underskrifterna."),
                Column("Bildat", Kind.DATE, "Datum då förbundet bildades.", required=False),
                Column("Chefens titel", Kind.CHOICE, "Titel på förbundets chef.", choices=CHIEF_TITLES),
                Column(
                    "Belopp i rapporter",
                    Kind.CHOICE,
                    "Visa beloppen i rapporterna i tusental kronor (tkr) eller i kronor (kr).",
                    choices=UNITS,
                ),
            ),
        ),
        TableSheet(
            "Medlemmar",
            "En rad per medlem som betalar medlemsbidrag. Staten (Försäkringskassan och "
            "Arbetsförmedlingen) skrivs på en rad med typ stat. Lämna Andel tom för "
            "standardfördelningen: staten 1/2, regionen 1/4 och kommunerna tillsammans 1/4, "
            "lika fördelat. Anges andelar ska de tillsammans bli 100 %.",
            (
                Column("Medlem", Kind.TEXT, "Medlemmens namn, t.ex. Region Jämtland Härjedalen.", width=44),
                Column("Typ", Kind.CHOICE, "stat, region eller kommun.", choices=MEMBER_KINDS),
                Column("Andel", Kind.SHARE, "Andel av tilldelningen i procent, t.ex. 25 %. Tom = standard.", required=False),
            ),
        ),
        TableSheet(
            "Styrelse",
            "En rad per ledamot och ersättare. Ordinarie ledamöter (alla utom ersättare) "
            "skriver under dokumenten. Från och Till är mandattiden; tomt betyder tills vidare.",
            (
                Column("Namn", Kind.TEXT, "Förnamn och efternamn.", width=28),
                Column("Roll", Kind.CHOICE, "ordförande, vice ordförande, ledamot eller ersättare.", choices=BOARD_ROLES),
                Column("Organisation", Kind.TEXT, "Den medlem som utsett personen.", width=36),
                Column("Från", Kind.DATE, "Mandattidens första dag.", required=False),
                Column("Till", Kind.DATE, "Mandattidens sista dag.", required=False),
            ),
        ),
        TableSheet(
            "Personal",
            "Antal anställda (årsarbetare) per år, till översikten över verksamhetens utveckling.",
            (
                Column("År", Kind.YEAR, "Året, t.ex. 2021."),
                Column("Antal anställda", Kind.DECIMAL, "Antal årsarbetare, t.ex. 2,6."),
            ),
        ),
    ),
)


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
            ),
        ),
        TableSheet(
            "Rapportrader",
            "Rapporternas rader i den ordning de visas. Typ avgör tecknet: intäkter och skulder "
            "visas positiva, kostnader negativa. En summa är summan av de rader som anger den i "
            "Ingår i. Not är numret på noten till raden.",
            (
                Column("Rapport", Kind.CHOICE, "Resultaträkning, Balansräkning eller Driftsredovisning.",
                       choices=REPORTS, width=20),
                Column("Rad", Kind.TEXT, "Radens text i rapporten.", width=44),
                Column("Typ", Kind.CHOICE, "Vad raden är.", choices=LINE_KINDS, width=20),
                Column("Ingår i", Kind.TEXT, "Summaraden som raden räknas in i.", required=False, width=44,
                       choices_from=("Rapportrader", "Rad")),
                Column("Not", Kind.INT, "Nummer på noten som specificerar raden.", required=False, width=8),
                Column("Kassaflöde", Kind.CHOICE, "Var raden hör hemma i kassaflödesanalysen (balansräkningens "
                       "rader, och avskrivningar i resultaträkningen).", required=False, choices=CASHFLOW_KINDS,
                       width=22),
            ),
        ),
        TableSheet(
            "Noter",
            "Noterna till resultat- och balansräkningen. Innehåll konton: kontona på raderna med "
            "notens nummer. Innehåll pensionsavsättning: förändringen av avsättningen, från bladet "
            "Pensionsavsättning.",
            (
                Column("Not", Kind.INT, "Notens nummer.", width=8),
                Column("Rubrik", Kind.TEXT, "Notens rubrik.", width=44),
                Column("Innehåll", Kind.CHOICE, "konton eller pensionsavsättning.", choices=NOTE_CONTENTS),
                Column("Enhet", Kind.CHOICE, "Belopp i kr eller tkr i noten.", choices=UNITS, width=8),
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
    ),
)


BUDGET = WorkbookSpec(
    filename="budget.xlsx",
    title="Budget",
    help="Budget per år och tilldelningen av medel från staten.",
    sheets=(
        TableSheet(
            "Budget",
            "En rad per budgetpost och år. Belopp i kronor, intäkter och kostnader båda som "
            "positiva tal. Rad är raden i driftsredovisningen som posten hör till.",
            (
                Column("År", Kind.YEAR, "Budgetåret."),
                Column("Budgetpost", Kind.TEXT, "Postens namn, t.ex. Personalkostnader.", width=32),
                Column("Rad", Kind.TEXT, "Rad i driftsredovisningen (bladet Rapportrader i redovisning.xlsx).",
                       width=32),
                Column("Belopp", Kind.AMOUNT, "Budgeterat belopp i kronor.", width=18),
            ),
        ),
        TableSheet(
            "Tilldelning",
            "Statens tilldelning per år (Försäkringskassans beslut). Regionen och kommunerna "
            "matchar den enligt andelarna i forbundet.xlsx.",
            (
                Column("År", Kind.YEAR, "Året."),
                Column("Statlig tilldelning", Kind.AMOUNT, "Belopp i kronor.", width=20),
            ),
        ),
    ),
)


VERKSAMHET = WorkbookSpec(
    filename="verksamhet.xlsx",
    title="Verksamhet",
    help="Beslutsdatum och löptexter för varje dokument.",
    sheets=(
        TableSheet(
            "Dokument",
            "En rad per dokument och år: när styrelsen beslutar om det och var det skrivs under.",
            (
                Column("Dokument", Kind.CHOICE, "Årsredovisning, Delårsrapport eller Verksamhetsplan.",
                       choices=DOCUMENTS, width=18),
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
                Column("Dokument", Kind.CHOICE, "Dokumentet texten hör till.", choices=DOCUMENTS, width=18),
                Column("År", Kind.YEAR, "Det år dokumentet avser."),
                Column("Avsnitt", Kind.CHOICE, "Avsnittet i dokumentet.", choices=ANNUAL_REPORT_SECTIONS, width=28),
                Column("Rubrik", Kind.TEXT, "Underrubrik, valfri.", required=False, width=28),
                Column("Text", Kind.TEXT, "Texten.", width=90),
            ),
        ),
    ),
)


WORKBOOKS: tuple[WorkbookSpec, ...] = (FORBUNDET, REDOVISNING, BUDGET, VERKSAMHET)
