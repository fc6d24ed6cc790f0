"""Positions over time: stance changes and the stance in force at a date.

Pure functions over :class:`~govtimeline.model.Position` tuples; the
:class:`~govtimeline.model.Timeline` methods ``changes`` and ``stance``
delegate here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import groupby

from govtimeline.model import Position, PositionChange, Stance
from govtimeline.model.when import When

__all__ = ["position_changes", "stance_at"]


def _dated_order(p: Position) -> tuple[object, ...]:
    assert p.when is not None
    first = p.evidence[0] if p.evidence else None
    return (p.when, p.stance.value, first.document if first else "", first.start if first else 0)


def _history(positions: Iterable[Position], actor: str, topic: str) -> list[Position]:
    a, t = actor.casefold(), topic.casefold()
    return sorted(
        (
            p
            for p in positions
            if p.when is not None and p.actor.casefold() == a and p.topic.casefold() == t
        ),
        key=_dated_order,
    )


def position_changes(
    positions: Iterable[Position], *, actor: str | None = None, topic: str | None = None
) -> list[PositionChange]:
    """Every change of stance, per (actor, topic), in date order.

    Only dated positions take part. A change is recorded each time the stance
    differs from the previous dated position of the same actor on the same
    topic. Filter by ``actor`` and/or ``topic`` (case-insensitive).
    """
    dated = [
        p
        for p in positions
        if p.when is not None
        and (actor is None or p.actor.casefold() == actor.casefold())
        and (topic is None or p.topic.casefold() == topic.casefold())
    ]
    dated.sort(key=lambda p: (p.actor.casefold(), p.topic.casefold(), *_dated_order(p)))
    changes: list[PositionChange] = []
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
    positions: Iterable[Position], *, actor: str, topic: str, at: date | When
) -> Stance | None:
    """The stance of the latest position that certainly began on or before ``at``.

    None when the actor has no dated position on the topic by then.
    """
    limit = at.latest if isinstance(at, When) else at
    known = [p for p in _history(positions, actor, topic) if p.when and p.when.earliest <= limit]
    return known[-1].stance if known else None
