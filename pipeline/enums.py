"""Fixed values of the input format and the documents, defined once.

Each value is the Swedish word staff choose in a dropdown; schema, readers, domain and
compute all use these members instead of raw strings. A `StrEnum` member compares and
prints as its value, so `LineKind.COST == "kostnad"` and messages read naturally.
"""
from __future__ import annotations

from enum import StrEnum


class DocumentTitle(StrEnum):
    ANNUAL_REPORT = "Årsredovisning"
    INTERIM_REPORT = "Delårsrapport"
    PLAN = "Verksamhetsplan"


class ListKind(StrEnum):
    BULLET = "punktlista"
    NUMBER = "numrerad lista"


class Report(StrEnum):
    RR = "Resultaträkning"
    BR = "Balansräkning"
    DR = "Driftsredovisning"


class LineKind(StrEnum):
    HEADING = "rubrik"
    REVENUE = "intäkt"
    COST = "kostnad"
    FINANCIAL_INCOME = "finansiell intäkt"
    FINANCIAL_COST = "finansiell kostnad"
    ASSET = "tillgång"
    CLAIM = "eget kapital/skuld"
    RESULT = "årets resultat"
    SUM = "summa"

    @property
    def is_revenue(self) -> bool:
        return self in (LineKind.REVENUE, LineKind.FINANCIAL_INCOME)

    @property
    def is_cost(self) -> bool:
        return self in (LineKind.COST, LineKind.FINANCIAL_COST)

    @property
    def is_result(self) -> bool:
        """A line of the resultaträkning or driftsredovisning that takes its amount from accounts."""
        return self.is_revenue or self.is_cost


class CashflowClass(StrEnum):
    CASH = "likvida medel"
    RECEIVABLES = "fordringar"
    INVENTORY = "förråd"
    SHORT_LIABILITIES = "kortfristiga skulder"
    PROVISIONS = "avsättningar"
    FIXED_ASSETS = "anläggningstillgångar"
    LONG_LIABILITIES = "långfristiga skulder"
    EQUITY = "eget kapital"
    DEPRECIATION = "avskrivningar"


class NoteContent(StrEnum):
    ACCOUNTS = "konton"
    PENSION = "pensionsavsättning"
    COMMITMENTS = "ansvarsförbindelse"


class Unit(StrEnum):
    TKR = "tkr"
    KR = "kr"


class MemberKind(StrEnum):
    STATE = "stat"
    REGION = "region"
    MUNICIPALITY = "kommun"


class BoardRole(StrEnum):
    CHAIR = "ordförande"
    VICE_CHAIR = "vice ordförande"
    MEMBER = "ledamot"
    SUBSTITUTE = "ersättare"


class ChiefTitle(StrEnum):
    CHIEF = "förbundschef"
    OFFICER = "verkställande tjänsteman"


class InsatsKind(StrEnum):
    INDIVIDUAL = "individinriktad"
    STRUCTURAL = "strukturinriktad"


class Fulfilment(StrEnum):
    YES = "ja"
    PARTLY = "delvis"
    NO = "nej"


class GoalStatus(StrEnum):
    REACHED = "uppnått"
    MOSTLY = "i hög grad uppnått"
    PARTLY = "delvis uppnått"
    NOT_REACHED = "ej uppnått"


class GoalCategory(StrEnum):
    ACTIVITY = "verksamhet"
    INSATSER = "finansierade insatser"
    FINANCIAL = "finansiella"


class GoalComputation(StrEnum):
    EQUITY_LIMIT = "eget kapital mot 20 %"


class RespondentGroup(StrEnum):
    BOARD = "styrelse"
    PREPARATORY = "beredningsgrupp/LSG"
    STAFF = "personal i insatser"
    ONGOING = "deltagare i pågående insats"
    ENDING = "deltagare inför avslut"
    TOTAL = "samtliga grupper"  # a published total across the groups (Medelvärden only)


class AnswerGroup(StrEnum):
    ALL = "samtliga"
    WOMEN = "kvinnor"
    MEN = "män"


class ForecastPost(StrEnum):
    REVENUE = "Verksamhetens intäkter"
    COSTS = "Verksamhetens kostnader"
    FINANCIAL_INCOME = "Finansiella intäkter"
    FINANCIAL_COSTS = "Finansiella kostnader"
    FIXED_ASSETS = "Anläggningstillgångar"
    PROVISIONS = "Avsättningar"
    SHORT_LIABILITIES = "Kortfristiga skulder"
    LONG_LIABILITIES = "Långfristiga skulder"


class AgendaKind(StrEnum):
    OPENING = "mötets öppnande"
    AGENDA = "godkännande av dagordning"
    ADJUSTER = "val av justerare"
    INFORMATION = "information"
    APPLICATION = "ansökan"
    FINAL_REPORT = "slutrapport"
    PLAN = "verksamhetsplan och budget"
    ANNUAL_REPORT = "årsredovisning"
    ECONOMY = "ekonomi"
    ELECTION = "valärende"
    OTHER = "övrigt"
    NEXT_MEETING = "nästa möte"
    CLOSING = "mötets avslutning"


class AttendanceRole(StrEnum):
    ORDINARY = "ordinarie ledamot"
    SUBSTITUTE = "ersättare"
    OTHER = "övrig"


class YesNo(StrEnum):
    YES = "ja"
    NO = "nej"


class QuorumRule(StrEnum):
    """When the board may decide, as the förbundsordning says; kommunallagen's rule is more than half."""
    MORE_THAN_HALF = "fler än hälften"
    AT_LEAST_HALF = "minst hälften"

    def met(self, deciding: int, seats: int) -> bool:
        return 2 * deciding > seats if self is QuorumRule.MORE_THAN_HALF else 2 * deciding >= seats

    def needed(self, seats: int) -> int:
        return seats // 2 + 1 if self is QuorumRule.MORE_THAN_HALF else (seats + 1) // 2


class RowStyle(StrEnum):
    """How a row of a computed table is laid out; the templates test these values."""

    HEADING = "rubrik"
    LINE = "rad"
    TOTAL = "summa"
    SUBTOTAL = "delsumma"
    SUBLINE = "delrad"
