"""Differences between two timelines: ``gt.diff(old, new)``.

Its text form is :func:`govtimeline.render.report.render_diff_text` (``str(diff)``).

Events are matched by id first, then by kind and a shared name or alias (ids
embed dates, so a re-dated event gets a new id). Positions are matched on
(actor, topic, date); the same actor and topic with a different stance is a
change.
"""

from __future__ import annotations

from govtimeline.errors import ArgumentError
from govtimeline.model import Event, EventChange, Position, PositionChange, Timeline, TimelineDiff

__all__ = ["diff"]


def _names(e: Event) -> set[str]:
    return {n.casefold() for n in (e.name, *e.aliases)}


def _match(old: tuple[Event, ...], new: tuple[Event, ...]) -> list[tuple[Event, Event]]:
    pairs: list[tuple[Event, Event]] = []
    new_by_id = {e.id: e for e in new}
    used: set[str] = set()
    rest: list[Event] = []
    for e in old:
        if e.id in new_by_id:
            pairs.append((e, new_by_id[e.id]))
            used.add(e.id)
        else:
            rest.append(e)
    by_key: dict[tuple[str, str], list[Event]] = {}
    for e in new:
        if e.id not in used:
            for name in _names(e):
                by_key.setdefault((e.kind.value, name), []).append(e)
    for e in rest:
        for name in sorted(_names(e)):
            found = [c for c in by_key.get((e.kind.value, name), []) if c.id not in used]
            if found:
                pairs.append((e, found[0]))
                used.add(found[0].id)
                break
    return pairs


def _position_key(p: Position) -> tuple[str, str, str]:
    return (p.actor, p.topic.casefold(), p.when.edtf if p.when else "")


def _changed(old: Timeline, new: Timeline) -> list[PositionChange]:
    """Same actor, topic and date in both timelines, another stance."""
    old_by_key = {_position_key(p): p for p in old.positions}
    new_by_key = {_position_key(p): p for p in new.positions}
    return [
        PositionChange(
            actor=new_by_key[k].actor,
            topic=new_by_key[k].topic,
            before=old_by_key[k],
            after=new_by_key[k],
        )
        for k in sorted(set(old_by_key) & set(new_by_key))
        if old_by_key[k].stance is not new_by_key[k].stance
    ]


def _only_in(
    these: tuple[Position, ...], those: tuple[Position, ...], changed: set[tuple[str, str, str]]
) -> list[Position]:
    """Positions of ``these`` that ``those`` lack, leaving out the changes of stance."""
    mine = {(_position_key(p), p.stance.value): p for p in these}
    theirs = {(_position_key(p), p.stance.value) for p in those}
    return [p for k, p in sorted(mine.items()) if k not in theirs and k[0] not in changed]


def _check_timelines(old: object, new: object) -> None:
    for name, value in (("old", old), ("new", new)):
        if not isinstance(value, Timeline):
            hint = (
                "; read a file with gt.Timeline.from_json(text)" if isinstance(value, str) else ""
            )
            raise ArgumentError(
                f"expected a Timeline, got {type(value).__name__}{hint}", argument=f"diff({name})"
            )


def diff(old: Timeline, new: Timeline) -> TimelineDiff:
    """What changed from ``old`` to ``new`` (two Timelines, else an ArgumentError naming which)."""
    _check_timelines(old, new)
    pairs = _match(old.events, new.events)
    matched_old = {a.id for a, _ in pairs}
    matched_new = {b.id for _, b in pairs}
    redated = [
        EventChange(event=b.id, name=b.name, old=a.when, new=b.when)
        for a, b in pairs
        if a.when != b.when
    ]
    changed = _changed(old, new)
    changed_keys = {_position_key(c.before) for c in changed}
    return TimelineDiff(
        events_added=[e for e in new.events if e.id not in matched_new],
        events_removed=[e for e in old.events if e.id not in matched_old],
        events_redated=sorted(redated, key=lambda c: c.event),
        positions_added=_only_in(new.positions, old.positions, changed_keys),
        positions_removed=_only_in(old.positions, new.positions, changed_keys),
        positions_changed=changed,
    )
