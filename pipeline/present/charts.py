"""Charts for the documents: matplotlib's object API (no pyplot), Swedish labels and numbers.

Each chart is readable in black-and-white print (bars carry hatching as well as colour) and
stays readable with many categories and long labels: those are drawn as horizontal bars with
wrapped labels, and value labels are left out where they would crowd. Large amounts are shown
on the axis in tkr or mnkr. Every chart has a text alternative, a sentence made from its data,
for the reader who cannot see it. A chart is a PNG in a `Picture`, drawn only when no chart
was drawn from the same data before, and then in a child process while the build goes on
(pipeline/machinery/background.py): matplotlib is slow.
"""
from __future__ import annotations

import functools
import hashlib
import struct
import textwrap
import weakref
import zlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pipeline import fmt
from pipeline.machinery import files
from pipeline.machinery.background import Pending
from pipeline.contrast import text_on
from pipeline.machinery.timing import stage
from pipeline.phrases import phrase

# Each with at least 3:1 contrast against the white page (WCAG 1.4.11), and black labels reading on it.
DEFAULT_COLOURS = ("#1F3A5F", "#7697C0", "#C8553D", "#6A994E", "#C78735")
HATCHES = ("", "///", "...", "xx", "\\\\")
SURVEY_COLOURS = ("#C8553D", "#949494", "#6A994E")  # negativt, varken eller, positivt
DPI = 200
WRAP = 30  # characters per line of a category label drawn beside a horizontal bar
VERTICAL_MAX = 8  # more categories than this, or longer labels, and bars are drawn horizontally
LABELLED_BARS_MAX = 18  # value labels only on charts with at most this many bars
LABEL_PADDING_PT = 1  # between a bar's end and its value


@dataclass(frozen=True)
class Picture:
    image: bytes | Pending  # PNG (or JPEG, for a logo), or a chart still being drawn
    width_cm: float
    description: str = ""  # the text alternative, for a screen reader and the PDF's Figure tag
    height_cm: float | None = None  # given for a chart (known before it is drawn); else from the image
    # A chart's name (of its data): the document has one picture per name, whether drawn now or before.
    name: str = ""
    unit: str = ""  # the unit of an amount chart's axis (kr, tkr, mnkr), for its caption

    @property
    def png(self) -> bytes:
        if isinstance(self.image, bytes):
            return self.image
        with stage("charts"):
            return self.image.result()


@dataclass(frozen=True)
class Scale:
    """How amounts are written on an axis and beside bars: kr, tkr or mnkr."""

    label: str
    divisor: Decimal
    decimals: int

    def value(self, amount: Decimal) -> float:
        return float(amount / self.divisor)

    def text(self, amount: Decimal) -> str:
        shown = amount / self.divisor
        return fmt.one_decimal(shown) if self.decimals else fmt.integer(int(shown.quantize(Decimal(1))))


def scale_for(values: list[Decimal], unit: str) -> Scale:
    """The unit of the document, or a larger one when the amounts are large (10 mnkr and more in mnkr)."""
    largest = max((abs(v) for v in values), default=Decimal(0))
    if largest >= 10_000_000:
        return Scale("mnkr", Decimal(1_000_000), 1)
    if unit == "tkr" or largest >= 10_000:
        return Scale("tkr", Decimal(1_000), 0)
    return Scale("kr", Decimal(1), 0)


PNG = b"\x89PNG\r\n\x1a\n"


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    """Charts are redrawn when this module or matplotlib changes (without importing matplotlib)."""
    from importlib.util import find_spec

    spec = find_spec("matplotlib")
    version_file = Path(spec.origin).parent / "_version.py" if spec and spec.origin else None
    mpl = version_file.read_bytes() if version_file and version_file.exists() else b""
    return hashlib.sha256(Path(__file__).read_bytes() + mpl).hexdigest()[:16]


def _picture(kind: str, arguments: tuple, width_cm: float, description: str, unit: str = "") -> Picture:
    """The chart drawn by DRAW[kind](*arguments): from the cache when it was drawn before, else being drawn."""
    if not getattr(fmt.current_printing(), "drawing", True):
        return Picture(b"", width_cm, description, unit=unit)  # the pass that only records the figures printed
    name = hashlib.sha256(repr((kind, _code_version(), arguments, width_cm)).encode()).hexdigest() + ".png"
    height, draw = DRAW[kind]
    height_cm = height(*arguments)
    kept = files.kept("charts", name)
    if kept is not None and kept.startswith(PNG):
        return Picture(kept, width_cm, description, height_cm, name, unit)
    if kept is not None:  # whole, but not a picture: never into a document
        files.forget(files.cache_dir("charts") / name)

    def drawn() -> bytes:
        png = _png(draw(*arguments, width_cm, height_cm))
        files.keep("charts", name, png)
        return png

    pending = _drawing.get(name)
    if pending is None:  # the same chart twice in a document is drawn once (and is one picture in it)
        _matplotlib()  # imported once here, not in every child
        pending = _drawing[name] = Pending(drawn)
    return Picture(pending, width_cm, description, height_cm, name, unit)


_drawing: weakref.WeakValueDictionary[str, Pending] = weakref.WeakValueDictionary()  # name: being drawn


def warm() -> None:
    """One chart drawn as the documents draw theirs (a long-running process does this once): fonts,
    glyphs and matplotlib's caches are then ready in every process forked from it."""
    series = (("Intäkter", (Decimal(4_812_000), Decimal(-63_000))), ("Kostnader", (Decimal(4_870_000), Decimal(0))))
    arguments = (("2024", "2025"), series, "tkr", DEFAULT_COLOURS, None)
    height, draw = DRAW["grouped_bars"]
    _png(draw(*arguments, 15.0, height(*arguments)))


def _matplotlib():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    return Figure, FigureCanvasAgg


def _figure(width_cm: float, height_cm: float):
    Figure, FigureCanvasAgg = _matplotlib()
    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.set_layout_engine("constrained")
    return fig


def _png(fig) -> bytes:
    """The figure as a PNG, its pixels compressed by Python's zlib rather than by Pillow: Pillow's wheels
    bring their own zlib (zlib-ng on Windows), which compresses the same pixels to other bytes, and a
    document built on Windows should have the same pictures as one built on Linux."""
    import numpy

    fig.canvas.draw()
    pixels = numpy.asarray(fig.canvas.buffer_rgba())
    height, width = pixels.shape[:2]
    rows = b"".join(b"\0" + row.tobytes() for row in pixels)  # filter type 0 (none) on each row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8 bits per channel, RGBA
    # Fast compression (level 1): the PNG is somewhat larger, and written in a fraction of the time.
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"pHYs", struct.pack(">IIB", *[round(DPI / 0.0254)] * 2, 1))
            + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))


def _formatter(text):
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: text(value))


@functools.lru_cache(maxsize=4096)  # a survey's labels recur in each of its questions' charts
def _wrapped(label: str) -> str:
    return "\n".join(textwrap.wrap(label, WRAP)) or label


def _legend(ax, count: int, horizontal: bool) -> None:
    """Below a chart of vertical bars, above one of horizontal bars (where the axis title is below)."""
    if horizontal:
        ax.legend(fontsize=7, frameon=False, ncols=min(count, 3), loc="lower center", bbox_to_anchor=(0.5, 1.0))
    else:
        ax.legend(fontsize=7, frameon=False, ncols=min(count, 3), loc="upper center", bbox_to_anchor=(0.5, -0.12))


def _label(ax, bars, labels: list[str], horizontal: bool, inside: str | None = None) -> None:
    """Each bar's value just beyond its end, or in its middle in the colour `inside` on a patch of the bar's
    own colour (so that its hatching does not run through the digits): plain texts, which matplotlib lays
    out in a fraction of the time of bar_label's annotations."""
    from matplotlib.transforms import offset_copy

    def beyond(sign: int):
        shift = sign * LABEL_PADDING_PT
        return offset_copy(ax.transData, fig=ax.figure, x=shift if horizontal else 0, y=0 if horizontal else shift,
                           units="points")

    ahead, back = beyond(1), beyond(-1)
    for bar, label in zip(bars.patches, labels):
        if not label:
            continue
        x, y, width, height = bar.get_x(), bar.get_y(), bar.get_width(), bar.get_height()
        if inside:
            ax.text(x + width / 2, y + height / 2, label, ha="center", va="center", fontsize=6, color=inside,
                    bbox={"boxstyle": "square,pad=0.25", "facecolor": bar.get_facecolor(), "edgecolor": "none"})
        elif horizontal:
            ax.text(x + width, y + height / 2, label, ha="left" if width >= 0 else "right", va="center", fontsize=6,
                    transform=ahead if width >= 0 else back)
        else:
            ax.text(x + width / 2, y + height, label, ha="center", va="bottom" if height >= 0 else "top", fontsize=6,
                    transform=ahead if height >= 0 else back)


def _height(labels: list[str], bars_per_label: int) -> float:
    """Centimetres a horizontal chart needs so that no category's label (wrapped) touches the next one's."""
    per_label = [max(0.3 * bars_per_label + 0.15, 0.34 * (label.count("\n") + 1) + 0.2) for label in labels]
    return 2.4 + sum(per_label)


# --- drawing (matplotlib) -------------------------------------------------------------------

def _horizontal(categories: tuple[str, ...]) -> bool:
    return len(categories) > VERTICAL_MAX or max((len(c) for c in categories), default=0) > 12


def height_grouped_bars(categories: tuple[str, ...], series: tuple, unit: str, colours: tuple[str, ...],
                        axis_label: str | None) -> float:
    return _height([_wrapped(c) for c in categories], len(series)) if _horizontal(categories) else 6.5


def draw_grouped_bars(categories: tuple[str, ...], series: tuple[tuple[str, tuple[Decimal, ...]], ...], unit: str,
                      colours: tuple[str, ...], axis_label: str | None, width_cm: float, height_cm: float):
    """Bars per category, one per series: vertical for a few short categories (years), else horizontal."""
    everything = [v for _, values in series for v in values]
    scale = scale_for(everything, unit) if axis_label is None else Scale(axis_label, Decimal(1), 0)
    horizontal = _horizontal(categories)
    count = len(series)
    fig = _figure(width_cm, height_cm)
    ax = fig.add_subplot()
    width = 0.8 / max(count, 1)
    labelled = len(categories) * count <= LABELLED_BARS_MAX
    for index, (label, values) in enumerate(series):
        positions = [c + (index - (count - 1) / 2) * width for c in range(len(categories))]
        shown = [scale.value(v) for v in values]
        style = dict(label=label, color=colours[index % len(colours)], hatch=HATCHES[index % len(HATCHES)],
                     edgecolor="black", linewidth=0.4)
        bars = ax.barh(positions, shown, width, **style) if horizontal else ax.bar(positions, shown, width, **style)
        if labelled:
            _label(ax, bars, [scale.text(v) for v in values], horizontal)
    if horizontal:
        ax.set_yticks(range(len(categories)), [_wrapped(c) for c in categories], fontsize=7)
        ax.invert_yaxis()
        ax.axvline(0, color="black", linewidth=0.6)
        ax.set_xlabel(scale.label, fontsize=7)
        ax.xaxis.set_major_formatter(_formatter(lambda v: fmt.one_decimal(Decimal(str(v))) if scale.decimals
                                                else fmt.integer(int(round(v)))))
    else:
        ax.set_xticks(range(len(categories)), categories)
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set_ylabel(scale.label, fontsize=7)
        ax.yaxis.set_major_formatter(_formatter(lambda v: fmt.one_decimal(Decimal(str(v))) if scale.decimals
                                                else fmt.integer(int(round(v)))))
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=7)
    if labelled:
        ax.margins(x=0.08) if horizontal else ax.margins(y=0.08)
    _legend(ax, count, horizontal)
    return fig


def height_stacked_shares(labels: tuple[str, ...], rows: tuple) -> float:
    return _height([_wrapped(label) for label in labels], 2)


def draw_stacked_shares(labels: tuple[str, ...], rows: tuple[tuple[int, int, int], ...], width_cm: float,
                        height_cm: float):
    """Horizontal bars of negativt / varken eller / positivt, each row adding to 100 %."""
    wrapped = [_wrapped(label) for label in labels]
    fig = _figure(width_cm, height_cm)
    ax = fig.add_subplot()
    names = ("Negativt", "Varken eller", "Positivt")
    lefts = [0] * len(rows)
    for index, name in enumerate(names):
        values = [r[index] for r in rows]
        bars = ax.barh(range(len(rows)), values, left=lefts, color=SURVEY_COLOURS[index], hatch=HATCHES[index],
                       edgecolor="black", linewidth=0.4, label=name)
        _label(ax, bars, [f"{v} %" if v >= 8 else "" for v in values], True, inside=text_on(SURVEY_COLOURS[index]))
        lefts = [a + b for a, b in zip(lefts, values)]
    ax.set_yticks(range(len(labels)), wrapped, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(_formatter(lambda v: f"{int(v)} %"))
    ax.tick_params(labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    _legend(ax, 3, True)
    return fig


def height_mean_bars(labels: tuple[str, ...], series: tuple, colours: tuple[str, ...], places: int) -> float:
    return _height([_wrapped(label) for label in labels], len(series))


def draw_mean_bars(labels: tuple[str, ...], series: tuple[tuple[str, tuple[Decimal | None, ...]], ...],
                   colours: tuple[str, ...], places: int, width_cm: float, height_cm: float):
    """Horizontal bars of means on the scale 1–6, one per year, for each group, labelled with `places` decimals."""
    wrapped = [_wrapped(label) for label in labels]
    count = len(series)
    fig = _figure(width_cm, height_cm)
    ax = fig.add_subplot()
    width = 0.8 / max(count, 1)
    for index, (label, values) in enumerate(series):
        positions = [c + (index - (count - 1) / 2) * width for c in range(len(labels))]
        bars = ax.barh(positions, [float(v) if v is not None else 0 for v in values], width, label=label,
                       color=colours[index % len(colours)], hatch=HATCHES[index % len(HATCHES)], edgecolor="black",
                       linewidth=0.4)
        if len(labels) * count <= LABELLED_BARS_MAX:
            _label(ax, bars, [fmt.decimals(v, places) if v is not None else "" for v in values], True)
    ax.set_yticks(range(len(labels)), wrapped, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(1, 6.4)
    ax.set_xlabel(phrase("charts.medelvarde_16"), fontsize=7)
    ax.tick_params(labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    _legend(ax, count, True)
    return fig


# Each kind of chart: its height in cm (known before it is drawn, so that the document can be laid out
# while it is), and how it is drawn.
DRAW = {"grouped_bars": (height_grouped_bars, draw_grouped_bars),
        "stacked_shares": (height_stacked_shares, draw_stacked_shares),
        "mean_bars": (height_mean_bars, draw_mean_bars)}


# --- the charts the documents use -------------------------------------------------------------

def grouped_bars(categories: list[str], series: list[tuple[str, list[Decimal]]], unit: str, title: str,
                 colours: tuple[str, ...] = DEFAULT_COLOURS, width_cm: float = 15.0,
                 axis_label: str | None = None) -> Picture:
    """Bars per category, one per series (amounts in kronor, or counts with an `axis_label`). Amounts are
    drawn as the tables print them in `unit`, so that a bar's label reads as the table does."""
    if axis_label is None:
        series = [(label, [fmt.printed(v, unit) for v in values]) for label, values in series]
    scale = scale_for([v for _, values in series for v in values], unit) if axis_label is None else None
    describe = (lambda v: f"{scale.text(v)} {scale.label}") if scale else (lambda v: fmt.integer(int(v)))
    description = f"Stapeldiagram: {title}. " + " ".join(_trend(label, categories, values, describe)
                                                         for label, values in series)
    arguments = (tuple(categories), tuple((label, tuple(values)) for label, values in series), unit, tuple(colours),
                 axis_label)
    return _picture("grouped_bars", arguments, width_cm, description, scale.label if scale else "")


def stacked_shares(labels: list[str], rows: list[list[int]], title: str, width_cm: float = 15.0) -> Picture:
    parts = [f"{label}: {negative} % negativa, {neutral} % varken eller, {positive} % positiva"
             for label, (negative, neutral, positive) in zip(labels, rows)]
    description = f"Liggande stapeldiagram: {title}. " + "; ".join(parts) + "."
    return _picture("stacked_shares", (tuple(labels), tuple(tuple(r) for r in rows)), width_cm, description)


def counts_by_group(categories: list[str], series: list[tuple[str, list[int]]], title: str,
                    colours: tuple[str, ...] = DEFAULT_COLOURS, width_cm: float = 12.0) -> Picture:
    """Bars of whole numbers (e.g. participants) per category and group."""
    return grouped_bars(categories, [(label, [Decimal(v) for v in values]) for label, values in series], "kr", title,
                        colours, width_cm, axis_label="Antal")


def mean_bars(labels: list[str], series: list[tuple[str, list[Decimal | None]]], title: str,
              colours: tuple[str, ...] = DEFAULT_COLOURS, places: int = 1, width_cm: float = 15.0) -> Picture:
    parts = []
    for index, label in enumerate(labels):
        values = [f"{fmt.decimals(values[index], places)} ({year})" for year, values in series
                  if values[index] is not None]
        parts.append(f"{label}: {', '.join(values)}")
    description = phrase("charts.medelvarden_beskrivning", title=title, values="; ".join(parts))
    arguments = (tuple(labels), tuple((year, tuple(values)) for year, values in series), tuple(colours), places)
    return _picture("mean_bars", arguments, width_cm, description)


def _trend(label: str, categories: list[str], values: list[Decimal], describe) -> str:
    """One series in words: from first to last over years, else its values per category (the highest
    and lowest when there are many)."""
    if not values:
        return ""
    if all(c.isdigit() for c in categories) and len(values) > 1:
        first, last = values[0], values[-1]
        verb = phrase("charts.okade" if last > first else "charts.minskade" if last < first
                      else "charts.var_oforandrade")
        return phrase("charts.fran_till", label=label, verb=verb, first=describe(first), first_year=categories[0],
                      last=describe(last), last_year=categories[-1])
    if len(values) <= 6:
        return f"{label}: " + ", ".join(f"{c} {describe(v)}" for c, v in zip(categories, values)) + "."
    high = max(range(len(values)), key=lambda i: values[i])
    low = min(range(len(values)), key=lambda i: values[i])
    return phrase("charts.hogst_lagst", label=label, high=categories[high], high_value=describe(values[high]),
                  low=categories[low], low_value=describe(values[low]))
