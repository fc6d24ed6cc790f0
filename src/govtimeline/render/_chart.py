"""Shared pieces of the charts: palette, markers, axes, time axis, legend (internal).

The palette is Okabe–Ito: its colours stay distinguishable with the common
forms of colour blindness, and every chart also varies marker shape so it
reads in greyscale print.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import warnings
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import matplotlib
import matplotlib.dates
import matplotlib.lines

from govtimeline.model import EventKind, Stance
from govtimeline.model.when import When

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

__all__ = [
    "CONFLICT_COLOUR",
    "KIND_COLOURS",
    "KIND_MARKERS",
    "OKABE_ITO",
    "STANCE_COLOURS",
    "STANCE_MARKERS",
    "YearedDateFormatter",
    "empty",
    "finish_time_axis",
    "fit_date_ticks",
    "key",
    "legend",
    "new_axes",
    "num",
    "plain_text",
    "quiet_glyphs",
    "short",
    "span",
]

OKABE_ITO = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
"""The Okabe–Ito palette (blue, orange, bluish green, vermillion, purple, sky blue, yellow, black)."""
CONFLICT_COLOUR = "#D55E00"
"""Edges of contested events and the crosses at rejected date claims (vermillion)."""
STANCE_COLOURS = {
    Stance.SUPPORT: "#009E73",
    Stance.OPPOSE: "#D55E00",
    Stance.ABSTAIN: "#999999",
    Stance.MIXED: "#E69F00",
}
"""Colour of each stance (bluish green / vermillion / grey / orange: colour-blind safe)."""
STANCE_MARKERS = {Stance.SUPPORT: "o", Stance.OPPOSE: "X", Stance.ABSTAIN: "s", Stance.MIXED: "D"}
"""Marker of each stance, so stances differ in greyscale too."""
_KIND_MARKERS = ("o", "s", "D", "^", "v", "P")
KIND_COLOURS = {kind: OKABE_ITO[i % 7] for i, kind in enumerate(EventKind)}
"""Colour of each event kind (Okabe–Ito; kinds sharing a colour differ in marker)."""
KIND_MARKERS = {kind: _KIND_MARKERS[i % len(_KIND_MARKERS)] for i, kind in enumerate(EventKind)}
"""Marker of each event kind (7 colours × 6 markers: no two kinds share both)."""


def new_axes(ax: Axes | None, rows: float, *, width: float = 9.0, min_height: float = 2.5) -> Axes:
    """``ax`` itself, or the Axes of a new figure sized for ``rows`` rows of marks."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # with no display, matplotlib falls back to Agg

    height = min(max(min_height, 0.32 * rows + 1.2), 40.0)
    _, new_ax = plt.subplots(figsize=(width, height), layout="constrained")
    return new_ax


def num(day: date) -> float:
    """A date as a matplotlib date number (days)."""
    import matplotlib.dates as mdates

    return float(mdates.date2num(day))


def span(w: When) -> tuple[float, float]:
    """Start and end of a When as date numbers: from its first day to the end of its last."""
    return num(w.earliest), num(w.latest) + 1.0  # never past the calendar's end


class YearedDateFormatter(matplotlib.dates.ConciseDateFormatter):
    """The concise date labels, with the year on the first tick when no label names it.

    matplotlib's concise formatter names a year at its January tick, or in an offset
    when every tick falls in one year; an axis that starts mid-year and runs into the
    next left its first months ("Jul", "Sep", "Nov") without a year. The first tick then
    reads "Jul\n2024".
    """

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        labels: list[str] = super().format_ticks(values)
        if not labels or self.get_offset():
            return labels
        first = matplotlib.dates.num2date(values[0])
        if str(first.year) not in labels[0]:
            labels[0] = f"{labels[0]}\n{first.year}"
        return labels


def finish_time_axis(ax: Axes, limits: tuple[float, float] | None = None) -> None:
    """Date ticks that adapt from days to decades, light grid, no top/right frame.

    ``limits`` (date numbers) are widened to at least ten days and padded so
    no mark sits on the frame.
    """
    import matplotlib.dates as mdates

    if limits is not None:
        low, high = limits
        width = max(high - low, 10.0)
        middle = (low + high) / 2
        # padded, but inside the calendar matplotlib can draw (1-01-01 to 9999-12-31)
        first, last = num(date.min), num(date.max)
        ax.set_xlim(max(middle - width * 0.54, first), min(middle + width * 0.54, last))
    figure = ax.get_figure(root=True)
    inches = ax.get_position().width * (figure.get_figwidth() if figure is not None else 6.0)
    # about one tick per 0.7 inch, so tick labels never run into each other on a narrow Axes
    locator = _quiet_locator(ax, min(8, int(inches / 0.7))) or mdates.AutoDateLocator(
        minticks=3, maxticks=8
    )
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(YearedDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def fit_date_ticks(ax: Axes) -> None:
    """Fewer date ticks until their labels stop touching (for narrow Axes); call last."""
    import matplotlib.dates as mdates

    figure = ax.get_figure(root=True)
    assert figure is not None
    locator = ax.xaxis.get_major_locator()
    if not isinstance(locator, mdates.AutoDateLocator):
        return
    for _ in range(6):
        with quiet_glyphs():
            figure.draw_without_rendering()
            boxes = sorted(
                (t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()),
                key=lambda b: b.x0,
            )
        if len(boxes) < 3 or all(a.x1 + 2 <= b.x0 for a, b in itertools.pairwise(boxes)):
            return
        if len(boxes) <= 3:  # fewer would leave the axis unreadable; this Axes is just too narrow
            return
        fewer = _quiet_locator(ax, len(boxes) - 1)
        if fewer is None:
            return
        ax.xaxis.set_major_locator(fewer)
        ax.xaxis.set_major_formatter(YearedDateFormatter(fewer))


def _quiet_locator(ax: Axes, maxticks: int) -> Any:
    """An AutoDateLocator with at most ``maxticks`` ticks that finds an interval for the
    current limits (one that cannot warns at every draw), or None."""
    import matplotlib.dates as mdates

    low, high = ax.get_xlim()
    for minticks in (3, 2):
        locator = mdates.AutoDateLocator(minticks=minticks, maxticks=max(3, maxticks))
        locator.set_axis(ax.xaxis)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                locator.get_locator(mdates.num2date(low), mdates.num2date(high))
            except UserWarning:
                continue
        return locator
    return None


def empty(ax: Axes, message: str) -> Axes:
    """Say why nothing is drawn, in the middle of the Axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def legend(ax: Axes, handles: Sequence[Artist]) -> None:
    """The legend, outside the plot on the right, so it never hides a mark."""
    ax.legend(
        handles=list(handles),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize="small",
    )


def key(
    marker: str,
    colour: str,
    label: str,
    *,
    mfc: str | None = None,
    mec: str | None = None,
    mew: float | None = None,
) -> matplotlib.lines.Line2D:
    """A legend entry: a marker with no line."""
    return matplotlib.lines.Line2D(
        [],
        [],
        marker=marker,
        ls="",
        color=colour,
        label=label,
        markerfacecolor=mfc or colour,
        markeredgecolor=mec or colour,
        markeredgewidth=mew,
    )


_P = ParamSpec("_P")
_R = TypeVar("_R")


def plain_text(draw: Callable[_P, _R]) -> Callable[_P, _R]:
    """Every text ``draw`` puts on a chart is shown as written, never read as mathtext.

    A ``$`` in a name ("the $11 billion fund") made matplotlib read the text between two
    of them as math, and an unmatched one crashed the drawing. The setting is kept by each
    text made, so the chart stays right when it is saved later.
    """

    @functools.wraps(draw)
    def drawn(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with matplotlib.rc_context({"text.parse_math": False}):
            return draw(*args, **kwargs)

    return drawn


@contextlib.contextmanager
def quiet_glyphs() -> Iterator[None]:
    """Characters the font lacks (emoji, rare scripts) are drawn as boxes, silently."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r"Glyph .* missing from font", category=UserWarning
        )
        yield


def short(text: str, limit: int = 48) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
