"""Charts of positions over time and of the changes between two timelines (internal).

Public through :mod:`govtimeline.render.plot`: :func:`plot_positions` and :func:`plot_diff`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import matplotlib

from govtimeline.model import Position, Timeline, TimelineDiff
from govtimeline.model.when import When
from govtimeline.render._chart import (
    STANCE_COLOURS,
    STANCE_MARKERS,
    empty,
    finish_time_axis,
    fit_date_ticks,
    key,
    legend,
    new_axes,
    num,
    plain_text,
    short,
)
from govtimeline.render.datetext import describe

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_diff", "plot_positions"]

MIN_SPAN_DAYS = 92.0
"""A positions chart spans at least about three months, so one statement is drawn on a
months axis, not a days axis; it was a whole year, which padded a single month of data
with eleven empty ones."""


def _position_rows(positions: Sequence[Position], actors: Sequence[str] | None) -> list[str]:
    names = sorted({p.actor for p in positions})
    if actors is not None:
        wanted = {a.casefold() for a in actors}
        names = [n for n in names if n.casefold() in wanted]
    return names


def _most_discussed(dated: Sequence[Position]) -> str | None:
    """The topic with most dated positions (ties: alphabetical), None when there are none."""
    if not dated:
        return None
    counts: dict[str, int] = {}
    for p in dated:
        counts[p.topic] = counts.get(p.topic, 0) + 1
    return min(counts, key=lambda t: (-counts[t], t))


def _draw_history(ax: Axes, row: int, history: Sequence[Position], right: float) -> None:
    """One actor's statements: a marker each, the stance as a bar until the next, arrows at changes."""
    ink = matplotlib.rcParams["text.color"]
    for i, p in enumerate(history):
        assert p.when is not None
        start = num(p.when.earliest)
        following = history[i + 1].when if i + 1 < len(history) else None
        # the stance holds until the next statement; after the last, faintly, to the edge
        stop = num(following.earliest) if following else right
        ax.barh(
            row,
            max(stop - start, 1.0),
            left=start,
            height=0.35,
            color=STANCE_COLOURS[p.stance],
            alpha=0.45 if following else 0.25,
            linewidth=0,
        )
        ax.plot(
            start,
            row,
            marker=STANCE_MARKERS[p.stance],
            ms=8,
            color=STANCE_COLOURS[p.stance],
            mec=ink,
            mew=0.5,
            clip_on=False,
        )
        before = history[i - 1].stance if i else None
        if before is not None and before is not p.stance:
            ax.annotate(
                f"{before.value} → {p.stance.value}",
                xy=(start, row - 0.25),
                xytext=(start, row - 0.7),
                ha="center",
                va="bottom",
                fontsize="x-small",
                arrowprops={"arrowstyle": "-|>", "color": ink, "lw": 1.0},
            )


def _position_limits(shown: Sequence[Position]) -> tuple[float, float]:
    """The time axis of the shown positions, at least :data:`MIN_SPAN_DAYS` wide."""
    low = min(num(p.when.earliest) for p in shown if p.when is not None)
    high = max(num(p.when.latest) + 1 for p in shown if p.when is not None)
    width = max(high - low, MIN_SPAN_DAYS)
    middle = (low + high) / 2
    return (middle - width / 2, middle + width / 2)


@plain_text
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
    if topic is None:
        topic = _most_discussed(dated)
    chosen = [p for p in dated if topic is not None and p.topic.casefold() == topic.casefold()]
    rows = _position_rows(chosen, actors)
    ax = new_axes(ax, len(rows), min_height=1.8)
    if not rows:
        return empty(ax, "No dated positions" + (f" on {topic}" if topic else ""))
    shown = [p for p in chosen if p.actor in rows]
    finish_time_axis(ax, _position_limits(shown))
    right = ax.get_xlim()[1]
    for row, actor in enumerate(rows):
        history = sorted(
            (p for p in shown if p.actor == actor), key=lambda p: (p.when, p.stance.value)
        )
        _draw_history(ax, row, history, right)
    ax.set_yticks(range(len(rows)), [short(r, 40) for r in rows])
    ax.set_ylim(len(rows) - 0.4, -1.0)
    present = {p.stance for p in shown}
    ink = matplotlib.rcParams["text.color"]
    handles = [
        key(STANCE_MARKERS[s], c, s.value, mec=ink, mew=0.5)
        for s, c in STANCE_COLOURS.items()
        if s in present
    ]
    legend(ax, handles)
    ax.set_title(f"Positions on {short(topic or '', 60)}", loc="left")
    fit_date_ticks(ax)
    return ax


_ADDED, _REMOVED, _REDATED = "#009E73", "#D55E00", "#0072B2"


def _diff_rows(diff: TimelineDiff) -> list[tuple[str, When | None, When | None, str]]:
    rows: list[tuple[str, When | None, When | None, str]] = []
    rows += [(f"+ {short(e.name)}", e.when, None, _ADDED) for e in diff.events_added]
    rows += [(f"− {short(e.name)}", e.when, None, _REMOVED) for e in diff.events_removed]
    for c in diff.events_redated:
        dates = " → ".join(describe(w, abbreviate=True) if w else "undated" for w in (c.old, c.new))
        rows.append((short(f"~ {short(c.name, 36)} ({dates})", 60), c.old, c.new, _REDATED))
    return [r for r in rows if r[1] is not None or r[2] is not None]


def _at(when: When, row: int, ax: Axes, colour: str, marker: str, hollow: bool = False) -> float:
    """A marker in the middle of ``when`` and a thin line over the interval it covers."""
    low, high = num(when.earliest), num(when.latest) + 1
    middle = (low + high) / 2
    if high - low > 1:
        ax.plot([low, high], [row, row], color=colour, lw=3, alpha=0.35, solid_capstyle="butt")
    ax.plot(
        middle, row, marker=marker, ms=8, color=colour, mfc="none" if hollow else colour, mew=1.5
    )
    return middle


def _redated(ax: Axes, row: int, first: When | None, second: When | None) -> None:
    """A re-dated event: a hollow marker at the old date, a filled one at the new, an arrow."""
    old = _at(first, row, ax, _REDATED, "o", hollow=True) if first is not None else None
    new = _at(second, row, ax, _REDATED, "o") if second is not None else None
    if old is not None and new is not None and old != new:
        ax.annotate(
            "",
            xy=(new, row),
            xytext=(old, row),
            arrowprops={
                "arrowstyle": "-|>",
                "color": _REDATED,
                "lw": 1.2,
                "shrinkA": 5,
                "shrinkB": 5,
            },
        )


@plain_text
def plot_diff(diff: TimelineDiff, *, ax: Axes | None = None) -> Axes:
    """What changed: added (+), removed (−) and re-dated (old → new arrow) events in time.

    A coarse date is a marker at its middle with a faint line over its whole
    interval; a re-dated event goes from a hollow marker (old date) to a filled
    one (new date).
    """
    rows = _diff_rows(diff)
    ax = new_axes(ax, len(rows))
    if not rows:
        changes = (
            len(diff.positions_added) + len(diff.positions_removed) + len(diff.positions_changed)
        )
        return empty(ax, f"No dated event changes ({changes} position changes)")
    dates = [w for _, a, b, _ in rows for w in (a, b) if w is not None]
    finish_time_axis(
        ax, (min(num(w.earliest) for w in dates), max(num(w.latest) + 1 for w in dates))
    )
    for row, (_, first, second, colour) in enumerate(rows):
        if colour != _REDATED:
            assert first is not None
            _at(first, row, ax, colour, "P" if colour == _ADDED else "X")
        else:
            _redated(ax, row, first, second)
    ax.set_yticks(range(len(rows)), [r[0] for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    present = {r[3] for r in rows}
    handles = [
        key("P", _ADDED, "added"),
        key("X", _REMOVED, "removed"),
        key("o", _REDATED, "re-dated: old (hollow) → new", mfc="none"),
    ]
    legend(
        ax, [h for h, c in zip(handles, (_ADDED, _REMOVED, _REDATED), strict=True) if c in present]
    )
    ax.set_title("Changes between timelines", loc="left")
    fit_date_ticks(ax)
    return ax
