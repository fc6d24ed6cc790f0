"""Charts of timelines, positions and diffs (matplotlib, no display needed).

Every function accepts ``ax=`` (a new figure is made when omitted), draws with
the current rcParams/style sheet for fonts and sizes, and returns the Axes.
Colours come from the Okabe–Ito palette, which stays distinguishable with the
common forms of colour blindness and in greyscale print (markers differ too).

How precision is drawn in :func:`plot_timeline`: a day is a point; a coarser
date (month, year…) is a bar over the whole interval it may fall in; an
uncertain date (several possible units) is a hatched bar; a multi-day event
is a solid bar from start to end; a date conflict adds a cross at each
rejected claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import matplotlib
import matplotlib.lines

if TYPE_CHECKING:
    from matplotlib.axes import Axes

from govtimeline.model import Event, EventKind, Position, Stance, Timeline, TimelineDiff
from govtimeline.when import When

__all__ = ["KIND_COLOURS", "STANCE_COLOURS", "plot_diff", "plot_positions", "plot_timeline"]

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
STANCE_COLOURS = {
    Stance.SUPPORT: "#009E73",
    Stance.OPPOSE: "#D55E00",
    Stance.ABSTAIN: "#999999",
    Stance.MIXED: "#E69F00",
}
"""Colour of each stance (green-blue / vermillion / grey / orange: colour-blind safe)."""
STANCE_MARKERS = {Stance.SUPPORT: "o", Stance.OPPOSE: "X", Stance.ABSTAIN: "s", Stance.MIXED: "D"}
_KIND_MARKERS = ("o", "s", "D", "^", "v", "P")
KIND_COLOURS = {kind: OKABE_ITO[i % 7] for i, kind in enumerate(EventKind)}
"""Colour of each event kind (Okabe–Ito; kinds sharing a colour differ in marker)."""
KIND_MARKERS = {kind: _KIND_MARKERS[i % len(_KIND_MARKERS)] for i, kind in enumerate(EventKind)}
"""Marker of each event kind."""

MAX_LABELLED_ROWS = 80
"""Above this many rows, event labels are left out (the chart stays legible)."""


def _axes(ax: Axes | None, rows: int) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # with no display, matplotlib falls back to Agg

    height = min(max(2.5, 0.32 * rows + 1.2), 40.0)
    _, new_ax = plt.subplots(figsize=(9.0, height), layout="constrained")
    return new_ax


def _num(day: date) -> float:
    import matplotlib.dates as mdates

    return float(mdates.date2num(day))


def _span(w: When) -> tuple[float, float]:
    return _num(w.earliest), _num(w.latest + timedelta(days=1))


def _finish_time_axis(ax: Axes) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _empty(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _legend(ax: Axes, handles: list[matplotlib.lines.Line2D]) -> None:
    """The legend, outside the plot on the right, so it never hides a mark."""
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize="small",
    )


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plot_timeline(timeline: Timeline, *, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Events on a time axis, one row each, drawn at their true precision."""
    dated = [e for e in timeline.events if e.when is not None]
    undated = len(timeline.events) - len(dated)
    ax = _axes(ax, len(dated))
    if not dated:
        return _empty(ax, f"No dated events ({undated} undated)" if undated else "No events")
    conflicts = {c.event: c for c in timeline.conflicts}
    labelled = len(dated) <= MAX_LABELLED_ROWS
    for row, event in enumerate(dated):
        _draw_event(ax, row, event, conflicts.get(event.id) is not None)
        conflict = conflicts.get(event.id)
        if conflict is not None:
            for claim in conflict.claims:
                if claim.when is not None and claim.value != conflict.chosen:
                    ax.plot(
                        _num(claim.when.earliest), row, marker="x", color="#D55E00", ms=8, mew=2
                    )
    ax.set_yticks(range(len(dated)))
    ax.set_yticklabels([_short(e.name) for e in dated] if labelled else [])
    ax.set_ylim(len(dated) - 0.5, -0.5)
    _finish_time_axis(ax)
    kinds = sorted({e.kind for e in dated}, key=lambda k: list(EventKind).index(k))
    handles = [
        matplotlib.lines.Line2D(
            [],
            [],
            marker=KIND_MARKERS[k],
            ls="",
            color=KIND_COLOURS[k],
            label=k.value.replace("_", " "),
        )
        for k in kinds
    ]
    if conflicts:
        handles.append(
            matplotlib.lines.Line2D(
                [], [], marker="x", ls="", color="#D55E00", mew=2, label="rejected claim"
            )
        )
    _legend(ax, handles)
    note = f" ({undated} undated not shown)" if undated else ""
    ax.set_title((title or "Timeline") + note, loc="left")
    return ax


def _draw_event(ax: Axes, row: int, event: Event, contested: bool) -> None:
    assert event.when is not None
    colour = KIND_COLOURS[event.kind]
    edge = "#D55E00" if contested else colour
    if event.end is not None and event.end != event.when:
        start, _ = _span(event.when)
        _, stop = _span(event.end)
        ax.barh(row, stop - start, left=start, height=0.5, color=colour, edgecolor=edge)
    elif event.when.days == 1:
        ax.plot(
            _num(event.when.earliest) + 0.5,
            row,
            marker=KIND_MARKERS[event.kind],
            ms=7,
            color=colour,
            mec=edge,
            mew=1.5,
        )
    else:
        start, stop = _span(event.when)
        ax.barh(
            row,
            stop - start,
            left=start,
            height=0.5,
            color=colour,
            alpha=0.35 if event.when.is_exact else 0.2,
            hatch=None if event.when.is_exact else "//",
            edgecolor=edge,
        )


def _position_rows(positions: Sequence[Position], actors: Sequence[str] | None) -> list[str]:
    names = sorted({p.actor for p in positions})
    if actors is not None:
        wanted = {a.casefold() for a in actors}
        names = [n for n in names if n.casefold() in wanted]
    return names


def plot_positions(
    timeline: Timeline,
    *,
    topic: str | None = None,
    actors: Sequence[str] | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Actors as rows, stance as coloured segments over time, arrows at changes.

    Each statement is a marker (shape and colour by stance); the segment after
    it runs to the actor's next statement on the topic. With no ``topic``, the
    topic with most positions is shown.
    """
    dated = [p for p in timeline.positions if p.when is not None]
    if topic is None and dated:
        counts: dict[str, int] = {}
        for p in dated:
            counts[p.topic] = counts.get(p.topic, 0) + 1
        topic = min(counts, key=lambda t: (-counts[t], t))
    chosen = [p for p in dated if topic is not None and p.topic.casefold() == topic.casefold()]
    rows = _position_rows(chosen, actors)
    ax = _axes(ax, len(rows))
    if not rows:
        return _empty(ax, "No dated positions" + (f" on {topic}" if topic else ""))
    last_day = max(p.when.latest for p in chosen if p.when is not None)
    for row, actor in enumerate(rows):
        history = sorted(
            (p for p in chosen if p.actor == actor), key=lambda p: (p.when, p.stance.value)
        )
        for i, p in enumerate(history):
            assert p.when is not None
            start = _num(p.when.earliest)
            following = history[i + 1].when if i + 1 < len(history) else None
            stop = _num(following.earliest) if following else _num(last_day + timedelta(days=30))
            ax.barh(
                row,
                max(stop - start, 1.0),
                left=start,
                height=0.35,
                color=STANCE_COLOURS[p.stance],
                alpha=0.45,
            )
            ax.plot(
                start,
                row,
                marker=STANCE_MARKERS[p.stance],
                ms=8,
                color=STANCE_COLOURS[p.stance],
                mec="black",
                mew=0.5,
            )
            if i and history[i - 1].stance is not p.stance:
                ax.annotate(
                    "",
                    xy=(start, row - 0.3),
                    xytext=(start, row - 0.75),
                    arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.2},
                )
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(rows)
    ax.set_ylim(len(rows) - 0.3, -0.9)
    _finish_time_axis(ax)
    handles = [
        matplotlib.lines.Line2D(
            [], [], marker=STANCE_MARKERS[s], ls="", color=c, mec="black", mew=0.5, label=s.value
        )
        for s, c in STANCE_COLOURS.items()
    ]
    _legend(ax, handles)
    ax.set_title(f"Positions on {topic}", loc="left")
    return ax


def plot_diff(diff: TimelineDiff, *, ax: Axes | None = None) -> Axes:
    """What changed: added (+), removed (−) and re-dated (arrow) events on a time axis."""
    rows: list[tuple[str, When | None, When | None, str]] = []
    rows += [(f"+ {e.name}", e.when, None, "#009E73") for e in diff.events_added]
    rows += [(f"− {e.name}", e.when, None, "#D55E00") for e in diff.events_removed]
    rows += [(f"~ {c.name}", c.old, c.new, "#0072B2") for c in diff.events_redated]
    rows = [r for r in rows if r[1] is not None or r[2] is not None]
    ax = _axes(ax, len(rows))
    if not rows:
        changes = (
            len(diff.positions_added) + len(diff.positions_removed) + len(diff.positions_changed)
        )
        return _empty(ax, f"No dated event changes ({changes} position changes)")
    for row, (_, first, second, colour) in enumerate(rows):
        if first is not None:
            ax.plot(_num(first.earliest), row, marker="o", color=colour, ms=7)
        if first is not None and second is not None:
            ax.annotate(
                "",
                xy=(_num(second.earliest), row),
                xytext=(_num(first.earliest), row),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.5},
            )
        elif second is not None:
            ax.plot(_num(second.earliest), row, marker="o", color=colour, ms=7)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_short(r[0]) for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    _finish_time_axis(ax)
    ax.set_title("Changes between timelines", loc="left")
    return ax
