"""Charts that stay readable: no text over other text, large amounts in tkr or mnkr, a text alternative."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.present import charts

D = Decimal
LONG = ["Bidrag till samverkansinsatser inom arbetsmarknad", "Personalkostnader inklusive sociala avgifter",
        "Övriga externa kostnader för lokaler och resor", "Finansiella kostnader för pensionsavsättningen",
        "Medlemsbidrag från Försäkringskassan", "Medlemsbidrag från regionen", "Medlemsbidrag från kommunerna",
        "Övriga intäkter från vidarefakturering", "Utbildning och konferenser för medlemmarnas personal",
        "Konsulttjänster för utvärdering", "Lokalhyra och kontorsmaterial", "IT-tjänster och licenser",
        "Revision och ekonomitjänster", "Marknadsföring och information", "Avskrivningar av inventarier"]


def _overlaps(fig) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes, as the renderer lays them out, overlap (shrunk by half a pixel)."""
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = []
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text().strip():
            box = text.get_window_extent(renderer).expanded(1, 1)
            boxes.append((text.get_text(), box.shrunk(0.999, 0.999) if box.width > 1 else box))
    return [(a, b) for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:] if box_a.overlaps(box_b)]


def _drawn(kind: str, arguments: tuple, width_cm: float = 15.0):
    height, draw = charts.DRAW[kind]
    return draw(*arguments, width_cm, height(*arguments))


CASES = {
    "15 long categories in kr": ("grouped_bars", (tuple(LONG), (("Utfall", tuple(D(1_234_567 * (i + 1)) for i in
                                                                                 range(15))),
                                                                ("Budget", tuple(D(1_300_000 * (i + 1)) for i in
                                                                                 range(15)))),
                                                  "kr", charts.DEFAULT_COLOURS, None)),
    "five years": ("grouped_bars", (("2021", "2022", "2023", "2024", "2025"),
                                    (("Verksamhetens intäkter", (D(8_501_997),) * 5),
                                     ("Verksamhetens kostnader", (D(7_033_338),) * 5),
                                     ("Årets resultat", (D(1_468_659), D(-965_000), D(43_000), D(822_000), D(0)))),
                                    "tkr", charts.DEFAULT_COLOURS, None)),
    "15 long survey groups": ("stacked_shares", (tuple(f"{label} – samtliga (n=12)" for label in LONG),
                                                 tuple((10, 25, 65) for _ in LONG))),
    "means of five groups over three years": ("mean_bars", (("Styrelse", "Beredningsgrupp/LSG", "Personal i insatser",
                                                             "Deltagare i pågående insats", "Deltagare inför avslut"),
                                                            tuple((str(y), (D("4.8"), D("5.1"), D("4.4"), D("3.9"),
                                                                            D("5.6"))) for y in (2023, 2024, 2025)),
                                                            charts.DEFAULT_COLOURS, 1)),
    "means with two decimals and a total": ("mean_bars", (("Förbundsstyrelsen", "LSG", "Personal i projekten",
                                                           "Samtliga grupper"),
                                                          tuple((str(y), (D("4.71"), D("5.08"), D("4.44"), D("4.83")))
                                                                for y in (2024, 2025)),
                                                          charts.DEFAULT_COLOURS, 2)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_text_overlaps_another(name):
    kind, arguments = CASES[name]
    assert _overlaps(_drawn(kind, arguments)) == []


def test_large_amounts_are_shown_in_tkr_or_mnkr():
    assert charts.scale_for([D(25_000_000)], "kr").label == "mnkr"
    assert charts.scale_for([D(25_000_000)], "tkr").label == "mnkr"
    assert charts.scale_for([D(850_000)], "kr").label == "tkr"
    assert charts.scale_for([D(8_500)], "kr").label == "kr"
    assert charts.scale_for([D(8_500)], "tkr").label == "tkr"
    assert charts.scale_for([D(12_345_678)], "kr").text(D(12_345_678)) == "12,3"
    fig = _drawn("grouped_bars", CASES["15 long categories in kr"][1])
    assert fig.axes[0].get_xlabel() == "mnkr"


def test_every_chart_says_what_it_shows(tmp_path, monkeypatch):
    monkeypatch.setenv("FINSAM_CACHE", str(tmp_path))
    years = charts.grouped_bars(["2021", "2022", "2023", "2024", "2025"],
                                [("Verksamhetens intäkter", [D(4_200_000), D(4_300_000), D(4_400_000), D(4_500_000),
                                                             D(4_700_000)])], "kr", "verksamhetens intäkter 2021–2025")
    assert years.description == ("Stapeldiagram: verksamhetens intäkter 2021–2025. Verksamhetens intäkter ökade från "
                                 "4\u00a0200 tkr 2021 till 4\u00a0700 tkr 2025.")
    many = charts.grouped_bars(LONG, [("Utfall", [D(1_000_000 * (i + 1)) for i in range(15)])], "kr", "kostnaderna")
    assert "högst för Avskrivningar av inventarier (15,0 mnkr), lägst för Bidrag till samverkansinsatser" in \
        many.description
    shares = charts.stacked_shares(["Deltagare – samtliga (n=18)"], [[6, 11, 83]], "svaren på frågan ”X”")
    assert shares.description == ("Liggande stapeldiagram: svaren på frågan ”X”. Deltagare – samtliga (n=18): 6 % "
                                  "negativa, 11 % varken eller, 83 % positiva.")
