"""Writes examples/harnosand-timra/: Samordningsförbundet Härnösand Timrå (seeds 000, 001).

Verksamhetsplan och budget 2022 (seed 001) and delårsrapport 2021 (seed 000). The
books hold one account per report line (the förbund has no account-level data in
the seeds); their amounts are invented so that eget kapital at the end of 2020 is
the seeds' 1 038 000 kr. Board members are those who signed the seeds; the
organisation number is invented.

Run: python tools/examples/harnosand.py
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.read.blank import default_rows, default_texts, write_workbook  # noqa: E402
from pipeline.schema import (  # noqa: E402
    BUDGET,
    FORBUNDET,
    INDIKATORER,
    INSATSER,
    REDOVISNING,
    SAMMANTRADE,
    VERKSAMHET,
)

TARGET = ROOT / "examples" / "harnosand-timra"
NAME = "Samordningsförbundet Härnösand Timrå"

MEMBERS = [("Försäkringskassan Västernorrland, Arbetsförmedlingen", "stat"), ("Region Västernorrland", "region"),
           ("Härnösands kommun", "kommun"), ("Timrå kommun", "kommun")]
TERM = (date(2019, 4, 1), date(2023, 3, 31))
NEW_TERM = (date(2023, 4, 1), date(2027, 3, 31))
BOARD = [  # name, role, organisation, from, to: 2019–2023 as in seeds 000 and 001, then as in seed 002
    ("Lars Kempe", "ordförande", None, *TERM),
    ("Nina Skyttberg", "vice ordförande", None, *TERM),
    ("Anna Reinholdsson Lundberg", "ledamot", None, *TERM),
    ("Hans Skimmermo", "ledamot", None, *TERM),
    ("Mats Höglund", "ledamot", None, *TERM),
    ("Monica Fällström", "ordförande", "Härnösands kommun", *NEW_TERM),
    ("Lars Kempe", "vice ordförande", "Timrå kommun", *NEW_TERM),
    ("Lotta Qvarnlöf", "ledamot", "Försäkringskassan", *NEW_TERM),
    ("Niklas Edén", "ledamot", "Region Västernorrland", date(2023, 9, 13), date(2026, 3, 31)),
    ("Lena Loo", "ledamot", "Arbetsförmedlingen", date(2023, 12, 1), NEW_TERM[1]),
]

ACCOUNTS = {3510: "Bidrag Försäkringskassan", 3511: "Bidrag Region Västernorrland",
            3512: "Bidrag Härnösands kommun", 3513: "Bidrag Timrå kommun", 4610: "Medel för insatser",
            5010: "Arvoden", 7310: "Inhyrd personal", 6410: "Lokalkostnader", 7990: "Övriga kostnader",
            1930: "Bank", 2010: "Eget kapital", 2440: "Kortfristiga skulder"}
# 2020: revenue 3 754 000, costs 3 432 000, result 322 000; eget kapital 716 000 + 322 000 = 1 038 000.
# 2021-06-30: half the year's contributions, costs to date, eget kapital 1 038 000 at the start.
BALANCES = {
    date(2021, 6, 30): {3510: -938_500, 3511: -469_250, 3512: -234_625, 3513: -234_625,
                        4610: 1_380_000, 5010: 64_000, 7310: 412_500, 6410: 12_500, 7990: 61_000,
                        1930: 1_745_000, 2010: -1_038_000, 2440: -760_000},
    date(2020, 12, 31): {3510: -1_877_000, 3511: -938_500, 3512: -469_250, 3513: -469_250,
                         4610: 2_310_000, 5010: 128_000, 7310: 812_000, 6410: 24_000, 7990: 158_000,
                         1930: 1_958_000, 2010: -716_000, 2440: -920_000},
}

BUDGET_ITEMS = [
    ("Lokalkostnader", "Övriga externa kostnader", 25_000),
    ("Resekostnader", "Övriga externa kostnader", 9_000),
    ("Representation", "Övriga externa kostnader", 6_000),
    ("Kontorsmaterial", "Övriga externa kostnader", 1_000),
    ("Arvoden", "Personalkostnader", 135_000),
    ("Övriga kostnader", "Övriga externa kostnader", 14_000),
    ("Inhyrd personal", "Övriga externa kostnader", 825_000),
    ("Utbildning/konferens", "Övriga externa kostnader", 10_000),
    ("Medel för insatser", "Bidrag till insatser", 2_729_000),
]

TEXTS_VP = [
    ("Förbundet", None,
     "En förbundsordning har antagits av huvudmännen. Förbundets uppgifter beskrivs i 6 § förbundsordningen:\n"
     "- Besluta om mål och riktlinjer för den finansiella samordningen\n"
     "- Stödja samverkan mellan samverkansparterna\n"
     "- Finansiera sådana insatser som avses i 2 § lagen (2003:1210) om finansiell samordning av "
     "rehabiliteringsinsatser och som ligger inom de samverkande parternas samlade ansvarsområde\n"
     "- Besluta på vilket sätt de medel som står till förfogande för finansiell samordning ska användas\n"
     "- Svara för uppföljning och utvärdering av rehabiliteringsinsatserna\n"
     "- Upprätta budget och årsredovisning för den finansiella samordningen"),
    ("Förbundet", "Vision",
     "Förbundet stödjer arbetet med att stärka och utveckla enkla samverkansformer mellan kommun, region och "
     "stat, så att enskilda medborgare ökar sina egna möjligheter till egen försörjning och förbättrad hälsa."),
    ("Organisation", "Styrelse",
     "Förbundets arbete leds av en styrelse. Varje förbundsmedlem utser en styrelseledamot och en ersättare. "
     "Ledamöter och ersättare väljs för fyra år räknat från den 1 april, året efter det då val till fullmäktige "
     "i kommuner och landsting har ägt rum. Styrelsen är beslutsför när minst hälften av ledamöterna är "
     "närvarande. Styrelsen marknadsför förbundet på fullmäktigesammanträden eller motsvarande."),
    ("Organisation", "Verkställande tjänsteman",
     "Samordningsförbundet har en verkställande tjänsteman på heltid vars arbetsuppgifter är att leda arbetet "
     "inom förbundet utifrån styrelsens anvisningar. Verkställande tjänsteman är anställd av Timrå kommun och "
     "tjänsten köps därifrån av förbundet.\n"
     "Verkställande tjänsteman ska utgöra processtöd för utvecklingsgrupp och beredningsgrupp.\n"
     "För att hantera förbundets ekonomi finns ett avtal om köp av ekonomitjänst med Timrå kommun."),
    ("Organisation", "Utvecklingsgrupp",
     "På tjänstemannanivå finns utvecklingsgruppen (chefsgruppen), som ansvarar för att förbundet marknadsförs "
     "på den egna personalens arbetsplatsträffar, egna chefsmöten och olika samverkansmöten. "
     "Utvecklingsgruppens ansvar är att kartlägga de behov som finns hos myndigheterna för att bemöta "
     "målgruppens behov optimalt, detta ska ske kontinuerligt."),
    ("Organisation", "Beredningsgrupp",
     "Beredningsgruppen som består av handläggare från de samverkande myndigheterna är viktig för att kartlägga "
     "behov och ge det samverkande stödet som våra målgrupper behöver."),
    ("Organisation", "Revision",
     "Revision görs årligen av huvudmännen utsedda revisorer. Granskning består av om förbundet följt dess "
     "ändamål, föreskrifter, uppgifter och ekonomi/årsredovisning."),
    ("Inriktning", None,
     "I samordningsförbundets uppdrag ingår det att på olika sätt främja, utveckla och organisera samverkan "
     "mellan medlemsparterna så att den fungerar hållbart över tid. Förbundets verksamhet grundas på analyser "
     "och medlemmarnas prioriteringar. Verksamheten ska i så stor utsträckning som möjligt utveckla "
     "medlemmarnas gemensamma ansvarstagande i samverkan.\n"
     "Under 2022 kommer förbundet:\n"
     "- Att finansiera individinriktade samverkansinsatser.\n"
     "- Att finansiera strukturinriktade och kompetensutvecklande insatser som innebär utveckling av samverkan "
     "mellan förbundsmedlemmarna.\n"
     "- Att stödja en förbättrad samverkan mellan myndigheter."),
    ("Målgrupper", None,
     "De samverkansinsatser som Samordningsförbundet finansierar ska rikta sig till personer i förvärvsaktiv "
     "ålder (16–64 år), som är bosatta i Timrå eller Härnösands kommun och som har behov av samverkande "
     "rehabilitering för att förbättra sina förutsättningar att nå egen försörjning."),
    ("Styrelsens mål", "Övergripande mål",
     "Förbundets styrelse har som övergripande mål att inom Härnösands och Timrås kommuns geografiska område "
     "svara för finansiell samordning inom rehabiliteringsområdet mellan kommunerna, regionen, "
     "Försäkringskassa och Arbetsförmedlingen, i syfte att uppnå en effektiv resursanvändning och att på så "
     "vis öka/förbättra den enskildes förmåga att utföra förvärvsarbete."),
    ("Uppföljning och utvärdering", None,
     "Samordningsförbundet använder SUS, som är ett system för uppföljning av resultat av samverkan inom "
     "rehabiliteringsområdet. Målen mäts och följs upp av varje verksamhet via egen uppföljning och via "
     "registrering i systemet för uppföljning av samverkansinsatser (SUS). Via SUS får förbundets parter "
     "tillgång till statistik om de samverkansinsatser som förbunden finansierar.\n"
     "De förbundsmedlemmar som har beviljats medel till projekt/insats ska lämna in delrapport och slutrapport, "
     "om inte annat har överenskommits i avtalet mellan förbundet och projektägare. Slutredovisning och "
     "utvärdering av insatser ska ske skriftligt och muntligt till styrelsen."),
    ("Internkontroll och riskanalys", None,
     "I samband med att verksamhetsplan upprättas görs en riskanalys utifrån dokumentet plan för intern "
     "styrning och kontroll. Riskanalys görs kontinuerligt. Detta sker t.ex. genom uppföljning på "
     "styrelsemötena av såväl hur ekonomin sköts, som hur deltagarverksamheten fortlöper och utvecklas under "
     "verksamhetsåret.\n"
     "En gång per år går ordförande från styrelsen samt verkställande tjänsteman igenom internkontrollplanen för "
     "att minimera risk för att förbundet inte skall kunna leva upp till krav på god kontroll och "
     "redovisningssed.\n"
     "Internkontrollen av Samordningsförbundet följs upp utifrån plan för intern styrning och kontroll för 2022."),
    ("Insatser", None, "Följande insatser planeras under 2022:"),
    ("Kommande ansökningar", "Arbetsförmedlare i samverkan med Arbetsmarknadstorget och kompetenscenter",
     "Arbetsförmedlingen, Timrå kommun och Härnösands kommun har aviserat om att de har för avsikt att lämna in "
     "en ansökan om 400 000 kr till finansiering av en arbetsförmedlare i samverkan med Arbetsmarknadstorget och "
     "Kompetenscenter."),
]

GOALS_2022 = [
    ("verksamhet", "Samordningsförbundet skapar möten och dialog mellan förbundets parter (utvecklingsgruppen).",
     "Mötena ska skapa tillit, kunskapsöverföring och ökad förståelse för varandras uppdrag, vilket även ökar "
     "möjligheterna för en väl fungerande samverkan.",
     "Minst 4 gånger per år ska utvecklingsgruppen sammanträda och effekten av samverkansmötena följs upp via "
     "enkät."),
    ("verksamhet", "Samordningsförbundet använder de årligen tilldelade medlen ändamålsenligt utifrån den "
     "verksamhetsplan och budget som är beslutad.", None,
     "Säkerställs genom att verkställande tjänsteman ger en ekonomisk rapportering vid varje styrelsemöte."),
    ("verksamhet", "Samordningsförbundet anordnar kompetensutvecklingsinsats för förbundsmedlemmarna, där minst "
     "50 medarbetare hos förbundens medlemmar deltar.", None, "Mäts genom att räkna antal deltagare."),
    ("verksamhet", "Samordningsförbundet sprider kunskaper om insatser via Insatskatalogen.", None,
     "Mäts genom enkätundersökning hos förbundsmedlemmarnas anställda."),
    ("finansierade insatser", "I de individinriktade insatserna ska deltagarnas förmåga till att nå "
     "arbetsmarknaden stärkas.", None, "Mäts utifrån del- och slutrapport av insatsens egna uppsatta mål samt SUS."),
    ("finansierade insatser", "De strukturella insatserna ska resultera i effektivare samverkan mellan "
     "insatsens aktuella parter.", None, "Mäts utifrån del- och slutrapport av insatsens uppsatta mål."),
    ("finansierade insatser", "80 % av de totala uppsatta målen ska uppnås.", None,
     "Mäts utifrån insatsernas slutrapporter."),
    ("finansiella", "Verksamheten ska bedrivas inom den budgetram som beslutas av styrelsen.", None, None),
    ("finansiella", "Överskott av kapital skall följa Nationella rådets rekommendation, d v s att inte "
     "överstiga 20 % av intäkterna.", None, None),
    ("finansiella", "Förbundet ska vara självfinansierat genom sina medlemsavgifter och får inte teckna lån "
     "eller krediter.", None, None),
]

# name, owner, co-applicants, kind, start, end, background
INSATSER_ROWS = [
    ("Hälsoprojektet", "Timrå kommun", "Region Västernorrland", "individinriktad",
     date(2021, 1, 1), date(2022, 12, 31),
     "Bakgrunden till projektet är att många av de personer som de möter i verksamheten har "
     "arbetsbegränsningar på grund av fysisk eller psykisk ohälsa. En ohälsa som i många fall går att koppla "
     "till stress, nedsatt kondition och sömnproblematik. Behoven av stöd för att arbeta med hälsan är stora.\n"
     "Tanken är att deltagarna såväl teoretiskt och praktiskt ska ges möjlighet till nya kunskaper inom fyra "
     "livsområden som är viktiga för hälsan; kost, sömn, fysisk aktivitet, kognitiva färdigheter. Det "
     "övergripande målet för projektet är att deltagandet i projektet ger positiva effekter på hälsan och "
     "därigenom också på förmågan till praktik, arbete eller studier."),
    ("Arbetsmarknadstorg i Härnösand", "Härnösands kommun", "Arbetsförmedlingen", "strukturinriktad",
     date(2020, 1, 1), date(2022, 12, 31),
     "Härnösands kommun har en arbetslöshet på 12,7 %. Av de öppet arbetslösa tillhör drygt 81 % den utsatta "
     "gruppen som står särskilt långt ifrån arbetsmarknaden. Målgruppen är i behov av samordnade, parallella "
     "insatser som grundas i samsyn och gemensam planering. Därav föreligger behovet av att skapa en gemensam, "
     "stabil och långsiktig plattform där samsyn och samverkan kan utvecklas.\n"
     "Övergripande mål: att samverkan ska leda till att arbetslösheten hos målgruppen ska minska."),
    ("SIP/SKIP", "Timrå kommun", "Region Västernorrland via Premicare Timrå", "strukturinriktad",
     date(2021, 4, 1), date(2023, 3, 31),
     "Inom socialförvaltningen har det under en längre tid identifierats utvecklingsområden vad avser samverkan "
     "och ansvarsfrågan för försörjningsstödets målgrupper. För att kunna utveckla samverkan med främst regionen "
     "samt andra berörda myndigheter ser socialförvaltningen behov av en ytterligare resurs som arbetar med "
     "samverkan för individ- och familjeomsorgens målgrupp och är ett operativt stöd för handläggare.\n"
     "Det övergripande målet är att utveckla en process mellan socialförvaltningen och berörda myndigheter vad "
     "avser samverkan för målgruppen."),
    ("SKAPA", "Härnösands kommun", "Arbetsförmedlingen", "individinriktad", date(2021, 6, 1), date(2022, 12, 31),
     "Samordnade insatser från olika aktörer ger bättre förutsättningar för att arbetslösa som står långt ifrån "
     "arbetsmarknaden ska få arbete och bli självförsörjande. Progressionsverktyget SKAPA ska användas inom "
     "projektet. Uppföljning ska ske kontinuerligt över individens förflyttning."),
    ("Stärkt samverkan och kompetenshöjande insatser", "Timrå kommun", "Arbetsförmedlingen och Försäkringskassan",
     "strukturinriktad", date(2021, 1, 1), date(2022, 12, 31),
     "Syftet med projektet är att tydliggöra samverkan mellan stat och kommun i kompetenshöjande insatser."),
    ("SAM", "Härnösands kommun", "Region Västernorrland", "strukturinriktad", date(2020, 9, 1),
     date(2021, 12, 31),
     "Bakgrunden till insatsen är att det idag saknas en tydlig samordning och helhetssyn gällande personer med "
     "samsjuklighet som både har psykisk ohälsa och missbruksproblem."),
    ("Extra insatser till utrikesfödda kvinnor", "Härnösands kommun", "Arbetsförmedlingen", "individinriktad",
     date(2021, 3, 1), date(2021, 12, 31),
     "Gruppen utlandsfödda kvinnor som varit flera år i Sverige, som inte inkluderas i samhället, behöver "
     "riktade insatser."),
    ("Insatskatalogen", NAME, None, "strukturinriktad", date(2021, 1, 1), date(2022, 12, 31),
     "Insatskatalogen är ett sökinstrument vars syfte är att effektivisera och rationalisera sökandet efter "
     "insatser för dem i behov av stöd mot egenförsörjning, inkludering och ökad livskvalité. Förbundet är ägare "
     "av Insatskatalogen för den del som rör aktiviteter i Härnösands och Timrås kommun."),
    ("Inspirationsdag", NAME, "Samordningsförbunden i länet", "strukturinriktad", date(2022, 1, 1),
     date(2022, 12, 31),
     "Samordningsförbundet Härnösand Timrå avsätter 15 000 kr till att gemensamt med samordningsförbunden i "
     "länet anordna en inspirationsdag med aktuellt tema."),
    ("Psykiatridagar", "Region Västernorrland", "Sundsvalls kommun, Brukarrådet Västernorrland, "
     "Samordningsförbundet i Sundsvall", "strukturinriktad", date(2021, 1, 1), date(2022, 12, 31),
     "Psykiatridagarna är ett återkommande arrangemang som syftar till ökad förståelse för och kunskap om "
     "psykisk ohälsa, psykiska sjukdomar och dess konsekvenser. Samordningsförbundet har avsatt 30 000 kr till "
     "psykiatridagarna."),
]
# The rows above are the insatser as the delårsrapport of August tells them (seed 000). Texts, co-applicants
# and goals rewritten for the verksamhetsplan in the autumn (seed 001) hold from this day, so that each
# document shows its own.
REWRITTEN = date(2021, 10, 15)

# insats, day, background (None: kept), co-applicants (None: kept)
DESCRIPTIONS = [
    ("Arbetsmarknadstorg i Härnösand", REWRITTEN,
     "Härnösands kommun har ca 25 000 invånare och en arbetslöshet på 12,3 %. Av de öppet arbetslösa tillhör "
     "drygt 81 % den utsatta gruppen som står särskilt långt ifrån arbetsmarknaden. Målgruppen är i behov av "
     "samordnade, parallella insatser som grundas i samsyn och gemensam planering. Därav föreligger behovet av "
     "att skapa en gemensam, stabil och långsiktig plattform där samsyn och samverkan kan utvecklas.\n"
     "Övergripande mål: att samverkan ska leda till att arbetslösheten hos målgruppen ska minska.", None),
    ("Hälsoprojektet", REWRITTEN, None, "Region Västernorrland, Premicare"),
    ("SIP/SKIP", REWRITTEN, None, "Region Västernorrland via Premicare"),
    ("Psykiatridagar", REWRITTEN,
     "Psykiatridagarna är ett återkommande arrangemang som syftar till ökad förståelse för och kunskap om "
     "psykisk ohälsa, psykiska sjukdomar och dess konsekvenser. Styrelsen avser att ta ställning till om och i "
     "så fall med hur mycket medel som förbundet ska medfinansiera arrangemanget 2022.", None),
]

# The insatser's goals in the delårsrapport (seed 000), replaced for these insatser from REWRITTEN.
INSATS_GOALS_INTERIM = [
    ("Arbetsmarknadstorg i Härnösand", "Att samtliga individer som tar del av arbetsmarknadstorgets insatser får en "
     "upprättad planering i syfte att bli självförsörjande."),
    ("Arbetsmarknadstorg i Härnösand", "Att deltagarnas självupplevda anställningsbarhet ska öka."),
    ("Stärkt samverkan och kompetenshöjande insatser", "Att skapa en gemensam förståelse och riktlinjer för "
     "samverkan."),
    ("Stärkt samverkan och kompetenshöjande insatser", "Att mötas på en samverkansyta."),
    ("Stärkt samverkan och kompetenshöjande insatser", "Att skapa samarbetsformer som tydliggörs i en lokal "
     "överenskommelse om samverkan."),
    ("Stärkt samverkan och kompetenshöjande insatser", "Att skapa dialog kring samverkan."),
    ("Stärkt samverkan och kompetenshöjande insatser", "Att tillsammans kartlägga och utveckla nya "
     "kompetenshöjande insatser."),
]

INSATS_GOALS = [
    ("Arbetsmarknadstorg i Härnösand", "Att skapa en organisation med konkreta mål och gemensamma rutiner där "
     "uppdragen är tydliggjorda."),
    ("Arbetsmarknadstorg i Härnösand", "Att samtliga individer som tar del av arbetsmarknadstorgets insatser i "
     "samverkan får en upprättad handlingsplan i syfte att bli självförsörjd."),
    ("Arbetsmarknadstorg i Härnösand", "Att de individer som tar del av arbetsmarknadstorgets insatser i "
     "samverkan tar steg mot ökad grad av självförsörjning."),
    ("SIP/SKIP", "Andelen genomförda samverkansmöten via modellen SIP ska öka, minst 30 möten per år ska "
     "genomföras."),
    ("SIP/SKIP", "Kännedom och praktisk kunskap om lokala överenskommelser mellan region och kommun ska finnas "
     "hos majoriteten av personalen som möter målgruppen hos socialförvaltningen och Premicare."),
    ("SIP/SKIP", "Projektet ska ta fram underlag för implementering."),
    ("SKAPA", "30 % av 50 deltagare som står långt ifrån arbetsmarknaden ska bli självförsörjande genom "
     "exempelvis arbete eller andra ersättningsformer under projekttiden."),
    ("Stärkt samverkan och kompetenshöjande insatser", "En lokal överenskommelse för samverkan ska upprättas."),
    ("Stärkt samverkan och kompetenshöjande insatser", "Öka antalet gemensamma planeringar med parallella "
     "insatser."),
    ("Insatskatalogen", "Att Samordningsförbundet sprider kunskaper om insatser via Insatskatalogen."),
    ("SAM", "Att utifrån erfarenheten av samarbetet kring personer med samsjuklighet i form av psykisk ohälsa och "
     "missbruksproblem utarbeta hållbara rutiner för samarbete mellan Härnösands kommun och regionens "
     "öppenpsykiatri som ska implementeras i respektive organisation."),
    ("Extra insatser till utrikesfödda kvinnor", "10 kvinnor ska få anställning."),
    ("Extra insatser till utrikesfödda kvinnor", "25 kvinnor ska kunna logga in med Bank-Id på Försäkringskassan "
     "och Arbetsförmedlingen."),
    ("Extra insatser till utrikesfödda kvinnor", "Samtliga kvinnor som har barn i skolan ska ha kännedom om "
     "skolplattformen."),
    ("Psykiatridagar", "Att bidra till ökad förståelse och kunskap kring psykisk ohälsa, psykiatriska sjukdomar "
     "och dess konsekvenser."),
]

BUDGET_2021 = [
    ("Medel för insatser", "Bidrag till insatser", 3_053_000),
    ("Inhyrd personal", "Övriga externa kostnader", 800_000),
    ("Arvoden", "Personalkostnader", 128_000),
]
# Forecasts for 2021: in August (the delårsrapport) and in November (the verksamhetsplan).
FORECASTS = [
    (2021, "Verksamhetens intäkter", 3_754_000, date(2021, 8, 20)),
    (2021, "Verksamhetens kostnader", 4_589_000, date(2021, 8, 20)),
    (2021, "Kortfristiga skulder", 1_000_000, date(2021, 8, 20)),
    (2021, "Verksamhetens kostnader", 4_514_000, date(2021, 11, 12)),
]

TEXTS_INTERIM = [
    ("Sammanfattning", None,
     "Samordningsförbundet i Härnösand Timrå har arbetat enligt inriktningen att genom finansiell samordning inom "
     "rehabiliteringsområdet (SFS 2003:1210) möjliggöra en förbättrad förmåga att utföra förvärvsarbete för "
     "personer som befinner sig långt ifrån arbetsmarknaden samt uppnå en effektivare resursanvändning.\n"
     "Styrelsen har under våren haft 4 st protokollförda styrelsesammanträden.\n"
     "Samordningsförbundets verkställande tjänsteman samverkar i olika nätverk på lokal och regional nivå. "
     "Förbundet samverkar även regelbundet med de andra förbunden i länet, vilket medfört kunskapsutbyte och "
     "bidrar till utveckling av den finansiella samordningen.\n"
     "Samverkansarbetet har under våren 2021 fortsatt blivit påverkat av pandemin, på så sätt att det inte varit "
     "möjligt att träffas på samma sätt som tidigare, men möten genomförs numera via webben."),
    ("Om förbundet", "Organisation",
     "Samordningsförbundet är en fristående juridisk organisation med Arbetsförmedlingen, Försäkringskassan, "
     "Region Västernorrland samt Härnösands och Timrås kommun som medlemmar. Samordningsförbundet leds av en vald "
     "styrelse med representanter från samtliga fem myndigheter. Styrelsen har till sin hjälp en verkställande "
     "tjänsteman."),
    ("Om förbundet", "Historik", "Samordningsförbundet Härnösand-Timrå bildades den 30 november 2005."),
    ("Om förbundet", "Lagrum",
     "Samordningsförbundet verkar utifrån lagen om finansiell samordning av rehabiliteringsinsatser (2003:1210) "
     "och förbundsordningen som beslutats av samordningsförbundets medlemmar.\n"
     "Samordningsförbundet följer även lagen (2018:597) om kommunal bokföring och redovisning och kommunallagen "
     "(2017:725) i tillämpliga delar."),
    ("Om förbundet", "Uppdrag",
     "De verksamheter som förbundet finansierar kompletterar myndigheternas ordinarie verksamhet. "
     "Samordningsförbundets uppgift är i första hand att verka för att medborgare ska få stöd och rehabilitering "
     "till egen försörjning."),
    ("Om förbundet", "Verksamhetsidé och vision",
     "Förbundet verkar för att stärka och utveckla enkla samverkansformer mellan kommun, region och stat, så att "
     "enskilda medborgare ökar sina egna möjligheter till egen försörjning och förbättrad hälsa."),
    ("Om förbundet", "Målgrupper",
     "De samverkansinsatser som Samordningsförbundet Härnösand Timrå finansierar ska rikta sig till personer i "
     "förvärvsaktiv ålder, 16–64 år, som är bosatta i Timrå eller Härnösands kommun och som har behov av "
     "samverkande rehabilitering."),
    ("Verksamhetsmål", None,
     "Förbundets styrelse har som övergripande mål att inom Härnösands och Timrå kommuns geografiska område "
     "svara för finansiell samordning inom rehabiliteringsområdet mellan kommunerna, regionen, Försäkringskassan "
     "och Arbetsförmedlingen, i syfte att uppnå en effektiv resursanvändning och att på så vis öka/förbättra den "
     "enskildes förmåga att utföra förvärvsarbete."),
    ("Insatser", None,
     "För 2021 års verksamhet har styrelsen beslutat att fortsätta prioritera individinriktade insatser samt att "
     "fokusera på att stärka den strukturella samverkan och utvecklingen av befintliga samverkansplattformar.\n"
     "Följande insatser finansierar förbundet under 2021:"),
    ("Styrelsens arbete", "Styrelsen",
     "Styrelsen har under våren haft 4 protokollförda styrelsesammanträden. Efter att styrelsen tagit del av "
     "2020 års revision kommer styrelsen under hösten att arbeta med de rekommendationer som framkom i "
     "revisionen."),
    ("Styrelsens arbete", "Verkställande tjänsteman",
     "Förbundet har en verkställande tjänsteman vars uppgift är att leda arbetet inom förbundet utifrån "
     "styrelsens anvisningar. Verkställande tjänsteman är anställd av Timrå kommun, men tjänsten köps av "
     "förbundet. Förbundet har köpt 10 % tjänst för ekonomistöd av Timrå kommun."),
    ("Styrelsens arbete", "Utvecklingsgruppen",
     "Utvecklingsgruppen består av tjänstemannarepresentanter i beslutande ställning från Försäkringskassan, "
     "Region Västernorrland, Härnösand och Timrå kommun. Gruppen har under våren haft 2 möten och granskat de "
     "ansökningar som kommit in och gett rekommendationer till styrelsen för kommande beslut."),
    ("Ekonomiskt utfall", None,
     "Kostnaderna för insatserna/projekten kommer att bli mycket större än tidigare planerat för 2021 års "
     "verksamhet, detta på grund av att styrelsen under våren beslutat att bevilja medel till fler ansökningar "
     "och då använda medel från det egna kapitalet."),
]

GOALS_2021 = [  # category, goal, kommentar, prognos, beräknas
    ("verksamhet", "Minst 50 medarbetare hos förbundsmedlemmar deltar i sektorsövergripande kompetensutveckling.",
     "Planen var inför 2021 att genomföra en fysisk träff med förbundsmedlemmarnas medarbetare, men på grund av "
     "det fortsatta pandemiläget blir det svårt att genomföra den under 2021. Istället för denna träff planeras "
     "nu länsgemensamma föreläsningar med temat ”Västernorrland fritt från våld”, som ska genomföras under "
     "november.", "Prognosen är att minst 50 medarbetare hos förbundsmedlemmarna kommer att delta i de "
     "kompetenshöjande föreläsningarna.", None),
    ("verksamhet", "Genomföra en behovsanalys – utveckla arbetet med att använda helårsekvivalenter.",
     "Under våren har utvecklingsgruppen tittat på medlemmarnas behov utifrån tidigare erfarenheter, egna "
     "verksamhetens statistik och aktuell omvärldsbevakning/forskning och utifrån det har ytterligare "
     "projektansökningar till förbundet upprättats.",
     "Prognosen är att verkställande tjänsteman till hösten, efter fördjupning i arbetet med helårsekvivalenter, "
     "tillsammans med utvecklingsgruppen arbetar med att utveckla behovsanalys med hjälp av helårsekvivalenter.",
     None),
    ("verksamhet", "Genomföra ett medlemssamråd.",
     "Verkställande tjänsteman sitter med i arbetsgruppen för planering av årets medlemssamråd, som är "
     "senarelagt till den 10 september.", None, None),
    ("verksamhet", "Sprida kunskap om Samordningsförbundets syfte, verksamhet och resultat hos medlemmarna.",
     "Verkställande tjänsteman har tillsammans med övriga förbund i länet givit ut ett första nyhetsbrev och det "
     "planeras för ytterligare ett under hösten.", None, None),
    ("finansierade insatser", "Ökad samverkan mellan projektets/insatsens aktuella parter efter avslutat "
     "projekt/insats.", None, None, None),
    ("finansierade insatser", "80 % av de totala uppsatta målen ska uppnås.",
     "Deluppföljning har genomförts där insatserna har rapporterat hur det hittills har gått samt gjort en "
     "prognos för uppsatta mål. Styrelsen har hittills bedömt att ingen åtgärd behöver göras.", None, None),
    ("finansiella", "Verksamheten ska bedrivas inom den budgetram som beslutats av styrelsen.",
     "Styrelsen lade i sin budget och verksamhetsplan för 2021 en budget med underskott. Under våren har "
     "styrelsen även tagit beslut om att bevilja ytterligare ansökningar för att använda det egna kapitalet, som "
     "har blivit alldeles för stort enligt Nationella rådets riktlinjer.", None, None),
    ("finansiella", "Överskott av kapital ska följa Nationella rådets rekommendation, d v s att inte överstiga "
     "20 % av intäkterna.",
     "Eftersom förbundet har byggt upp ett eget kapital som överstiger 20 % av intäkterna har styrelsen under "
     "våren beslutat att bevilja medel till fler ansökningar och då använda medel från det egna kapitalet.", None,
     "eget kapital mot 20 %"),
    ("finansiella", "Förbundet ska vara självfinansierat genom medlemsavgifter och får inte teckna lån eller "
     "krediter.", "Förbundet har inte tecknat några lån eller krediter.", None, None),
]
# The insatser whose final reports the meeting of 2023-11-24 approved (seed 002, § 112, § 116–119).
INSATSER_2023 = [
    ("Tillsammans för inkludering", "Härnösands kommun", "Arbetsförmedlingen", "individinriktad",
     date(2022, 9, 1), date(2023, 10, 31), "Insats för att vuxna med synnedsättning ska komma ut i arbete."),
    ("Arbetsmarknadstorget Härnösand", "Härnösands kommun", "Arbetsförmedlingen", "strukturinriktad",
     date(2023, 1, 1), date(2023, 12, 31), "Fortsatt utveckling av teamarbetet på Arbetsmarknadstorget."),
    ("Stärkt samverkan och parallella insatser", "Timrå kommun", "Försäkringskassan", "strukturinriktad",
     date(2023, 1, 1), date(2023, 12, 31), "Kommuninternt flöde av individer i behov av samordnade insatser."),
    ("Samordningskoordinator", "Region Västernorrland", "Härnösands kommun", "individinriktad",
     date(2023, 1, 1), date(2023, 12, 31), "Samordningskoordinator vid psykiatriska mottagningen i Härnösand."),
    ("AF-handläggare i samverkan", "Arbetsförmedlingen", "Härnösands och Timrås kommun", "strukturinriktad",
     date(2023, 1, 1), date(2023, 12, 31), "Arbetsförmedlare i samverkan kring anställning med lönestöd."),
]
DECISIONS_2023 = [
    ("Tillsammans för inkludering", date(2022, 6, 10), "§ 30", 450_000),
    ("Arbetsmarknadstorget Härnösand", date(2022, 11, 25), "§ 118", 1_200_000),
    ("Stärkt samverkan och parallella insatser", date(2022, 11, 25), "§ 119", 400_000),
    ("Samordningskoordinator", date(2022, 11, 25), "§ 120", 350_000),
    ("AF-handläggare i samverkan", date(2022, 11, 25), "§ 121", 200_000),
]

DECISIONS = [
    ("Arbetsmarknadstorg i Härnösand", date(2019, 11, 29), "§ 44", 1_200_000),
    ("Hälsoprojektet", date(2020, 11, 27), "§ 52", 1_100_000),
    ("Stärkt samverkan och kompetenshöjande insatser", date(2020, 11, 27), "§ 53", 900_000),
    ("SAM", date(2020, 6, 12), "§ 30", 450_000),
    ("SIP/SKIP", date(2021, 3, 26), "§ 14", 1_150_000),
    ("Extra insatser till utrikesfödda kvinnor", date(2021, 2, 26), "§ 8", 380_000),
    ("SKAPA", date(2021, 5, 28), "§ 24", 960_000),
    ("Insatskatalogen", date(2021, 2, 26), "§ 9", 159_000),
    ("Psykiatridagar", date(2020, 11, 27), "§ 54", 30_000),
    ("Inspirationsdag", date(2021, 11, 26), "§ 61", 15_000),
]


AGENDA = [  # rubrik, typ, text, beslut (tomt = standardbeslutet), and for ansökan/slutrapport the details
    ("Mötets öppnande", "mötets öppnande",
     "Ordförande hälsar alla välkomna till styrelsemöte och förklarar mötet öppnat. Vi startar med en kort "
     "presentationsrunda med anledning av att Niklas Edén är ny ledamot. Lena Loo som är med på mötet, är utsedd "
     "från Arbetsförmedlingen som ny ordinarie ledamot, men till dagens möte har Arbetsförmedlingens "
     "beslutsunderlag gällande nyvalet av ledamot inte inkommit till förbundet, därav deltar Lena på mötet, dock "
     "inte vid något styrelsebeslut.", None, {}),
    ("Godkännande av dagordning", "godkännande av dagordning",
     "Med anledning av att mötet kom igång så sent på grund av tekniskt strul, så har vissa punkter i dagordningen "
     "bytt plats för att kunna hålla de tider som är inbokade för muntlig dragning av ansökningar.", None, {}),
    ("Val av justerare", "val av justerare", None, None, {}),
    ("Dialog med Coompanion", "information",
     "Kerstin Stickler från Coompanion är inbjuden till dagens möte för att berätta om Coompanion. Kerstin "
     "berättar om bakgrunden och att Coompanions syfte är att främja entreprenörskap som värnar om social, "
     "ekonomisk och miljömässig hållbarhet.\n"
     "Samtal fördes även med Kerstin om vikten av denna typ av företag och att det vid Torsbodaetableringen kan "
     "bli ett ökat behov.", "Att tacka för informationen och samtalet.", {}),
    ("Slutrapport – Tillsammans för inkludering", "slutrapport",
     "Linda Jörgensen och Jenny Eriksson ger en muntlig slutrapport av insatsen Tillsammans för inkludering. "
     "Under projekttiden har 6 personer kommit ut på en arena.\nSamtliga 3 projektmål har uppfyllts.",
     "Att tacka för informationen.\nAtt godkänna den skriftliga slutrapporten under förutsättning att den inkommer "
     "med parternas underskrifter samt betala ut det beviljade medlet.",
     {"insats": "Tillsammans för inkludering", "pay": "ja"}),
    ("Föregående protokoll", "övrigt",
     "Förbundschefen fick vid föregående möte i uppdrag att till dagens möte ta fram uppgifter om digital "
     "signering och hemsidan. Redovisning och beslut i dessa frågor tas vid egna beslutspunkter.",
     "Att lägga protokollet till handlingarna.", {}),
    ("Valärende – Regionfullmäktige Region Västernorrland", "valärende",
     "Regionfullmäktige har vid sitt möte 13 september 2023 för perioden 230913-260331 utsett Niklas Edén till "
     "ordinarie ledamot i Samordningsförbundet Härnösand Timrås styrelse.", None, {}),
    ("Valärende – Kommunstyrelsen Timrå kommun", "valärende",
     "Timrå kommuns kommunstyrelse har vid sitt möte 10 oktober 2023 för perioden 230401-270331 utsett Mari "
     "Eliasson som kommunens representant till Samordningsförbundets ägarsamråd.", None, {}),
    ("Slutrapport – Arbetsmarknadstorget Härnösand", "slutrapport",
     "En skriftlig slutrapport från Arbetsmarknadstorget Härnösand har inkommit.\nAv projektets 5 mål har 3 "
     "uppnåtts och ett delvis uppnåtts. Ett mål har inte kunnat redovisats.", None,
     {"insats": "Arbetsmarknadstorget Härnösand", "pay": "ja"}),
    ("Slutrapport – Stärkt samverkan och parallella insatser", "slutrapport",
     "En skriftlig slutrapport har inkommit. Totalt har 131 individer aktualiserats till Kompetenscenter 2023.\n"
     "Samtliga av projektets 6 mål har uppnåtts.",
     "Att godkänna slutrapporten och betala ut resterande beviljade medlet.",
     {"insats": "Stärkt samverkan och parallella insatser", "pay": "ja"}),
    ("Slutrapport – Samordningskoordinator", "slutrapport",
     "En skriftlig slutrapport har inkommit.\nAv projektets 3 mål har 2 uppnåtts och 1 har delvis uppnåtts.",
     "Att godkänna slutrapporten och betala ut det resterande beviljade medlet.",
     {"insats": "Samordningskoordinator", "pay": "ja"}),
    ("Slutrapport – AF-handläggare i samverkan", "slutrapport",
     "En skriftlig slutrapport har inkommit.\nDet uppsatta projektmålet är uppfyllt.", None,
     {"insats": "AF-handläggare i samverkan", "pay": "ja"}),
    ("Ansökan – Stärkt samverkan och parallella insatser", "ansökan",
     "Veronika Åström gör en muntlig dragning av Timrå kommuns ansökan som görs tillsammans med "
     "Försäkringskassan där de ansöker om 400 000 kronor under 2024, till förlängning av insatsen Stärkt "
     "samverkan och parallella insatser. Projekttiden är 240101-241231.", None,
     {"insats": "Stärkt samverkan och parallella insatser", "applicant": "Timrå kommun",
      "co": "Försäkringskassan", "amount": 400_000}),
    ("Ansökan – Helhetslyftet", "ansökan",
     "Veronika Åström gör en muntlig dragning av Timrå kommuns ansökan som görs tillsammans med Region "
     "Västernorrland där de ansöker om 100 000 kronor under 2024 till insatsen Helhetslyftet. Projekttid "
     "240101-241231.", None,
     {"insats": "Helhetslyftet", "applicant": "Timrå kommun", "co": "Region Västernorrland",
      "kind": "individinriktad", "amount": 100_000}),
    ("Ansökan – Arbetsmarknadstorget Härnösand", "ansökan",
     "Åsa Vestling gör en muntlig dragning av Härnösands kommuns ansökan, som görs tillsammans med "
     "Arbetsförmedlingen, där de ansöker om 1 250 000 kronor under 2024 till insatsen Arbetsmarknadstorget. "
     "Projekttid 240101-241231.", None,
     {"insats": "Arbetsmarknadstorget Härnösand", "applicant": "Härnösands kommun", "co": "Arbetsförmedlingen",
      "amount": 1_250_000}),
    ("Ansökan – Arbetsförmedlare i samverkan", "ansökan",
     "Lena Loo gör en muntlig dragning av Arbetsförmedlingens ansökan, som görs tillsammans med Härnösands och "
     "Timrås kommun, där de ansöker om 200 000 kronor under 2024 till insatsen Arbetsförmedlare i samverkan med "
     "Arbetsmarknadstorget Härnösand och Kompetenscenter Timrå. Projekttid 240101-241231.", None,
     {"insats": "Arbetsförmedlare i samverkan", "applicant": "Arbetsförmedlingen",
      "co": "Härnösands och Timrås kommun", "kind": "strukturinriktad", "amount": 200_000}),
    ("Fastställande av 2024 års budget- och verksamhetsplan", "verksamhetsplan och budget",
     "Förbundschefen redovisar innehållet i det upprättade förslaget till budget och verksamhetsplan för "
     "verksamhetsåret 2024 med plan för 2025 och 2026.", None, {}),
    ("Försäkringskassans beslut om styrelsens ansvarsfrihet", "valärende",
     "Försäkringskassan har beslutat att godkänna Samordningsförbundet Härnösand Timrås årsredovisning för 2022 "
     "samt att bevilja ansvarsfrihet för verksamhetsåret.", None, {}),
    ("Digital signering", "övrigt",
     "Förbundschefen har tidigare fått uppdraget att kolla upp kostnaden för att teckna avtal med företag för "
     "digital signering. Förbundschefen ger exempel på kostnaden.",
     "Att det inte är aktuellt att teckna något avtal i dagsläget, med anledning av att det handlar om så få "
     "underskrifter per år.", {}),
    ("Hemsidan", "övrigt",
     "Förbundschefen informerar om möjligheten att fortsätta ha hemsidan via Sundsvalls kommun.",
     "Att fortsätta ha en gemensam hemsida via Sundsvalls kommun.", {}),
    ("Ekonomi", "ekonomi",
     "- Budgetuppföljning\nFörbundschefen visar ekonomirapporterna per den 9 november 2023. Insatsägaren till "
     "insatsen Samordningskoordinator har meddelat att de inte kommer att ta ut hela beviljade medlet, utan det "
     "blir ca 30 000 kr mindre.", None, {}),
    ("Beslut om statlig medelstilldelning 2024", "valärende",
     "Försäkringskassan har tagit beslut om att den föreslagna medelstilldelningen till samordningsförbunden för "
     "2024 godkänns i sin helhet. Till Samordningsförbundet Härnösand Timrå tilldelas 1 873 000 kronor.", None, {}),
    ("Beslut om plan för intern styrning och kontroll", "övrigt",
     "Styrelsen går igenom plan för intern styrning och kontroll för 2024.",
     "Att godkänna det upprättade förslaget på plan för intern styrning och kontroll för verksamhetsåret 2024.", {}),
    ("Beslut om risk och väsentlighetsanalys för 2024", "övrigt",
     "Styrelsen går igenom de områden som finns omnämnda i förslaget av risk och väsentlighetsanalys för 2024.",
     "Att godkänna det upprättade förslaget på risk och väsentlighetsanalys för verksamhetsåret 2024.", {}),
    ("Uppföljning av internkontrollplan", "övrigt",
     "På grund av sjukdom har ordförande och förbundschefen ännu inte genomfört uppföljningen av "
     "internkontrollplanen, men det ska genomföras och redovisas på nästa styrelsemöte.",
     "Att uppföljningen redovisas på nästa styrelsemöte.", {}),
    ("Sammanträdesplan för 2024", "övrigt",
     "Förslag på mötestider för styrelsen under 2024:\n- Fre. 2 februari i Timrå, kl. 9–12\n- Fre. 22 mars i "
     "Härnösand, kl. 9–12\n- Fre. 31 maj i Timrå, kl. 9–12\n- Fre. 13 september i Härnösand, kl. 9–12\n- Fre. 11 "
     "oktober verksamhetsplaneringsdag Timrå, kl. 9–15\n- Fre. 29 november i Härnösand, kl. 9–12",
     "Att fastställa mötesplanen för 2024 enligt upprättat förslag.\nAtt förbundschefen skickar ut "
     "mötesbokningarna i Outlook.", {}),
    ("Informations- och rapportärenden", "information",
     "- Norrlandskonferensen\n- Psykiatridagarna\n- Välfärdsguiden\n- NNS styrelseprotokoll 231020\n- 23 nov. "
     "digitalt seminarium – Kapacitet vård och omsorg glesbygd",
     "Att tacka för informationen och lägga den till handlingarna.", {}),
    ("Utbildning, konferenser samt inbjudningar", "övrigt", "Inget aktuellt.", None, {}),
    ("Övriga frågor", "övrigt", "Ingen fråga anmäld.", None, {}),
    ("Nästa möte", "nästa möte", "2 februari i Timrå.", None, {}),
    ("Mötets avslutning", "mötets avslutning",
     "Ordförande tackar för ett bra möte och avslutar med att önska samtliga god jul och gott nytt år.", None, {}),
]
MEETING = {
    # Seed 002 gives no time, and no day of justering: the example justerar on the last day the law allows,
    # which makes the seed's posting on 2023-12-12 two days late, and its taking down after 15 days early.
    "Möte": {"Datum": date(2023, 11, 24), "Plats": "Arbetsmarknadstorget Härnösand, Köpmangatan 5",
             "Justerare": "Niklas Edén", "Protokollförare": "Ulrika Sahlin", "Första paragraf": 108,
             "Justeras": date(2023, 12, 8), "Anslag uppsatt": date(2023, 12, 12), "Anslag nedtas": date(2023, 12, 27),
             "Förvaringsplats": "Härnösands kommun"},
    "Närvaro": [
        ["Monica Fällström", "ordinarie ledamot", "Härnösands kommun", None, None, None, None],
        ["Lars Kempe", "ordinarie ledamot", "Timrå kommun", None, None, None, None],
        ["Niklas Edén", "ordinarie ledamot", "Region Västernorrland", None, None, None, None],
        ["Lotta Qvarnlöf", "ordinarie ledamot", "Försäkringskassan", None, None, 124,
         "digital närvaro, avvek kl. 12.00"],
        ["Lena Loo", "övrig", "Arbetsförmedlingen", None, None, None, None],
        ["Ulrika Sahlin", "övrig", "förbundschef", None, None, None, None],
    ],
    "Dagordning": [
        [title, kind, text, decisions, extra.get("insats"), extra.get("applicant"), extra.get("co"),
         extra.get("kind"), extra.get("amount"), date(2024, 1, 1) if kind == "ansökan" else None,
         date(2024, 12, 31) if kind == "ansökan" else None, extra.get("pay")]
        for title, kind, text, decisions, extra in AGENDA
    ],
}


REPLACED_GOALS = {name for name, _ in INSATS_GOALS_INTERIM}


def build(target: Path = TARGET) -> None:
    write_workbook(target / FORBUNDET.filename, FORBUNDET, {
        "Uppgifter": {"Namn": NAME, "Organisationsnummer": "222000-0001", "Säte": "Härnösand",
                      "Bildat": date(2005, 11, 30), "Chefens titel": "förbundschef",
                      "Belopp i rapporter": "tkr", "Antal ledamöter": 5},
        "Medlemmar": [[name, kind, {"stat": 0.5, "region": 0.25, "kommun": 0.125}[kind]] for name, kind in MEMBERS],
        "Styrelse": [list(member) for member in BOARD],
        "Personal": [[2020, 1, None, None, "Timrå kommun"], [2021, 1, None, None, "Timrå kommun"]],  # seed 000
    })
    rows = default_rows()
    rows["Saldon"] = [[day, account, ACCOUNTS[account], amount]
                      for day, balances in BALANCES.items() for account, amount in sorted(balances.items())]
    write_workbook(target / REDOVISNING.filename, REDOVISNING, rows)
    budget = [[2021, name, line, amount] for name, line, amount in BUDGET_2021]
    budget += [[year, name, line, amount] for year in (2022, 2023, 2024) for name, line, amount in BUDGET_ITEMS]
    write_workbook(target / BUDGET.filename, BUDGET, {
        "Uppgifter": {"Rad för medlemsbidrag": "Medlemsbidrag"},
        "Budget": budget,
        "Tilldelning": [[year, 1_877_000] for year in range(2020, 2025)],
        "Prognos": [list(f) for f in FORECASTS],
        "Eget kapital": [[2021, 227_000, "2020-11-27 § 50"]],
    })
    write_workbook(target / VERKSAMHET.filename, VERKSAMHET, {
        "Dokument": [["Delårsrapport", 2021, date(2021, 8, 27), "Härnösand"],
                     ["Verksamhetsplan", 2022, date(2021, 11, 26), "Timrå"]],
        "Texter": [["Delårsrapport", 2021, section, heading, text] for section, heading, text in TEXTS_INTERIM]
        + [["Verksamhetsplan", 2022, section, heading, text] for section, heading, text in TEXTS_VP]
        + default_texts(),  # as `init` writes them; seed 000 states no principles
        "Mål": [[2021, category, text, None, None, None, None, None, None, None, computed]
                for category, text, comment, forecast, computed in GOALS_2021]
        + [[2022, category, text, how, measure, None, None, None, None, None, None]
           for category, text, how, measure in GOALS_2022],
        # The delårsrapport's follow-up belongs to its period end, not to the year's.
        "Uppföljning": [[2021, text, date(2021, 6, 30), None, comment, forecast]
                        for category, text, comment, forecast, computed in GOALS_2021],
    })
    write_workbook(target / INSATSER.filename, INSATSER, {
        "Uppgifter": {"Rad i driftsredovisningen": "Bidrag till insatser"},
        "Insatser": [[name, owner, co, kind, start, end, None, background, None, None, None]
                     for name, owner, co, kind, start, end, background in INSATSER_ROWS + INSATSER_2023],
        "Beslut": [[name, day, paragraph, amount, None, None]
                   for name, day, paragraph, amount in DECISIONS + DECISIONS_2023],
        "Beskrivningar": [[name, day, background, None, None, None, co] for name, day, background, co in DESCRIPTIONS],
        "Mål": [[name, goal, None, None, None] for name, goal in INSATS_GOALS_INTERIM]
        + [[name, goal, None, None, REWRITTEN if name in REPLACED_GOALS else None] for name, goal in INSATS_GOALS],
    })
    write_workbook(target / INDIKATORER.filename, INDIKATORER, {
        "Inställningar": {"Minsta antal svarande per kön": 5},
    })
    write_workbook(target / "sammantraden" / "2023-11-24.xlsx", SAMMANTRADE, MEETING)


if __name__ == "__main__":
    build()
    print(f"wrote {TARGET}")
