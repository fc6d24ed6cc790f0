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
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from govtimeline.lang import TOPICS, load_lexicon, read_lexicon_file, words_pattern
from govtimeline.model import Event, Position
from govtimeline.reconstruct.topic_identity import TopicWords, topic_words

__all__ = [
    "InstrumentTopic",
    "TopicLexicon",
    "broader_positions",
    "default_topics",
    "instrument_topics",
    "load_topics",
]

InstrumentTopic = tuple[str, frozenset[str], re.Pattern[str]]
"""(broader topic, event kinds, words in the instruments' names)."""


@attrs.frozen(kw_only=True)
class TopicLexicon:
    """What reconstruction knows of topics (``data/topics.json``): the broader topics
    instruments stand for, and the words that put a topic under one name
    (:mod:`govtimeline.reconstruct.topic_identity`)."""

    instruments: tuple[InstrumentTopic, ...]
    """The broader topics, each with the kinds and name words of its instruments."""
    words: TopicWords
    """The words of :mod:`govtimeline.reconstruct.topic_identity`."""


def _lexicon(raw: Mapping[str, Any]) -> TopicLexicon:
    instruments = tuple(
        (name, frozenset(spec["kinds"]), words_pattern(spec["words"]))
        for name, spec in raw.get("instrument_topics", {}).items()
    )
    return TopicLexicon(instruments=instruments, words=topic_words(raw))


@cache
def default_topics() -> TopicLexicon:
    """The topic lexicon shipped in ``govtimeline/data/topics.json``."""
    return _lexicon(load_lexicon("topics.json", TOPICS))


def load_topics(path: str | Path) -> TopicLexicon:
    """A topic lexicon from a JSON file of the shape of ``data/topics.json`` (an empty
    ``instrument_topics`` turns broader topics off). An unreadable file or a misspelt key
    is an :class:`~govtimeline.InputError` naming the file and the key."""
    return _lexicon(read_lexicon_file(path, TOPICS, "a topic lexicon"))


def instrument_topics() -> tuple[InstrumentTopic, ...]:
    """``instrument_topics`` of ``data/topics.json``: (topic, event kinds, words in the names)."""
    return default_topics().instruments


def broader_positions(
    positions: Iterable[Position],
    events: Sequence[Event],
    instruments: Sequence[InstrumentTopic] | None = None,
) -> list[Position]:
    """The positions, each followed by the broader-topic positions it implies."""
    instruments = instrument_topics() if instruments is None else instruments
    by_id = {e.id: e for e in events}
    implied: dict[str, list[str]] = {}  # each event's broader topics, found once
    out: list[Position] = []
    for p in positions:
        out.append(p)
        event = by_id.get(p.event) if p.event else None
        if event is None or event.name != p.topic:
            continue  # the stance is about something else, taken at the event
        topics = implied.get(event.id)
        if topics is None:
            names = " | ".join((event.name, *event.aliases))
            topics = implied[event.id] = [
                topic
                for topic, kinds, words in instruments
                if event.kind.value in kinds and words.search(names)
            ]
        out.extend(attrs.evolve(p, topic=t, inferred=True) for t in topics if t != p.topic)
    return out
