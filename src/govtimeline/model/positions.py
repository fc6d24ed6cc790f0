"""Actors' stances on topics, a change of stance between two positions, and a list of changes."""

from __future__ import annotations

import attrs

from govtimeline.model._display import _Displayed
from govtimeline.model._printing import clip, date_words, plural, stance_phrase, table
from govtimeline.model._validators import _non_empty, _tuple
from govtimeline.model.kinds import Stance, _stance
from govtimeline.model.records import Evidence
from govtimeline.model.when import When

__all__ = ["Position", "PositionChange", "PositionChanges"]


@attrs.frozen(kw_only=True)
class Position(_Displayed):
    """An actor's stance on a topic at a time, with the evidence for it."""

    actor: str = attrs.field(validator=_non_empty)
    """Canonical actor name."""
    topic: str = attrs.field(validator=_non_empty)
    """Topic name from the lexicon, or the event/instrument the stance is about."""
    stance: Stance = attrs.field(converter=_stance)
    """Support, oppose, abstain or mixed."""
    when: When | None = None
    """When the stance was taken (the act, not the publication)."""
    via: str | None = None
    """Who voiced it (a speaker for the actor), if not the actor itself."""
    event: str | None = None
    """Id of the event it was taken at or about, if any. In an :class:`Extraction`, before
    events exist, ``@`` and the start offset of that event's :class:`Mention` in the same
    document; :func:`govtimeline.reconstruct` replaces it with the event's id."""
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    """The sentences that support it."""
    date_text: str | None = None
    """The date phrase of the act as written, when it could not be resolved ("on
    Wednesday" in an undated report); reconstruction resolves it when the same
    document dates that phrase through an event."""
    inferred: bool = False
    """True when no source states it: it follows from a stance on an instrument (signing an
    AI declaration is support for global AI governance; see ``instrument_topics`` in
    ``data/topics.json``). Its evidence is that stance's."""

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the documents its evidence comes from, sorted."""
        return tuple(sorted({e.document for e in self.evidence}))

    def __repr__(self) -> str:
        """``<Position United States oppose 'global AI governance' July 2025, 1 document>``."""
        return (
            f"<Position {clip(self.actor, 40)} {self.stance.value} {clip(self.topic, 50)!r} "
            f"{date_words(self.when)}, {plural(len(self.documents), 'document')}>"
        )

    def __str__(self) -> str:
        """``July 2025: United States (via Michael Kratsios) opposes global AI governance [us-…]``."""
        via = f" (via {self.via})" if self.via else ""
        inferred = " (inferred)" if self.inferred else ""
        sources = f" [{', '.join(self.documents)}]" if self.evidence else ""
        return (
            f"{date_words(self.when)}: {self.actor}{via} {stance_phrase(self.stance)} "
            f"{self.topic}{inferred}{sources}"
        )


@attrs.frozen(kw_only=True)
class PositionChange:
    """An actor's stance on a topic changed between two dated positions."""

    actor: str
    """Canonical actor name."""
    topic: str
    """The topic."""
    before: Position
    """The earlier position."""
    after: Position
    """The later, different position."""

    @property
    def from_stance(self) -> Stance:
        """Stance before the change."""
        return self.before.stance

    @property
    def to_stance(self) -> Stance:
        """Stance after the change."""
        return self.after.stance

    def __repr__(self) -> str:
        """``<PositionChange United States on 'global AI governance': support → oppose, July 2025>``."""
        return (
            f"<PositionChange {clip(self.actor, 40)} on {clip(self.topic, 50)!r}: {self.from_stance.value} → "
            f"{self.to_stance.value}, {date_words(self.after.when)}>"
        )

    def __str__(self) -> str:
        """``United States on global AI governance: support (September 2024) → oppose (July 2025)``."""
        return (
            f"{self.actor} on {self.topic}: {self.from_stance.value} ({date_words(self.before.when)})"
            f" → {self.to_stance.value} ({date_words(self.after.when)})"
        )


class PositionChanges(list[PositionChange]):
    """The changes of stance :meth:`Timeline.changes` finds: a list that prints as a table.

    ``print(tl.changes())`` shows one row per change (actor, topic, stances, dates in
    words); it is a plain ``list`` of :class:`PositionChange` otherwise.
    """

    __slots__ = ()

    def __str__(self) -> str:
        if not self:
            return "No position changes."
        rows = [
            (
                c.actor,
                clip(c.topic, 40),
                f"{c.from_stance.value} → {c.to_stance.value}",
                date_words(c.before.when),
                date_words(c.after.when),
            )
            for c in self
        ]
        head = plural(len(self), "position change")
        return f"{head}:\n" + table(
            ("actor", "topic", "change", "before", "after"), rows, indent="  "
        )

    __repr__ = __str__
