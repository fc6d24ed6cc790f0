"""Reconstructed events, the conflicting claims about them, and document date anchors."""

from __future__ import annotations

import attrs

from govtimeline.errors import ModelError
from govtimeline.model._display import _Displayed
from govtimeline.model._validators import _non_empty, _range_order, _tuple
from govtimeline.model.kinds import EventKind, EventStatus, _event_kind, _event_status
from govtimeline.model.records import Evidence, Mention
from govtimeline.model.when import When

__all__ = ["Claim", "Conflict", "DocumentAnchor", "Event"]


@attrs.frozen(kw_only=True)
class Event(_Displayed):
    """A canonical event: all mentions of one real-world happening."""

    id: str = attrs.field(validator=_non_empty)
    """Stable identifier derived from the event's content."""
    name: str = attrs.field(validator=_non_empty)
    """Readable canonical name ("UN Security Council debate on AI")."""
    kind: EventKind = attrs.field(converter=_event_kind)
    """What sort of event."""
    when: When | None = None
    """Chosen date (start of the event)."""
    end: When | None = None
    """Last day for multi-day events; None otherwise."""
    location: str | None = None
    """Where it took place."""
    body: str | None = None
    """Organising body."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Every phrasing seen in the sources."""
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    """Every mention, with evidence."""
    status: EventStatus = attrs.field(default=EventStatus.OCCURRED, converter=_event_status)
    """Occurred or planned."""

    def __attrs_post_init__(self) -> None:
        _range_order(self, self.when, self.end)

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the documents that mention the event, sorted."""
        return tuple(sorted({m.evidence.document for m in self.mentions}))


@attrs.frozen(kw_only=True)
class Claim:
    """One source's value for a disputed field."""

    value: str
    """The claimed value (EDTF for dates, a place name for locations)."""
    evidence: Evidence
    """Where the claim was made."""
    when: When | None = None
    """The claimed date, for date conflicts."""


@attrs.frozen(kw_only=True)
class Conflict:
    """Sources disagree about one field of one event."""

    event: str = attrs.field(validator=_non_empty)
    """Id of the event."""
    field: str = attrs.field(validator=attrs.validators.in_(("when", "location")))
    """Which field is disputed: ``when`` or ``location``."""
    claims: tuple[Claim, ...] = attrs.field(converter=_tuple)
    """Every claim, with its evidence."""
    chosen: str
    """The value kept on the event."""
    reason: str
    """Why that value was chosen."""

    def __attrs_post_init__(self) -> None:
        if len(self.claims) < 2:
            raise ModelError("Conflict needs at least two claims")


@attrs.frozen(kw_only=True)
class DocumentAnchor:
    """The date a document's relative expressions were resolved against."""

    document: str = attrs.field(validator=_non_empty)
    """The :attr:`Document.id`."""
    when: When | None
    """The anchor; None when none could be inferred."""
    how: str
    """``published`` (metadata), ``inferred`` (from its dates and events) or ``none``."""
    reason: str = ""
    """Human-readable explanation."""
