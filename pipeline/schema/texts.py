"""The running texts: each document's sections (the Texter sheet, the Word files in texter/) and what belongs in each."""
from __future__ import annotations

from pipeline import enums


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
