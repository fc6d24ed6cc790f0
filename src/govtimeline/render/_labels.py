"""Label placement for swimlane charts: sub-rows so no two labels overlap (internal).

Works in display units (pixels) on measured label widths, so it is exact for
the renderer that measured them. Each event has a *mark* (a point or a bar,
plus any rejected date claims) and a *label* set just right of the mark, or
just left of it when the right would run off the Axes. A lane is split into
sub-rows; an event goes to the first sub-row whose last footprint (mark plus
label) ends before its own begins. Sub-rows are one label height apart, so
labels in different sub-rows cannot overlap either. When a lane would need
more than ``cap`` sub-rows, the event keeps its mark but loses its label; the
mark goes to a sub-row where it covers no label, or else to one extra sub-row
of bare marks below the others, so a mark never hides a label.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

__all__ = ["Item", "Placement", "Side", "pack_lane"]


class Side(enum.Enum):
    """Where a label sits relative to its mark."""

    RIGHT = "right"
    LEFT = "left"
    HIDDEN = "hidden"


@attrs.frozen(kw_only=True)
class Item:
    """One event of a lane, measured in pixels."""

    start: float
    """Left end of the mark (including rejected claims)."""
    end: float
    """Right end of the mark."""
    width: float
    """Width of the label text."""


@attrs.frozen(kw_only=True)
class Placement:
    """Where one event goes: its sub-row and its label's side."""

    row: int
    """Sub-row within the lane, 0 first."""
    side: Side
    """Label to the right, to the left, or hidden."""
    label_start: float
    """Left edge of the label in pixels (meaningless when hidden)."""


def pack_lane(
    items: Sequence[Item],
    *,
    left: float,
    right: float,
    cap: int,
    pad: float = 4.0,
    gap: float = 6.0,
) -> list[Placement]:
    """Place each item of one lane (in the order given) in a sub-row with its label.

    ``left``/``right`` bound the Axes in pixels; ``pad`` separates a label
    from its mark, ``gap`` separates two footprints in one sub-row.
    """
    ends: list[float] = []
    out: list[Placement] = []
    overflow: list[int] = []
    for item in items:
        side, lo, hi, label_start = _footprint(item, left, right, pad)
        row = _free_row(ends, lo, gap)
        if row is None and side is not Side.HIDDEN and len(ends) < cap:
            ends.append(hi)
            row = len(ends) - 1
        elif row is None or side is Side.HIDDEN:
            # No room for the label: the mark alone goes where it hides nothing.
            side, lo, hi, label_start = Side.HIDDEN, item.start, item.end, 0.0
            row = _free_row(ends, lo, gap)
            if row is None and len(ends) < cap:
                ends.append(hi)
                row = len(ends) - 1
            elif row is None:  # every sub-row is taken here: an extra row of bare marks
                overflow.append(len(out))
                out.append(Placement(row=-1, side=side, label_start=0.0))
                continue
        ends[row] = max(ends[row], hi)
        out.append(Placement(row=row, side=side, label_start=label_start))
    for index in overflow:
        out[index] = attrs.evolve(out[index], row=len(ends))
    return out


def _free_row(ends: Sequence[float], start: float, gap: float) -> int | None:
    """The first sub-row whose footprints all end ``gap`` before ``start``."""
    return next((r for r, end in enumerate(ends) if end + gap <= start), None)


def _footprint(
    item: Item, left: float, right: float, pad: float
) -> tuple[Side, float, float, float]:
    """The label's side and the pixel span taken by mark plus label."""
    start = item.end + pad
    if start + item.width <= right:
        return Side.RIGHT, item.start, start + item.width, start
    start = item.start - pad - item.width
    if start >= left:
        return Side.LEFT, start, item.end, start
    return Side.HIDDEN, item.start, item.end, 0.0
