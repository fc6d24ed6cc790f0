"""Reconstructed events, the conflicting claims about them, and document date anchors."""

from __future__ import annotations

import attrs

from govtimeline.errors import ModelError
from govtimeline.model._display import _Displayed
from govtimeline.model._printing import clip, date_words, plural
from govtimeline.model._validators import _non_empty, _range_order, _tuple
from govtimeline.model.kinds import EventKind, EventStatus, _event_kind, _event_status
from govtimeline.model.records import Evidence, Mention
from govtimeline.model.when import When

__all__ = ["CONFLICT_RULES", "Claim", "Conflict", "DocumentAnchor", "Event"]


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

    def __repr__(self) -> str:
        """``<Event summit 'AI Action Summit' 10–11 February 2025, 2 documents>``."""
        planned = " planned" if self.status is EventStatus.PLANNED else ""
        return (
            f"<Event{planned} {self.kind.value} {clip(self.name, 50)!r} "
            f"{date_words(self.when, self.end)}, {plural(len(self.documents), 'document')}>"
        )

    def __str__(self) -> str:
        """``10–11 February 2025: AI Action Summit (summit, Paris) [paris-2025, review-2024]``."""
        about = [self.kind.value.replace("_", " ")]
        if self.status is EventStatus.PLANNED:
            about.append("planned")
        if self.location:
            about.append(self.location)
        sources = f" [{', '.join(self.documents)}]" if self.mentions else ""
        return f"{date_words(self.when, self.end)}: {self.name} ({', '.join(about)}){sources}"


@attrs.frozen(kw_only=True)
class Claim:
    """One source's value for a disputed field."""

    value: str
    """The claimed value (EDTF for dates, a place name for locations)."""
    evidence: Evidence
    """Where the claim was made."""
    when: When | None = None
    """The claimed date, for date conflicts."""

    def __repr__(self) -> str:
        """``<Claim 2024-09-05 review-2024[812:901]>``."""
        ev = self.evidence
        return f"<Claim {clip(self.value, 40)} {clip(ev.document, 40)}[{ev.start}:{ev.end}]>"

    def __str__(self) -> str:
        """``5 September 2024, says review-2024: “On 5 September 2024 the Council …”``."""
        value = date_words(self.when) if self.when is not None else self.value
        return f"{value}, says {self.evidence.document}: “{clip(self.evidence.quote, 120)}”"


CONFLICT_RULES = {
    "after the fact": "a report of what happened outweighs an announcement of what would",
    "most sources": "the value most independent documents agree with (named weekdays count)",
    "year stated": "a tie between as many sources goes to the date more of them state with its year",
    "finer": "a tie between as many sources goes to the finer date",
    "earlier": "a tie between as fine dates goes to the earlier one",
    "most sources, then the more specific": (
        "locations: most documents, then the more specific name, then alphabetical order"
    ),
}
"""The rules that choose a disputed value, by name, with what each means."""


@attrs.frozen(kw_only=True)
class Conflict:
    """Sources disagree about one field of one event."""

    event: str = attrs.field(validator=_non_empty)
    """Id of the event."""
    field: str = attrs.field(validator=attrs.validators.in_(("when", "end", "location")))
    """Which field is disputed: ``when`` (the start), ``end`` (of a multi-day event) or
    ``location``."""
    claims: tuple[Claim, ...] = attrs.field(converter=_tuple)
    """Every claim, with its evidence."""
    chosen: str
    """The value kept on the event."""
    reason: str
    """Why that value was chosen."""
    rule: str = ""
    """The rule that chose it, one of :data:`CONFLICT_RULES` (empty in timelines written
    before rules were recorded)."""

    def __attrs_post_init__(self) -> None:
        if self.rule and self.rule not in CONFLICT_RULES:
            raise ModelError(
                f"unknown conflict rule {self.rule!r}; known: {sorted(CONFLICT_RULES)}"
            )
        if len(self.claims) < 2:
            raise ModelError("Conflict needs at least two claims")

    def __repr__(self) -> str:
        """``<Conflict on the when of 'treaty-2024-09-05-…': 2 claims, chose 2024-09-05>``."""
        return (
            f"<Conflict on the {self.field} of {clip(self.event, 50)!r}: "
            f"{plural(len(self.claims), 'claim')}, chose {clip(self.chosen, 40)}>"
        )

    def __str__(self) -> str:
        """The event, the value chosen and why, then one line per claim."""
        field = "date" if self.field == "when" else "place"
        dated = {c.value: c.when for c in self.claims if c.when is not None}
        chosen = date_words(dated[self.chosen]) if self.chosen in dated else self.chosen
        lines = [f"Sources disagree on the {field} of {self.event}: chose {chosen} ({self.reason})"]
        lines += [f"  - {claim}" for claim in self.claims]
        return "\n".join(lines)


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

    def __repr__(self) -> str:
        """``<DocumentAnchor 'paris-2025' published 12 February 2025>``."""
        return f"<DocumentAnchor {clip(self.document, 40)!r} {clip(self.how, 20)} {date_words(self.when)}>"

    def __str__(self) -> str:
        """``paris-2025: dated 12 February 2025 (published)``, with the reason when there is one."""
        when = "not dated" if self.when is None else f"dated {date_words(self.when)}"
        why = f": {self.reason}" if self.reason else ""
        return f"{self.document}: {when} ({self.how}){why}"
