"""Writes examples/norrskogen-2025/: Samordningsförbundet Norrskogen, a fictional förbund unlike the others.

Årsredovisning 2025 and delårsrapport 1 januari–31 augusti 2025. It shows its amounts in kronor, has
report lines of its own, no budget for the previous year, survey results only as published means,
its goals followed up separately for the delårsrapport and the year end, and kommuner that share
their quarter by population. No real people or organisations.

Run: python tools/examples/norrskogen.py
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.read.blank import write_workbook  # noqa: E402
from pipeline.compute.allocation import member_contributions  # noqa: E402
from pipeline.domain import Member, ProseParagraph, ProseTable, Span  # noqa: E402
from pipeline.enums import DocumentTitle, ListKind  # noqa: E402
from pipeline.present.model import Block  # noqa: E402
from pipeline.present.text import formatted  # noqa: E402
from pipeline.present.textfile import StartingSection  # noqa: E402
from pipeline.render.textfile import write_text_file  # noqa: E402
from pipeline.schema import (  # noqa: E402
    BUDGET,
    FORBUNDET,
    INDIKATORER,
    INSATSER,
    REDOVISNING,
    SECTION_HINTS,
    TEXT_FOLDER,
    VERKSAMHET,
)

TARGET = ROOT / "examples" / "norrskogen-2025"
NAME = "Samordningsförbundet Norrskogen"
YEAR = 2025
PERIOD = date(2025, 8, 31)

MEMBERS = [  # name, kind, invånare, revenue account
    ("Försäkringskassan och Arbetsförmedlingen", "stat", None, 3011),
    ("Region Norrland", "region", None, 3012),
    ("Norrby kommun", "kommun", 21_400, 3013),
    ("Skogsberga kommun", "kommun", 8_900, 3014),
    ("Älvsta kommun", "kommun", 5_300, 3015),
    ("Fjällby kommun", "kommun", 2_600, 3016),
]
PEOPLE = sum(p for _, _, p, _ in MEMBERS if p)
SHARES = [Fraction(1, 2), Fraction(1, 4)] + [Fraction(1, 4) * Fraction(p, PEOPLE) for _, _, p, _ in MEMBERS[2:]]
TERM = (date(2023, 4, 1), date(2027, 3, 31))
BOARD = [
    ("Malin Ek", "ordförande", "Norrby kommun"),
    ("Jonas Lind", "vice ordförande", "Region Norrland"),
    ("Petra Holm", "ledamot", "Försäkringskassan"),
    ("Ali Rahimi", "ledamot", "Arbetsförmedlingen"),
    ("Stina Berg", "ledamot", "Skogsberga kommun"),
    ("Olle Nyström", "ledamot", "Älvsta kommun"),
    ("Eva Fjäll", "ledamot", "Fjällby kommun"),
    ("Kim Åström", "ersättare", "Norrby kommun"),
]

LINES = [  # rapport, rad, typ, ingår i, not, kassaflöde
    ("Resultaträkning", "Medlemsavgifter", "intäkt", "Summa verksamhetens intäkter", 1, None),
    ("Resultaträkning", "Övriga intäkter", "intäkt", "Summa verksamhetens intäkter", 1, None),
    ("Resultaträkning", "Summa verksamhetens intäkter", "summa", "Verksamhetens nettokostnad", None, None),
    ("Resultaträkning", "Verksamhetens kostnader", "kostnad", "Verksamhetens nettokostnad", 2, None),
    ("Resultaträkning", "Verksamhetens nettokostnad", "summa", "Årets resultat", None, None),
    ("Resultaträkning", "Ränteintäkter", "finansiell intäkt", "Årets resultat", None, None),
    ("Resultaträkning", "Räntekostnader och bankavgifter", "finansiell kostnad", "Årets resultat", None, None),
    ("Resultaträkning", "Årets resultat", "summa", None, None, None),
    ("Balansräkning", "Tillgångar", "rubrik", None, None, None),
    ("Balansräkning", "Kortfristiga fordringar", "tillgång", "Summa tillgångar", 3, "fordringar"),
    ("Balansräkning", "Bankmedel", "tillgång", "Summa tillgångar", None, "likvida medel"),
    ("Balansräkning", "Summa tillgångar", "summa", None, None, None),
    ("Balansräkning", "Eget kapital och skulder", "rubrik", None, None, None),
    ("Balansräkning", "Ingående eget kapital", "eget kapital/skuld", "Summa eget kapital", None, "eget kapital"),
    ("Balansräkning", "Årets resultat", "årets resultat", "Summa eget kapital", None, None),
    ("Balansräkning", "Summa eget kapital", "summa", "Summa eget kapital och skulder", None, None),
    ("Balansräkning", "Kortfristiga skulder", "eget kapital/skuld", "Summa eget kapital och skulder", 4,
     "kortfristiga skulder"),
    ("Balansräkning", "Summa eget kapital och skulder", "summa", None, None, None),
    ("Driftsredovisning", "Intäkter", "rubrik", None, None, None),
    ("Driftsredovisning", "Medlemsavgifter", "intäkt", "Nettokostnad", None, None),
    ("Driftsredovisning", "Övriga intäkter", "intäkt", "Nettokostnad", None, None),
    ("Driftsredovisning", "Kostnader", "rubrik", None, None, None),
    ("Driftsredovisning", "Insatser", "kostnad", "Nettokostnad", None, None),
    ("Driftsredovisning", "Köpt personal", "kostnad", "Nettokostnad", None, None),
    ("Driftsredovisning", "Lokaler och kontor", "kostnad", "Nettokostnad", None, None),
    ("Driftsredovisning", "Kompetensutveckling", "kostnad", "Nettokostnad", None, None),
    ("Driftsredovisning", "Nettokostnad", "summa", "Resultat", None, None),
    ("Driftsredovisning", "Ränteintäkter", "finansiell intäkt", "Resultat", None, None),
    ("Driftsredovisning", "Räntekostnader", "finansiell kostnad", "Resultat", None, None),
    ("Driftsredovisning", "Resultat", "summa", None, None, None),
]
KONTOPLAN = [  # från, till, RR, BR, DR, benämning i not, delsumma i not
    (3011, 3016, "Medlemsavgifter", None, "Medlemsavgifter", None, None),
    (3090, 3099, "Övriga intäkter", None, "Övriga intäkter", None, None),
    (4510, 4599, "Verksamhetens kostnader", None, "Insatser", "Insatser", None),
    (5010, 5099, "Verksamhetens kostnader", None, "Köpt personal", "Köpt personal", None),
    (5410, 5499, "Verksamhetens kostnader", None, "Lokaler och kontor", "Lokaler och kontor", None),
    (6910, 6999, "Verksamhetens kostnader", None, "Kompetensutveckling", "Kompetensutveckling", None),
    (8310, 8399, "Ränteintäkter", None, "Ränteintäkter", None, None),
    (8410, 8499, "Räntekostnader och bankavgifter", None, "Räntekostnader", None, None),
    (1510, 1799, None, "Kortfristiga fordringar", None, None, None),
    (1930, 1949, None, "Bankmedel", None, None, None),
    (2010, 2099, None, "Ingående eget kapital", None, None, None),
    (2440, 2999, None, "Kortfristiga skulder", None, None, None),
]
NOTES = [
    (1, "Verksamhetens intäkter", "konton", "kr"),
    (2, "Verksamhetens kostnader", "konton", "kr"),
    (3, "Kortfristiga fordringar", "konton", "kr"),
    (4, "Kortfristiga skulder", "konton", "kr"),
    (5, "Återstående belopp för beslutad finansiering av samverkansinsatser", "ansvarsförbindelse", "kr"),
]
ACCOUNTS = {3011: "Medlemsavgift staten", 3012: "Medlemsavgift Region Norrland", 3013: "Medlemsavgift Norrby kommun",
            3014: "Medlemsavgift Skogsberga kommun", 3015: "Medlemsavgift Älvsta kommun",
            3016: "Medlemsavgift Fjällby kommun", 3090: "Övriga intäkter", 4510: "Bidrag till insatser",
            5010: "Köpt personal", 5410: "Lokalhyra", 6910: "Kurser och konferenser", 8310: "Ränteintäkter",
            8410: "Bankavgifter och räntor", 1510: "Kundfordringar", 1790: "Förutbetalda kostnader",
            1930: "Bankkonto", 2010: "Eget kapital", 2440: "Leverantörsskulder", 2890: "Skuld insatser",
            2990: "Upplupna kostnader"}

# Results (kronor, positive as in the reports: revenue and costs) and balance posts per closing date.
RESULTS = {
    date(2023, 12, 31): dict(members=3_700_000, other=20_000, insatser=2_600_000, personal=700_000, lokaler=150_000,
                             kompetens=90_000, interest=5_000, fees=2_000),
    date(2024, 8, 31): dict(members=2_532_000, other=0, insatser=1_720_000, personal=480_000, lokaler=103_300,
                            kompetens=52_000, interest=7_600, fees=1_650),  # the same period a year earlier
    date(2024, 12, 31): dict(members=3_800_000, other=0, insatser=2_900_000, personal=720_000, lokaler=155_000,
                             kompetens=110_000, interest=12_000, fees=2_500),
    PERIOD: dict(members=2_600_000, other=12_000, insatser=1_830_400, personal=495_100, lokaler=107_467,
                 kompetens=41_250, interest=11_800, fees=2_030),
    date(2025, 12, 31): dict(members=3_900_000, other=35_000, insatser=3_050_000, personal=742_650, lokaler=161_200,
                             kompetens=96_400, interest=18_300, fees=3_150),
}
BALANCE_POSTS = {  # fordringar, förutbetalda, leverantörsskulder, skuld insatser, upplupna (credits negative)
    date(2023, 12, 31): {1510: 42_000, 1790: 18_000, 2440: -95_000, 2890: -260_000, 2990: -38_000},
    date(2024, 8, 31): {1510: 35_000, 1790: 11_900, 2440: -81_000, 2890: -190_000, 2990: -20_500},
    date(2024, 12, 31): {1510: 55_000, 1790: 21_500, 2440: -120_300, 2890: -310_000, 2990: -41_200},
    PERIOD: {1510: 38_900, 1790: 12_300, 2440: -88_200, 2890: -205_000, 2990: -22_400},
    date(2025, 12, 31): {1510: 61_250, 1790: 24_800, 2440: -132_700, 2890: -355_000, 2990: -44_900},
}
OPENING_EQUITY_2023 = 1_310_000


def _result(r: dict) -> int:
    return r["members"] + r["other"] + r["interest"] - r["insatser"] - r["personal"] - r["lokaler"] - r["kompetens"] \
        - r["fees"]


def balances() -> dict[date, dict[int, int]]:
    """Saldon before closing: results for the year to date, eget kapital at the year's start, the bank balancing."""
    members = tuple(Member(name, kind, share) for (name, kind, _, _), share in zip(MEMBERS, SHARES))
    equity = {2023: OPENING_EQUITY_2023}
    equity[2024] = equity[2023] + _result(RESULTS[date(2023, 12, 31)])
    equity[2025] = equity[2024] + _result(RESULTS[date(2024, 12, 31)])
    found = {}
    for day, r in RESULTS.items():
        split = member_contributions(Decimal(r["members"]) / 2, members)
        books = {account: -int(amount) for (_, _, _, account), (_, amount) in zip(MEMBERS, split)}
        books.update({3090: -r["other"], 4510: r["insatser"], 5010: r["personal"], 5410: r["lokaler"],
                      6910: r["kompetens"], 8310: -r["interest"], 8410: r["fees"]})
        books.update(BALANCE_POSTS[day])
        books[2010] = -equity[day.year]
        books[1930] = -sum(books.values())
        assert books[1930] > 0, (day, books[1930])
        found[day] = {a: v for a, v in books.items() if v}
    return found


INSATSER_ROWS = [  # name, owner, co-applicants, kind, start, end, background, purpose
    ("Steg vidare", "Norrby kommun", "Arbetsförmedlingen", "individinriktad", date(2023, 1, 1), date(2025, 12, 31),
     "Många unga vuxna i Norrby står långt från arbetsmarknaden och har kontakt med flera myndigheter samtidigt.",
     "Att deltagarna ska ta steg mot arbete eller studier med en gemensam planering."),
    ("Hälsa i arbete", "Region Norrland", "Försäkringskassan", "individinriktad", date(2024, 1, 1),
     date(2026, 12, 31),
     "Sjukskrivna med lättare psykisk ohälsa i Norrby och Skogsberga behöver stöd tidigt för att komma tillbaka.",
     "Kortare sjukskrivningar genom tidig och samordnad rehabilitering."),
    ("Samverkansteam Skogsberga", "Skogsberga kommun", "Försäkringskassan, Arbetsförmedlingen, Region Norrland",
     "strukturinriktad", date(2024, 7, 1), date(2026, 6, 30),
     "Handläggarna hos parterna i Skogsberga saknar ett gemensamt forum för ärenden som rör flera av dem.",
     "En varaktig struktur för samplanering mellan de fyra parterna."),
    ("Kompetensdagar", NAME, None, "strukturinriktad", date(2025, 1, 1), date(2025, 12, 31),
     "Förbundets egna utbildningsdagar för medlemmarnas personal.", "Kunskap om varandras uppdrag."),
    ("Nya vägar", "Älvsta kommun", "Arbetsförmedlingen", "individinriktad", date(2025, 9, 1), date(2026, 8, 31),
     "Utrikesfödda kvinnor i Älvsta som varit länge utan arbete.", "Att deltagarna får arbete eller börjar studera."),
    ("Unga i Fjällby", "Fjällby kommun", "Region Norrland", "individinriktad", date(2026, 1, 1), date(2026, 12, 31),
     "Unga i Fjällby som varken arbetar eller studerar.", "Att deltagarna hittar en väg till arbete eller studier."),
]
# The text of Hälsa i arbete as rewritten in October 2025, when the insats grew: the delårsrapport of September
# shows the earlier text, the årsredovisning this one.
DESCRIPTIONS = [
    ("Hälsa i arbete", date(2025, 10, 1),
     "Sjukskrivna med lättare psykisk ohälsa i Norrby, Skogsberga och sedan hösten 2025 även Fjällby behöver stöd "
     "tidigt för att komma tillbaka.", "Kortare sjukskrivningar genom tidig och samordnad rehabilitering."),
]
DECISIONS = [  # insats, day, §, amount
    ("Steg vidare", date(2022, 11, 25), "§ 40", 3_000_000),
    ("Hälsa i arbete", date(2023, 11, 24), "§ 51", 2_400_000),
    ("Samverkansteam Skogsberga", date(2024, 5, 31), "§ 22", 1_800_000),
    ("Kompetensdagar", date(2024, 11, 29), "§ 60", 150_000),
    ("Nya vägar", date(2025, 6, 12), "§ 31", 900_000),
    ("Unga i Fjällby", date(2025, 10, 24), "§ 48", 600_000),
]
COSTS = [  # insats, year, amount (the books' Bidrag till insatser for 2025: 3 050 000)
    ("Steg vidare", 2023, 950_000), ("Steg vidare", 2024, 1_000_000), ("Hälsa i arbete", 2024, 800_000),
    ("Samverkansteam Skogsberga", 2024, 300_000),
    ("Steg vidare", 2025, 1_020_000), ("Hälsa i arbete", 2025, 850_000), ("Samverkansteam Skogsberga", 2025, 780_000),
    ("Kompetensdagar", 2025, 140_000), ("Nya vägar", 2025, 260_000),
]
INSATS_GOALS = [
    ("Steg vidare", "Minst 40 % av deltagarna går vidare till arbete eller studier", "ja",
     "46 % av de 52 avslutade deltagarna."),
    ("Steg vidare", "Varje deltagare har en gemensam planering", "ja", None),
    ("Hälsa i arbete", "Sjukskrivningarna blir i snitt 30 dagar kortare", "delvis", "22 dagar kortare i snitt."),
    ("Samverkansteam Skogsberga", "Teamet träffas varje månad med alla fyra parter", "ja", None),
]

QUESTIONS = [
    ("F1", "Jag får det stöd jag behöver för att komma närmare arbete eller studier"),
    ("F2", "Samverkan mellan myndigheterna fungerar väl i insatsen"),
    ("F3", "Förbundets insatser bidrar till att utveckla samverkan mellan parterna"),
]
MEANS = [  # år, grupp, fråga, medelvärde, antal, spridning
    *[(year, group, None, mean, n, None) for group, n, values in (
        ("styrelse", 7, ("4.6", "4.8", "4.9")), ("beredningsgrupp/LSG", 12, ("4.4", "4.5", "4.7")),
        ("personal i insatser", 18, ("4.7", "4.6", "4.9")), ("deltagare i pågående insats", 46, ("4.9", "5.0", "5.1")))
      for year, mean in zip((2023, 2024, 2025), values)],
    (2023, "deltagare i pågående insats", "F1", "4.8", 41, "1.2"),
    (2024, "deltagare i pågående insats", "F1", "4.9", 44, "1.1"),
    (2025, "deltagare i pågående insats", "F1", "5.2", 46, "1.1"),
    (2025, "deltagare inför avslut", "F1", "5.4", 19, "0.8"),
    (2023, "personal i insatser", "F2", "4.3", 16, "1.3"),
    (2024, "personal i insatser", "F2", "4.5", 17, "1.2"),
    (2025, "personal i insatser", "F2", "4.4", 18, "1.2"),
    (2024, "beredningsgrupp/LSG", "F2", "4.4", 11, None),
    (2025, "beredningsgrupp/LSG", "F2", "4.6", 12, None),
    (2024, "styrelse", "F3", "4.7", 7, None),
    (2025, "styrelse", "F3", "4.8", 7, None),
]

GOALS = [  # kategori, mål, underlag, medelvärde minst, beräknas
    ("verksamhet", "Deltagarna upplever att de får det stöd de behöver (medelvärde minst 4,5)", "F1", "4.5", None),
    ("verksamhet", "Samverkan i insatserna fungerar väl för personal och beredningsgrupp (medelvärde minst 4,5)", "F2",
     "4.5", None),
    ("finansierade insatser", "Minst 80 % av insatsernas mål uppnås", None, None, None),
    ("finansiella", "Eget kapital överstiger inte 20 % av årets intäkter", None, None, "eget kapital mot 20 %"),
]
FOLLOW_UPS = [  # mål (index), datum, status, kommentar, prognos
    (0, PERIOD, None, "Vårens mätning i insatserna visar fortsatt höga värden.", "Målet nås vid årets slut."),
    (0, date(2025, 12, 31), None, "Deltagarna i pågående insatser ger 5,2 och de inför avslut 5,4.", None),
    (1, PERIOD, None, "Personalen har lyft att samplaneringen tar tid att få på plats.",
     "Målet nås troligen delvis."),
    (1, date(2025, 12, 31), None, "Beredningsgruppen når målet, personalen i insatserna inte riktigt.", None),
    (2, PERIOD, None, "Insatserna har rapporterat delresultat i juni.", "Prognosen är att målet nås."),
    (2, date(2025, 12, 31), "i hög grad uppnått", "Tre av fyra följda mål är helt uppnådda och ett delvis.", None),
    (3, PERIOD, None, "Beslutet om Nya vägar minskar det egna kapitalet.",
     "Eget kapital väntas fortfarande överstiga 20 % vid årets slut."),
    (3, date(2025, 12, 31), "ej uppnått", "Det egna kapitalet minskade men överstiger fortfarande 20 %.", None),
]

TEXTS = [  # dokument, avsnitt, rubrik, text, skriven
    ("Årsredovisning", "Om förbundet", "Organisation",
     "Samordningsförbundet Norrskogen bildades 2012 av Försäkringskassan, Arbetsförmedlingen, Region Norrland och "
     "kommunerna Norrby, Skogsberga, Älvsta och Fjällby. Förbundet har ingen egen personal; förbundschefen och "
     "ekonomin köps av Norrby kommun.", None),
    ("Årsredovisning", "Om förbundet", "Uppdrag",
     "Förbundet finansierar insatser som de fyra parterna genomför tillsammans för personer som behöver samordnad "
     "rehabilitering för att komma i arbete eller studier.", None),
    ("Årsredovisning", "Verksamhetens utveckling", None,
     "Tilldelningen har ökat något varje år sedan 2023. Kostnaderna för insatser har ökat i samma takt, och 2025 "
     "tog förbundet i anspråk en del av det egna kapitalet, som styrelsen beslutade i budgeten.", None),
    ("Årsredovisning", "Styrning och uppföljning", None,
     "Styrelsen följer verksamheten och ekonomin vid varje sammanträde och med delårsrapporten per 31 augusti.",
     None),
    ("Årsredovisning", "Samverkansarbete", None,
     "Förbundets kompetensdagar samlade 140 medarbetare från de fyra parterna under året.", None),
    ("Årsredovisning", "Personalförhållanden", None,
     "Förbundet har ingen egen personal. Förbundschefen och ekonomen är anställda av Norrby kommun, och förbundet "
     "köper deras tjänster (0,8 respektive 0,2 årsarbetare).", None),
    ("Årsredovisning", "God ekonomisk hushållning", None,
     "Styrelsen bedömer att förbundet har haft en god ekonomisk hushållning 2025: verksamhetsmålen är uppnådda "
     "eller delvis uppnådda, och underskottet var planerat och täcks av det egna kapitalet.", None),
    ("Årsredovisning", "Eget kapital", None,
     "Styrelsen har beslutat att använda det egna kapital som överstiger rekommendationen till Unga i Fjällby och "
     "Nya vägar under 2026, så att det vid utgången av 2026 ligger inom 20 % av intäkterna.", None),
    ("Årsredovisning", "Balanskrav", None,
     "Förbundet redovisar ingen balanskravsutredning. Medlemmarnas bidrag beslutas år för år, och styrelsen "
     "budgeterar ett underskott bara när det egna kapitalet täcker det.", None),
    ("Årsredovisning", "Händelser efter årets slut", None,
     "I februari 2026 beslutade Fjällby kommun att förlänga Unga i Fjällby till och med 2027, under förutsättning "
     "att förbundet fortsätter att finansiera insatsen.", date(2026, 3, 2)),
    ("Årsredovisning", "Viktiga förhållanden", None,
     "Årets underskott var planerat: styrelsen har beslutat att använda eget kapital för nya insatser.", None),
    ("Årsredovisning", "Förväntad utveckling", None,
     "För 2026 har styrelsen beviljat Unga i Fjällby, och Nya vägar i Älvsta pågår hela året.", None),
    ("Årsredovisning", "Redovisningsprinciper", "Allmänt",
     "Årsredovisningen är upprättad enligt lagen (2018:597) om kommunal bokföring och redovisning och Rådet för "
     "kommunal redovisnings rekommendationer, i de delar som gäller ett samordningsförbund.", None),
    ("Årsredovisning", "Redovisningsprinciper", "Personal",
     "Förbundet har inga egna anställda; personalen köps av Norrby kommun, som bär pensionsförpliktelserna.", None),
    ("Årsredovisning", "Redovisningsprinciper", "Insatser",
     "Bidrag till insatser kostnadsförs när de upparbetats. Beslutade men inte upparbetade bidrag redovisas som "
     "ansvarsförbindelse under balansräkningen.", None),
    ("Delårsrapport", "Sammanfattning", None,
     "Under perioden beviljade styrelsen Nya vägar i Älvsta, som startar i september.", None),
    ("Delårsrapport", "Om förbundet", "Organisation",
     "Samordningsförbundet Norrskogen är ett samordningsförbund med sex medlemmar. Förbundschefen köps av Norrby "
     "kommun.", date(2025, 9, 10)),
    ("Delårsrapport", "Styrelsens arbete", None,
     "Styrelsen har haft fem sammanträden under perioden.", None),
    ("Delårsrapport", "Redovisningsprinciper", None,
     "Delårsrapporten följer lagen om kommunal bokföring och redovisning och RKR R17 Delårsrapport, med samma "
     "principer som årsredovisningen för 2024. Bidrag till insatser periodiseras efter upparbetad kostnad.", None),
    ("Delårsrapport", "Ekonomiskt utfall", None,
     "Kostnaderna för insatserna följer budgeten; lokalkostnaderna blev något högre efter en hyreshöjning.", None),
]


# Norrskogen writes its årsredovisning's texts in Word (texter/arsredovisning-2025.docx): the texts above,
# and in some sections what only Word gives: bold, a list, a link, a table.
WORD_EXTRAS = {
    ("Om förbundet", "Uppdrag"): [
        ProseParagraph((Span("Förbundet ska enligt förbundsordningen:"),)),
        ProseParagraph((Span("stödja samverkan mellan parterna"),), ListKind.BULLET),
        ProseParagraph((Span("finansiera "), Span("samordnade", bold=True), Span(" insatser"),), ListKind.BULLET),
        ProseParagraph((Span("förebyggande insatser för unga"),), ListKind.BULLET, 1),
        ProseParagraph((Span("följa upp och utvärdera insatserna"),), ListKind.BULLET),
    ],
    ("Samverkansarbete", None): [
        ProseParagraph((Span("Dagarnas program och dokumentation finns på "),
                        Span("förbundets webbplats", link="https://www.example.se/norrskogen/kompetensdagar"),
                        Span("."))),
        ProseTable((
            ((Span("Part"),), (Span("Deltagare"),), (Span("Dagar"),)),
            ((Span("Kommunerna"),), (Span("86"),), (Span("2"),)),
            ((Span("Staten och regionen"),), (Span("54"),), (Span("2"),)),
        )),
    ],
}


def write_annual_texts(target: Path) -> None:
    """The årsredovisning's texts as a Word file, each section in the document's order."""
    annual = [(section, heading, text) for document, section, heading, text, _ in TEXTS
              if document == "Årsredovisning"]
    sections = []
    for section, hint in SECTION_HINTS[DocumentTitle.ANNUAL_REPORT]:
        blocks = [Block(heading or "", formatted((ProseParagraph((Span(text),)),
                                                  *WORD_EXTRAS.get((section, heading), []))))
                  for name, heading, text in annual if name == section]
        sections.append(StartingSection(section, hint, blocks, ""))
    path = target / TEXT_FOLDER / f"arsredovisning-{YEAR}.docx"
    path.unlink(missing_ok=True)
    write_text_file(path, f"Texter till årsredovisningen {YEAR}", sections)


def build(target: Path = TARGET) -> None:
    write_workbook(target / FORBUNDET.filename, FORBUNDET, {
        "Uppgifter": {"Namn": NAME, "Organisationsnummer": "222000-7777", "Säte": "Norrby",
                      "Bildat": date(2012, 3, 1), "Chefens titel": "förbundschef", "Belopp i rapporter": "kr",
                      "Decimaler i nyckeltal": 1, "Budget i resultaträkningen": "ja", "Budget i noterna": "ja",
                      "Antal ledamöter": 7, "Balanskravsutredning": "nej"},
        "Medlemmar": [[name, kind, None, people] for name, kind, people, _ in MEMBERS],
        "Styrelse": [[name, role, organisation, *TERM] for name, role, organisation in BOARD],
        "Personal": [],
    })
    books = balances()
    write_workbook(target / REDOVISNING.filename, REDOVISNING, {
        "Saldon": [[day, account, ACCOUNTS[account], amount] for day, accounts in sorted(books.items())
                   for account, amount in sorted(accounts.items())],
        "Kontoplan": [list(row) for row in KONTOPLAN],
        "Rapportrader": [list(row) for row in LINES],
        "Noter": [list(row) for row in NOTES],
    })
    write_workbook(target / BUDGET.filename, BUDGET, {
        "Uppgifter": {"Rad för medlemsbidrag": "Medlemsavgifter"},
        "Budget": [[YEAR, post, line, amount, None] for post, line, amount in (
            ("Övriga intäkter", "Övriga intäkter", 30_000), ("Bidrag till insatser", "Insatser", 3_200_000),
            ("Köpt personal", "Köpt personal", 760_000), ("Lokaler och kontor", "Lokaler och kontor", 165_000),
            ("Kompetensutveckling", "Kompetensutveckling", 120_000), ("Ränteintäkter", "Ränteintäkter", 10_000),
            ("Bankavgifter", "Räntekostnader", 3_000))],
        "Tilldelning": [[2024, 1_900_000], [2025, 1_950_000]],
        "Prognos": [[YEAR, post, amount, date(2025, 9, 10)] for post, amount in (
            ("Verksamhetens intäkter", 3_935_000), ("Verksamhetens kostnader", 4_080_000),
            ("Finansiella intäkter", 17_000), ("Finansiella kostnader", 3_200))],
        "Eget kapital": [[YEAR, 308_000, "2024-11-29 § 61"]],
    })
    write_workbook(target / VERKSAMHET.filename, VERKSAMHET, {
        "Dokument": [["Delårsrapport", YEAR, date(2025, 9, 26), "Norrby"],
                     ["Årsredovisning", YEAR, date(2026, 3, 20), "Norrby"]],
        "Texter": [[document, YEAR, section, heading, text, written]
                   for document, section, heading, text, written in TEXTS if document != "Årsredovisning"],
        "Mål": [[YEAR, category, text, None, None, None, None, None, None, evidence, computed,
                 float(target) if target else None]
                for category, text, evidence, target, computed in GOALS],
        "Uppföljning": [[YEAR, GOALS[index][1], day, status, comment, forecast]
                        for index, day, status, comment, forecast in FOLLOW_UPS],
    })
    write_workbook(target / INSATSER.filename, INSATSER, {
        "Uppgifter": {"Rad i driftsredovisningen": "Insatser"},
        "Insatser": [[name, owner, co, kind, start, end, None, background, purpose, None, None]
                     for name, owner, co, kind, start, end, background, purpose in INSATSER_ROWS],
        "Beskrivningar": [[name, day, background, purpose, None, None]
                          for name, day, background, purpose in DESCRIPTIONS],
        "Beslut": [[name, day, paragraph, amount, None, None] for name, day, paragraph, amount in DECISIONS],
        "Utfall": [list(row) for row in COSTS],
        "Mål": [list(row) for row in INSATS_GOALS],
    })
    write_workbook(target / INDIKATORER.filename, INDIKATORER, {
        "Inställningar": {"Minsta antal svarande per kön": 5},
        "Frågor": [list(q) for q in QUESTIONS],
        "Medelvärden": [[year, group, question, float(mean), n, float(spread) if spread else None, None]
                        for year, group, question, mean, n, spread in MEANS],
    })
    write_annual_texts(target)
    print(f"wrote {target}")


if __name__ == "__main__":
    build()
