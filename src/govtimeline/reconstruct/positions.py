"""Merging positions across documents.

Positions of one actor on one topic with one stance are merged when their
dates overlap or lie within :data:`MERGE_WINDOW_DAYS` of each other; the merged
position keeps every piece of evidence and the finest date. Undated positions
of the same actor, topic and stance merge with each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from govtimeline.model import Event, Evidence, Position
from govtimeline.when import When

__all__ = ["MERGE_WINDOW_DAYS", "link_events", "merge_positions"]

MERGE_WINDOW_DAYS = 7
"""Dated positions this close (in days) with the same stance are one position."""


def _evidence_key(e: Evidence) -> tuple[str, int, int]:
    return (e.document, e.start, e.end)


def _close(a: When, b: When) -> bool:
    if a.overlaps(b):
        return True
    gap = max(a.earliest, b.earliest) - min(a.latest, b.latest)
    return gap.days <= MERGE_WINDOW_DAYS


def _merge(group: Sequence[Position]) -> Position:
    dated = [p.when for p in group if p.when is not None]
    when = min(dated, key=lambda w: (w.days, w)) if dated else None
    evidence = sorted(
        {_evidence_key(e): e for p in group for e in p.evidence}.values(), key=_evidence_key
    )
    vias = sorted({p.via for p in group if p.via})
    events = sorted({p.event for p in group if p.event})
    first = group[0]
    return Position(
        actor=first.actor,
        topic=first.topic,
        stance=first.stance,
        when=when,
        via=", ".join(vias) if vias else None,
        event=events[0] if events else None,
        evidence=evidence,
    )


def merge_positions(positions: Iterable[Position]) -> list[Position]:
    """Merge positions (see the module docstring); the result is sorted and order-independent."""
    groups: dict[tuple[str, str, str], list[Position]] = defaultdict(list)
    for p in positions:
        groups[(p.actor, p.topic.casefold(), p.stance.value)].append(p)
    merged: list[Position] = []
    for key in sorted(groups):
        items = groups[key]
        undated = [p for p in items if p.when is None]
        dated = sorted(
            (p for p in items if p.when is not None),
            key=lambda p: (p.when, [_evidence_key(e) for e in p.evidence]),
        )
        run: list[Position] = []
        for p in dated:
            assert p.when is not None
            if run and not any(q.when is not None and _close(q.when, p.when) for q in run):
                merged.append(_merge(run))
                run = []
            run.append(p)
        if run:
            merged.append(_merge(run))
        if undated:
            merged.append(
                _merge(sorted(undated, key=lambda p: [_evidence_key(e) for e in p.evidence]))
            )
    merged.sort(
        key=lambda p: (p.when is None, p.when or When.year(1), p.actor, p.topic, p.stance.value)
    )
    return merged


def link_events(positions: Iterable[Position], events: Sequence[Event]) -> list[Position]:
    """Set ``Position.event`` when its topic names an event or shares its evidence sentence."""
    by_alias: dict[str, str] = {}
    by_sentence: dict[tuple[str, str], str] = {}
    for e in events:
        for alias in (e.name, *e.aliases):
            by_alias.setdefault(alias.casefold().removeprefix("the "), e.id)
        for m in e.mentions:
            by_sentence.setdefault((m.evidence.document, m.evidence.quote), e.id)
    out = []
    for p in positions:
        if p.event is None:
            found = by_alias.get(p.topic.casefold().removeprefix("the "))
            if found is None:
                for ev in p.evidence:
                    found = by_sentence.get((ev.document, ev.quote))
                    if found:
                        break
            if found is not None:
                p = Position(
                    actor=p.actor,
                    topic=p.topic,
                    stance=p.stance,
                    when=p.when,
                    via=p.via,
                    event=found,
                    evidence=p.evidence,
                )
        out.append(p)
    return out
