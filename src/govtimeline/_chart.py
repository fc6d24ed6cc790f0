"""Shared pieces of the charts: palette, markers, axes, time axis, legend (internal).

The palette is Okabe–Ito: its colours stay distinguishable with the common
forms of colour blindness, and every chart also varies marker shape so it
reads in greyscale print.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import matplotlib.lines

from govtimeline.model import EventKind, Stance
from govtimeline.when import When

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
    "empty",
    "finish_time_axis",
    "key",
    "legend",
    "new_axes",
    "num",
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
    return num(w.earliest), num(w.latest + timedelta(days=1))


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
        ax.set_xlim(middle - width * 0.54, middle + width * 0.54)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


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
