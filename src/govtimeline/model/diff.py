"""What changed between two timelines (built by :func:`govtimeline.analysis.diff.diff`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.model._display import _Displayed
from govtimeline.model._hooks import RENDERER
from govtimeline.model._printing import clip, date_words, plural
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

    def __repr__(self) -> str:
        """``<EventChange 'AI Action Summit' February 2025 → 10–11 February 2025>``."""
        return (
            f"<EventChange {clip(self.name, 50)!r} {date_words(self.old)} → {date_words(self.new)}>"
        )

    def __str__(self) -> str:
        """``AI Action Summit: February 2025 → 10 February 2025``."""
        return f"{self.name}: {date_words(self.old)} → {date_words(self.new)}"


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

    def __repr__(self) -> str:
        """``<TimelineDiff: 3 events added, 1 removed, 2 re-dated; …>``."""
        return f"<TimelineDiff: {self.summary()}>"

    def summary(self) -> str:
        """What changed, counted: ``3 events added, 1 removed, 2 re-dated; 1 position added, …``."""
        if self.is_empty:
            return "no differences"
        return (
            f"{plural(len(self.events_added), 'event')} added, {len(self.events_removed)} removed, "
            f"{len(self.events_redated)} re-dated; {plural(len(self.positions_added), 'position')} "
            f"added, {len(self.positions_removed)} removed, {len(self.positions_changed)} changed"
        )

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
