"""The data that flows between govtimeline's stages.

Every class is a frozen, slotted attrs record validated at construction;
change one with :func:`attrs.evolve`. Collections are tuples so records are
hashable and picklable. Dates are :class:`~govtimeline.when.When` values.

The flow::

    Document ─► TimeExpression[]                      (govtimeline.dates)
    Document ─► Extraction(mentions, actors, positions) (govtimeline.extract)
    Extraction[] ─► Timeline(events, positions, conflicts)
    Timeline × Timeline ─► TimelineDiff

Everything a user sees can answer "which document, which sentence" through
its :class:`Evidence`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from govtimeline.errors import ModelError
from govtimeline.when import When

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "Actor",
    "ActorKind",
    "AnchorKind",
    "Claim",
    "Conflict",
    "Document",
    "DocumentAnchor",
    "Event",
    "EventChange",
    "EventKind",
    "EventStatus",
    "Evidence",
    "Extraction",
    "Mention",
    "Position",
    "PositionChange",
    "Stance",
    "TimeExpression",
    "Timeline",
    "TimelineDiff",
    "TimexType",
]


# --------------------------------------------------------------------------- enums
class TimexType(enum.Enum):
    """TIMEX3 ``type``: what kind of temporal expression it is."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class AnchorKind(enum.Enum):
    """How a time expression got its date."""

    ABSOLUTE = "absolute"
    """The text states the date fully ("24 September 2025")."""
    DOCUMENT = "document"
    """Resolved against the document's date ("yesterday", "on Wednesday", "1 November")."""
    EVENT = "event"
    """Relative to another event ("the day before the launch"); resolved in reconstruction."""
    SPEECH = "speech"
    """Inside quoted speech: relative to the day the words were spoken."""
    UNRESOLVED = "unresolved"
    """Relative, but no anchor is known: kept, with ``when`` None."""


class EventKind(enum.Enum):
    """What sort of event a mention refers to."""

    SUMMIT = "summit"
    RESOLUTION = "resolution"
    DEBATE = "debate"
    DECLARATION = "declaration"
    TREATY = "treaty"
    REPORT = "report"
    EXECUTIVE_ORDER = "executive_order"
    PLAN = "plan"
    LAUNCH = "launch"
    STATEMENT = "statement"
    FOUNDING = "founding"
    VOTE = "vote"
    OTHER = "other"


class EventStatus(enum.Enum):
    """Whether the event had happened when the source wrote about it."""

    OCCURRED = "occurred"
    PLANNED = "planned"


class ActorKind(enum.Enum):
    """What an actor is."""

    STATE = "state"
    ORGANISATION = "organisation"
    PERSON = "person"
    GROUP = "group"


class Stance(enum.Enum):
    """An actor's position on a topic."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    ABSTAIN = "abstain"
    MIXED = "mixed"


# ----------------------------------------------------------------------- validators
def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ModelError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _non_empty(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not value or not value.strip():
        raise ModelError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _span_order(instance: Any) -> None:
    if instance.end < instance.start:
        raise ModelError(
            f"{type(instance).__name__}: end offset {instance.end} is before start {instance.start}"
        )


def _range_order(instance: Any, first: When | None, last: When | None) -> None:
    if first is not None and last is not None and last.latest < first.earliest:
        raise ModelError(
            f"{type(instance).__name__}: range ends ({last.edtf}) before it starts ({first.edtf})"
        )


def _coerce(cls: type[enum.Enum], value: Any) -> Any:
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        raise ModelError(
            f"expected one of {[m.value for m in cls]} for {cls.__name__}, got {value!r}"
        ) from None


def _timex_type(value: Any) -> TimexType:
    result: TimexType = _coerce(TimexType, value)
    return result


def _anchor_kind(value: Any) -> AnchorKind:
    result: AnchorKind = _coerce(AnchorKind, value)
    return result


def _event_kind(value: Any) -> EventKind:
    result: EventKind = _coerce(EventKind, value)
    return result


def _event_status(value: Any) -> EventStatus:
    result: EventStatus = _coerce(EventStatus, value)
    return result


def _actor_kind(value: Any) -> ActorKind:
    result: ActorKind = _coerce(ActorKind, value)
    return result


def _stance(value: Any) -> Stance:
    result: Stance = _coerce(Stance, value)
    return result


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


# -------------------------------------------------------------------------- records
class _Displayed:
    """Jupyter display through :func:`govtimeline.jupyter.mimebundle` (one render path)."""

    __slots__ = ()

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        from govtimeline.jupyter import mimebundle

        return mimebundle(self)  # type: ignore[arg-type]

    def _repr_html_(self) -> str:
        from govtimeline.jupyter import mimebundle

        return mimebundle(self)["text/html"]  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class Document:
    """One source text with its metadata."""

    id: str = attrs.field(validator=_non_empty)
    """Stable identifier, unique within a corpus (file stem, record id…)."""
    text: str
    """The full text; all offsets count into it."""
    published: When | None = None
    """Publication date at whatever precision is known; None when undated."""
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
    """The date (for a range, its start); None for durations, sets and unresolved phrases."""
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

    def __attrs_post_init__(self) -> None:
        _span_order(self)
        _range_order(self, self.when, self.until)


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

    def __attrs_post_init__(self) -> None:
        _range_order(self, self.when, self.until)


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
    ``data/stance.json``). Its evidence is that stance's."""


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


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything one document says: the output of :func:`govtimeline.extract`."""

    document: Document
    """The document it came from."""
    dates: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_tuple)
    """Every time expression found."""
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    """Event mentions."""
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    """Actors named."""
    positions: tuple[Position, ...] = attrs.field(default=(), converter=_tuple)
    """Positions taken."""


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
        """Added, removed and re-dated events on a time axis."""
        from govtimeline.plot import plot_diff

        return plot_diff(self, ax=ax)

    def __str__(self) -> str:
        from govtimeline.diff import render_diff_text

        return render_diff_text(self)

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
