"""The enumerations of the model, and the converters that coerce their values.

Each enum's values are the strings written in JSON. The ``_<enum>`` converters
accept a member or its value and raise :class:`~govtimeline.errors.ModelError`
naming the enum and its allowed values otherwise.
"""

from __future__ import annotations

import enum
from typing import Any

from govtimeline.errors import ModelError

__all__ = [
    "ActStatus",
    "ActorKind",
    "AnchorKind",
    "EventKind",
    "EventStatus",
    "Stance",
    "TimexType",
]


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


class ActStatus(enum.Enum):
    """How far an act had gone when the source wrote about it."""

    PLANNED = "planned"
    """Intended or expected ("will sign", "plans to join", "is due to adopt")."""
    ANNOUNCED = "announced"
    """Decided or declared but not yet done ("announced it would withdraw")."""
    EFFECTIVE = "effective"
    """Taking effect: entry into force, a withdrawal becoming effective."""
    OCCURRED = "occurred"
    """Done ("signed", "has ratified", a headline's "declines")."""


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


def _act_status(value: Any) -> ActStatus:
    result: ActStatus = _coerce(ActStatus, value)
    return result


def _actor_kind(value: Any) -> ActorKind:
    result: ActorKind = _coerce(ActorKind, value)
    return result


def _stance(value: Any) -> Stance:
    result: Stance = _coerce(Stance, value)
    return result
