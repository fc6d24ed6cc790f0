"""What one document holds: the document, evidence spans, dates, actors, mentions."""

from __future__ import annotations

import attrs

from govtimeline.model._printing import clip, date_words, plural
from govtimeline.model._validators import (
    _non_empty,
    _non_negative,
    _range_order,
    _span_order,
    _string,
    _tuple,
)
from govtimeline.model.kinds import (
    ActorKind,
    AnchorKind,
    EventKind,
    EventStatus,
    TimexType,
    _actor_kind,
    _anchor_kind,
    _event_kind,
    _event_status,
    _timex_type,
)
from govtimeline.model.published import to_published
from govtimeline.model.when import When

__all__ = ["Actor", "Document", "Evidence", "Mention", "TimeExpression"]

_COUNTED_FROM = {
    AnchorKind.DOCUMENT: "the document's date",
    AnchorKind.EVENT: "another event",
    AnchorKind.SPEECH: "the day of the speech",
}


@attrs.frozen(kw_only=True)
class Document:
    """One source text with its metadata."""

    id: str = attrs.field(validator=[_string, _non_empty])
    """Stable identifier, unique within a corpus (file stem, record id…)."""
    text: str = attrs.field(validator=_string)
    """The full text; all offsets count into it."""
    published: When | None = attrs.field(default=None, converter=to_published)
    """Publication date at whatever precision is known; None when undated. Given as a
    string ("2025-03-01", "1 March 2025", "2025-03"), a ``date`` or a ``datetime``, it is
    converted to a :class:`When` at construction."""
    title: str | None = None
    """Headline or title."""
    source: str | None = None
    """Publisher or outlet."""
    url: str | None = None
    """Where the text came from."""
    path: str | None = None
    """The file it was read from, if any."""
    lang: str = "en"
    """ISO 639-1 language code of the text."""

    def __repr__(self) -> str:
        """``<Document 'paris-2025' 12 February 2025, 812 characters: 'Washington and…'>``."""
        head = clip(self.title or self.text, 40)
        return (
            f"<Document {clip(self.id, 40)!r} {date_words(self.published)}, "
            f"{plural(len(self.text), 'character')}: {head!r}>"
        )

    def __str__(self) -> str:
        """``paris-2025: Washington and London stay off… (an outlet, 12 February 2025)``."""
        about = ", ".join(x for x in (self.source, date_words(self.published)) if x)
        return f"{self.id}: {clip(self.title or self.text, 70)} ({about})"


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a claim comes from: a span of one document and the sentence around it."""

    document: str = attrs.field(validator=_non_empty)
    """The :attr:`Document.id`."""
    start: int = attrs.field(validator=_non_negative)
    """Offset of the first character of the span."""
    end: int = attrs.field(validator=_non_negative)
    """Offset just past the span."""
    quote: str
    """The sentence (or clause) quoted as support."""

    def __attrs_post_init__(self) -> None:
        _span_order(self)

    def __repr__(self) -> str:
        """``<Evidence paris-2025[120:180] 'The United States and…'>``."""
        return f"<Evidence {clip(self.document, 40)}[{self.start}:{self.end}] {clip(self.quote, 50)!r}>"

    def __str__(self) -> str:
        """``“The United States … declined to sign it.” (paris-2025)``."""
        return f"“{clip(self.quote, 200)}” ({self.document})"


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A date phrase found in a text, normalised to TIMEX3 and a :class:`When`."""

    start: int = attrs.field(validator=_non_negative)
    """Offset of the first character."""
    end: int = attrs.field(validator=_non_negative)
    """Offset just past the last character."""
    text: str
    """The phrase as written."""
    timex_type: TimexType = attrs.field(converter=_timex_type)
    """DATE, TIME, DURATION or SET."""
    timex_value: str | None = None
    """TIMEX3 value (``2025-09-24``, ``2025-08``, ``P3D``, ``XXXX-XX-XX``…); None if unknown."""
    when: When | None = None
    """The date (for a range, its start; for a duration measured from the document date,
    "within 180 days", the span it covers); None for other durations, sets and unresolved
    phrases."""
    until: When | None = None
    """The end of a range ("10–11 February": 11 February); None otherwise."""
    anchor_kind: AnchorKind = attrs.field(default=AnchorKind.ABSOLUTE, converter=_anchor_kind)
    """How the date was obtained."""
    offset: str | None = None
    """For relative phrases, the signed ISO 8601 duration from the reference (``-P1D``)."""
    reference: str | None = None
    """For event-relative phrases, the phrase naming the reference event."""
    quoted: bool = False
    """Whether the phrase stands inside quoted speech."""
    weekday: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(range(7)))
    )
    """The weekday the phrase names, 0 (Monday) … 6, whether or not the date is resolved:
    "on Friday, 17 May" in an undated report is ``weekday`` 4 with ``timex_value``
    ``XXXX-05-17``, what a later step needs to place it once the report is dated."""

    def __attrs_post_init__(self) -> None:
        _span_order(self)
        _range_order(self, self.when, self.until)

    def __repr__(self) -> str:
        """``<TimeExpression '10–11 February 2025' [4:23] DATE 2025-02-10>``."""
        return (
            f"<TimeExpression {clip(self.text, 40)!r} [{self.start}:{self.end}] "
            f"{self.timex_type.value} {self.timex_value or 'unresolved'}>"
        )

    def __str__(self) -> str:
        """``“10–11 February 2025” → 10–11 February 2025``, or what kind of phrase it is."""
        if self.when is not None:
            meaning = date_words(self.when, self.until)
            if self.anchor_kind in _COUNTED_FROM:
                meaning += f" (counted from {_COUNTED_FROM[self.anchor_kind]})"
        elif self.timex_value:
            meaning = f"{self.timex_type.value} {self.timex_value}"
        else:
            meaning = "unresolved"
        return f"“{clip(self.text, 60)}” → {meaning}"


@attrs.frozen(kw_only=True)
class Actor:
    """A state, organisation, person or group that acts or speaks."""

    name: str = attrs.field(validator=_non_empty)
    """Canonical name ("United States", "United Nations", "António Guterres")."""
    kind: ActorKind = attrs.field(converter=_actor_kind)
    """What the actor is."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Other names seen or known ("U.S.", "Washington")."""
    affiliation: str | None = None
    """For a person, the canonical name of the body they speak for, if known."""

    def __repr__(self) -> str:
        """``<Actor 'United States' state, 11 aliases>``."""
        of = f" of {clip(self.affiliation, 40)}" if self.affiliation else ""
        return f"<Actor {clip(self.name, 50)!r} {self.kind.value}{of}, {plural(len(self.aliases), 'alias')}>"

    def __str__(self) -> str:
        """``United States (state; also America, American, U.S. and 8 more)``."""
        about = self.kind.value + (f" of {self.affiliation}" if self.affiliation else "")
        if self.aliases:
            more = len(self.aliases) - 3
            also = ", ".join(self.aliases[:3]) + (f" and {more} more" if more > 0 else "")
            about += f"; also {also}"
        return f"{self.name} ({about})"


@attrs.frozen(kw_only=True)
class Mention:
    """A reference, in one document, to an event."""

    evidence: Evidence
    """The span of the name phrase and its sentence."""
    name: str
    """The name phrase as written ("the Paris summit")."""
    kind: EventKind = attrs.field(converter=_event_kind)
    """The kind of event."""
    when: When | None = None
    """The date the document gives it (start of a range)."""
    until: When | None = None
    """End of a date range given for it."""
    date_text: str | None = None
    """The date phrase the date came from, as written."""
    relative_offset: str | None = None
    """If dated relative to another event: signed ISO duration (``-P1D``)."""
    relative_to: str | None = None
    """If dated relative to another event: the phrase naming it."""
    body: str | None = None
    """Organising or acting body, canonical actor name."""
    location: str | None = None
    """Where it took place."""
    edition: int | None = None
    """Ordinal edition ("the third summit" → 3)."""
    topic: str | None = None
    """What it is about, from the topic lexicon."""
    status: EventStatus = attrs.field(default=EventStatus.OCCURRED, converter=_event_status)
    """Occurred or planned, from tense and cue words."""
    act: str | None = None
    """When the mention is an act on an instrument or body (a signature, a ratification,
    an order issued), the class of act from the frame lexicon ("sign", "ratify"); None for
    occasions (summits, meetings) and instruments named on their own."""
    object: str | None = None
    """The identity key of what the act is on (see :attr:`ActObject.key`), or of the
    instrument or series the mention names; None when unknown."""
    agents: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Canonical names of the actors who took part or acted, in text order."""
    phrase: str | None = None
    """For an act, the clause as written, from the first agent to the end of the object
    ("the Hungarian parliament ratified Finland's membership in NATO"); events keep it
    among their aliases."""

    def __attrs_post_init__(self) -> None:
        _range_order(self, self.when, self.until)

    def __repr__(self) -> str:
        """``<Mention summit 'the Paris summit' 10–11 February 2025 paris-2025[4:20]>``."""
        ev = self.evidence
        return (
            f"<Mention {self.kind.value} {clip(self.name, 40)!r} {date_words(self.when, self.until)} "
            f"{clip(ev.document, 40)}[{ev.start}:{ev.end}]>"
        )

    def __str__(self) -> str:
        """``“the Paris summit” (summit, 10–11 February 2025) in paris-2025``."""
        planned = ", planned" if self.status is EventStatus.PLANNED else ""
        return (
            f"“{clip(self.name, 60)}” ({self.kind.value.replace('_', ' ')}{planned}, "
            f"{date_words(self.when, self.until)}) in {self.evidence.document}"
        )
