"""The parts of the årsredovisning's förvaltningsberättelse that the law asks for (LKBR 11 kap., RKR R15):
a warning for each one that is empty, saying where it is written. The board's own assessments are never
made up, so the document leaves such a part out until staff write it."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.checks.accounting import class_cells
from pipeline.compute.annual_report import BalanceRequirement
from pipeline.compute.known import texts_known
from pipeline.compute.lines import year_result
from pipeline.compute.overview import year_figures
from pipeline.domain import Inputs, Scope, year_end
from pipeline.enums import CashflowClass, DocumentTitle
from pipeline.problems import Problem, Where, incomplete, warning
from pipeline.read.sammantrade import FOLDER
from pipeline.schema import FORBUNDET, TEXT_FOLDER, VERKSAMHET

TITLE = DocumentTitle.ANNUAL_REPORT
REQUIRED_TEXTS = (  # section on the Texter sheet, what the förvaltningsberättelse lacks without it
    ("Styrning och uppföljning", "övriga förhållanden som har betydelse för styrningen och uppföljningen av "
                                 "verksamheten"),
    ("God ekonomisk hushållning", "styrelsens samlade bedömning av om förbundet har haft en god ekonomisk "
                                  "hushållning"),
    ("Händelser efter årets slut", "väsentliga händelser efter räkenskapsårets slut (eller att inga har "
                                   "inträffat)"),
    ("Förväntad utveckling", "förbundets förväntade utveckling"),
)


def _written(inputs: Inputs, scope: Scope, section: str) -> bool:
    return bool(texts_known(inputs.activity, TITLE, scope.year, section, scope.day))


def _texts(inputs: Inputs) -> Where:
    return next_row((t.source for t in inputs.activity.texts), VERKSAMHET.filename, "Texter")


def _write_it(scope: Scope, section: str) -> str:
    return (f"Skriv den på bladet Texter: Dokument Årsredovisning, År {scope.year}, Avsnitt \"{section}\" "
            f"(eller År tomt, om texten gäller varje år), eller under rubriken \"{section}\" i "
            f"{TEXT_FOLDER}/arsredovisning-{scope.year}.docx.")


def required_texts(inputs: Inputs, scope: Scope) -> list[Problem]:
    return [incomplete(_texts(inputs), f"årsredovisningen {scope.year} saknar {what} (LKBR 11 kap.). "
                                       f"{_write_it(scope, section)}", what)
            for section, what in REQUIRED_TEXTS if not _written(inputs, scope, section)]


def staff(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Väsentliga personalförhållanden: the year's staff row, or a text (a förbund without employees)."""
    if scope.year in inputs.forbund.staff or _written(inputs, scope, "Personalförhållanden"):
        return []
    where = next_row(inputs.forbund.staff_sources.values(), FORBUNDET.filename, "Personal")
    return [incomplete([where, _texts(inputs)],
                    f"årsredovisningen {scope.year} saknar väsentliga personalförhållanden (LKBR 11 kap.). Ange "
                    f"{scope.year} på bladet Personal, eller skriv om personalen (t.ex. att förbundet inte har "
                    "egen personal) i avsnittet \"Personalförhållanden\" på bladet Texter.",
                       "väsentliga personalförhållanden")]


def balance_requirement(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The balanskrav: evaluated, or the reason it does not apply; a negative result needs the board's plan."""
    chosen = inputs.forbund.balance_requirement
    if chosen is None:
        return [incomplete(inputs.forbund.facts.at("Balanskravsutredning"),
                        "välj hur årsredovisningen redovisar balanskravet: uppgiften \"Balanskravsutredning\" = ja "
                        "ger en balanskravsutredning, nej att förbundet i stället förklarar varför balanskravet "
                        "inte gäller det (avsnittet \"Balanskrav\" på bladet Texter).",
                           "balanskravsutredning (eller skälet till att balanskravet inte gäller)")]
    if _written(inputs, scope, "Balanskrav"):
        return []
    if not chosen:
        return [incomplete(_texts(inputs), f"årsredovisningen {scope.year} saknar skälet till att balanskravet inte "
                                           f"gäller förbundet. {_write_it(scope, 'Balanskrav')}",
                           "skälet till att balanskravet inte gäller förbundet")]
    outcome = BalanceRequirement(year_result(inputs.accounting, year_end(scope.year)),
                                 tuple(a for a in inputs.accounting.balance_adjustments if a.year == scope.year)).outcome
    if outcome >= 0:
        return []
    return [incomplete(_texts(inputs), f"balanskravsresultatet {scope.year} är negativt ({fmt.kr(outcome)}): "
                                       "årsredovisningen ska säga hur och när det återställs (kommunallagen 11 kap. "
                                       f"12 §). {_write_it(scope, 'Balanskrav')}",
                       "hur och när det negativa balanskravsresultatet återställs")]


def equity_within_limit(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Nationella rådet: eget kapital should not exceed 20 % of the year's revenue; above it, the
    årsredovisning gives the board's plan for it, in its own words."""
    figures = year_figures(inputs.accounting, inputs.forbund.staff, scope.year)
    if not figures.equity_over_limit:
        return []
    message = (f"eget kapital {fmt.kr(figures.equity)} överstiger 20 % av årets intäkter "
               f"({fmt.kr(figures.equity_limit)}), Nationella rådets rekommendation.")
    places = list(class_cells(inputs.accounting, scope.year, CashflowClass.EQUITY))
    if _written(inputs, scope, "Eget kapital"):
        return [warning(places, message)]
    return [incomplete(places + [_texts(inputs)], f"{message} Årsredovisningen saknar styrelsens plan för det. "
                                                  f"{_write_it(scope, 'Eget kapital')}",
                       "styrelsens plan för eget kapital över 20 % av intäkterna")]


def meetings_counted(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The number of board meetings comes from the meeting workbooks, never typed in again."""
    if any(m.day.year == scope.year and m.attendees for m in inputs.meetings):
        return []
    return [warning(Where(FOLDER), f"mappen har inga hållna sammanträden {scope.year}, så årsredovisningen anger "
                                   "inte hur många gånger styrelsen har sammanträtt. Lägg årets sammanträden i "
                                   f"mappen ({fmt.command('finsam init-mote DATUM', 'make init-mote MOTE=DATUM')}) "
                                   "med närvaron ifylld.")]
