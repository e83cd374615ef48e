"""Charts for the documents: matplotlib's object API (no pyplot), Swedish labels and numbers.

Each chart is readable in black-and-white print: bars carry hatching as well as colour,
and every value is written on or beside its bar. A chart is a PNG in a `Picture`; the
render layer places it in the document, always next to the table it illustrates.
"""
from __future__ import annotations

import functools
import hashlib
import inspect
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pipeline import files, fmt
from pipeline.timing import stage

DEFAULT_COLOURS = ("#1F3A5F", "#7A9CC6", "#C8553D", "#6A994E", "#F2A541")
HATCHES = ("", "///", "...", "xx", "\\\\")
SURVEY_COLOURS = ("#C8553D", "#BFBFBF", "#6A994E")  # negativt, varken eller, positivt
DPI = 200


@dataclass(frozen=True)
class Picture:
    png: bytes  # PNG (or JPEG, for a logo)
    width_cm: float


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    """Charts are redrawn when this module or matplotlib changes (without importing matplotlib)."""
    from importlib.util import find_spec

    spec = find_spec("matplotlib")
    version_file = Path(spec.origin).parent / "_version.py" if spec and spec.origin else None
    mpl = version_file.read_bytes() if version_file and version_file.exists() else b""
    return hashlib.sha256(Path(__file__).read_bytes() + mpl).hexdigest()[:16]


def cached(draw):
    """Draw a chart only when no chart was drawn from the same data before (matplotlib is slow to load)."""
    signature = inspect.signature(draw)

    @functools.wraps(draw)
    def wrapper(*args, **kwargs) -> Picture:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        key = hashlib.sha256(repr((draw.__name__, _code_version(), sorted(bound.arguments.items()))).encode())

        def make() -> bytes:
            with stage("charts"):
                return draw(*args, **kwargs).png

        return Picture(files.cached("charts", f"{key.hexdigest()}.png", make), bound.arguments["width_cm"])
    return wrapper


def _figure(width_cm: float, height_cm: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.set_layout_engine("constrained")
    return fig


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _style(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=7)
    ax.yaxis.set_major_formatter(_formatter())


def _formatter():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: fmt.integer(int(round(value))))


@cached
def grouped_bars(categories: list[str], series: list[tuple[str, list[Decimal]]], unit: str, colours: tuple[str, ...] = DEFAULT_COLOURS, width_cm: float = 15.0,
                 axis_label: str | None = None) -> Picture:
    """Bars per category, one per series, with the shown value above each bar (in `unit`)."""
    fig = _figure(width_cm, 6.5)
    ax = fig.add_subplot()
    count = len(series)
    width = 0.8 / max(count, 1)
    for index, (label, values) in enumerate(series):
        shown = [fmt.rounded(v, unit) for v in values]
        xs = [c + (index - (count - 1) / 2) * width for c in range(len(categories))]
        bars = ax.bar(xs, shown, width, label=label, color=colours[index % len(colours)],
                      hatch=HATCHES[index % len(HATCHES)], edgecolor="black", linewidth=0.4)
        ax.bar_label(bars, labels=[fmt.integer(v) for v in shown], fontsize=6, padding=1)
    ax.set_xticks(range(len(categories)), categories)
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_ylabel(axis_label or fmt.UNIT_LABEL[unit], fontsize=7)
    ax.legend(fontsize=7, frameon=False, ncols=count, loc="upper center", bbox_to_anchor=(0.5, -0.08))
    _style(ax)
    return Picture(_png(fig), width_cm)


@cached
def stacked_shares(labels: list[str], rows: list[list[int]], width_cm: float = 15.0) -> Picture:
    """Horizontal bars of negativt / varken eller / positivt, each row adding to 100 %."""
    fig = _figure(width_cm, 1.6 + 0.7 * len(labels))
    ax = fig.add_subplot()
    names = ("Negativt", "Varken eller", "Positivt")
    lefts = [0] * len(rows)
    for index, name in enumerate(names):
        values = [r[index] for r in rows]
        bars = ax.barh(range(len(rows)), values, left=lefts, color=SURVEY_COLOURS[index], hatch=HATCHES[index],
                       edgecolor="black", linewidth=0.4, label=name)
        ax.bar_label(bars, labels=[f"{v} %" if v >= 6 else "" for v in values], label_type="center", fontsize=6)
        lefts = [a + b for a, b in zip(lefts, values)]
    ax.set_yticks(range(len(labels)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(_percent_formatter())
    ax.tick_params(labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=7, frameon=False, ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.25))
    return Picture(_png(fig), width_cm)


def _percent_formatter():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: f"{int(value)} %")


def counts_by_group(categories: list[str], series: list[tuple[str, list[int]]],
                    colours: tuple[str, ...] = DEFAULT_COLOURS, width_cm: float = 12.0) -> Picture:
    """Bars of whole numbers (e.g. participants) per category and group."""
    return grouped_bars(categories, [(label, [Decimal(v) for v in values]) for label, values in series], "kr",
                        colours, width_cm, axis_label="Antal")
