"""Positions: who supports, opposes or abstains on what, and when.

For each stance cue of ``data/stance.json`` in a sentence, the actor is the
nearest gazetteer actor before the cue in the same sentence (a person is
mapped to the body they spoke for on the date of the act, and kept as
``via``), or, in reported speech ("X said the country would reject …"), the
speaker. A negation just before a support cue ("did not sign") makes it
opposition. The topic is the event named after the cue in the sentence, else
a topic from the lexicon; a cue with neither is not a position. The date is
that of the event or of the sentence's date expression; without one, the
publication date stands for the act only when the document is dated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

import attrs

from govtimeline.extract.gazetteer import ActorMention, Gazetteer
from govtimeline.extract.sentences import Sentence
from govtimeline.extract.spans import SpanIndex
from govtimeline.model import (
    ActorKind,
    AnchorKind,
    Evidence,
    Mention,
    Position,
    Stance,
    TimeExpression,
    TimexType,
)
from govtimeline.when import When

__all__ = ["StanceLexicon", "find_positions", "stance_lexicon"]


@attrs.frozen(kw_only=True)
class StanceLexicon:
    """Stance cues, negations and topics."""

    cues: re.Pattern[str]
    stance_of: dict[str, Stance]
    negation: re.Pattern[str]
    topics: tuple[tuple[str, re.Pattern[str]], ...]
    instruments: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = ()


def _alternation(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@cache
def stance_lexicon() -> StanceLexicon:
    """The lexicon shipped in ``data/stance.json``."""
    raw = json.loads(resources.files("govtimeline").joinpath("data/stance.json").read_text("utf-8"))
    stance_of: dict[str, Stance] = {}
    for stance in Stance:
        for cue in raw[stance.value]:
            stance_of[cue] = stance
    cues = re.compile(r"\b(?:" + _alternation(list(stance_of)) + r")\b", re.IGNORECASE)
    negation = re.compile(
        r"\b(?:" + _alternation(raw["negations"]) + r")\s+(?:\w+\s+)?$", re.IGNORECASE
    )
    topics = tuple(
        (name, re.compile(r"\b(?:" + _alternation(phrases) + r")\b", re.IGNORECASE))
        for name, phrases in raw["topics"].items()
    )
    instruments = tuple(
        (
            name,
            frozenset(spec["kinds"]),
            re.compile(r"\b(?:" + _alternation(spec["words"]) + r")\b", re.IGNORECASE),
        )
        for name, spec in raw.get("instrument_topics", {}).items()
    )
    return StanceLexicon(
        cues=cues, stance_of=stance_of, negation=negation, topics=topics, instruments=instruments
    )


_SAID = re.compile(r"\b(?:said|says|told|argued|stated|warned|added|declared)\b")


def _speaker(s: Sentence, at: int, actors: Sequence[ActorMention]) -> ActorMention | None:
    before = [a for a in actors if a.end <= at]
    said = list(_SAID.finditer(s.text, 0, at - s.start))
    if said:
        verb = s.start + said[-1].start()
        people = [a for a in before if a.actor.kind is ActorKind.PERSON and abs(a.end - verb) <= 60]
        if people:
            return people[-1]
    if before:
        return before[-1]
    after_said = [a for a in actors if a.start > at and a.actor.kind is ActorKind.PERSON]
    return after_said[0] if after_said and re.search(r"\bsaid\b", s.text) else None


def _topic(
    s: Sentence, at: int, mentions: Sequence[Mention], lex: StanceLexicon
) -> tuple[str, Mention | None] | None:
    after = [m for m in mentions if m.evidence.start >= at and m.evidence.start - at <= 80]
    if after:
        name = after[0].name
        return (name[4:] if name.lower().startswith("the ") else name), after[0]
    for name, pattern in lex.topics:
        if pattern.search(s.text):
            return name, None
    return None


def _act_date(
    mention: Mention | None, dates: Sequence[TimeExpression], published: When | None
) -> When | None:
    if mention is not None and mention.when is not None:
        return mention.when
    resolved = [
        d.when
        for d in dates
        if d.when is not None
        and d.timex_type is TimexType.DATE
        and d.anchor_kind is not AnchorKind.EVENT
    ]
    if resolved:
        return resolved[0]
    if published is not None and published.precision.value == "day":
        return published
    return None


def _broader(mention: Mention | None, lex: StanceLexicon) -> list[str]:
    """Broader topics a stance on this instrument also expresses."""
    if mention is None:
        return []
    return [
        name
        for name, kinds, words in lex.instruments
        if mention.kind.value in kinds and words.search(mention.name)
    ]


def find_positions(
    document: str,
    sentences: Sequence[Sentence],
    dates: Sequence[TimeExpression],
    actors: Sequence[ActorMention],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    published: When | None,
) -> list[Position]:
    """Every position a document states, in text order."""
    lex = stance_lexicon()
    out: list[Position] = []
    actor_index = SpanIndex(actors, lambda a: a.start)
    mention_index = SpanIndex(mentions, lambda m: m.evidence.start)
    date_index = SpanIndex(dates, lambda d: d.start)
    for s in sentences:
        here_actors = actor_index.within(s.start, s.end)
        if not here_actors:
            continue
        here_mentions = mention_index.within(s.start, s.end)
        here_dates = date_index.within(s.start, s.end)
        seen: set[tuple[str, str]] = set()
        for cue in lex.cues.finditer(s.text):
            at = s.start + cue.start()
            stance = lex.stance_of.get(" ".join(cue.group().lower().split()))
            if stance is None:
                continue
            if stance is Stance.SUPPORT and lex.negation.search(s.text[: cue.start()]):
                stance = Stance.OPPOSE
            speaker = _speaker(s, at, here_actors)
            topic = _topic(s, s.start + cue.end(), here_mentions, lex)
            if speaker is None or topic is None:
                continue
            when = _act_date(topic[1], here_dates, published)
            actor = gazetteer.speaks_for(speaker.actor, when.earliest if when else None)
            if actor is None:
                continue
            key = (actor, topic[0])
            if key in seen:
                continue
            seen.add(key)
            via = speaker.actor.name if speaker.actor.kind is ActorKind.PERSON else None
            evidence = [Evidence(document=document, start=s.start, end=s.end, quote=s.text)]
            topics = [topic[0], *_broader(topic[1], lex)]
            for name in topics:
                if (actor, name) in seen and name != topic[0]:
                    continue
                seen.add((actor, name))
                out.append(
                    Position(
                        actor=actor,
                        topic=name,
                        stance=stance,
                        when=when,
                        via=via,
                        evidence=evidence,
                    )
                )
    return out
