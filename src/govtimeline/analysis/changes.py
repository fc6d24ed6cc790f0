"""Positions over time: stance changes and the stance in force at a date.

Pure functions over :class:`~govtimeline.model.Position` tuples; the
:class:`~govtimeline.model.Timeline` methods ``changes`` and ``stance``
delegate here.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from govtimeline.model import Position, PositionChange, Stance
from govtimeline.model.positions import PositionChanges
from govtimeline.model.published import to_when
from govtimeline.model.timeline import DateLike, topic_key

__all__ = ["position_changes", "stance_at"]


def _dated_order(p: Position) -> tuple[object, ...]:
    assert p.when is not None
    first = p.evidence[0] if p.evidence else None
    return (p.when, p.stance.value, first.document if first else "", first.start if first else 0)


def _history(positions: Iterable[Position], actor: str, topic: str) -> list[Position]:
    a, t = actor.casefold(), topic_key(topic)
    return sorted(
        (
            p
            for p in positions
            if p.when is not None and p.actor.casefold() == a and topic_key(p.topic) == t
        ),
        key=_dated_order,
    )


def position_changes(
    positions: Iterable[Position], *, actor: str | None = None, topic: str | None = None
) -> PositionChanges:
    """Every change of stance, per (actor, topic), in date order; a list that prints as a table.

    Only dated positions take part. A change is recorded each time the stance
    differs from the previous dated position of the same actor on the same
    topic. Filter by ``actor`` (case-insensitive) and/or ``topic`` (case, spacing and
    a leading article ignored: :func:`govtimeline.model.timeline.topic_key`).
    """
    wanted = None if topic is None else topic_key(topic)
    dated = [
        p
        for p in positions
        if p.when is not None
        and (actor is None or p.actor.casefold() == actor.casefold())
        and (wanted is None or topic_key(p.topic) == wanted)
    ]
    dated.sort(key=lambda p: (p.actor.casefold(), p.topic.casefold(), *_dated_order(p)))
    changes = PositionChanges()
    for (_, _), group in groupby(dated, key=lambda p: (p.actor.casefold(), p.topic.casefold())):
        previous: Position | None = None
        for current in group:
            if previous is not None and current.stance is not previous.stance:
                changes.append(
                    PositionChange(
                        actor=current.actor, topic=current.topic, before=previous, after=current
                    )
                )
            previous = current
    changes.sort(key=lambda c: (c.after.when, c.actor, c.topic))
    return changes


def stance_at(
    positions: Iterable[Position], *, actor: str, topic: str, at: DateLike
) -> Stance | None:
    """The stance of the latest position that certainly began on or before ``at``.

    ``at`` is a When, a date or a date string ("2025-01-01", "March 2025"); a coarse
    one counts to its end. ``topic`` is matched as in ``Timeline.on_topic``. None when
    the actor has no dated position on the topic by then.
    """
    limit = to_when(at, field="at").latest
    known = [p for p in _history(positions, actor, topic) if p.when and p.when.earliest <= limit]
    return known[-1].stance if known else None
