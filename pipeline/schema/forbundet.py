"""forbundet.xlsx: the förbund, its members, board and staff."""
from __future__ import annotations

from pipeline import enums
from pipeline.schema.spec import FACTS_HELP, Column, FieldSheet, Kind, TableSheet, WorkbookSpec


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
            FACTS_HELP,
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
                Column("Från", Kind.DATE, "Dagen andelarna gäller från, när de har ändrats: skriv hela den nya "
                       "uppsättningen medlemmar med samma Från (t.ex. 2023-01-01). Ett års medlemsbidrag fördelas "
                       "efter andelarna som gäller årets första dag. Tomt = de första andelarna.", required=False),
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
