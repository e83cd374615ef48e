"""The input format: workbooks, their sheets and columns.

One declaration serves both directions: readers validate cells against it, and
`init` writes blank workbooks (headers, dropdowns, a `Läs mig` sheet) from it.
Sheet and column names are what the förbund's staff see, so they are Swedish.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from pipeline import enums


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
    positive: bool = False  # an amount that is never negative (a budget post, a grant): a minus is a mistake


@dataclass(frozen=True)
class TableSheet:
    """A sheet holding one table: a header row, then one row per item. An `optional` sheet (added to the
    format later) may be missing from a workbook: it then has no rows."""

    name: str
    help: str
    columns: tuple[Column, ...]
    optional: bool = False
    aliases: tuple[str, ...] = ()  # older names of the sheet, still read

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

SCALE = ("Inte alls", "Till liten del", "Varken eller", "Till stor del", "Till mycket stor del",
         "Helt och hållet")
ANNUAL_REPORT_SECTIONS = (
    "Ordförande har ordet",
    "Om förbundet",
    "Finansiering",
    "Verksamhetens utveckling",
    "Styrning och uppföljning",
    "God ekonomisk hushållning",
    "Viktiga förhållanden",
    "Förväntad utveckling",
    "Redovisningsprinciper",
    "Samverkansarbete",
    "Personalförhållanden",
    "Händelser efter årets slut",
    "Balanskrav",
    "Eget kapital",
)
PLAN_SECTIONS = (
    "Inledning",
    "Förbundet",
    "Organisation",
    "Inriktning",
    "Målgrupper",
    "Styrelsens mål",
    "Finansiella mål",
    "Ekonomi",
    "Uppföljning och utvärdering",
    "Internkontroll och riskanalys",
    "Insatser",
    "Kommande ansökningar",
)
INTERIM_SECTIONS = (
    "Sammanfattning",
    "Om förbundet",
    "Verksamhetsmål",
    "Insatser",
    "Styrelsens arbete",
    "Ekonomiskt utfall",
    "Redovisningsprinciper",
)
SECTIONS = {enums.DocumentTitle.ANNUAL_REPORT: ANNUAL_REPORT_SECTIONS, enums.DocumentTitle.PLAN: PLAN_SECTIONS,
            enums.DocumentTitle.INTERIM_REPORT: INTERIM_SECTIONS}

# The Word files of texts: texter/<key>-<år>.docx, the delårsrapport's texter/delarsrapport-<datum>.docx.
TEXT_FOLDER = "texter"
TEXT_FILES = {"arsredovisning": enums.DocumentTitle.ANNUAL_REPORT, "verksamhetsplan": enums.DocumentTitle.PLAN,
              "delarsrapport": enums.DocumentTitle.INTERIM_REPORT}
DATED_TEXT_FILES = (enums.DocumentTitle.INTERIM_REPORT,)  # named by the report's closing date, not its year

# Each section in the order the document shows it, with what belongs there (the hint `make texter` writes).
SECTION_HINTS = {
    enums.DocumentTitle.ANNUAL_REPORT: (
        ("Om förbundet", "Förvaltningsberättelsen: förbundet, med underrubriker (Rubrik 2) som Organisation, Syfte."),
        ("Finansiering", "Efter den beräknade texten om medlemsbidragen."),
        ("Verksamhetens utveckling", "Under femårsöversikten: hur verksamheten har utvecklats."),
        ("Styrning och uppföljning", "Övriga förhållanden för styrning och uppföljning (LKBR 11 kap.), före "
                                     "styrelsen."),
        ("God ekonomisk hushållning", "Styrelsens samlade bedömning, efter målen och hur många som uppnåtts."),
        ("Eget kapital", "Styrelsens plan när det egna kapitalet överstiger 20 % av intäkterna."),
        ("Balanskrav", "Efter balanskravsutredningen, eller varför balanskravet inte gäller förbundet."),
        ("Samverkansarbete", "Årets samordnings- och samverkansarbete, före SUS-tabellen och insatserna."),
        ("Personalförhållanden", "Väsentliga personalförhållanden, efter uppgifterna från bladet Personal."),
        ("Viktiga förhållanden", "Utan underrubrik: inledning. Med en driftsredovisningsrad som underrubrik "
                                 "(Rubrik 2): kommentar till radens utfall mot budget."),
        ("Händelser efter årets slut", "Väsentliga händelser efter räkenskapsårets slut (eller att inga har "
                                       "inträffat)."),
        ("Förväntad utveckling", "Förbundets förväntade utveckling."),
        ("Redovisningsprinciper", "Förbundets principer, efter kassaflödesanalysen; underrubriker som Allmänt, "
                                  "Pensioner."),
    ),
    enums.DocumentTitle.PLAN: (
        ("Inledning", "Efter den fasta texten om lagen."),
        ("Förbundet", "Om förbundet."),
        ("Organisation", "Förbundets organisation."),
        ("Inriktning", "Verksamhetens inriktning."),
        ("Målgrupper", "Vilka insatserna är till för."),
        ("Styrelsens mål", "Före handlingsplanen."),
        ("Finansiella mål", "De finansiella målen."),
        ("Ekonomi", "Efter den beräknade texten om tilldelning och eget kapital."),
        ("Uppföljning och utvärdering", "Hur verksamheten följs upp."),
        ("Internkontroll och riskanalys", "Internkontrollen och riskerna."),
        ("Insatser", "Före de planerade insatserna."),
        ("Kommande ansökningar", "Ansökningar som väntas under året."),
    ),
    enums.DocumentTitle.INTERIM_REPORT: (
        ("Sammanfattning", "Efter de beräknade siffrorna om driftsbidrag, eget kapital och insatser."),
        ("Om förbundet", "Om förbundet, med underrubriker (Rubrik 2)."),
        ("Verksamhetsmål", "Före målen."),
        ("Insatser", "Före insatslistan."),
        ("Styrelsens arbete", "Styrelsens arbete under perioden."),
        ("Ekonomiskt utfall", "Efter den beräknade texten om budget, prognos och eget kapital."),
        ("Redovisningsprinciper", "Vilka principer rapporten följer och vad som ändrats sedan årsredovisningen "
                                  "(RKR R17)."),
    ),
}
ALL_SECTIONS = tuple(dict.fromkeys(s for sections in SECTIONS.values() for s in sections))


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
                Column("Chefens titel", Kind.CHOICE, "Titel på förbundets chef.", choices=tuple(enums.ChiefTitle)),
                Column("Färger", Kind.TEXT, "Diagrammens färger som hexkoder, åtskilda med komma, t.ex. "
                       "#1F3A5F, #7A9CC6. Tomt = standardfärger. Förbundets logotyp: klistra in bilden på det "
                       "här bladet, så visas den på titelsidan.", required=False),
                Column(
                    "Belopp i rapporter",
                    Kind.CHOICE,
                    "Visa beloppen i rapporterna i tusental kronor (tkr) eller i kronor (kr).",
                    choices=tuple(enums.Unit),
                ),
                Column("Decimaler i nyckeltal", Kind.INT, "Antal decimaler i nyckeltal som soliditet, t.ex. 1 "
                       "(96,6 %). Tomt = 0.", required=False),
                Column("Budget i resultaträkningen", Kind.CHOICE, "ja: årsredovisningens resultaträkning visar "
                       "årets budget bredvid utfallet. Tomt = nej.", required=False, choices=tuple(enums.YesNo)),
                Column("Budget i noterna", Kind.CHOICE, "ja: delårsrapportens noter till resultaträkningen visar "
                       "periodens budget bredvid utfallet. Tomt = nej.", required=False, choices=tuple(enums.YesNo)),
                Column("Antal ledamöter", Kind.INT, "Antal ordinarie ledamöter i styrelsen enligt förbundsordningen, "
                       "vakanta platser inräknade. Beslutförheten prövas mot dem. Tomt = de ordinarie ledamöterna "
                       "med mandat på bladet Styrelse.", required=False),
                Column("Balanskravsutredning", Kind.CHOICE, "ja: årsredovisningen redovisar balanskravsresultatet "
                       "(justeringar på bladet Balanskrav i redovisning.xlsx); nej: förbundet redovisar i stället "
                       "varför balanskravet inte gäller det, i avsnittet Balanskrav på bladet Texter.",
                       required=False, choices=tuple(enums.YesNo)),
                Column("Beslutför", Kind.CHOICE, "När styrelsen är beslutför enligt förbundsordningen: när fler än "
                       "hälften av ledamöterna deltar (kommunallagen 6 kap. 27 §) eller minst hälften. Tomt = fler än "
                       "hälften.", required=False, choices=tuple(enums.QuorumRule)),
            ),
        ),
        TableSheet(
            "Medlemmar",
            "En rad per medlem som betalar medlemsbidrag. Staten (Försäkringskassan och "
            "Arbetsförmedlingen) skrivs på en rad med typ stat. Lämna Andel tom för "
            "standardfördelningen: staten 1/2, regionen 1/4 och kommunerna tillsammans 1/4, "
            "fördelat efter invånare (kolumnen Invånare). Anges andelar ska de tillsammans bli 100 %.",
            (
                Column("Medlem", Kind.TEXT, "Medlemmens namn, t.ex. Region Jämtland Härjedalen.", width=44),
                Column("Typ", Kind.CHOICE, "stat, region eller kommun.", choices=tuple(enums.MemberKind)),
                Column("Andel", Kind.SHARE, "Andel av tilldelningen i procent, t.ex. 25 %. Tom = standard.", required=False),
                Column("Invånare", Kind.INT, "För en kommun: antal invånare. Utan andelar delar kommunerna på sin "
                       "fjärdedel i proportion till invånarna.", required=False),
            ),
        ),
        TableSheet(
            "Styrelse",
            "En rad per ledamot och ersättare. Ordinarie ledamöter (alla utom ersättare) "
            "skriver under dokumenten. Från och Till är mandattiden; tomt betyder tills vidare.",
            (
                Column("Namn", Kind.TEXT, "Förnamn och efternamn.", width=28),
                Column("Roll", Kind.CHOICE, "ordförande, vice ordförande, ledamot eller ersättare.", choices=tuple(enums.BoardRole)),
                Column("Organisation", Kind.TEXT, "Den medlem som utsett personen.", required=False, width=36),
                Column("Från", Kind.DATE, "Mandattidens första dag.", required=False),
                Column("Till", Kind.DATE, "Mandattidens sista dag.", required=False),
            ),
        ),
        TableSheet(
            "Personal",
            "Antal anställda per år, till översikten över verksamhetens utveckling och årsredovisningens avsnitt "
            "om väsentliga personalförhållanden. Ett förbund utan egen personal lämnar bladet tomt och skriver "
            "om personalen i avsnittet Personalförhållanden på bladet Texter.",
            (
                Column("År", Kind.YEAR, "Året, t.ex. 2021."),
                Column("Antal anställda", Kind.DECIMAL, "Antal anställda (eller årsarbetare), t.ex. 2,6; visas i "
                       "översikten."),
                Column("Årsarbetare", Kind.DECIMAL, "Antal årsarbetare, t.ex. 2,3.", required=False),
                Column("Sjukfrånvaro", Kind.SHARE, "Sjukfrånvaro i procent av den arbetade tiden, t.ex. 3,2 %.",
                       required=False),
                Column("Anställda hos", Kind.TEXT, "När personalen är anställd hos en medlem (t.ex. Härnösands "
                       "kommun): medlemmens namn. Årsredovisningen skriver då ingen mening om antal anställda.",
                       required=False, width=30),
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


BUDGET = WorkbookSpec(
    filename="budget.xlsx",
    title="Budget",
    help="Budget per år, tilldelningen av medel från staten, prognos för innevarande år och planerad "
         "användning av eget kapital.",
    sheets=(
        FieldSheet(
            "Uppgifter",
            "En uppgift per rad: namnet står i kolumn A, värdet skrivs i kolumn B.",
            (
                Column("Rad för medlemsbidrag", Kind.TEXT, "Driftsredovisningens rad för medlemsbidragen. Dess "
                       "budget räknas fram ur tilldelningen; budgetposter på raden måste bli samma belopp."),
            ),
        ),
        TableSheet(
            "Budget",
            "En rad per budgetpost och år. Belopp i kronor, intäkter och kostnader båda som "
            "positiva tal. Rad är raden i driftsredovisningen som posten hör till.",
            (
                Column("År", Kind.YEAR, "Budgetåret."),
                Column("Budgetpost", Kind.TEXT, "Postens namn, t.ex. Personalkostnader.", width=32),
                Column("Rad", Kind.TEXT, "Rad i driftsredovisningen (bladet Rapportrader i redovisning.xlsx).",
                       width=32),
                Column("Belopp", Kind.AMOUNT, "Budgeterat belopp i kronor.", width=18, positive=True),
                Column("Period", Kind.DATE, "Tomt = helårsbudget. Ett datum, t.ex. 2021-06-30 = budget för 1 januari "
                       "till och med datumet, för delårsrapporten; saknas sådan räknas periodens budget fram "
                       "i proportion till tiden.", required=False),
            ),
        ),
        TableSheet(
            "Tilldelning",
            "Statens tilldelning per år (Försäkringskassans beslut). Regionen och kommunerna "
            "matchar den enligt andelarna i forbundet.xlsx.",
            (
                Column("År", Kind.YEAR, "Året."),
                Column("Statlig tilldelning", Kind.AMOUNT, "Belopp i kronor.", width=20, positive=True),
            ),
        ),
        TableSheet(
            "Prognos",
            "Prognos för innevarande år: resultatet (intäkter, kostnader, finansiella poster) och "
            "balansposterna vid årets slut. Balansposter kan också anges för planåren; annars gäller "
            "föregående års belopp. Omsättningstillgångarna räknas fram så att balansbudgeten balanserar. "
            "Alla belopp i kronor som positiva tal.",
            (
                Column("År", Kind.YEAR, "Året."),
                Column("Post", Kind.CHOICE, "Vad beloppet avser.", choices=tuple(enums.ForecastPost), width=26),
                Column("Belopp", Kind.AMOUNT, "Belopp i kronor.", width=18),
                Column("Lämnad", Kind.DATE, "Dag då prognosen gjordes. Ett dokument använder den senaste prognosen "
                       "fram till sitt beslutsdatum; tomt = äldst.", required=False),
            ),
        ),
        TableSheet(
            "Eget kapital",
            "Planerad användning (ianspråktagande) av eget kapital per år, enligt styrelsens beslut.",
            (
                Column("År", Kind.YEAR, "Året."),
                Column("Belopp", Kind.AMOUNT, "Belopp i kronor som får tas ur det egna kapitalet.", width=18, positive=True),
                Column("Beslut", Kind.TEXT, "Styrelsens beslut, t.ex. 2021-05-28 § 23.", required=False, width=30),
            ),
        ),
    ),
)


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


INSATSER = WorkbookSpec(
    filename="insatser.xlsx",
    title="Insatser",
    help="Insatslistan: de insatser förbundet finansierar, styrelsens beslut, årets kostnad per insats "
         "och insatsernas mål.",
    sheets=(
        FieldSheet(
            "Uppgifter",
            "En uppgift per rad: namnet står i kolumn A, värdet skrivs i kolumn B.",
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
                Column("Bakgrund", Kind.TEXT, "Bakgrund.", required=False, width=60),
                Column("Syfte", Kind.TEXT, "Syfte.", required=False, width=60),
                Column("Målgrupp", Kind.TEXT, "Målgrupp.", required=False, width=40),
                Column("Metod", Kind.TEXT, "Metod.", required=False, width=40),
            ),
        ),
        TableSheet(
            "Beskrivningar",
            "Insatsens texter som de skrevs om vid ett visst datum. Ett dokument visar de texter som gällde på "
            "dess datum: en delårsrapport i augusti visar inte texterna som skrevs för verksamhetsplanen i "
            "november. Utan rad här gäller texterna på bladet Insatser.",
            (
                Column("Insats", Kind.TEXT, "Insatsens namn som på bladet Insatser.", width=40),
                Column("Datum", Kind.DATE, "Dag då texterna skrevs; de gäller från den dagen."),
                Column("Bakgrund", Kind.TEXT, "Bakgrund.", required=False, width=60),
                Column("Syfte", Kind.TEXT, "Syfte.", required=False, width=60),
                Column("Målgrupp", Kind.TEXT, "Målgrupp.", required=False, width=40),
                Column("Metod", Kind.TEXT, "Metod.", required=False, width=40),
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


SURVEYED_GROUPS = tuple(g for g in enums.RespondentGroup if g != enums.RespondentGroup.TOTAL)

INDIKATORER = WorkbookSpec(
    filename="indikatorer.xlsx",
    title="Indikatorer",
    help="Svaren på indikatorenkäterna och antal deltagare i Uppföljning Finsam (tidigare SUS). Andelar, svarsfrekvens och medelvärde "
         "räknas fram ur antalen.",
    sheets=(
        FieldSheet(
            "Inställningar",
            "En uppgift per rad: namnet står i kolumn A, värdet skrivs i kolumn B.",
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



SAMMANTRADE = WorkbookSpec(
    filename="sammantraden/<datum>.xlsx",
    title="Sammanträde",
    help="Ett styrelsemöte: närvaro och dagordning. Ger kallelsen med dagordning och protokollet, och "
         "beviljade ansökningar och godkända slutrapporter förs in i insatslistan.",
    sheets=(
        FieldSheet(
            "Möte",
            "En uppgift per rad: namnet står i kolumn A, värdet skrivs i kolumn B.",
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


WORKBOOKS: tuple[WorkbookSpec, ...] = (FORBUNDET, REDOVISNING, BUDGET, VERKSAMHET, INSATSER, INDIKATORER)
