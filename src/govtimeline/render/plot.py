"""Charts of timelines, positions and diffs (matplotlib, no display needed).

Every function accepts ``ax=`` (a new figure is made when omitted), draws with
the current rcParams/style sheet for fonts, sizes and text colour, and returns
the Axes. Colours come from the Okabe–Ito palette, which stays
distinguishable with the common forms of colour blindness; marker shapes
differ too, so charts read in greyscale print.

How :func:`plot_timeline` draws an event: a day is a point; a coarser date
(month, quarter, year…) is a bar over the whole interval it may fall in; an
uncertain date (several possible units) is a hatched bar; a multi-day event is
a solid bar from start to end; a planned event is hollow; a date conflict gets
a vermillion edge, a cross at each competing date joined to the chosen one by
a dotted line, and the competing dates in its label.

Swimlanes (``lanes="kind"`` or ``"body"``) put every event of a lane on a few
sub-rows with its label beside it; labels are measured with the renderer and
placed so that no two overlap (see :mod:`govtimeline.render._labels`). The date axis
picks its ticks from days to decades to fit the span.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import attrs
import matplotlib.colors
import matplotlib.patches

from govtimeline.errors import OutputError
from govtimeline.model import Event, EventKind, EventStatus, Timeline
from govtimeline.render._chart import (
    CONFLICT_COLOUR,
    KIND_COLOURS,
    KIND_MARKERS,
    STANCE_COLOURS,
    empty,
    finish_time_axis,
    fit_date_ticks,
    key,
    legend,
    new_axes,
    num,
    plain_text,
    quiet_glyphs,
    short,
    span,
)
from govtimeline.render._labels import Item, Placement, Side, pack_lane
from govtimeline.render._plot_changes import plot_diff, plot_positions
from govtimeline.render.datetext import describe

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

__all__ = [
    "KIND_COLOURS",
    "LABEL_GID",
    "LANES",
    "STANCE_COLOURS",
    "plot_diff",
    "plot_positions",
    "plot_timeline",
]

Lanes = Literal["kind", "body", "event"]
LANES: tuple[str, ...] = ("kind", "body", "event")
"""Accepted ``lanes=``: a swimlane per event kind, per body, or one row per event."""
LABEL_GID = "govtimeline-label"
"""The artist label of every event label drawn in a swimlane chart (tests find them by it)."""
MAX_LABELLED_ROWS = 80
"""With ``lanes="event"``, above this many rows event names are left out."""
MAX_SUBROWS = 10
"""At most this many sub-rows per swimlane; events beyond keep their mark, not their label."""
MAX_HEIGHT = 24.0
"""Tallest figure (inches) a swimlane chart grows to when it makes its own."""
_LANE_GAP = 0.6
_MARKER_SIZE = 7.0
_GREY = "#777777"
_NO_BODY = "(no body named)"


@attrs.frozen(kw_only=True)
class _Mark:
    """What is drawn for one event, in date numbers."""

    event: Event
    start: float
    end: float
    point: bool
    claims: tuple[float, ...]
    name: str
    suffix: str

    @property
    def label(self) -> str:
        """The event's name and, for a contested date, the competing dates."""
        return self.name + self.suffix


def _marks(timeline: Timeline, dated: Sequence[Event], limit: int) -> list[_Mark]:
    conflicts = {c.event: c for c in timeline.conflicts if c.field == "when"}
    marks = []
    for event in dated:
        assert event.when is not None
        if event.end is not None and event.end != event.when:
            start, stop, point = span(event.when)[0], span(event.end)[1], False
        elif event.when.days == 1:
            start = stop = num(event.when.earliest) + 0.5
            point = True
        else:
            (start, stop), point = span(event.when), False
        claims: list[float] = []
        others: list[str] = []
        conflict = conflicts.get(event.id)
        chosen = conflict.chosen if conflict else None
        for claim in conflict.claims if conflict else ():
            if claim.when is not None and claim.value != chosen:
                low, high = span(claim.when)
                claims.append((low + high) / 2)
                others.append(describe(claim.when, abbreviate=True))
        suffix = f" (also dated {', '.join(others)})" if others else ""
        marks.append(
            _Mark(
                event=event,
                start=start,
                end=stop,
                point=point,
                claims=tuple(claims),
                name=short(event.name, limit),
                suffix=suffix,
            )
        )
    return marks


@plain_text
def plot_timeline(
    timeline: Timeline,
    *,
    lanes: Lanes = "kind",
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Events on a time axis at their true precision, in swimlanes by kind or body.

    ``lanes="event"`` gives one row per event with its name on the y axis.
    Undated events are counted in the title, not drawn. Labels are placed for
    the Axes' size at the time of the call: give your figure its size and
    layout (``layout="constrained"``) before plotting into it, not after.
    """
    if lanes not in LANES:
        raise OutputError(f"lanes must be one of {list(LANES)}, got {lanes!r}")
    dated = [e for e in timeline.events if e.when is not None]
    undated = len(timeline.events) - len(dated)
    if not dated:
        ax = new_axes(ax, 2)
        return empty(ax, f"No dated events ({undated} undated)" if undated else "No events")
    if lanes == "event":
        return _plot_rows(timeline, dated, undated, ax, title)
    marks = _marks(timeline, dated, 40)
    groups: dict[str, list[_Mark]] = defaultdict(list)
    for mark in marks:
        groups[_lane(mark.event, lanes)].append(mark)
    names = _lane_order(groups, lanes)
    owned = ax is None  # only a figure we make ourselves may grow to fit
    ax = new_axes(ax, 1.6 * len(names) + 1)
    lo = min(min((m.start, *m.claims)) for m in marks)
    hi = max(max((m.end, *m.claims)) for m in marks)
    finish_time_axis(ax, (lo, hi))
    legend(ax, _handles(marks, lanes))
    ax.set_yticks(range(len(names)), [short(n, 28) for n in names])
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_title(title or "Timeline", loc="left")
    with quiet_glyphs():
        rows, hidden = _layout(
            ax, [sorted(groups[n], key=lambda m: (m.start, m.end)) for n in names], owned=owned
        )
    _draw_lanes(ax, names, rows)
    notes = [f"{undated} undated not shown"] if undated else []
    if hidden:
        notes.append(f"{hidden} of {len(marks)} labels hidden")
    if notes:
        ax.set_title(f"{title or 'Timeline'} ({'; '.join(notes)})", loc="left")
    fit_date_ticks(ax)
    return ax


def _lane(event: Event, lanes: str) -> str:
    if lanes == "kind":
        return event.kind.value.replace("_", " ")
    return event.body or _NO_BODY


def _lane_order(groups: dict[str, list[_Mark]], lanes: str) -> list[str]:
    if lanes == "kind":
        order = [k.value.replace("_", " ") for k in EventKind]
        return [n for n in order if n in groups]
    return sorted(groups, key=lambda n: (n == _NO_BODY, n.casefold()))


@attrs.frozen(kw_only=True)
class _Label:
    """A label's text as it will be drawn, and its size in pixels."""

    text: str
    width: float
    height: float


def _labels(ax: Axes, marks: Sequence[_Mark], radius: float) -> dict[int, _Label]:
    """Measure each label with the figure's renderer; shorten names that fit neither side."""
    box = ax.get_window_extent()
    probe = ax.text(0, 0, "", fontsize="small")

    def measure(text: str) -> _Label:
        """The label ``text`` with its size as drawn."""
        probe.set_text(text)
        extent = probe.get_window_extent()
        return _Label(text=text, width=extent.width, height=extent.height)

    out = {}
    for mark in marks:
        low, high = _extent(ax, mark, radius)
        room = max(box.x1 - high, low - box.x0) - 4.0
        label = measure(mark.label)
        size = len(mark.name)
        while label.width > room and size > 8:
            size = max(8, min(size - 1, int(size * room / label.width)))
            label = measure(short(mark.name, size) + mark.suffix)
        out[id(mark)] = label
    probe.remove()
    return out


def _extent(ax: Axes, mark: _Mark, radius: float) -> tuple[float, float]:
    """Left and right pixel edges of a mark, its rejected claims included."""
    xs = [mark.start, mark.end, *mark.claims]
    px = [float(x) for x in ax.transData.transform([(x, 0.0) for x in xs])[:, 0]]
    if not mark.claims and px[1] - px[0] >= 3.0:  # a bar wide enough to be drawn as a bar
        radius = 1.0
    return min(px) - radius, max(px) + radius


_Placed = list[list[tuple[_Mark, Placement, str]]]


def _layout(ax: Axes, lanes: list[list[_Mark]], *, owned: bool) -> tuple[_Placed, int]:
    """Pack every lane into sub-rows, grow the figure if we made it, return placements."""
    figure = ax.get_figure(root=True)
    assert figure is not None
    flat = [m for lane in lanes for m in lane]
    radius = 0.5 * _MARKER_SIZE * figure.dpi / 72 + 1
    placed: _Placed = []
    figure.draw_without_rendering()
    for _ in range(3):
        box = ax.get_window_extent()
        labels = _labels(ax, flat, radius)
        pitch = max(max(label.height for label in labels.values()) * 1.35, 2.4 * radius)
        spare = figure.get_figheight() * figure.dpi - box.height
        room = (MAX_HEIGHT * figure.dpi - spare) if owned else box.height
        for cap in range(MAX_SUBROWS, 0, -1):
            placed = [_pack(ax, lane, labels, radius, cap) for lane in lanes]
            if _units(placed) * pitch <= room:
                break
        else:  # not even one sub-row per lane leaves room for labels: marks only
            placed = [
                [(m, attrs.evolve(p, side=Side.HIDDEN), t) for m, p, t in lane] for lane in placed
            ]
        if not owned:
            break
        # tall enough for the rows, and for the legend beside them (else the layout squeezes the axes)
        key_box = ax.get_legend().get_window_extent()  # type: ignore[union-attr]
        height = max(spare + _units(placed) * pitch, key_box.height + 0.9 * figure.dpi)
        figure.set_figheight(max(2.0, height / figure.dpi))
        figure.draw_without_rendering()
        if abs(ax.get_window_extent().width - box.width) < 0.5:
            break
    hidden = sum(p.side is Side.HIDDEN for lane in placed for _, p, _ in lane)
    return placed, hidden


def _units(placed: _Placed) -> float:
    rows = [1 + max(p.row for _, p, _ in lane) for lane in placed]
    return sum(rows) + _LANE_GAP * (len(rows) - 1) + 1.0


def _pack(
    ax: Axes, lane: list[_Mark], labels: dict[int, _Label], radius: float, cap: int
) -> list[tuple[_Mark, Placement, str]]:
    box = ax.get_window_extent()
    items = []
    for mark in lane:
        low, high = _extent(ax, mark, radius)
        items.append(Item(start=low, end=high, width=labels[id(mark)].width))
    placements = pack_lane(items, left=box.x0, right=box.x1, cap=cap)
    return [(m, p, labels[id(m)].text) for m, p in zip(lane, placements, strict=True)]


def _draw_lanes(ax: Axes, names: Sequence[str], placed: _Placed) -> None:
    inverse = ax.transData.inverted()
    offset = 0.0
    ticks = []
    rows: list[tuple[_Mark, float]] = []
    for index, lane in enumerate(placed):
        depth = 1 + max(p.row for _, p, _ in lane)
        if index:
            ax.axhline(offset - (_LANE_GAP + 1) / 2, color=_GREY, lw=0.6, alpha=0.4)
        ticks.append(offset + (depth - 1) / 2)
        for mark, placement, label in lane:
            y = offset + placement.row
            rows.append((mark, y))
            if placement.side is not Side.HIDDEN:
                # label_start is the left edge of the text, whichever side it sits on
                x = float(inverse.transform((placement.label_start, 0.0))[0])
                text = ax.text(x, y, label, fontsize="small", ha="left", va="center")
                text.set_label(LABEL_GID)  # found by it; a gid would repeat one SVG id
                text.set_in_layout(False)
        offset += depth + _LANE_GAP
    _draw_marks(ax, rows)
    ax.set_yticks(ticks, [short(n, 28) for n in names])
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(offset - _LANE_GAP - 0.5, -0.5)


_BAR_STYLE: dict[str, tuple[float, str | None]] = {
    "span": (1.0, None),  # alpha of the fill, hatch
    "exact": (0.35, None),
    "uncertain": (0.2, "//"),
}


def _bar_style(mark: _Mark) -> str:
    event = mark.event
    assert event.when is not None
    if event.end is not None and event.end != event.when:
        return "span"  # a multi-day event: solid from its first day to its last
    return "exact" if event.when.is_exact else "uncertain"


def _draw_marks(ax: Axes, rows: Sequence[tuple[_Mark, float]]) -> None:
    """Points and bars, batched by style so a thousand events draw quickly.

    A bar narrower than a marker (two days on a ten-year axis) is drawn as a
    marker at its middle, so it stays visible.
    """
    figure = ax.get_figure(root=True)
    assert figure is not None
    low, high = ax.get_xlim()
    narrow = 3.0 * (high - low) / max(ax.get_window_extent().width, 1.0)
    points: dict[tuple[EventKind, bool, bool], list[tuple[float, float]]] = defaultdict(list)
    bars: dict[tuple[EventKind, bool, bool, str], list[tuple[float, float, float]]]
    bars = defaultdict(list)
    for mark, y in rows:
        planned = mark.event.status is EventStatus.PLANNED
        contested = bool(mark.claims)
        if mark.point or mark.end - mark.start < narrow:
            points[(mark.event.kind, planned, contested)].append(((mark.start + mark.end) / 2, y))
        else:
            bars[(mark.event.kind, planned, contested, _bar_style(mark))].append(
                (mark.start, max(mark.end - mark.start, 1.0), y)
            )
        for claim in mark.claims:
            ax.plot(
                [(mark.start + mark.end) / 2, claim], [y, y], ls=":", lw=1, color=CONFLICT_COLOUR
            )
            ax.plot(claim, y, marker="x", ms=_MARKER_SIZE, mew=2, color=CONFLICT_COLOUR, ls="")
    for (kind, planned, contested), xy in points.items():
        colour = KIND_COLOURS[kind]
        ax.plot(
            [x for x, _ in xy],
            [y for _, y in xy],
            ls="",
            marker=KIND_MARKERS[kind],
            ms=_MARKER_SIZE,
            color=colour,
            mfc="none" if planned else colour,
            mec=CONFLICT_COLOUR if contested else colour,
            mew=1.5,
        )
    for (kind, planned, contested, style), spans in bars.items():
        colour = KIND_COLOURS[kind]
        edge = CONFLICT_COLOUR if contested else colour
        alpha, hatch = _BAR_STYLE[style]
        ax.barh(
            [y for _, _, y in spans],
            [w for _, w, _ in spans],
            left=[x for x, _, _ in spans],
            height=0.5,
            facecolor="none" if planned else matplotlib.colors.to_rgba(colour, alpha),
            hatch=hatch,
            edgecolor=edge,
            linewidth=1.5 if planned or contested else 0.8,
        )


def _handles(marks: Sequence[_Mark], lanes: str) -> list[Artist]:
    handles: list[Artist] = []
    if lanes != "kind":
        kinds = sorted({m.event.kind for m in marks}, key=list(EventKind).index)
        handles += [key(KIND_MARKERS[k], KIND_COLOURS[k], k.value.replace("_", " ")) for k in kinds]
    handles.append(key("o", _GREY, "a day"))
    handles.append(
        matplotlib.patches.Patch(facecolor=_GREY, alpha=0.35, label="month, quarter, year…")
    )
    if any(not m.point and _bar_style(m) == "uncertain" for m in marks):
        handles.append(
            matplotlib.patches.Patch(
                facecolor=_GREY, alpha=0.2, hatch="//", edgecolor=_GREY, label="uncertain date"
            )
        )
    if any(m.event.status is EventStatus.PLANNED for m in marks):
        handles.append(key("o", _GREY, "planned (hollow)", mfc="none"))
    if any(m.claims for m in marks):
        handles.append(key("x", CONFLICT_COLOUR, "competing date", mew=2))
    return handles


def _plot_rows(
    timeline: Timeline, dated: Sequence[Event], undated: int, ax: Axes | None, title: str | None
) -> Axes:
    """One row per event, names on the y axis."""
    ax = new_axes(ax, len(dated))
    marks = _marks(timeline, dated, 36)
    lo = min(min((m.start, *m.claims)) for m in marks)
    hi = max(max((m.end, *m.claims)) for m in marks)
    finish_time_axis(ax, (lo, hi))
    _draw_marks(ax, [(m, float(row)) for row, m in enumerate(marks)])
    labelled = len(dated) <= MAX_LABELLED_ROWS
    ax.set_yticks(range(len(dated)), [short(m.label, 44) for m in marks] if labelled else [])
    ax.set_ylim(len(dated) - 0.5, -0.5)
    legend(ax, _handles(marks, "event"))
    notes = [f"{undated} undated not shown"] if undated else []
    if labelled and not _rows_fit(ax):
        ax.set_yticklabels([])
        notes.append("names left out: too many rows for the height")
    ax.set_title((title or "Timeline") + (f" ({'; '.join(notes)})" if notes else ""), loc="left")
    fit_date_ticks(ax)
    return ax


def _rows_fit(ax: Axes) -> bool:
    """Whether one row of the Axes is tall enough for a name on the y axis."""
    figure = ax.get_figure(root=True)
    assert figure is not None
    with quiet_glyphs():
        figure.draw_without_rendering()
        heights = [t.get_window_extent().height for t in ax.get_yticklabels() if t.get_text()]
    rows = abs(ax.get_ylim()[0] - ax.get_ylim()[1])
    return not heights or ax.get_window_extent().height / rows >= max(heights) * 1.05
