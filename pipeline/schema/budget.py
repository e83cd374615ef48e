"""budget.xlsx: the budget, the state's allocation, the forecast and the planned use of equity."""
from __future__ import annotations

from pipeline import enums
from pipeline.schema.spec import FACTS_HELP, Column, FieldSheet, Kind, TableSheet, WorkbookSpec


BUDGET = WorkbookSpec(
    filename="budget.xlsx",
    title="Budget",
    help="Budget per år, tilldelningen av medel från staten, prognos för innevarande år och planerad "
         "användning av eget kapital.",
    sheets=(
        FieldSheet(
            "Uppgifter",
            FACTS_HELP,
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
