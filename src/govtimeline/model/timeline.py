"""The reconstructed timeline of a corpus, its queries and its exports.

The exports and ``changes``/``stance`` call through the slots of
:mod:`govtimeline.model._hooks`, which :mod:`govtimeline.io`, :mod:`govtimeline.render`
and :mod:`govtimeline.analysis` fill when imported: the model imports none of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from govtimeline.model._display import _Displayed
from govtimeline.model._hooks import ANALYST, RENDERER, SERIALIZER
from govtimeline.model._printing import clip, date_words, plural, span_words, table
from govtimeline.model._validators import _tuple
from govtimeline.model.events import Conflict, DocumentAnchor, Event
from govtimeline.model.kinds import Stance
from govtimeline.model.positions import Position, PositionChanges
from govtimeline.model.published import to_when
from govtimeline.model.records import Actor, Document
from govtimeline.model.when import When

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["DateLike", "Timeline", "topic_key"]

DateLike = date | datetime | When | str
"""What the date arguments of the queries accept: a When, a date, a datetime, or a date
string ("2025-01-01", "2025-03", "March 2025", "2025")."""

PRINTED_EVENTS = 20
"""``str(tl)`` lists at most this many events."""

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def topic_key(topic: str) -> str:
    """How topics are compared in queries: case, spacing and a leading article ignored.

    ``topic_key("The  Global AI governance") == topic_key("global AI governance")``.
    """
    words = " ".join(topic.casefold().replace("-", " ").split())
    return _ARTICLE.sub("", words)


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

    def between(self, start: DateLike, end: DateLike) -> Timeline:
        """The events and positions whose date overlaps ``start``..``end``.

        Each bound is a When, a date or a date string ("2025-01-01", "2025-03",
        "March 2025", "2025"); a coarse bound counts whole (``between("2025-01",
        "2025-03")`` is 1 January to 31 March 2025).
        """
        window = When.between(to_when(start, field="start"), to_when(end, field="end"))
        return _links_kept_inside(
            attrs.evolve(
                self,
                events=tuple(e for e in self.events if e.when is not None and _in(e, window)),
                positions=tuple(
                    p for p in self.positions if p.when is not None and p.when.overlaps(window)
                ),
            )
        )

    def actor_name(self, name: str) -> str:
        """The canonical name of the actor called ``name`` (its name or one of its aliases).

        Case-insensitive; ``name`` itself when no actor of the timeline, or more than one,
        is called that way.
        """
        key = name.casefold()
        if any(a.name.casefold() == key for a in self.actors):
            return next(a.name for a in self.actors if a.name.casefold() == key)
        named = {a.name for a in self.actors if key in {x.casefold() for x in a.aliases}}
        return named.pop() if len(named) == 1 else name

    def of_actor(self, actor: str) -> tuple[Position, ...]:
        """Positions of one actor, by its canonical name or an alias ("U.S."), case-insensitive."""
        key = self.actor_name(actor).casefold()
        return tuple(p for p in self.positions if p.actor.casefold() == key)

    def on_topic(self, topic: str) -> tuple[Position, ...]:
        """Positions on one topic, ignoring case, spacing, hyphens and a leading article.

        ``tl.on_topic("The global AI Governance")`` finds the positions on "global AI
        governance" (see :func:`topic_key`).
        """
        key = topic_key(topic)
        return tuple(p for p in self.positions if topic_key(p.topic) == key)

    def changes(self, actor: str | None = None, topic: str | None = None) -> PositionChanges:
        """Each actor's stance changes on each topic, in date order; prints as a table.

        ``actor`` may be an alias and ``topic`` is matched as in :meth:`on_topic`. See
        :func:`govtimeline.analysis.changes.position_changes`.
        """
        return ANALYST.get().position_changes(
            self.positions, actor=None if actor is None else self.actor_name(actor), topic=topic
        )

    def stance(self, actor: str, topic: str, at: DateLike) -> Stance | None:
        """The actor's latest known stance on the topic on or before ``at``.

        ``actor`` may be an alias, ``topic`` is matched as in :meth:`on_topic`, and ``at``
        takes what :meth:`between` takes (a coarse ``at`` such as "2025" means by its end).
        See :func:`govtimeline.analysis.changes.stance_at`.
        """
        return ANALYST.get().stance_at(
            self.positions, actor=self.actor_name(actor), topic=topic, at=at
        )

    # ------------------------------------------------------------------ printing
    def summary(self) -> str:
        """One line: ``22 events (21 dated, 1–2 November 2023 to July 2026), 16 positions, …``."""
        dated = [(e.when, e.end) for e in self.events if e.when is not None]
        span = span_words(dated)
        return (
            f"{plural(len(self.events), 'event')} ({len(dated)} dated{', ' + span if span else ''}), "
            f"{plural(len(self.positions), 'position')}, {plural(len(self.conflicts), 'conflict')}, "
            f"{plural(len(self.documents), 'document')}"
        )

    def __repr__(self) -> str:
        """``<Timeline: 22 events (21 dated, …), 16 positions, 1 conflict, 10 documents>``."""
        return f"<Timeline: {self.summary()}>"

    def __str__(self) -> str:
        """The summary, then the first :data:`PRINTED_EVENTS` events, a line each."""
        lines = [f"Timeline: {self.summary()}"]
        rows = [
            (date_words(e.when, e.end), e.kind.value.replace("_", " "), clip(e.name, 70))
            for e in self.events[:PRINTED_EVENTS]
        ]
        if rows:
            lines.append(table(("date", "kind", "event"), rows, indent="  "))
        if len(self.events) > PRINTED_EVENTS:
            lines.append(f"  … and {len(self.events) - PRINTED_EVENTS} more events (tl.events)")
        return "\n".join(lines)

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

    def to_frame(
        self, table: Literal["events", "positions"] = "events", *, index: str | None = None
    ) -> Any:
        """The events (or positions) as a pandas DataFrame; needs the ``pandas`` extra.

        ``index="id"`` gives the events by id. See :mod:`govtimeline.render.dataframe` for
        the columns (``gt.to_frame``).
        """
        return RENDERER.get().to_frame(self, table, index=index)

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

    def to_markdown(self, *, title: str = "Timeline") -> str:
        """The timeline as Markdown (events, conflicts, position changes), under ``# title``.

        See :func:`govtimeline.render.report.render_markdown` (``gt.render_markdown``).
        """
        return RENDERER.get().to_markdown(self, title=title)

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
