"""Checks on a board meeting: who attends against the board, quorum, and the justering and posting of the
minutes as kommunallagen counts them."""
from __future__ import annotations

from pipeline import fmt
from pipeline.checks import next_row
from pipeline.compute.meetings import meeting_of, paragraphs, publication, serving
from pipeline.domain import Inputs, Scope
from pipeline.enums import AttendanceRole
from pipeline.problems import Problem, error, incomplete, warning
from pipeline.schema import FORBUNDET


def attendance_matches_board(inputs: Inputs, scope: Scope) -> list[Problem]:
    meeting = meeting_of(inputs, scope.day)
    day = fmt.iso_date(meeting.day)
    serving = {m.name for m in inputs.forbund.board if m.ordinary and m.serves_on(meeting.day)}
    if not serving:
        return [error([m.source.at("Till") for m in inputs.forbund.board if m.ordinary]
                      or [next_row((), FORBUNDET.filename, "Styrelse")],
                      f"ingen ordinarie ledamot har mandat {day}; beslutförheten kan inte prövas.")]
    found = []
    for a in meeting.attendees:
        if a.role == AttendanceRole.ORDINARY and a.name not in serving:
            found.append(warning(a.source.at("Namn"), f"{a.name} är inte ordinarie ledamot med mandat {day} enligt "
                                                      "forbundet.xlsx (bladet Styrelse)."))
        if a.role == AttendanceRole.SUBSTITUTE and a.replaces and a.replaces not in serving:
            found.append(warning(a.source.at("Tjänstgör för"), f"{a.name} tjänstgör för {a.replaces}, som inte är "
                                                               f"ordinarie ledamot med mandat {day}."))
    return found


def _missing(meeting, facts: dict[str, str | None], consequence: str, required: bool) -> list[Problem]:
    """Nothing is guessed: a fact not on the Möte sheet leaves a line to fill in, and a warning; one the law
    asks for (`required`) makes the document an UTKAST."""
    return [incomplete(meeting.facts.at(fact), f"{fact.lower()} saknas; {consequence}. Ange uppgiften \"{fact}\" "
                                               "på bladet Möte.", fact.lower() if required else "")
            for fact, value in facts.items() if not value]


def not_yet_held(inputs: Inputs, scope: Scope) -> list[Problem]:
    """A kallelse is for a meeting to come: one whose minutes are filled in has been held."""
    meeting = meeting_of(inputs, scope.day)
    if not meeting.attendees:
        return []
    return [warning([a.source.at("Namn") for a in meeting.attendees],
                    f"sammanträdet {fmt.iso_date(meeting.day)} är redan hållet: närvaron är ifylld. Kallelsen visar "
                    "bara dagordningen och förslagen till beslut; det som sades och beslutades står i protokollet.")]


def time_and_place(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The protokoll: a missing time or place is a line to fill in."""
    meeting = meeting_of(inputs, scope.day)
    return _missing(meeting, {"Plats": meeting.place, "Tid": meeting.time}, "dokumentet får en linje att fylla i",
                    required=False)


def notice_time_and_place(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The kallelse says when and where the board meets (kommunallagen); without them it is an UTKAST."""
    meeting = meeting_of(inputs, scope.day)
    return _missing(meeting, {"Plats": meeting.place, "Tid": meeting.time}, "kallelsen får en linje att fylla i",
                    required=True)


def board_seats(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Beslutförhet is counted against the förbundsordning's seats; without them a vacancy goes uncounted."""
    f = inputs.forbund
    members = serving(f, scope.day)
    if f.seats is None:
        return [warning(f.facts.at("Antal ledamöter"),
                        f"antal ledamöter enligt förbundsordningen saknas, så beslutförheten prövas mot de {members} "
                        f"ordinarie ledamöter som har mandat {fmt.iso_date(scope.day)} och en vakant plats räknas inte. "
                        "Ange uppgiften \"Antal ledamöter\" på bladet Uppgifter.")]
    if members > f.seats:
        return [warning([f.facts.at("Antal ledamöter")] + [m.source.at("Namn") for m in f.board
                                                             if m.ordinary and m.serves_on(scope.day)],
                        f"{members} ordinarie ledamöter har mandat {fmt.iso_date(scope.day)}, men styrelsen har "
                        f"{f.seats} platser enligt uppgiften Antal ledamöter.")]
    return []


def quorum(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Every paragraph that decides needs more than half of the seats taking part (or at least half, as the
    förbundsordning may say)."""
    meeting = meeting_of(inputs, scope.day)
    if not any(m.ordinary and m.serves_on(meeting.day) for m in inputs.forbund.board):
        return []  # reported by attendance_matches_board
    found = []
    for p in paragraphs(meeting, inputs.forbund):
        if p.decides and not p.quorate:
            present = [a.source.at("Namn") for a in meeting.attendees if a.present_at(p.number)]
            found.append(error(present or [meeting.facts.at("Datum")],
                               f"§ {p.number} ({p.item.title}) är inte beslutför: {len(p.deciding)} av {p.seats} "
                               f"ledamöter deltar, {p.rule} ({p.rule.needed(p.seats)}) behövs."))
    return found


def signers(inputs: Inputs, scope: Scope) -> list[Problem]:
    """The protokoll is signed by a justerare and the one who kept it."""
    meeting = meeting_of(inputs, scope.day)
    return _missing(meeting, {"Justerare": meeting.adjuster, "Protokollförare": meeting.secretary},
                    "underskriften lämnas tom i protokollet", required=True)


def justering_and_posting(inputs: Inputs, scope: Scope) -> list[Problem]:
    """Justering within 14 days of the meeting, its posting by the second day after (8 kap. 12 §), and the
    notice up until the three weeks to appeal have run out (13 kap. 5 §)."""
    meeting = meeting_of(inputs, scope.day)
    dates = publication(meeting)
    at = meeting.facts.at
    day = fmt.iso_date
    if dates.adjusted is None:
        return [warning(at("Justeras"), f"dagen för justering saknas. Protokollet ska justeras senast "
                                        f"{day(dates.adjust_by)}, 14 dagar efter sammanträdet; ange dagen som "
                                        "uppgiften \"Justeras\" på bladet Möte.")]
    found = []
    if dates.adjusted < meeting.day:
        found.append(warning(at("Justeras"), f"justeringen {day(dates.adjusted)} ligger före sammanträdet "
                                             f"{day(meeting.day)}."))
    elif dates.adjusted > dates.adjust_by:
        found.append(warning(at("Justeras"), f"protokollet ska justeras senast 14 dagar efter sammanträdet, "
                                             f"{day(dates.adjust_by)} (inte {day(dates.adjusted)})."))
    if dates.posted and dates.posted < dates.adjusted:
        found.append(warning([at("Anslag uppsatt"), at("Justeras")],
                             f"anslaget {day(dates.posted)} sätts upp före justeringen {day(dates.adjusted)}."))
    elif dates.posted and dates.posted > dates.post_by:
        found.append(warning([at("Anslag uppsatt"), at("Justeras")],
                             f"justeringen ska anslås senast andra dagen efter justeringen, {day(dates.post_by)} "
                             f"(inte {day(dates.posted)})."))
    if meeting.taken_down and dates.take_down and meeting.taken_down < dates.take_down:
        found.append(warning(at("Anslag nedtas"),
                             f"anslaget ska sitta uppe tills tiden för överklagande har gått ut {day(dates.appeal_ends)} "
                             f"(tre veckor från {day(dates.posted)}): nedtas tidigast {day(dates.take_down)}, inte "
                             f"{day(meeting.taken_down)}."))
    return found
