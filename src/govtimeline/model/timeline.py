"""The reconstructed timeline of a corpus, its queries and its exports.

The exports delegate to the modules that render (:mod:`govtimeline.report`,
:mod:`govtimeline.plot`…), imported when called.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from govtimeline.model._display import _Displayed
from govtimeline.model._validators import _tuple
from govtimeline.model.events import Conflict, DocumentAnchor, Event
from govtimeline.model.kinds import Stance
from govtimeline.model.positions import Position, PositionChange
from govtimeline.model.records import Actor, Document
from govtimeline.when import When

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["Timeline"]


@attrs.frozen(kw_only=True)
class Timeline(_Displayed):
    """The reconstructed timeline of a corpus: events, positions and conflicts."""

    documents: tuple[Document, ...] = attrs.field(default=(), converter=_tuple)
    """Source documents."""
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    """Canonical events, in date order (undated last)."""
    positions: tuple[Position, ...] = attrs.field(default=(), converter=_tuple)
    """Merged positions."""
    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_tuple)
    """Disagreements between sources."""
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    """Actors seen."""
    anchors: tuple[DocumentAnchor, ...] = attrs.field(default=(), converter=_tuple)
    """How each document was dated."""
    references: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    """Named events the sources mention but never date, not even relatively, and that are
    not upcoming ("under the Geneva Conventions"): kept with their mentions, left off
    :attr:`events` because nothing places them in time."""

    # ------------------------------------------------------------------- queries
    def event(self, event_id: str) -> Event:
        """The event with this id; KeyError if none."""
        for e in self.events:
            if e.id == event_id:
                return e
        raise KeyError(event_id)

    def between(self, start: date | When, end: date | When) -> Timeline:
        """The events and positions whose date overlaps ``start``..``end``."""
        window = When.between(start, end)
        return attrs.evolve(
            self,
            events=tuple(e for e in self.events if e.when is not None and _in(e, window)),
            positions=tuple(
                p for p in self.positions if p.when is not None and p.when.overlaps(window)
            ),
        )

    def of_actor(self, actor: str) -> tuple[Position, ...]:
        """Positions of one actor (canonical name, case-insensitive)."""
        key = actor.casefold()
        return tuple(p for p in self.positions if p.actor.casefold() == key)

    def on_topic(self, topic: str) -> tuple[Position, ...]:
        """Positions on one topic (case-insensitive)."""
        key = topic.casefold()
        return tuple(p for p in self.positions if p.topic.casefold() == key)

    def changes(self, actor: str | None = None, topic: str | None = None) -> list[PositionChange]:
        """Each actor's stance changes on each topic, in date order."""
        from govtimeline.changes import position_changes

        return position_changes(self.positions, actor=actor, topic=topic)

    def stance(self, actor: str, topic: str, at: date | When) -> Stance | None:
        """The actor's latest known stance on the topic on or before ``at``."""
        from govtimeline.changes import stance_at

        return stance_at(self.positions, actor=actor, topic=topic, at=at)

    # -------------------------------------------------------------------- export
    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise to JSON (schema ``govtimeline.timeline/1``)."""
        from govtimeline.serialize import timeline_to_json

        return timeline_to_json(self, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """Load a timeline saved by :meth:`to_json`; :class:`SchemaError` if malformed."""
        from govtimeline.serialize import timeline_from_json

        return timeline_from_json(text)

    def to_html(self, path: str | Path | None = None, *, title: str = "Timeline") -> str:
        """A self-contained HTML report; also written to ``path`` when given."""
        from govtimeline.report import render_html
        from govtimeline.writing import write_atomic

        page = render_html(self, title=title)
        if path is not None:
            write_atomic(path, page)
        return page

    def to_timelinejs(self, *, title: str = "Timeline") -> str:
        """TimelineJS3 JSON: dated events at their true precision, grouped by kind.

        See :mod:`govtimeline.timelinejs`.
        """
        from govtimeline.timelinejs import to_timelinejs

        return to_timelinejs(self, title=title)

    def to_frame(self, table: Literal["events", "positions"] = "events") -> Any:
        """The events (or positions) as a pandas DataFrame; needs the ``pandas`` extra.

        See :mod:`govtimeline.frame` for the columns.
        """
        from govtimeline.frame import to_frame

        return to_frame(self, table)

    def savefig(
        self,
        path: str | Path,
        *,
        kind: Literal["timeline", "positions"] = "timeline",
        lanes: Literal["kind", "body", "event"] = "kind",
        topic: str | None = None,
        dpi: float = 150,
    ) -> Path:
        """Draw a chart and write it to ``path`` atomically; SVG, PNG or PDF by the suffix.

        ``kind="positions"`` draws :meth:`plot_positions` (for ``topic``).
        """
        from govtimeline.export import render_chart
        from govtimeline.writing import write_atomic

        fmt = Path(path).suffix.lstrip(".").lower()
        data = render_chart(self, kind=kind, fmt=fmt, lanes=lanes, topic=topic, dpi=dpi)
        return write_atomic(path, data)

    def to_markdown(self) -> str:
        """The timeline as Markdown (events, conflicts, position changes)."""
        from govtimeline.report import render_markdown

        return render_markdown(self)

    def plot(
        self,
        *,
        lanes: Literal["kind", "body", "event"] = "kind",
        ax: Axes | None = None,
        title: str | None = None,
    ) -> Axes:
        """Events on a time axis at their true precision, in swimlanes by kind or body.

        See :func:`govtimeline.plot.plot_timeline`.
        """
        from govtimeline.plot import plot_timeline

        return plot_timeline(self, lanes=lanes, ax=ax, title=title)

    def plot_positions(
        self,
        *,
        topic: str | None = None,
        actors: Sequence[str] | None = None,
        ax: Axes | None = None,
    ) -> Axes:
        """Actors' stances on a topic over time, arrows at changes."""
        from govtimeline.plot import plot_positions

        return plot_positions(self, topic=topic, actors=actors, ax=ax)


def _in(event: Event, window: When) -> bool:
    assert event.when is not None
    last = event.end or event.when
    return event.when.earliest <= window.latest and window.earliest <= last.latest
