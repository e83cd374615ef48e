"""Writes input_xlsx/: Samordningsförbundet Sjöbygden, a fictional förbund (no real persons).

It uses the kontoplan and report lines that ship with the project (kommunal BAS),
so it shows what `init` gives a new förbund, filled in. The books are simulated:
each year's balances follow from the previous year's and the year's result, and
the bank account is what makes every closing date balance to the krona.

Run: python tools/examples/sjobygden.py
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.read.blank import default_rows, default_texts, write_workbook  # noqa: E402
from pipeline.compute.allocation import split  # noqa: E402
from pipeline.schema import (  # noqa: E402
    BUDGET,
    FORBUNDET,
    INDIKATORER,
    INSATSER,
    REDOVISNING,
    SAMMANTRADE,
    VERKSAMHET,
)

TARGET = ROOT / "input_xlsx"
YEARS = range(2020, 2026)

MEMBERS = [
    ("Försäkringskassan och Arbetsförmedlingen", "stat", 3510),
    ("Region Mittland", "region", 3511),
    ("Sjöby kommun", "kommun", 3512),
    ("Åby kommun", "kommun", 3513),
    ("Norrviks kommun", "kommun", 3514),
]
SHARES = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 12), Fraction(1, 12), Fraction(1, 12)]

NAMES = {
    3510: "Medlemsbidrag staten", 3511: "Medlemsbidrag Region Mittland", 3512: "Medlemsbidrag Sjöby kommun",
    3513: "Medlemsbidrag Åby kommun", 3514: "Medlemsbidrag Norrviks kommun", 3050: "Vidarefakturering",
    4610: "Bidrag till insatser", 5010: "Löner", 5410: "Sociala avgifter", 5710: "Pensionskostnader",
    6410: "Lokalhyra", 7110: "Resekostnader", 7310: "Konsulttjänster", 7610: "Konferenser och utbildning",
    8510: "Ränta på pensionsavsättning",
    1650: "Momsfordran", 1710: "Förutbetalda kostnader", 1930: "Företagskonto",
    2010: "Eget kapital", 2210: "Avsättning för pensioner", 2440: "Leverantörsskulder",
    2450: "Skuld insatser", 2710: "Personalens källskatt", 2940: "Upplupna sociala avgifter",
}

STATE_ALLOCATION = {2020: 2_400_000, 2021: 2_400_000, 2022: 2_400_000, 2023: 2_280_000, 2024: 2_280_000,
                    2025: 2_350_000, 2026: 2_350_000, 2027: 2_350_000, 2028: 2_350_000, 2029: 2_350_000}
# Per year: other revenue, löner, pension costs, rent, travel, consultants, conferences, interest, result.
YEAR_DATA = {
    2020: (0, 620_000, 48_000, 72_000, 14_200, 96_500, 31_000, 4_100, 118_400),
    2021: (12_000, 640_000, 51_200, 72_000, 9_800, 104_000, 22_500, 4_300, -62_700),
    2022: (0, 655_000, 52_900, 74_400, 17_600, 121_300, 44_900, 4_600, -181_350),
    2023: (35_000, 672_000, 55_300, 74_400, 19_900, 118_700, 52_300, 5_200, 41_280),
    2024: (8_500, 690_000, 57_800, 76_800, 21_400, 131_900, 48_600, 5_600, -94_130),
    2025: (0, 705_300, 59_900, 76_800, 22_300, 139_200, 53_800, 6_100, 36_920),
}
# Pension provision movements per year: nyintjänad, ränta och basbelopp, utbetalningar, löneskatt.
PENSION = {
    2020: (14_200, 3_100, -2_800, 3_500), 2021: (16_900, 4_300, -4_200, 4_400),
    2022: (15_100, 5_600, -4_700, 4_000), 2023: (18_600, 5_200, -4_600, 4_900),
    2024: (17_300, 5_600, -4_900, 4_600), 2025: (19_400, 6_100, -5_300, 5_100),
}
PENSION_LABELS = ("Nyintjänad pension", "Förändring p.g.a. ränte- och basbeloppsändringar",
                  "Årets utbetalningar", "Förändring av löneskatt")
# Year-end working capital: moms, förutbetalda, leverantörsskulder, skuld insatser, källskatt, sociala avgifter.
WORKING = {
    2020: (21_300, 6_000, 88_400, 412_000, 15_900, 18_200),
    2021: (18_700, 6_000, 64_200, 538_500, 16_400, 18_900),
    2022: (26_900, 6_200, 102_800, 611_000, 16_800, 19_300),
    2023: (15_400, 6_200, 71_500, 455_250, 17_200, 19_800),
    2024: (22_100, 6_400, 93_300, 590_900, 17_700, 20_400),
    2025: (19_800, 6_400, 81_600, 503_600, 18_100, 20_900),
}
OPENING_EQUITY, OPENING_PROVISION = 905_000, 286_400
SOCIAL_RATE = Decimal("0.3142")


# The grant list: (name, owner, co-applicants, kind, start, end, closed, weight, unspent, purpose).
# Each year's grant cost in the books is shared among the active insatser by weight; the
# decision is what they cost over the years plus what is still unspent.
INSATSER_ROWS = [
    ("Arbetsträning i samverkan", "Norrviks kommun", "Arbetsförmedlingen", "individinriktad",
     date(2020, 1, 1), date(2024, 12, 31), date(2025, 3, 1), 5, 0,
     "Arbetsträning med stöd av arbetsterapeut för personer långt från arbetsmarknaden."),
    ("Gemensam kartläggning", "Försäkringskassan", "Region Mittland, Sjöby kommun", "strukturinriktad",
     date(2021, 1, 1), date(2023, 12, 31), date(2024, 2, 15), 2, 35_000,
     "Gemensam kartläggning av behov hos personer med sjukersättning och försörjningsstöd."),
    ("Samordnat stöd Sjöby", "Sjöby kommun", "Region Mittland, Försäkringskassan, Arbetsförmedlingen",
     "strukturinriktad", date(2022, 1, 1), date(2025, 12, 31), None, 6, 180_000,
     "Ett gemensamt team där myndigheterna planerar insatser för individen tillsammans."),
    ("Hälsoväg Norrvik", "Region Mittland", "Norrviks kommun", "individinriktad",
     date(2023, 1, 1), date(2025, 6, 30), date(2025, 9, 30), 2, 42_500,
     "Hälsofrämjande stöd (sömn, kost, rörelse) som steg mot arbete eller studier."),
    ("Unga & vuxna i arbete", "Åby kommun", "Arbetsförmedlingen", "individinriktad",
     date(2024, 9, 1), date(2027, 8, 31), None, 4, 1_650_000,
     "Individuellt stöd till unga vuxna 18–29 år utan sysselsättning."),
    ("Kompetensdagar", "Samordningsförbundet Sjöbygden", None, "strukturinriktad",
     date(2020, 1, 1), date(2026, 12, 31), None, 1, 60_000,
     "Gemensamma utbildningsdagar för medlemmarnas personal om varandras uppdrag."),
    ("Samordnat stöd Sjöby 2.0", "Sjöby kommun", "Region Mittland, Försäkringskassan, Arbetsförmedlingen",
     "strukturinriktad", date(2026, 1, 1), date(2028, 12, 31), None, 6, 2_400_000,
     "Fortsättning av det gemensamma teamet, nu med Åby kommun som medsökande från 2027."),
]
DECISION_DAYS = {"Arbetsträning i samverkan": (date(2019, 11, 15), "§ 41"),
                 "Gemensam kartläggning": (date(2020, 11, 20), "§ 52"),
                 "Samordnat stöd Sjöby": (date(2021, 11, 19), "§ 48"),
                 "Hälsoväg Norrvik": (date(2022, 11, 18), "§ 50"),
                 "Unga & vuxna i arbete": (date(2024, 6, 14), "§ 27"),
                 "Kompetensdagar": (date(2019, 11, 15), "§ 42"),
                 "Samordnat stöd Sjöby 2.0": (date(2025, 11, 21), "§ 55")}
INSATS_GOALS = [
    ("Arbetsträning i samverkan", "Minst 40 % av deltagarna går vidare till arbete eller studier", "ja",
     "46 % gick vidare."),
    ("Arbetsträning i samverkan", "Alla deltagare har en gemensam planering", "ja", None),
    ("Gemensam kartläggning", "Kartläggningen redovisas för styrelsen", "ja", "Redovisad i februari 2024."),
    ("Gemensam kartläggning", "Förslag till nya insatser tas fram", "delvis", "Två av tre förslag klara."),
    ("Samordnat stöd Sjöby", "Minst 60 individer per år planeras gemensamt", "ja", "64 individer 2025."),
    ("Samordnat stöd Sjöby", "Väntetiden till första möte är högst två veckor", "nej", "I snitt tre veckor."),
    ("Hälsoväg Norrvik", "Deltagarnas självskattade hälsa förbättras", "ja", None),
    ("Hälsoväg Norrvik", "Minst 30 deltagare", "delvis", "24 deltagare."),
    ("Unga & vuxna i arbete", "Minst 50 deltagare under perioden", None, None),
    ("Samordnat stöd Sjöby 2.0", "Minst 70 individer per år planeras gemensamt", None, None),
    ("Samordnat stöd Sjöby 2.0", "Väntetiden till första möte är högst två veckor", None, None),
]

PLAN_BUDGET = {  # year: (bidrag till insatser, personal, övriga externa, finansiella kostnader)
    2026: (3_620_000, 1_010_000, 310_000, 6_000),
    2027: (3_560_000, 1_040_000, 310_000, 6_000),
    2028: (3_400_000, 1_060_000, 300_000, 6_000),
    2029: (3_334_000, 1_060_000, 300_000, 6_000),
}
GOALS_2026 = [  # category, goal, kommentar, prognos, beräknas
    ("verksamhet", "Minst 100 medarbetare hos medlemmarna deltar i förbundets kompetensdagar",
     "Vårens kompetensdag samlade 58 deltagare.", "Höstens dag är fullbokad; prognosen är att målet nås.", None),
    ("verksamhet", "Förbundet genomför ett medlemssamråd", "Samrådet är planerat till den 18 september.",
     None, None),
    ("finansierade insatser", "80 % av insatsernas uppsatta mål uppnås",
     "Delrapporterna visar att insatserna i stort följer sina planer.", None, None),
    ("finansiella", "Eget kapital överstiger inte 20 % av årets intäkter", None, None, "eget kapital mot 20 %"),
]
TEXTS_INTERIM = [
    ("Sammanfattning", None,
     "Första halvåret har präglats av uppstarten av Samordnat stöd Sjöby 2.0 och av förberedelserna inför "
     "höstens kompetensdag. Styrelsen har haft tre sammanträden."),
    ("Om förbundet", "Organisation",
     "Samordningsförbundet Sjöbygden är ett fristående offentligrättsligt organ med Försäkringskassan, "
     "Arbetsförmedlingen, Region Mittland samt Sjöby, Åby och Norrviks kommuner som medlemmar."),
    ("Insatser", None, "Följande insatser finansieras under 2026:"),
    ("Styrelsens arbete", None,
     "Styrelsen har under våren fattat beslut om den nya insatsen för unga vuxna och följt upp internkontrollen."),
    ("Ekonomiskt utfall", None,
     "Kostnaderna för insatserna ligger något under budget för perioden eftersom den nya insatsen startade "
     "senare än planerat."),
]
GOALS_2027 = [
    ("verksamhet", "Minst 100 medarbetare hos medlemmarna deltar i förbundets kompetensdagar",
     "Två kompetensdagar, en på våren och en på hösten.", "Antal deltagare enligt anmälningslistor."),
    ("verksamhet", "Förbundet genomför ett medlemssamråd", None, "Genomfört eller inte."),
    ("finansierade insatser", "Deltagare i individinriktade insatser närmar sig egen försörjning", None,
     "Indikatorenkät till deltagare samt Uppföljning Finsam."),
    ("finansierade insatser", "80 % av insatsernas uppsatta mål uppnås", None, "Insatsernas slutrapporter."),
    ("finansiella", "Verksamheten bedrivs inom den budgetram som styrelsen beslutat", None, None),
    ("finansiella", "Eget kapital överstiger inte 20 % av årets intäkter", None, None),
]
TEXTS_VP = [
    ("Förbundet", None,
     "Förbundet verkar inom Sjöby, Åby och Norrviks kommuners geografiska område. Förbundsordningen antogs av "
     "medlemmarna 2008 och reviderades 2023."),
    ("Organisation", "Styrelse",
     "Styrelsen består av en ledamot och en ersättare från varje medlem och sammanträder sex gånger per år."),
    ("Organisation", "Förbundschef",
     "Förbundschefen är anställd av förbundet på heltid och leder arbetet utifrån styrelsens anvisningar."),
    ("Organisation", "Beredningsgrupp",
     "Beredningsgruppen med chefer från medlemmarna bereder ansökningar och följer insatserna."),
    ("Inriktning", None,
     "Under 2027 kommer förbundet att:\n"
     "- finansiera individinriktade insatser för unga vuxna\n"
     "- utveckla det gemensamma teamet i Sjöby\n"
     "- sprida kunskap om medlemmarnas uppdrag genom kompetensdagar"),
    ("Målgrupper", None,
     "Insatserna riktar sig till personer 16–64 år, bosatta i förbundets kommuner, som behöver samordnat stöd "
     "från flera medlemmar för att nå egen försörjning."),
    ("Uppföljning och utvärdering", None,
     "Insatserna registrerar deltagare i Uppföljning Finsam och lämnar del- och slutrapport. Indikatorenkäter genomförs varje "
     "höst."),
    ("Internkontroll och riskanalys", None,
     "Riskanalysen görs i samband med verksamhetsplanen och internkontrollplanen följs upp i oktober."),
    ("Insatser", None, "Följande insatser är beviljade för 2027:"),
    ("Kommande ansökningar", "Arbetsträning 2.0",
     "Norrviks kommun och Arbetsförmedlingen förbereder en ansökan om 600 000 kr per år."),
]
SURVEYS = [
    ("E1", 2025, "deltagare i pågående insats", "Samordnat stöd Sjöby, Hälsoväg Norrvik", 40, 36, 27, 15, 12),
    ("E2", 2025, "personal i insatser", "Samordnat stöd Sjöby, Hälsoväg Norrvik", 18, 18, 14, 11, 3),
]
QUESTIONS = [
    ("F1", "Jag känner mig mer redo att kunna arbeta eller studera"),
    ("F2", "Samverkan mellan myndigheterna fungerar bra i insatsen"),
]
ANSWERS = [
    ("E1", "F1", "samtliga", (1, 3, 4, 7, 8, 4)),
    ("E1", "F1", "kvinnor", (0, 2, 2, 4, 5, 2)),
    ("E1", "F1", "män", (1, 1, 2, 3, 3, 2)),
    ("E2", "F2", "samtliga", (0, 1, 3, 5, 4, 1)),
]
SUS = [(2021, 41, 30), (2022, 46, 35), (2023, 52, 37), (2024, 49, 40), (2025, 55, 43)]
GOALS = [
    ("verksamhet", "Minst 80 medarbetare hos medlemmarna deltar i förbundets kompetensdagar", "uppnått",
     "Två kompetensdagar genomfördes med sammanlagt 112 deltagare.", ""),
    ("verksamhet", "Förbundet genomför ett medlemssamråd", "uppnått", "Medlemssamrådet hölls den 12 september.", ""),
    ("finansierade insatser", "Deltagare i individinriktade insatser närmar sig egen försörjning",
     "i hög grad uppnått", "En klar majoritet av deltagarna känner sig mer redo att arbeta eller studera.", "F1"),
    ("finansierade insatser", "Insatserna stärker samverkan mellan myndigheterna", "delvis uppnått",
     "Personalen är övervägande positiv, men var femte svarar varken eller.", "F2"),
    ("finansiella", "Eget kapital överstiger inte 20 % av årets intäkter", "uppnått", None, ""),
]


def grant_costs(balances: dict) -> dict[tuple[str, int], Decimal]:
    """Each year's booked grant cost (account 4610) shared among the active insatser."""
    costs = {}
    for day, b in balances.items():
        if (day.month, day.day) != (12, 31):
            continue
        active = [row for row in INSATSER_ROWS if row[4].year <= day.year <= row[5].year]
        for row, part in zip(active, split(b[4610], [Fraction(row[7]) for row in active])):
            costs[(row[0], day.year)] = part
    return costs


def decision(costs: dict, name: str, unspent: int) -> int:
    """The amount granted: the costs over the years plus what is left, in whole ten thousands."""
    spent = int(sum(amount for (n, _), amount in costs.items() if n == name))
    return -(-(spent + unspent) // 10_000) * 10_000


def books(variant: int = 0) -> tuple[dict, list]:
    """Balances per closing date and pension movements, from the yearly figures.

    `variant` (for benchmarks) shifts every year's result by variant × 1 000 kr.
    """
    balances, movements = {}, []
    equity, provision = Decimal(OPENING_EQUITY), Decimal(OPENING_PROVISION)
    for year in YEARS:
        if year in HALF_YEARS:  # the same period a year before the delårsrapport, for its comparison (RKR R17)
            balances[date(year, 6, 30)] = period_balances(year, equity, provision)
        other, wages, pension_cost, rent, travel, consultants, conferences, interest, result = YEAR_DATA[year]
        result += variant * 1_000
        contributions = split(Decimal(2 * STATE_ALLOCATION[year]), SHARES)
        social = (wages * SOCIAL_RATE).quantize(Decimal(1))
        revenue = sum(contributions) + other
        costs_but_grants = wages + social + pension_cost + rent + travel + consultants + conferences
        grants = (revenue - costs_but_grants - interest - result).quantize(Decimal(1))
        day = date(year, 12, 31)
        b = {account: -amount for (_, _, account), amount in zip(MEMBERS, contributions)}
        b.update({3050: -other, 4610: grants, 5010: wages, 5410: social, 5710: pension_cost, 6410: rent,
                  7110: travel, 7310: consultants, 7610: conferences, 8510: interest})
        change = sum(PENSION[year])
        movements += [(year, label, amount) for label, amount in zip(PENSION_LABELS, PENSION[year])]
        provision += change
        moms, prepaid, suppliers, grants_owed, tax, social_owed = WORKING[year]
        b.update({1650: moms, 1710: prepaid, 2010: -equity, 2210: -provision, 2440: -suppliers,
                  2450: -grants_owed, 2710: -tax, 2940: -social_owed})
        b[1930] = -sum(b.values())
        assert b[1930] > 0, (year, b[1930])
        balances[day] = {a: v for a, v in b.items() if v}
        equity += result
    balances[PERIOD_END] = period_balances(2026, equity, provision)
    return balances, movements


PERIOD_END = date(2026, 6, 30)
HALF_YEARS = {  # 1 January–30 June: grants, wages, social fees, pension, rent, travel, consultants, conferences,
    # interest, moms, prepaid, the provision's change, suppliers, grants owed, tax, social fees owed
    2025: (1_655_200, 349_800, 109_900, 30_400, 38_000, 10_350, 58_900, 16_700, 2_900, 16_900, 6_300, 10_500,
           71_300, 365_000, 17_700, 20_400),
    2026: (1_702_350, 356_400, 111_980, 31_200, 39_000, 9_870, 64_300, 18_450, 3_100, 17_600, 6_600, 11_800,
           74_900, 388_000, 18_300, 21_100),
}


def period_balances(year: int, equity: Decimal, provision: Decimal) -> dict[int, Decimal]:
    """1 January–30 June: half the year's contributions, costs to date, working capital."""
    contributions = split(Decimal(STATE_ALLOCATION[year]), SHARES)  # half of 2 × the state's allocation
    b = {account: -amount for (_, _, account), amount in zip(MEMBERS, contributions)}
    (grants, wages, social, pension, rent, travel, consultants, conferences, interest, moms, prepaid, change,
     suppliers, grants_owed, tax, social_owed) = map(Decimal, HALF_YEARS[year])
    b.update({4610: grants, 5010: wages, 5410: social, 5710: pension, 6410: rent, 7110: travel, 7310: consultants,
              7610: conferences, 8510: interest, 1650: moms, 1710: prepaid, 2010: -equity,
              2210: -(provision + change), 2440: -suppliers, 2450: -grants_owed, 2710: -tax,
              2940: -social_owed})
    b[1930] = -sum(b.values())
    return {a: v for a, v in b.items() if v}


BOARD = [
    ("Anna Lindqvist", "ordförande", "Region Mittland"),
    ("Peter Håkansson", "vice ordförande", "Sjöby kommun"),
    ("Maja Ekholm", "ledamot", "Åby kommun"),
    ("Jonas Berglund", "ledamot", "Norrviks kommun"),
    ("Sara Nyström", "ledamot", "Försäkringskassan"),
    ("Tobias Falk", "ledamot", "Arbetsförmedlingen"),
    ("Helena Ström", "ersättare", "Region Mittland"),
    ("Mikael Sandberg", "ersättare", "Sjöby kommun"),
    ("Ulrika Östman", "ersättare", "Åby kommun"),
    ("Fredrik Lind", "ersättare", "Norrviks kommun"),
]
TERM = (date(2023, 4, 1), date(2027, 3, 31))

BUDGET_ROWS = [
    (2024, "Medlemsbidrag", "Medlemsbidrag", 4_560_000),
    (2024, "Bidrag till insatser", "Bidrag till insatser", 3_500_000),
    (2024, "Personalkostnader", "Personalkostnader", 975_000),
    (2024, "Övriga externa kostnader", "Övriga externa kostnader", 290_000),
    (2024, "Finansiella kostnader", "Finansiella kostnader", 5_000),
    (2025, "Medlemsbidrag", "Medlemsbidrag", 4_700_000),
    (2025, "Bidrag till insatser", "Bidrag till insatser", 3_700_000),
    (2025, "Löner inklusive sociala avgifter", "Personalkostnader", 940_000),
    (2025, "Pensionskostnader", "Personalkostnader", 70_000),
    (2025, "Lokalhyra", "Övriga externa kostnader", 78_000),
    (2025, "Resor, konsulter och konferenser", "Övriga externa kostnader", 222_000),
    (2025, "Finansiella kostnader", "Finansiella kostnader", 6_000),
]

TEXTS = [
    ("Händelser efter årets slut", None,
     "Inga händelser av väsentlig betydelse för förbundet har inträffat efter räkenskapsårets slut."),
    ("Om förbundet", "Organisation",
     "Samordningsförbundet Sjöbygden är ett fristående offentligrättsligt organ med Försäkringskassan, "
     "Arbetsförmedlingen, Region Mittland samt Sjöby, Åby och Norrviks kommuner som medlemmar.\n"
     "Förbundet leds av en styrelse med en ledamot och en ersättare från varje medlem. Styrelsen har till sin "
     "hjälp en förbundschef och en beredningsgrupp med tjänstepersoner från medlemmarna."),
    ("Om förbundet", "Uppdrag",
     "Förbundet finansierar samordnade insatser för personer i förvärvsaktiv ålder som behöver stöd från flera "
     "av medlemmarna för att nå eller återgå till arbete eller studier. Förbundet ska\n"
     "- stödja samverkan mellan medlemmarna\n"
     "- finansiera insatser inom medlemmarnas samlade ansvarsområde\n"
     "- följa upp och utvärdera insatserna."),
    ("Verksamhetens utveckling", None,
     "Statens tilldelning ökade 2025 efter två år på oförändrad nivå. Antalet insatser har legat stabilt på "
     "sex till sju per år, och personalstyrkan är oförändrad."),
    ("Styrning och uppföljning", None,
     "Styrelsen följer verksamheten och ekonomin tertialvis med helårsprognos. Internkontrollplanen antogs i "
     "februari och följdes upp i oktober utan anmärkningar."),
    ("God ekonomisk hushållning", None,
     "Styrelsen bedömer att förbundet har haft en god ekonomisk hushållning 2025: målen är i huvudsak uppnådda, "
     "resultatet är positivt och det egna kapitalet ligger inom rekommendationen. Styrelsen har under året "
     "beviljat nya insatser för att använda det egna kapitalet i enlighet med verksamhetsplanen."),
    ("Viktiga förhållanden", "Bidrag till insatser",
     "Insatsen Unga & vuxna i arbete i Åby startade först i september (< 4 månader av året), vilket förklarar "
     "större delen av avvikelsen."),
    ("Viktiga förhållanden", "Personalkostnader",
     "Förbundschefen var föräldraledig under två månader utan att tjänsten ersattes."),
    ("Samverkansarbete", None,
     "Förbundet har under året finansierat insatser hos samtliga medlemmar. Beredningsgruppen har träffats "
     "sex gånger och tagit fram underlag till två nya ansökningar."),
    ("Förväntad utveckling", None,
     "Tilldelningen för 2026 är oförändrad. Styrelsen planerar att bevilja minst två nya strukturinriktade "
     "insatser under året."),
]


# The board meeting that adopts the plan for 2027 (§ 61, as the Eget kapital sheet cites it),
# approves a final report and grants a new insats: the grant list takes both from here.
AGENDA = [  # rubrik, typ, text, beslut (tomt = standardbeslutet), insats, sökande, medsökande, insatstyp,
    #         belopp, från, till, utbetalning
    ("Mötets öppnande", "mötets öppnande", "Ordföranden hälsar välkommen och förklarar mötet öppnat.", None),
    ("Godkännande av dagordning", "godkännande av dagordning", None, None),
    ("Val av justerare", "val av justerare", None, None),
    ("Föregående protokoll", "övrigt", "Protokollet från mötet den 18 september är justerat och anslaget.",
     "Att lägga protokollet till handlingarna."),
    ("Slutrapport – Samordnat stöd Sjöby", "slutrapport",
     "Sjöby kommun har lämnat den skriftliga slutrapporten för perioden 2022–2025.\nAv insatsens två mål har "
     "ett uppnåtts. Väntetiden till första möte blev i snitt tre veckor.", None,
     "Samordnat stöd Sjöby", None, None, None, None, None, None, "ja"),
    ("Ansökan – Språkstöd i arbete", "ansökan",
     "Åby kommun ansöker tillsammans med Arbetsförmedlingen om medel till språkstöd på arbetsplatsen för "
     "deltagare i arbetsträning.", None,
     "Språkstöd i arbete", "Åby kommun", "Arbetsförmedlingen", "individinriktad", 450_000, date(2027, 1, 1),
     date(2027, 12, 31), None),
    ("Samordnat stöd Sjöby 2.0 – lägesrapport", "information",
     "Teamet har under året planerat insatser tillsammans för 58 individer.", None),
    ("Ekonomi", "ekonomi", "- Budgetuppföljning per den 31 oktober 2026\n- Prognos för helåret", None),
    ("Plan för intern styrning och kontroll 2027", "övrigt",
     "Styrelsen går igenom förslaget till internkontrollplan och riskanalys för 2027.",
     "Att godkänna internkontrollplanen och riskanalysen för 2027."),
    ("Fastställande av 2027 års verksamhetsplan och budget", "verksamhetsplan och budget",
     "Förbundschefen redovisar förslaget till verksamhetsplan och budget för 2027 med plan för 2028 och 2029. "
     "Budgeten tar 216 000 kronor av det egna kapitalet i anspråk.", None),
    ("Sammanträdesplan för 2027", "övrigt", "Förslag: 12 februari, 16 april, 11 juni, 17 september och "
     "19 november.", "Att fastställa sammanträdesplanen för 2027 enligt förslaget."),
    ("Övriga frågor", "övrigt", "Inga övriga frågor.", None),
    ("Nästa möte", "nästa möte", "12 februari 2027 i Sjöby.", None),
    ("Mötets avslutning", "mötets avslutning", "Ordföranden tackar och avslutar mötet.", None),
]
MEETING = {
    "Möte": {"Datum": date(2026, 11, 20), "Tid": "09.00–12.00", "Plats": "Kommunhuset i Sjöby",
             "Justerare": "Maja Ekholm", "Protokollförare": "Karin Dahl", "Första paragraf": 52,
             "Justeras": date(2026, 11, 26), "Anslag uppsatt": date(2026, 11, 27), "Förvaringsplats": "Förbundets kansli, Sjöby"},
    "Närvaro": [
        ["Anna Lindqvist", "ordinarie ledamot", "Region Mittland", None, None, None, None],
        ["Peter Håkansson", "ordinarie ledamot", "Sjöby kommun", None, None, None, None],
        ["Maja Ekholm", "ordinarie ledamot", "Åby kommun", None, None, None, None],
        ["Jonas Berglund", "ordinarie ledamot", "Norrviks kommun", None, 55, None, "anslöt kl. 09.20"],
        ["Tobias Falk", "ordinarie ledamot", "Arbetsförmedlingen", None, None, None, "digital närvaro"],
        ["Fredrik Lind", "ersättare", "Norrviks kommun", "Jonas Berglund", None, 54, None],
        ["Karin Dahl", "övrig", "förbundschef", None, None, None, None],
    ],
    "Dagordning": [list(item) + [None] * (12 - len(item)) for item in AGENDA],
}


def build(target: Path = TARGET, variant: int = 0) -> None:
    """Write the workbooks; a `variant` > 0 is a differently named förbund with other results."""
    balances, movements = books(variant)
    write_workbook(target / FORBUNDET.filename, FORBUNDET, {
        "Uppgifter": {
            "Namn": "Samordningsförbundet Sjöbygden" + (f" {variant}" if variant else ""),
            "Organisationsnummer": "222000-9999",
            "Säte": "Sjöby",
            "Bildat": date(2008, 3, 1),
            "Chefens titel": "förbundschef",
            "Belopp i rapporter": "tkr",
            "Antal ledamöter": 6,
            "Balanskravsutredning": "ja",
        },
        "Medlemmar": [[name, kind, float(share)] for (name, kind, _), share in zip(MEMBERS, SHARES)],
        "Styrelse": [[name, role, org, *TERM] for name, role, org in BOARD],
        "Personal": [[year, 1.5] for year in YEARS],
    })
    rows = default_rows()
    rows["Saldon"] = [[day, account, NAMES[account], int(amount)]
                      for day in sorted(balances, reverse=True) for account, amount in sorted(balances[day].items())]
    rows["Pensionsavsättning"] = [list(m) for m in movements]
    rows["Pensionsuppgifter"] = [[2024, 0.93], [2025, 0.95]]
    write_workbook(target / REDOVISNING.filename, REDOVISNING, rows)
    lines = ("Bidrag till insatser", "Personalkostnader", "Övriga externa kostnader", "Finansiella kostnader")
    plan_rows = [[year, line, line, amount] for year, amounts in PLAN_BUDGET.items()
                 for line, amount in zip(lines, amounts)]
    write_workbook(target / BUDGET.filename, BUDGET, {
        "Uppgifter": {"Rad för medlemsbidrag": "Medlemsbidrag"},
        "Budget": [list(row) for row in BUDGET_ROWS] + plan_rows,
        "Tilldelning": [[year, amount] for year, amount in STATE_ALLOCATION.items()],
        "Prognos": [[2026, "Verksamhetens intäkter", 4_700_000, date(2026, 8, 14)],
                    [2026, "Verksamhetens kostnader", 4_880_000, date(2026, 8, 14)],
                    [2026, "Finansiella kostnader", 6_500, date(2026, 8, 14)],
                    [2026, "Avsättningar", 441_000, date(2026, 8, 14)],
                    [2026, "Kortfristiga skulder", 610_000, date(2026, 8, 14)],
                    [2026, "Verksamhetens kostnader", 4_905_000, date(2026, 11, 6)]],
        "Eget kapital": [[2026, 240_000, "2025-11-21 § 56"], [2027, 216_000, "2026-11-20 § 61"],
                         [2028, 66_000, "2026-11-20 § 61"]],
    })
    write_workbook(target / VERKSAMHET.filename, VERKSAMHET, {
        "Dokument": [["Årsredovisning", 2025, date(2026, 3, 13), "Sjöby"],
                     ["Delårsrapport", 2026, date(2026, 8, 28), "Sjöby"],
                     ["Verksamhetsplan", 2027, date(2026, 11, 20), "Sjöby"]],
        "Texter": [["Årsredovisning", 2025, section, heading, text] for section, heading, text in TEXTS]
        + default_texts()
        + [["Delårsrapport", 2026, section, heading, text] for section, heading, text in TEXTS_INTERIM]
        + [["Verksamhetsplan", 2027, section, heading, text] for section, heading, text in TEXTS_VP],
        "Mål": [[2025, category, text, None, None, None, status, comment, None, evidence or None]
                for category, text, status, comment, evidence in GOALS]
        + [[2026, category, text, None, None, None, None, None, None, None, computed]
           for category, text, comment, forecast, computed in GOALS_2026]
        + [[2027, category, text, how, measure, None, None, None, None, None]
           for category, text, how, measure in GOALS_2027],
        # The delårsrapport's follow-up belongs to its period end, not to the year's.
        "Uppföljning": [[2026, text, date(2026, 6, 30), None, comment, forecast]
                        for category, text, comment, forecast, computed in GOALS_2026],
    })
    costs = grant_costs(balances)
    write_workbook(target / INSATSER.filename, INSATSER, {
        "Uppgifter": {"Rad i driftsredovisningen": "Bidrag till insatser"},
        "Insatser": [[name, owner, co, kind, start, end, closed, None, purpose, None, None]
                     for name, owner, co, kind, start, end, closed, _, _, purpose in INSATSER_ROWS],
        "Beslut": [[name, *DECISION_DAYS[name], decision(costs, name, unspent), start, end]
                   for name, _, _, _, start, end, _, _, unspent, _ in INSATSER_ROWS],
        "Utfall": [[name, year, int(amount)] for (name, year), amount in sorted(costs.items())],
        "Mål": [list(goal) for goal in INSATS_GOALS],
    })
    write_workbook(target / INDIKATORER.filename, INDIKATORER, {
        "Inställningar": {"Minsta antal svarande per kön": 5},
        "Enkäter": [list(row) for row in SURVEYS],
        "Frågor": [list(q) for q in QUESTIONS],
        "Svar": [[survey, question, group, *counts] for survey, question, group, counts in ANSWERS],
        "Uppföljning Finsam": [list(row) for row in SUS],
    })
    write_workbook(target / "sammantraden" / "2026-11-20.xlsx", SAMMANTRADE, MEETING)


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
