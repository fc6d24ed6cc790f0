"""Actors' stances on topics, and a change of stance between two positions."""

from __future__ import annotations

import attrs

from govtimeline.model._display import _Displayed
from govtimeline.model._validators import _non_empty, _tuple
from govtimeline.model.kinds import Stance, _stance
from govtimeline.model.records import Evidence
from govtimeline.model.when import When

__all__ = ["Position", "PositionChange"]


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
