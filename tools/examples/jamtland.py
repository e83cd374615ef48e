"""Writes examples/jamtland-2021/: Samordningsförbundet Jämtlands län, årsredovisning 2021 (seed 004).

The figures are the seed's. Where the seed gives only rounded report lines, the
accounts and kronor amounts are invented so that they round to the seed's tkr and
the books balance to the krona. The board members and the organisation number
are invented: the seed does not list them.

Run: python tools/examples/jamtland.py
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.blank import write_workbook  # noqa: E402
from pipeline.schema import BUDGET, FORBUNDET, REDOVISNING, VERKSAMHET  # noqa: E402

TARGET = ROOT / "examples" / "jamtland-2021"

ACCOUNTS = {
    # Revenue (kredit, negative)
    3510: "Bidrag Regionen",
    3511: "Bidrag Försäkringskassan",
    3512: "Bidrag kommuner",
    3050: "Vidarefakturering",
    3520: "Bidrag NNS regeringsuppdrag",
    3990: "Öresutjämning",
    # Costs (debet, positive)
    4610: "Bidrag till insatser",
    5010: "Löner",
    5410: "Sociala avgifter",
    5710: "Pensionskostnader",
    6410: "Lokalhyra",
    7110: "Resekostnader",
    7310: "Konsulttjänster",
    7610: "Konferenser och utbildning",
    7990: "Övriga kostnader",
    8510: "Ränta på pensionsavsättning",
    8590: "Övriga finansiella kostnader",
    # Assets
    1630: "Medel på skattekontot",
    1650: "Momsfordran",
    1710: "Förutbetalda kostnader",
    1920: "Plus Giro Nordea",
    1930: "Ftg-konto Swedbank",
    1940: "Placeringskonto Swedbank",
    # Eget kapital, avsättningar, skulder
    2010: "Eget kapital",
    2210: "Avsättning för pensioner",
    2440: "Leverantörsskulder",
    2450: "STA Krokom",
    2451: "Samverkanscirkel Ragunda",
    2452: "SamSam, Bräcke",
    2453: "Samkraft i Berg",
    2454: "LISS, Strömsund",
    2455: "Följeutvärdering samverkansstrukturer",
    2456: "Unga & Vuxna till fortsatta studier, Härjedalen",
    2457: "Jobbcenter 2.0, Åre",
    2710: "Personalens källskatt",
    2711: "Betald F-skatt",
    2712: "Skuld F-skatt",
    2920: "Upplupna semesterlöner",
    2940: "Upplupna sociala avgifter",
    2945: "Upplupen löneskatt pensioner",
    2950: "Upplupen pensionskostnad",
    2990: "Övriga interimsskulder",
    2991: "Upplupna kostnader",
}

BALANCES = {
    date(2021, 12, 31): {
        3510: -2_125_500, 3511: -4_251_000, 3512: -2_125_500, 3990: 3,
        4610: 4_870_056, 5010: 1_052_300, 5410: 330_100, 5710: 205_314,
        6410: 96_000, 7110: 32_418, 7310: 301_250, 7610: 88_900, 7990: 57_000,
        8510: 105_200, 8590: 2_000,
        1630: 137_306, 1650: 35_592, 1710: 10_179, 1920: 226_285, 1930: 9_776_726, 1940: 357_352,
        2010: -4_695_600, 2210: -1_814_031,
        2440: -2_179_225, 2452: -106_623, 2455: -16_125, 2457: -216_396,
        2710: -30_314, 2711: 22_143, 2712: -5_597,
        2940: -31_753, 2945: -40_840, 2950: -54_000, 2991: -13_620,
    },
    date(2020, 12, 31): {
        3510: -2_125_500, 3511: -4_251_000, 3512: -2_125_500, 3050: -96_000, 3520: -25_000, 3990: 7,
        4610: 3_186_521, 5010: 1_780_400, 5410: 559_400, 5710: 459_363,
        6410: 96_000, 7110: 18_112, 7310: 254_600, 7610: 95_750, 7990: 48_000,
        8510: 96_000, 8590: 4_847,
        1630: 89_737, 1650: 24_280, 1710: 14_168, 1920: 348_003, 1930: 7_231_226, 1940: 357_352,
        2010: -2_671_600, 2210: -1_693_572,
        2450: -355_711, 2451: -285_000, 2452: -138_017, 2453: -110_000, 2454: -213_000, 2455: -16_125,
        2456: -298_955,
        2710: -50_516, 2712: -1_029,
        2920: -61_413, 2940: -48_975, 2945: -16_698, 2950: -79_000, 2990: -1_155,
    },
    date(2019, 12, 31): {
        3510: -2_242_500, 3511: -4_485_000, 3512: -2_242_500, 3050: -2_100,
        4610: 7_402_500, 5010: 1_480_000, 5410: 465_000, 5710: 210_700, 6410: 96_000, 7310: 264_000,
        8510: 18_900,
        1630: 150_300, 1650: 40_885, 1710: 16_200, 1920: 412_650, 1930: 6_735_379, 1940: 357_352,
        2010: -3_636_600, 2210: -1_083_572,
        2440: -1_204_300, 2451: -1_300_000, 2452: -650_000, 2454: -500_000,
        2710: -48_200, 2940: -46_500, 2945: -14_394, 2950: -194_200,
    },
    # Earlier years: results only, for the five-year overview.
    date(2018, 12, 31): {
        3510: -2_340_000, 3511: -4_680_000, 3512: -2_340_000, 3050: -5_200,
        4610: 6_540_000, 5010: 1_720_000, 5410: 540_000, 5710: 210_000, 6410: 96_000, 7310: 207_100,
        8510: 9_000,
    },
    date(2017, 12, 31): {
        3510: -2_197_500, 3511: -4_395_000, 3512: -2_197_500, 3050: -5_300,
        4610: 5_102_000, 5010: 1_820_000, 5410: 570_000, 5710: 180_000, 6410: 96_000, 7310: 204_100,
        8510: 1_100,
    },
}

# Kontoplan rows in note order (the order the seed's notes list the accounts).
KONTOPLAN = [
    # Konto från, till, resultaträkning, balansräkning, driftsredovisning, benämning i not, delsumma i not
    (3510, 3512, "Verksamhetens intäkter", None, "Medlemsbidrag", None, None),
    (3050, 3059, "Verksamhetens intäkter", None, "Övriga intäkter", None, None),
    (3520, 3529, "Verksamhetens intäkter", None, "Medlemsbidrag", None, None),
    (3990, 3999, "Verksamhetens intäkter", None, "Medlemsbidrag", None, None),
    (4600, 4699, "Verksamhetens kostnader", None, "Bidrag till insatser", "Bidrag till insatser", None),
    (6000, 7999, "Verksamhetens kostnader", None, "Övriga externa kostnader", "Övriga externa kostnader", None),
    (5000, 5999, "Verksamhetens kostnader", None, "Personalkostnader", "Personalkostnader", None),
    (8500, 8599, "Finansiella kostnader", None, "Finansiella kostnader", None, None),
    (1900, 1999, None, "Kassa och bank", None, None, None),
    (1500, 1799, None, "Fordringar", None, None, None),
    (2000, 2099, None, "Övrigt eget kapital", None, None, None),
    (2200, 2299, None, "Avsättningar för pensioner och liknande förpliktelser", None, None, None),
    (2440, 2449, None, "Kortfristiga skulder", None, None, None),
    (2700, 2799, None, "Kortfristiga skulder", None, None, None),
    (2450, 2459, None, "Kortfristiga skulder", None, None, "Skuld insatser (ej rekviderade/fakturerade)"),
    (2900, 2999, None, "Kortfristiga skulder", None, None, None),
]

SUM_EK = "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"
RAPPORTRADER = [
    ("Resultaträkning", "Verksamhetens intäkter", "intäkt", "Verksamhetens nettokostnader", 1, None),
    ("Resultaträkning", "Verksamhetens kostnader", "kostnad", "Verksamhetens nettokostnader", 2, None),
    ("Resultaträkning", "Verksamhetens nettokostnader", "summa", "Verksamhetens resultat", None, None),
    ("Resultaträkning", "Verksamhetens resultat", "summa", "Resultat efter finansiella poster", None, None),
    ("Resultaträkning", "Finansiella kostnader", "finansiell kostnad", "Resultat efter finansiella poster", None,
     None),
    ("Resultaträkning", "Resultat efter finansiella poster", "summa", "Årets resultat", None, None),
    ("Resultaträkning", "Årets resultat", "summa", None, None, None),
    ("Balansräkning", "TILLGÅNGAR", "rubrik", None, None, None),
    ("Balansräkning", "Omsättningstillgångar", "rubrik", None, None, None),
    ("Balansräkning", "Fordringar", "tillgång", "Summa omsättningstillgångar", 3, "fordringar"),
    ("Balansräkning", "Kassa och bank", "tillgång", "Summa omsättningstillgångar", 3, "likvida medel"),
    ("Balansräkning", "Summa omsättningstillgångar", "summa", "SUMMA TILLGÅNGAR", None, None),
    ("Balansräkning", "SUMMA TILLGÅNGAR", "summa", None, None, None),
    ("Balansräkning", "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", "rubrik", None, None, None),
    ("Balansräkning", "Eget kapital", "summa", SUM_EK, None, None),
    ("Balansräkning", "Årets resultat", "årets resultat", "Eget kapital", None, None),
    ("Balansräkning", "Övrigt eget kapital", "eget kapital/skuld", "Eget kapital", None, "eget kapital"),
    ("Balansräkning", "Avsättningar", "summa", SUM_EK, None, None),
    ("Balansräkning", "Avsättningar för pensioner och liknande förpliktelser", "eget kapital/skuld", "Avsättningar",
     4, "avsättningar"),
    ("Balansräkning", "Skulder", "summa", SUM_EK, None, None),
    ("Balansräkning", "Kortfristiga skulder", "eget kapital/skuld", "Skulder", 5, "kortfristiga skulder"),
    ("Balansräkning", SUM_EK, "summa", None, None, None),
    ("Driftsredovisning", "Verksamhetens intäkter", "rubrik", None, None, None),
    ("Driftsredovisning", "Medlemsbidrag", "intäkt", "Verksamhetens nettokostnad", None, None),
    ("Driftsredovisning", "Övriga intäkter", "intäkt", "Verksamhetens nettokostnad", None, None),
    ("Driftsredovisning", "Verksamhetens kostnader", "rubrik", None, None, None),
    ("Driftsredovisning", "Bidrag till insatser", "kostnad", "Verksamhetens nettokostnad", None, None),
    ("Driftsredovisning", "Personalkostnader", "kostnad", "Verksamhetens nettokostnad", None, None),
    ("Driftsredovisning", "Övriga externa kostnader", "kostnad", "Verksamhetens nettokostnad", None, None),
    ("Driftsredovisning", "Verksamhetens nettokostnad", "summa", "Resultat före extraordinära kostnader", None,
     None),
    ("Driftsredovisning", "Finansiella kostnader", "finansiell kostnad", "Resultat före extraordinära kostnader",
     None, None),
    ("Driftsredovisning", "Resultat före extraordinära kostnader", "summa", "Resultat", None, None),
    ("Driftsredovisning", "Resultat", "summa", None, None, None),
]

NOTER = [
    (1, "Verksamhetens intäkter", "konton", "kr"),
    (2, "Verksamhetens kostnader", "konton", "kr"),
    (3, "Omsättningstillgångar", "konton", "kr"),
    (4, "Avsättningar för pensioner", "pensionsavsättning", "tkr"),
    (5, "Kortfristiga skulder", "konton", "kr"),
]

PENSION = [
    (2021, "Nyintjänad pension", 35_100),
    (2021, "Förändring p.g.a. ränte och basbeloppsändringar", 105_200),
    (2021, "Årets utbetalningar", -41_000),
    (2021, "Förändring av löneskatt", 23_159),
    (2021, "Övrig post", -2_000),
    (2020, "Nyintjänad pension", 402_000),
    (2020, "Förändring p.g.a. ränte och basbeloppsändringar", 96_000),
    (2020, "Årets utbetalningar", -5_000),
    (2020, "Förändring av löneskatt", 119_000),
    (2020, "Övrig post", -2_000),
]

BUDGET_ROWS = [
    (2021, "Medlemsbidrag", "Medlemsbidrag", 8_502_000),
    (2021, "Bidrag till insatser", "Bidrag till insatser", 6_400_000),
    (2021, "Personalkostnader", "Personalkostnader", 1_942_000),
    (2021, "Övriga externa kostnader", "Övriga externa kostnader", 796_000),
    (2021, "Finansiella kostnader", "Finansiella kostnader", 5_000),
    (2020, "Medlemsbidrag", "Medlemsbidrag", 8_502_000),
    (2020, "Bidrag till insatser", "Bidrag till insatser", 6_113_000),
    (2020, "Personalkostnader", "Personalkostnader", 2_317_000),
    (2020, "Övriga externa kostnader", "Övriga externa kostnader", 1_105_000),
]

MEMBERS = [("Försäkringskassan och Arbetsförmedlingen", "stat"), ("Region Jämtland Härjedalen", "region")] + [
    (f"{name} kommun", "kommun")
    for name in ("Bergs", "Bräcke", "Härjedalens", "Krokoms", "Ragunda", "Strömsunds", "Åre", "Östersunds")
]

# Invented people: the seed does not name the board.
TERM = (date(2019, 4, 1), date(2023, 3, 31))
BOARD = [
    ("Karin Strand", "ordförande", "Region Jämtland Härjedalen"),
    ("Olof Bergström", "vice ordförande", "Östersunds kommun"),
    ("Maria Näslund", "ledamot", "Försäkringskassan"),
    ("Johan Ek", "ledamot", "Arbetsförmedlingen"),
    ("Eva Holm", "ledamot", "Bergs kommun"),
    ("Per Lundgren", "ledamot", "Bräcke kommun"),
    ("Anna Sjöberg", "ledamot", "Härjedalens kommun"),
    ("Lars Wikström", "ledamot", "Krokoms kommun"),
    ("Sofia Dahl", "ledamot", "Ragunda kommun"),
    ("Erik Nordin", "ledamot", "Strömsunds kommun"),
    ("Lena Forsberg", "ledamot", "Åre kommun"),
    ("Nils Åkerman", "ersättare", "Region Jämtland Härjedalen"),
    ("Ida Persson", "ersättare", "Östersunds kommun"),
]

STAFF = [(2017, 3.6), (2018, 3.1), (2019, 2.8), (2020, 2.6), (2021, 2)]

TEXTS = [
    ("Om förbundet", "Organisation",
     "Samordningsförbundet i Jämtlands län bildades som länsförbund 2011 och är en fristående juridisk "
     "organisation med Arbetsförmedlingen, Försäkringskassan, Region Jämtland Härjedalen samt länets kommuner "
     "som medlemmar.\n"
     "Samordningsförbundet leds av en styrelse till vilken respektive medlem utsett varsin ledamot och "
     "ersättare. Till sin hjälp har styrelsen ett kansli som verkställer styrelsens beslut och har en "
     "länsövergripande uppgift att samordna och utveckla arbetet.\n"
     "Lokala samverkansgrupper finns i länets alla åtta kommuner och består av representanter från förbundets "
     "fyra parter. De lokala samverkansgrupperna har inget formellt ansvar i förhållande till förbundsstyrelsen "
     "men utgör en viktig del i förbundets lokala förankring och förbundets beslut om vilka insatser som ska "
     "genomföras."),
    ("Om förbundet", "Syfte",
     "Syftet med förbundet är att svara för en finansiell samordning mellan förbundets fyra parter.\n"
     "Samordningsförbundet arbetar utifrån Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser "
     "(finsamlagen) och den förbundsordning som beslutats av förbundets medlemmar.\n"
     "Finsamlagens syfte är att ge lokala aktörer möjligheter att utveckla samverkan inom "
     "rehabiliteringsområdet, samordna gemensamma insatser riktade till personer i behov av samordnad "
     "rehabilitering samt underlätta en effektiv resursanvändning."),
    ("Om förbundet", "Vision och värdegrund",
     "Samordningsförbundets vision är att vara ett levande och kraftfullt länsförbund som genom samverkan "
     "bidrar till individers växande och egen försörjning.\n"
     "Förbundets värdegrund utgår från tron på individers egen förmåga till växande genom empati, förståelse, "
     "kunskap och respekt. Verksamheten ska präglas av öppenhet mot omvärlden och en hög grad av "
     "professionalitet."),
    ("Om förbundet", "Uppdrag",
     "De verksamheter som förbundet finansierar kompletterar myndigheternas ordinarie verksamhet. "
     "Samordningsförbundets uppgift är i första hand att verka för att medborgare ska få stöd och "
     "rehabilitering till egen försörjning. På individnivå verkar förbundet genom att finansiera insatser som "
     "bedrivs av de samverkande parterna.\n"
     "Samordningsförbundet stödjer också insatser som syftar till att skapa strukturella förutsättningar för "
     "en effektiv samverkan mellan parterna."),
    ("Verksamhetens utveckling", None,
     "Grundtilldelningen av statliga medel har minskat med ca 5 % per år från år 2018. För 2021 fick dock "
     "förbundet erbjudande om att behålla samma tilldelning som för år 2020.\n"
     "Förbundets grundbemanning uppgår till två heltidsanställda. Under perioden sep–dec har dock en tjänst "
     "varit vakant och förbundet har under denna period varit bemannat med en heltidsanställd.\n"
     "De minskade kostnaderna för året beror delvis på inställda/ändrade aktiviteter till följd av den "
     "pågående pandemin, delvis på förseningar i de insatser förbundet finansierar och delvis på att förbundet "
     "inte varit fullbemannat under sista kvartalet."),
    ("Styrning och uppföljning", None,
     "Förbundet är en fristående juridisk organisation där styrelsen utövar beslutanderätten, förvaltningen "
     "och verkställigheten. I styrelsens ansvar ligger därav ansvar för att den interna kontrollen är "
     "tillräcklig.\n"
     "Förbundsstyrelsen upprättar tertialvisa uppföljningar med helårsprognos för verksamheten och ekonomin.\n"
     "Förbundet genomför riskanalyser och fastställer kontrollåtgärder som en del av den interna kontrollen. "
     "I beredningen inför årets första styrelsesammanträde görs en värdering av identifierade risker och "
     "förslag på kontrollåtgärder upprättas för de risker där åtgärd krävs. Sakkunnig anställd fungerar som "
     "stödfunktion vid denna beredning.\n"
     "Förslaget till riskanalys med tillhörande kontrollåtgärder behandlas av förbundsstyrelsen vid "
     "verksamhetsårets första sammanträde. Återrapportering sker vid det sammanträde då den andra "
     "tertialuppföljningen behandlas, om det inte finns skäl för tidigare återrapportering."),
    ("Viktiga förhållanden", None,
     "Nedan redovisas sådana förhållanden som anses viktiga för bedömningen av förbundets resultat och "
     "ställning. Händelser av väsentlig betydelse samt förbundets förväntade utveckling belyses."),
    ("Viktiga förhållanden", "Bidrag till insatser",
     "Avvikelsen mot budget beror delvis på att förbundsmedlemmarnas förutsättningar för att starta upp nya "
     "insatser och genomföra aktiviteter har påverkats av den pågående pandemin, vilket medfört minskade "
     "kostnader i några finansierade insatser.\n"
     "Detta är orsaker som förbundet inte kunnat påverka."),
    ("Viktiga förhållanden", "Personalkostnader",
     "Huvuddelen av avvikelsen från budget beror på att förbundet inte varit fullt bemannat under sista "
     "kvartalet samt förändring av pensionsavsättningar. Förbundets totala pensionsförpliktelse uppgår på "
     "balansdagen till 1 814 tkr."),
    ("Viktiga förhållanden", "Övriga externa kostnader",
     "Avvikelsen från budget är i huvudsak en följd av den pågående pandemin. Planerade konferenser, "
     "utbildningar och nätverksträffar har ställts in eller genomförts digitalt. Detta har minskat förbundets "
     "kostnader för resor, tillfälligt hyrda lokaler, konferenspaket och deltagaravgifter."),
    ("Viktiga förhållanden", "Finansiella kostnader", "105 tkr avser ränta på pensionsavsättningarna."),
    ("Förväntad utveckling", None,
     "För 2022 erhåller förbundet ett minskat anslag jämfört med 2021. Förbundets totala anslag för 2022 "
     "uppgår till 7 928 tkr.\n"
     "Pandemin förväntas påverka förbundets verksamhet även under 2022. Exempelvis finns en osäkerhet kring om "
     "förbundets kunskaps- och erfarenhetsspridande insatser måste genomföras digitalt.\n"
     "Under året har finansiering beviljats för långsiktiga samverkansstrukturer i Åre och Härjedalens kommun "
     "och inom psykiatrin, samt för insatsen Yrkesinriktad svenska – språkstärkande insatser inom vård- och "
     "omsorg i Bergs kommun. Psykiatrins insats samt den i Bergs kommun förväntas starta upp och börja "
     "förbruka medel under 2022.\n"
     "Styrelsen har beslutat att fortsatt aktivt arbeta för långsiktiga insatser för myndighetssamverkan. "
     "Sådana insatser pågår nu i hela länet. Detta förväntas öka förutsättningarna för att de medel som "
     "avsatts till den finansiella samordningen omsätts i insatser som möter behoven hos länets invånare.\n"
     "En första delrapport från den externa följeutvärderingen av samverkansinsatserna visar att förbundet "
     "tillsammans med styrgrupperna för samverkansinsatserna behöver utveckla arbetet med "
     "insatssamordnarens roll, avvikelsehantering, jämställdhet samt implementering."),
]


def build(target: Path = TARGET) -> None:
    write_workbook(target / FORBUNDET.filename, FORBUNDET, {
        "Uppgifter": {
            "Namn": "Samordningsförbundet Jämtlands län",
            "Organisationsnummer": "222000-0000",
            "Säte": "Östersund",
            "Chefens titel": "förbundschef",
            "Belopp i rapporter": "tkr",
        },
        "Medlemmar": [[name, kind, None] for name, kind in MEMBERS],
        "Styrelse": [[name, role, org, *TERM] for name, role, org in BOARD],
        "Personal": [list(row) for row in STAFF],
    })
    saldon = [
        [day, account, ACCOUNTS[account], amount]
        for day in sorted(BALANCES, reverse=True)
        for account, amount in sorted(BALANCES[day].items())
    ]
    write_workbook(target / REDOVISNING.filename, REDOVISNING, {
        "Saldon": saldon,
        "Kontoplan": [list(row) for row in KONTOPLAN],
        "Rapportrader": [list(row) for row in RAPPORTRADER],
        "Noter": [list(row) for row in NOTER],
        "Pensionsavsättning": [list(row) for row in PENSION],
    })
    write_workbook(target / BUDGET.filename, BUDGET, {
        "Budget": [list(row) for row in BUDGET_ROWS],
        "Tilldelning": [[2020, 4_251_000], [2021, 4_251_000], [2022, 3_964_000]],
    })
    write_workbook(target / VERKSAMHET.filename, VERKSAMHET, {
        "Dokument": [["Årsredovisning", 2021, date(2022, 3, 4), "Östersund"]],
        "Texter": [["Årsredovisning", 2021, section, heading, text] for section, heading, text in TEXTS],
    })


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
