"""One name per topic: a paraphrased topic takes the name of the topic it stands for.

Sources name one instrument or process in many ways: "the moratorium", "the
e-commerce moratorium", "renewing the e-commerce moratorium". A stance change
is a switch of stance on *one* topic, so the positions of the timeline are put
under one name per topic before they are merged and compared. Two rules, with
their words in ``data/topics.json``:

1. **Continuation.** A topic that asks for more of what it names ("renewing the
   moratorium", "the extension of the mandate": the ``continuing`` words) is a
   stance on that thing, in the same sense: opposing the renewal of a moratorium
   is opposing the moratorium from then on.
2. **The one topic a shorter name can mean.** A topic whose words are all in a
   longer topic with the same head noun ("the moratorium" in "the e-commerce
   moratorium"; ``qualifiers`` such as "the" or "current" are not counted) takes
   the longer name, when exactly one longest such topic is in the timeline and
   the longer name adds no action ("delaying Sweden's membership" is no name
   of "Sweden's membership").
   "Membership" beside both "Finland's NATO membership" and "Sweden's NATO
   membership" means neither, and keeps its own name. An initialism counts as
   the words of the longer topic that spell it ("delaying AI Act" is in
   "delaying EU Artificial Intelligence Act").
3. **Parts.** A topic that names a part of an instrument ("delaying the AI
   Act's rules for high-risk systems", "the obligations under the Harbour
   Convention": the ``parts`` words, of an instrument named by one of the
   ``wholes`` words) stands for the instrument, with the same action: a stance
   on delaying some of an act's rules is a stance on delaying the act.

A position whose topic is an event's name keeps it (the event is the
identity); event names are not targets of rule 2 either, since a position
that names an event is already linked to it. Every renamed position keeps its phrasing as
written in its evidence, so nothing is lost. The result does not depend on
the order of the positions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import attrs

from govtimeline.lang import TOPICS, load_lexicon, words_pattern
from govtimeline.model import Position
from govtimeline.reconstruct.initialisms import spell_out_each

__all__ = [
    "TopicWords",
    "default_topic_words",
    "topic_head",
    "topic_words",
    "unify_topics",
]

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@attrs.frozen(kw_only=True)
class TopicWords:
    """The words of :mod:`govtimeline.reconstruct.topic_identity` (``data/topics.json``)."""

    continuing: re.Pattern[str]
    """A leading phrase that asks for more of what follows ("renewing", "extension of")."""
    qualifiers: frozenset[str]
    """Words that never tell two topics apart ("the", "current", "draft")."""
    relations: frozenset[str]
    """Prepositions that end a topic's head ("moratorium on customs duties")."""
    parts: frozenset[str] = frozenset()
    """Nouns for a part of an instrument ("rules", "provisions", "obligations")."""
    wholes: frozenset[str] = frozenset()
    """Nouns that end an instrument's name ("Act", "Convention", "Treaty")."""


@cache
def default_topic_words() -> TopicWords:
    """The words shipped in ``govtimeline/data/topics.json``."""
    return topic_words(load_lexicon("topics.json", TOPICS))


def topic_words(raw: Mapping[str, Any]) -> TopicWords:
    """The words of a checked ``topics.json`` mapping."""
    return TopicWords(
        continuing=words_pattern(raw.get("continuing", []), after=r"\s+"),
        qualifiers=frozenset(w.casefold() for w in raw.get("qualifiers", [])),
        relations=frozenset(w.casefold() for w in raw.get("relations", [])),
        parts=frozenset(w.casefold() for w in raw.get("parts", [])),
        wholes=frozenset(w.casefold() for w in raw.get("wholes", [])),
    )


_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)


def _without_continuation(topic: str, words: TopicWords) -> str:
    article = _ARTICLE.match(topic)
    start = article.end() if article else 0
    match = words.continuing.match(topic, start)
    if match is None:
        return topic
    rest = topic[match.end() :].strip()
    return rest if _WORD.search(rest) else topic


_POSSESSIVE = re.compile(r"['’]s?\s+")
_PART_OF = re.compile(r"\s+(?:of|under|in)\s+(?:the\s+)?")


def _whole_of(topic: str, words: TopicWords) -> str:
    """Rule 3: the instrument a topic names a part of, with the topic's leading action
    ("delaying AI Act's rules for high-risk systems" → "delaying AI Act"); else the topic."""
    if not words.parts:
        return topic
    for m in _POSSESSIVE.finditer(topic):  # "the AI Act's rules for …"
        whole, rest = topic[: m.start()], _words(topic[m.end() :])
        named = _words(whole)
        rest = [w for w in rest if w not in words.qualifiers]
        if named and named[-1] in words.wholes and rest and rest[0] in words.parts:
            return whole.strip()
    for m in _PART_OF.finditer(topic):  # "the obligations under the Harbour Convention"
        lead, whole = topic[: m.start()], topic[m.end() :]
        before = [w for w in _words(lead) if w not in words.qualifiers]
        named = _words(whole)
        if before and before[-1] in words.parts and named and named[-1] in words.wholes:
            action = [w for w in _WORD.findall(lead) if w.casefold() not in words.qualifiers]
            acting = (
                " ".join(action[:-1])
                if len(action) > 1 and _acting(frozenset(w.casefold() for w in action[:-1]))
                else ""
            )
            return f"{acting} {whole.strip()}".strip()
    return topic


def _words(topic: str) -> list[str]:
    return [
        w.casefold().replace("’", "'").removesuffix("'s").removesuffix("'")
        for w in _WORD.findall(topic)
    ]


def topic_head(topic: str, words: TopicWords | None = None) -> str | None:
    """The head noun of a topic: its last word before a preposition ("moratorium on X")."""
    words = words or default_topic_words()
    head = None
    for w in _words(topic):
        if w in words.relations:
            break
        if w not in words.qualifiers:
            head = w
    return head


def _content_words(topic: str, words: TopicWords) -> list[str]:
    return [w for w in _words(topic) if w not in words.qualifiers and w not in words.relations]


def _content(topic: str, words: TopicWords) -> frozenset[str]:
    return frozenset(_content_words(topic, words))


def _spelled(group: Sequence[str], words: TopicWords) -> list[frozenset[str]]:
    """Each topic's content words, an initialism spelled out by the first other topic of
    the group (in order) whose words spell it in a row ("ai" in "delaying AI Act" beside
    "delaying EU Artificial Intelligence Act"; :func:`.initialisms.spell_out_each`)."""
    spelled = spell_out_each([_content_words(t, words) for t in group])
    return [frozenset(s) for s in spelled]


def _acting(extra: frozenset[str]) -> bool:
    return any(w.endswith("ing") and len(w) > 5 for w in extra)


def _canonical_names(topics: Iterable[str], words: TopicWords) -> dict[str, str]:
    """Each topic's name after rule 2, for the topics that take another one.

    The longer topics a topic's words are all in are found through an index of the
    topics by word (the rarest of its words first), not by comparing every pair.
    """
    heads: dict[str, list[str]] = defaultdict(list)
    for topic in sorted(set(topics)):
        head = topic_head(topic, words)
        if head is not None:
            heads[head].append(topic)
    by_head = {
        head: list(zip(_spelled(group, words), group, strict=True)) for head, group in heads.items()
    }
    names: dict[str, str] = {}
    for group in by_head.values():
        having: dict[str, set[int]] = defaultdict(set)
        for k, (content, _) in enumerate(group):
            for w in content:
                having[w].add(k)
        for content, topic in group:
            postings = sorted((having[w] for w in content), key=len)
            within = set.intersection(*postings) if postings else set()
            covers = [
                group[k]
                for k in sorted(within)
                if content < group[k][0] and not _acting(group[k][0] - content)
            ]
            longest = [(c, t) for c, t in covers if not any(c < other for other, _ in covers)]
            if len({c for c, _ in longest}) == 1:
                names[topic] = min(t for _, t in longest)  # spelling variants: the first in order
    return names


def unify_topics(
    positions: Sequence[Position], event_names: Iterable[str] = (), words: TopicWords | None = None
) -> list[Position]:
    """The positions, each under the one name of its topic (see the module docstring)."""
    words = words or default_topic_words()
    fixed = set(event_names)
    stripped = [
        p
        if p.topic in fixed
        else attrs.evolve(p, topic=_whole_of(_without_continuation(p.topic, words), words))
        for p in positions
    ]
    names = _canonical_names((p.topic for p in stripped), words)
    return [
        attrs.evolve(p, topic=names[p.topic]) if p.topic in names and p.topic not in fixed else p
        for p in stripped
    ]
