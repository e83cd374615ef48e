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

from pipeline.read.blank import default_texts, write_workbook  # noqa: E402
from pipeline.schema import BUDGET, FORBUNDET, INDIKATORER, INSATSER, REDOVISNING, VERKSAMHET  # noqa: E402

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
    ("Driftsredovisning", "Verksamhetens nettokostnad", "summa", "Resultat före extraordinära poster", None,
     None),
    ("Driftsredovisning", "Finansiella kostnader", "finansiell kostnad", "Resultat före extraordinära poster",
     None, None),
    ("Driftsredovisning", "Resultat före extraordinära poster", "summa", "Resultat", None, None),
    ("Driftsredovisning", "Resultat", "summa", None, None, None),
]

NOTER = [
    (1, "Verksamhetens intäkter", "konton", "kr"),
    (2, "Verksamhetens kostnader", "konton", "kr"),
    (3, "Omsättningstillgångar", "konton", "kr"),
    (4, "Avsättningar för pensioner", "pensionsavsättning", "tkr"),
    (5, "Kortfristiga skulder", "konton", "kr"),
    (6, "Återstående belopp för beslutad finansiering av samverkansinsatser", "ansvarsförbindelse", "kr"),
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


# The grant list. Decisions minus costs give note 6 of the seed (24 621 030 and 17 258 828);
# the costs of each year add up to Bidrag till insatser in the books.
D = date
INSATSER_ROWS = [
    # name, kind, owner, co-applicants, start, end, closed, decisions [(day, §, amount)], costs {year: amount}
    ("Samverkanscirkel Ragunda", "strukturinriktad", "Ragunda kommun",
     "Region Jämtland Härjedalen, Försäkringskassan, Arbetsförmedlingen", D(2020, 1, 1), D(2023, 12, 31), None,
     [(D(2019, 11, 22), "§ 48", 2_600_000)], {2020: 448_800, 2021: 447_085}),
    ("STA Krokom", "strukturinriktad", "Krokoms kommun", "Region Jämtland Härjedalen, Arbetsförmedlingen",
     D(2019, 9, 1), D(2023, 8, 31), None, [(D(2019, 6, 14), "§ 31", 3_000_000)],
     {2019: 166_761, 2020: 580_000, 2021: 987_291}),
    ("SamSam, Bräcke", "strukturinriktad", "Bräcke kommun", "Försäkringskassan, Arbetsförmedlingen",
     D(2020, 1, 1), D(2023, 12, 31), None, [(D(2019, 11, 22), "§ 49", 1_500_000)], {2020: 244_063, 2021: 155_168}),
    ("Samkraft i Berg", "strukturinriktad", "Bergs kommun", "Region Jämtland Härjedalen, Arbetsförmedlingen",
     D(2020, 1, 1), D(2023, 12, 31), None, [(D(2019, 11, 22), "§ 50", 1_500_000)], {2020: 206_075, 2021: 252_933}),
    ("LISS, Strömsund", "strukturinriktad", "Strömsunds kommun", "Försäkringskassan, Arbetsförmedlingen",
     D(2020, 3, 1), D(2024, 2, 29), None, [(D(2020, 2, 21), "§ 8", 3_300_000)], {2020: 213_000, 2021: 616_126}),
    ("ENIG i Östersund", "strukturinriktad", "Östersunds kommun",
     "Region Jämtland Härjedalen, Försäkringskassan, Arbetsförmedlingen", D(2020, 6, 1), D(2024, 5, 31), None,
     [(D(2020, 4, 24), "§ 22", 4_300_000)], {2020: 343_500, 2021: 852_250}),
    ("Kvalitetssäkrad kompetensförsörjning inom vård och omsorg i Härjedalen", "individinriktad",
     "Härjedalens kommun", "Arbetsförmedlingen", D(2020, 1, 1), D(2022, 12, 31), None,
     [(D(2019, 9, 27), "§ 40", 2_300_000)], {2020: 449_945, 2021: 455_053}),
    ("Unga & vuxna till fortsatta studier, Härjedalen", "individinriktad", "Härjedalens kommun",
     "Arbetsförmedlingen, Försäkringskassan", D(2019, 8, 1), D(2022, 7, 31), None,
     [(D(2019, 6, 14), "§ 32", 2_000_000)], {2019: 100_000, 2020: 489_028, 2021: 700_039}),
    ("Jobbcenter 2.0", "strukturinriktad", "Åre kommun", "Arbetsförmedlingen, Försäkringskassan",
     D(2021, 4, 1), D(2024, 12, 31), None, [(D(2021, 3, 5), "§ 12", 3_600_000)], {2021: 216_396}),
    ("Samplanering Härjedalen", "strukturinriktad", "Härjedalens kommun",
     "Region Jämtland Härjedalen, Försäkringskassan, Arbetsförmedlingen", D(2021, 9, 1), D(2024, 12, 31), None,
     [(D(2021, 6, 11), "§ 30", 3_248_157)], {2021: 143_457}),
    ("Psykiatriens roll i samverkan med kommunerna", "strukturinriktad", "Region Jämtland Härjedalen",
     "Länets kommuner", D(2022, 1, 1), D(2024, 12, 31), None, [(D(2021, 10, 22), "§ 47", 4_551_843)], {}),
    ("Yrkesinriktad svenska", "individinriktad", "Bergs kommun", "Arbetsförmedlingen", D(2022, 1, 1),
     D(2023, 12, 31), None, [(D(2021, 12, 10), "§ 60", 788_000)], {}),
    ("Följeutvärdering samverkansstrukturer", "strukturinriktad", "Samordningsförbundet Jämtlands län", None,
     D(2020, 1, 1), D(2021, 12, 31), D(2021, 12, 31),
     [(D(2020, 1, 24), "§ 3", 212_110), (D(2021, 9, 10), "§ 38", 44_258)], {2020: 212_110, 2021: 44_258}),
]
INSATS_PURPOSE = {
    "Samverkanscirkel Ragunda": "Samverkansstruktur med förbundets fyra parter för samplanering kring individer "
                                "i behov av samordnad rehabilitering, med coach som kompletterande insats.",
    "STA Krokom": "Samverkan Till Arbete: samplanering kring individer i behov av samordnad rehabilitering.",
    "Unga & vuxna till fortsatta studier, Härjedalen": "Utveckla en långsiktig, väl implementerad och "
                                                       "fungerande stödorganisation kring studier i "
                                                       "Härjedalens kommun.",
    "Kvalitetssäkrad kompetensförsörjning inom vård och omsorg i Härjedalen": "Tillskapande av jobb och "
                                                                              "handledning.",
}
INSATS_GOALS = [
    ("Samverkanscirkel Ragunda", "Rutin för att fråga om våld implementeras i insatsen", "ja",
     "Rutinen används av samtliga coacher."),
    ("STA Krokom", "Gemensam planering för minst 40 individer per år", "ja", "46 individer 2021."),
    ("SamSam, Bräcke", "Styrgrupp med representanter för alla fyra parter", "ja", None),
    ("Samkraft i Berg", "Minst 20 deltagare per år", "delvis", "14 deltagare 2021."),
    ("LISS, Strömsund", "Minst 25 deltagare per år", "nej", "Uppstarten försenades av pandemin."),
    ("Unga & vuxna till fortsatta studier, Härjedalen", "Minst 30 deltagare påbörjar studier", "ja",
     "34 deltagare har påbörjat studier."),
    ("Kvalitetssäkrad kompetensförsörjning inom vård och omsorg i Härjedalen",
     "15 deltagare får anställning inom vård och omsorg", "delvis", "9 deltagare har fått anställning."),
    ("ENIG i Östersund", "Minst 40 deltagare per år i samplanering", None, None),
]

SURVEYS = [
    ("E1", 2021, "deltagare i pågående insats", "Samverkanscirkeln, STA, Samkraft", 31, 26, 20, 16, 4),
    ("E2", 2021, "deltagare inför avslut", "Samverkanscirkeln, KIVO Härjedalen, Unga & Vuxna till fortsatta studier",
     33, 30, 28, 13, 14),
    ("E3", 2021, "personal i insatser", "Samverkanscirkeln, STA, Samkraft", 29, 24, 15, None, None),
    ("E4", 2021, "beredningsgrupp/LSG", None, 25, 25, 9, None, None),
    ("E5", 2021, "styrelse", None, 11, 11, 3, None, None),
]
QUESTIONS = [
    ("F1", "Mina erfarenheter, kunskaper och synpunkter tas tillvara"),
    ("F2", "Deltagarnas erfarenheter, kunskaper och synpunkter tas tillvara"),
    ("F3", "Det finns strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer"),
    ("F4", "Har ni rutiner för att samarbeta med andra aktörer i arbetet när det gäller insatser för deltagarna?"),
    ("F5", "Jag känner mig mer redo att kunna arbeta eller studera"),
    ("F6", "Jag har fått hjälp att utveckla sätt att hantera min situation"),
]
# Counts on the six steps (inte alls … helt och hållet), chosen to give the seed's percentages.
ANSWERS = [
    ("E1", "F1", "samtliga", (0, 1, 2, 1, 6, 8)),
    ("E2", "F1", "samtliga", (0, 0, 2, 3, 10, 13)),
    ("E2", "F1", "kvinnor", (0, 0, 1, 2, 4, 6)),
    ("E2", "F1", "män", (0, 0, 1, 1, 5, 7)),
    ("E3", "F2", "samtliga", (0, 0, 2, 5, 3, 3)),
    ("E3", "F3", "samtliga", (0, 0, 5, 2, 5, 3)),
    ("E3", "F4", "samtliga", (0, 1, 5, 3, 4, 2)),
    ("E1", "F5", "samtliga", (2, 3, 3, 2, 6, 4)),
    ("E2", "F5", "samtliga", (1, 1, 1, 5, 11, 9)),
    ("E2", "F5", "kvinnor", (0, 1, 1, 2, 5, 4)),
    ("E2", "F5", "män", (1, 0, 0, 3, 5, 5)),
    ("E1", "F6", "samtliga", (1, 2, 1, 2, 6, 7)),
    ("E2", "F6", "samtliga", (0, 2, 2, 2, 9, 13)),
    ("E2", "F6", "kvinnor", (0, 1, 0, 2, 4, 6)),
    ("E2", "F6", "män", (0, 1, 2, 0, 5, 6)),
]
SUS = [(2017, 50, 34), (2018, 108, 79), (2019, 110, 94), (2020, 110, 79), (2021, 104, 74)]

POSITIVE = ("Som positiva svar räknas svarsalternativen till stor del, till mycket stor del och helt och hållet. "
            "Graderingen ”klart positivt” är en summering av de två sistnämnda svarsalternativen.")
GOALS = [
    ("verksamhet", "Minst 100 medarbetare hos förbundets medlemmar deltar i sektorsövergripande "
     "kompetensutveckling för en ökad kunskap om samverkan och parternas olika uppdrag, arbetssätt och "
     "organisation", "uppnått",
     "Under året har förbundet genomfört ”Handläggarforum” del 1 och del 2. Totalt har 174 medarbetare hos "
     "förbundets medlemmar deltagit vid dessa tillfällen.", ""),
    ("verksamhet", "3 länsövergripande dialogmöten anordnas för arbetsgivare och fackliga organisationer för "
     "ökad kunskap kring behovet av en mer inkluderande arbetsmarknad", "delvis uppnått",
     "Förbundet har tecknat avtal med Innanförskapsakademien AB för genomförande av dialogmöten för ökad "
     "kunskap kring behovet av en mer inkluderande arbetsmarknad och breddad rekrytering. Fyra av de planerade "
     "dialogmötena har flyttats fram till första kvartalet 2022.", ""),
    ("verksamhet", "Erfarenheter, kunskaper och synpunkter tas tillvara systematiskt såväl från "
     "deltagare/brukare som från brukarorganisationer eller grupper av deltagare för bättre beslut om vilka "
     "insatser som behöver utvecklas i samverkan", "i hög grad uppnått",
     "Av svaren på indikatorenkäterna framgår att de tillfrågade deltagande individerna anser att deras "
     "erfarenheter, kunskaper och synpunkter tas tillvara i hög grad.\n" + POSITIVE + "\n"
     "Deltagare som står inför ett avslut av insats svarar dessutom i högre grad positivt. Även den personal "
     "som arbetar i samverkansteamen anser i hög grad att deltagarnas erfarenheter, kunskaper och synpunkter "
     "tas tillvara.", "F1, F2"),
    ("verksamhet", "Lokala samverkansteamgruppen utgör en struktur för att initiera, upprätthålla och underhålla "
     "relationer mellan parterna samt för gemensamt lärande", None,
     "Bland de lokala samverkansteamgrupperna (som tillika är styrgrupper i fyrpartssamverkansinsatserna) har "
     "endast en minoritet (36 %) svarat på enkäten. För förbundsstyrelsen uppgår svarsfrekvensen till 27 %. Den "
     "låga svarsfrekvensen gör att det inte går att dra någon slutsats om i vilken utsträckning det kan anses "
     "finnas en struktur för att initiera, upprätthålla och underhålla relationer mellan parterna samt för "
     "gemensamt lärande.", ""),
    ("finansierade insatser", "Finansierade strukturövergripande insatser bidrar till utvecklad samverkan",
     "delvis uppnått",
     "Målet mäts med indikatorenkät till personal i finansierade fyrpartssamverkansinsatser. Majoriteten av "
     "respondenterna anser att det finns strukturer för att initiera, upprätthålla och underhålla relationer "
     "mellan inblandade aktörer. Dock har så många som en tredjedel svarat varken eller.\n" + POSITIVE,
     "F3, F4"),
    ("finansierade insatser", "Deltagare i individinriktade insatser närmar sig egen försörjning",
     "i hög grad uppnått",
     "Av svaren framgår att en majoritet av respondenterna bland deltagare i pågående insatser känner sig mer "
     "redo att kunna arbeta eller studera. Deltagare som står inför ett avslut av insats svarar i mycket högre "
     "grad positivt.\n" + POSITIVE, "F5"),
    ("finansierade insatser", "Deltagare i individinriktade insatser upplever att de fått hjälp att utveckla sätt "
     "att hantera sin situation", "i hög grad uppnått",
     "Deltagare som står inför ett avslut av insats svarar i högre grad positivt än deltagare i pågående "
     "insatser.\n" + POSITIVE, "F6"),
    ("finansierade insatser", "Minst 25 % av registrerade deltagare i individinriktade insatser går vidare till "
     "studier eller arbete", "uppnått",
     "Under året har 29 unika deltagare avslutats (15 kvinnor och 14 män). Efter avslutad insats är det 52 % av "
     "de avslutade deltagarna (5 kvinnor och 10 män) som arbetar och/eller studerar.", ""),
    ("finansiella", "Förbundets egna kapital överstiger inte Nationella rådets rekommendation om storlek på "
     "sparade medel", "ej uppnått", "Det redovisade resultatet innebär att målet inte är uppnått.", ""),
]

COOPERATION = [
    ("Samverkansarbete", None,
     "Samordningsförbundets verksamhet har under året bedrivits utifrån de mål och målgrupper som fastställts "
     "av förbundsstyrelsen i verksamhetsplanen. Till stor del har verksamheten under året präglats av "
     "anpassningar utifrån pandemin, Covid-19.\n"
     "Det samverkansarbete som förbundet har bedrivit har syftat till individers växande och ökade möjligheter "
     "till egen försörjning genom en utvecklad samverkan och kunskapsspridning inom rehabiliteringsområdet.\n"
     "Tre av de fyrpartssamverkansinsatser som förbundet beviljat finansiering har bedrivit ett grundligt "
     "process-, planerings- och förankringsarbete, varför det myndighetsgemensamma individarbetet påbörjas "
     "först 2022."),
    ("Samverkansarbete", "Kunskaps- och erfarenhetsspridande insatser",
     "Förbundet har under året finansierat/genomfört olika kunskaps- och erfarenhetsspridande insatser för sina "
     "medlemmar. På grund av Covid-19 har huvuddelen av dessa insatser genomförts digitalt. Exempel på sådana "
     "aktiviteter är:\n"
     "- Handläggarforum del 1, grundläggande information om de olika myndigheternas uppdrag, regelverk och "
     "arbetssätt\n"
     "- Handläggarforum del 2, seminariedag om ”brukarmedverkan” ur perspektiven demokratisk rättighet och "
     "verksamhetsutveckling\n"
     "- Samjamtdagen, 10-årsjubileum med föredrag och dialog om ungas psykiska hälsa\n"
     "- Nätverksträffar för kunskapsspridning och erfarenhetsutbyte kring jämställdhet"),
    ("Samverkansarbete", "Samordningsförbundets anställda",
     "En viktig del i förbundets samverkansarbete sker genom förbundsanställdas deltagande i och arbete med "
     "olika insatser. Förbundets anställda deltar aldrig i myndighetsutövning eller vid förbundsmedlemmarnas "
     "möten med enskilda individer/deltagare. Förbundets anställda har bland annat:\n"
     "- genomfört workshops för behovskartläggningar och utveckling av samordning mellan parterna\n"
     "- genomfört utbildningar i samordnings-/samverkansmetoder\n"
     "- deltagit i samtliga lokala samverkansgrupper\n"
     "- stöttat personal i förbundsfinansierade insatser"),
]


def build(target: Path = TARGET) -> None:
    write_workbook(target / FORBUNDET.filename, FORBUNDET, {
        "Uppgifter": {
            "Namn": "Samordningsförbundet Jämtlands län",
            "Organisationsnummer": "222000-0000",
            "Säte": "Östersund",
            "Chefens titel": "förbundschef",
            "Belopp i rapporter": "tkr",
            "Antal ledamöter": 11,
        },
        # The seed gives the kommuner's quarter as one sum: the example splits it equally, in so many words.
        "Medlemmar": [[name, kind, {"stat": 0.5, "region": 0.25, "kommun": 0.03125}[kind]] for name, kind in MEMBERS],
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
        "Uppgifter": {"Rad för medlemsbidrag": "Medlemsbidrag"},
        "Budget": [list(row) for row in BUDGET_ROWS],
        "Tilldelning": [[2020, 4_251_000], [2021, 4_251_000], [2022, 3_964_000]],
    })
    write_workbook(target / VERKSAMHET.filename, VERKSAMHET, {
        "Dokument": [["Årsredovisning", 2021, date(2022, 3, 4), "Östersund"]],
        "Texter": [["Årsredovisning", 2021, section, heading, text] for section, heading, text in TEXTS + COOPERATION]
        + default_texts(),
        "Mål": [[2021, category, text, None, None, None, status, comment, None, evidence or None,
                 "eget kapital mot 20 %" if category == "finansiella" else None]
                for category, text, status, comment, evidence in GOALS],
    })
    for year in (2020, 2021):
        listed = sum(costs.get(year, 0) for *_, costs in INSATSER_ROWS)
        assert listed == BALANCES[date(year, 12, 31)][4610], (year, listed)
    write_workbook(target / INSATSER.filename, INSATSER, {
        "Uppgifter": {"Rad i driftsredovisningen": "Bidrag till insatser"},
        "Insatser": [[name, owner, co, kind, start, end, closed, None, INSATS_PURPOSE.get(name), None, None]
                     for name, kind, owner, co, start, end, closed, _, _ in INSATSER_ROWS],
        "Beslut": [[name, day, paragraph, amount, None, None]
                   for name, *_, decisions, _ in INSATSER_ROWS for day, paragraph, amount in decisions],
        "Utfall": [[name, year, amount] for name, *_, costs in INSATSER_ROWS for year, amount in costs.items()],
        "Mål": [list(goal) for goal in INSATS_GOALS],
    })
    write_workbook(target / INDIKATORER.filename, INDIKATORER, {
        "Inställningar": {"Minsta antal svarande per kön": 5},
        "Enkäter": [list(s) for s in SURVEYS],
        "Frågor": [list(q) for q in QUESTIONS],
        "Svar": [[survey, question, group, *counts] for survey, question, group, counts in ANSWERS],
        "Uppföljning Finsam": [list(row) for row in SUS],
    })


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
