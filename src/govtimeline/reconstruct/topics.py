"""Broader topics: a stance on a named instrument is also a stance on what it stands for.

``data/topics.json`` lists ``instrument_topics``: signing or rejecting an
event of one of its ``kinds`` whose names contain one of its ``words`` (an AI
declaration, an AI treaty, an AI summit) is also support for, or opposition
to, the broader topic ("global AI governance"). This runs after positions are
linked to events, so it sees the event's canonical name and every phrasing
the sources used, not only the words of one sentence ("a global declaration"
at the Paris AI Action Summit is an AI declaration).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

import attrs

from govtimeline.lang import TOPICS, load_lexicon, words_pattern
from govtimeline.model import Event, Position

__all__ = ["broader_positions", "instrument_topics"]


@cache
def instrument_topics() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    """``instrument_topics`` of ``data/topics.json``: (topic, event kinds, words in the names)."""
    raw = load_lexicon("topics.json", TOPICS)
    return tuple(
        (name, frozenset(spec["kinds"]), words_pattern(spec["words"]))
        for name, spec in raw.get("instrument_topics", {}).items()
    )


def broader_positions(positions: Iterable[Position], events: Sequence[Event]) -> list[Position]:
    """The positions, each followed by the broader-topic positions it implies."""
    instruments = instrument_topics()
    by_id = {e.id: e for e in events}
    out: list[Position] = []
    for p in positions:
        out.append(p)
        event = by_id.get(p.event) if p.event else None
        if event is None or event.name != p.topic:
            continue  # the stance is about something else, taken at the event
        names = " | ".join((event.name, *event.aliases))
        out.extend(
            attrs.evolve(p, topic=topic, inferred=True)
            for topic, kinds, words in instruments
            if event.kind.value in kinds and words.search(names) and topic != p.topic
        )
    return out
