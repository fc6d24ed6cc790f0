"""What changed between two timelines (built by :func:`govtimeline.analysis.diff.diff`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.model._display import _Displayed
from govtimeline.model._hooks import RENDERER
from govtimeline.model._validators import _tuple
from govtimeline.model.events import Event
from govtimeline.model.positions import Position, PositionChange
from govtimeline.model.when import When

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["EventChange", "TimelineDiff"]


@attrs.frozen(kw_only=True)
class EventChange:
    """An event present in both timelines whose date changed."""

    event: str
    """Event id."""
    name: str
    """Event name (from the newer timeline)."""
    old: When | None
    """Date in the old timeline."""
    new: When | None
    """Date in the new timeline."""


@attrs.frozen(kw_only=True)
class TimelineDiff(_Displayed):
    """What changed between two timelines."""

    events_added: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    """Events only in the new timeline."""
    events_removed: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    """Events only in the old timeline."""
    events_redated: tuple[EventChange, ...] = attrs.field(default=(), converter=_tuple)
    """Events whose date or precision changed."""
    positions_added: tuple[Position, ...] = attrs.field(default=(), converter=_tuple)
    """Positions only in the new timeline."""
    positions_removed: tuple[Position, ...] = attrs.field(default=(), converter=_tuple)
    """Positions only in the old timeline."""
    positions_changed: tuple[PositionChange, ...] = attrs.field(default=(), converter=_tuple)
    """Same actor and topic, different stance."""

    def plot(self, *, ax: Axes | None = None) -> Axes:
        """Added, removed and re-dated events on a time axis (``gt.plot_diff``)."""
        return RENDERER.get().plot_diff(self, ax=ax)

    def __str__(self) -> str:
        """One line per change (``gt.render_diff_text``); the repr while the render slot is empty."""
        renderer = RENDERER.peek()
        return repr(self) if renderer is None else renderer.diff_text(self)

    @property
    def is_empty(self) -> bool:
        """True when the timelines agree."""
        return not any(
            (
                self.events_added,
                self.events_removed,
                self.events_redated,
                self.positions_added,
                self.positions_removed,
                self.positions_changed,
            )
        )
