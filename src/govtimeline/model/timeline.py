"""The reconstructed timeline of a corpus, its queries and its exports.

The exports and ``changes``/``stance`` call through the slots of
:mod:`govtimeline.model._hooks`, which :mod:`govtimeline.io`, :mod:`govtimeline.render`
and :mod:`govtimeline.analysis` fill when imported: the model imports none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from govtimeline.model._display import _Displayed
from govtimeline.model._hooks import ANALYST, RENDERER, SERIALIZER
from govtimeline.model._validators import _tuple
from govtimeline.model.events import Conflict, DocumentAnchor, Event
from govtimeline.model.kinds import Stance
from govtimeline.model.positions import Position, PositionChange
from govtimeline.model.records import Actor, Document
from govtimeline.model.when import When

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
        return _links_kept_inside(
            attrs.evolve(
                self,
                events=tuple(e for e in self.events if e.when is not None and _in(e, window)),
                positions=tuple(
                    p for p in self.positions if p.when is not None and p.when.overlaps(window)
                ),
            )
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
        """Each actor's stance changes on each topic, in date order.

        See :func:`govtimeline.analysis.changes.position_changes`.
        """
        return ANALYST.get().position_changes(self.positions, actor=actor, topic=topic)

    def stance(self, actor: str, topic: str, at: date | When) -> Stance | None:
        """The actor's latest known stance on the topic on or before ``at``.

        See :func:`govtimeline.analysis.changes.stance_at`.
        """
        return ANALYST.get().stance_at(self.positions, actor=actor, topic=topic, at=at)

    # -------------------------------------------------------------------- export
    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise to JSON (schema ``govtimeline.timeline/1``); same as ``gt.to_json(tl)``."""
        return SERIALIZER.get().to_json(self, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """Load a timeline saved by :meth:`to_json`; :class:`SchemaError` if malformed.

        Same as ``gt.from_json(text)``.
        """
        return SERIALIZER.get().from_json(text)

    def to_html(self, path: str | Path | None = None, *, title: str = "Timeline") -> str:
        """A self-contained HTML report; also written to ``path`` when given.

        See :func:`govtimeline.render.report.render_html` (``gt.render_html``).
        """
        return RENDERER.get().to_html(self, title=title, path=path)

    def to_timelinejs(self, *, title: str = "Timeline") -> str:
        """TimelineJS3 JSON: dated events at their true precision, grouped by kind.

        See :mod:`govtimeline.render.timelinejs` (``gt.to_timelinejs``).
        """
        return RENDERER.get().to_timelinejs(self, title=title)

    def to_frame(self, table: Literal["events", "positions"] = "events") -> Any:
        """The events (or positions) as a pandas DataFrame; needs the ``pandas`` extra.

        See :mod:`govtimeline.render.dataframe` for the columns (``gt.to_frame``).
        """
        return RENDERER.get().to_frame(self, table)

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
        See :func:`govtimeline.render.export.render_chart` (``gt.render_chart``).
        """
        return RENDERER.get().savefig(self, path, kind=kind, lanes=lanes, topic=topic, dpi=dpi)

    def to_markdown(self) -> str:
        """The timeline as Markdown (events, conflicts, position changes).

        See :func:`govtimeline.render.report.render_markdown` (``gt.render_markdown``).
        """
        return RENDERER.get().to_markdown(self)

    def plot(
        self,
        *,
        lanes: Literal["kind", "body", "event"] = "kind",
        ax: Axes | None = None,
        title: str | None = None,
    ) -> Axes:
        """Events on a time axis at their true precision, in swimlanes by kind or body.

        See :func:`govtimeline.render.plot.plot_timeline` (``gt.plot_timeline``).
        """
        return RENDERER.get().plot(self, lanes=lanes, ax=ax, title=title)

    def plot_positions(
        self,
        *,
        topic: str | None = None,
        actors: Sequence[str] | None = None,
        ax: Axes | None = None,
    ) -> Axes:
        """Actors' stances on a topic over time, arrows at changes.

        See :func:`govtimeline.render.plot.plot_positions` (``gt.plot_positions``).
        """
        return RENDERER.get().plot_positions(self, topic=topic, actors=actors, ax=ax)


def _links_kept_inside(tl: Timeline) -> Timeline:
    """A window of a timeline that refers to nothing outside it (so its JSON reads back).

    Conflicts about events left out go with them; a position linked to an event left out
    keeps its date and evidence, not the link.
    """
    kept = {e.id for e in (*tl.events, *tl.references)}
    return attrs.evolve(
        tl,
        conflicts=tuple(c for c in tl.conflicts if c.event in kept),
        positions=tuple(
            p if p.event is None or p.event in kept else attrs.evolve(p, event=None)
            for p in tl.positions
        ),
    )


def _in(event: Event, window: When) -> bool:
    assert event.when is not None
    last = event.end or event.when
    return event.when.earliest <= window.latest and window.earliest <= last.latest
