"""Event mentions: what happened, as one sentence names it.

Two sources of mentions, both driven by ``data/events.json``:

* **Titles** — capitalised names whose head noun names a kind ("Bletchley
  Declaration", "Framework Convention on Artificial Intelligence", "AI
  Action Summit"). A launch or founding verb just before a title ("launched
  the Global Dialogue …") makes the mention the launch or founding of it.
* **Triggers** — common nouns of a kind ("summit", "resolution", "debate")
  with the words that qualify them: "the Paris summit", "an August
  resolution", "a Security Council debate on AI".

Each mention takes the date expression of its sentence nearest to it, the
organising body named in or near it, a place introduced by "in"/"at", an
edition ("the third summit"), and a status (planned when the sentence speaks
of the future or the date is after the document's).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from importlib import resources

import attrs

from govtimeline.extract.gazetteer import ActorMention, Gazetteer
from govtimeline.extract.sentences import Sentence
from govtimeline.extract.spans import SpanIndex
from govtimeline.model import (
    ActorKind,
    AnchorKind,
    EventKind,
    EventStatus,
    Evidence,
    Mention,
    TimeExpression,
    TimexType,
)

__all__ = ["EventLexicon", "event_lexicon", "find_mentions"]

_TITLE = re.compile(
    r"(?:[A-Z][\w'’.-]*|AI)(?:[ \t]+(?:(?:of|on|for|and|the)[ \t]+)*(?:[A-Z][\w'’-]*|AI|\d{4}))*"
)
_LEFT_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "their",
        "his",
        "her",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "annual",
        "open",
        "high-level",
        "global",
        "joint",
        "landmark",
        "historic",
        "new",
        "international",
        "ministerial",
        "emergency",
        "special",
        "recent",
        "latest",
        "upcoming",
        "next",
        "last",
        "previous",
        "inaugural",
        "founding",
        "landmark",
    ]
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "inaugural": 1,
}
_TRAILING_DATE = re.compile(
    r"\s+(?:on|of|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b.*$"
)
_MAX_TITLE_WORDS = 14
_MAX_HEADLINE_WORDS = 6
_VERB_KINDS = (EventKind.LAUNCH, EventKind.FOUNDING, EventKind.VOTE)
_TOKEN = re.compile(r"[\w'’.-]+")


@attrs.frozen(kw_only=True)
class EventLexicon:
    """Triggers and title heads per event kind."""

    triggers: tuple[tuple[EventKind, re.Pattern[str]], ...]
    heads: dict[str, EventKind]
    future: re.Pattern[str]


@cache
def event_lexicon() -> EventLexicon:
    """The lexicon shipped in ``data/events.json``."""
    raw = json.loads(resources.files("govtimeline").joinpath("data/events.json").read_text("utf-8"))
    triggers = []
    heads: dict[str, EventKind] = {}
    for kind_name, spec in raw["kinds"].items():
        kind = EventKind(kind_name)
        words = sorted(spec["triggers"], key=len, reverse=True)
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE
        )
        triggers.append((kind, pattern))
        for head in spec["heads"]:
            heads[head] = kind
    future = re.compile(
        r"\b(?:" + "|".join(re.escape(c) for c in raw["future_cues"]) + r")\b", re.IGNORECASE
    )
    return EventLexicon(triggers=tuple(triggers), heads=heads, future=future)


def _title_kind(title: str, lex: EventLexicon) -> EventKind | None:
    words = title.split()
    for i in range(len(words) - 1, -1, -1):
        two = " ".join(words[i : i + 2])
        if two in lex.heads:
            return lex.heads[two]
        if words[i] in lex.heads:
            return lex.heads[words[i]]
    return None


@attrs.frozen
class _Span:
    start: int
    end: int
    kind: EventKind
    name: str


def _titles(s: Sentence, lex: EventLexicon, actors: Sequence[ActorMention]) -> list[_Span]:
    out = []
    for m in _TITLE.finditer(s.text):
        title = _TRAILING_DATE.sub("", m.group().rstrip("."))
        words = title.split()
        line_end = s.text.find("\n", m.end())
        line = s.text[
            s.text.rfind("\n", 0, m.start()) + 1 : line_end if line_end >= 0 else None
        ].strip()
        headline = line.rstrip(".:!?") == title and len(words) > _MAX_HEADLINE_WORDS
        if not 2 <= len(words) <= _MAX_TITLE_WORDS or headline:
            continue  # one word is not a title; a capitalised line of its own is a headline
        kind = _title_kind(title, lex)
        if kind is None:
            continue
        start = s.start + m.start()
        if any(a.start == start and a.end == start + len(title) for a in actors):
            continue
        if words[0] == "The":
            title, start = title[4:], start + 4
        out.append(_Span(start, start + len(title), kind, title))
    return out


def _left_extend(text: str, at: int) -> int:
    """Start of the words that qualify a trigger noun ("the Paris summit")."""
    start = at
    for _ in range(5):
        before = text[:start].rstrip()
        m = re.search(r"[\w'’.-]+$", before)
        if not m:
            break
        word = m.group()
        if (
            word.lower() in _LEFT_WORDS
            or word[:1].isupper()
            or word.isdigit()
            or word.endswith(("'s", "’s"))
        ):
            start = m.start()
            continue
        break
    return start


def _right_extend(text: str, at: int) -> int:
    """End of an "on AI" / "of the Assembly" complement after a trigger."""
    m = re.match(
        r"\s+(?:on|of|for)\s+((?:the\s+)?(?:[A-Z][\w'’-]*|AI|artificial intelligence)(?:\s+(?:[A-Z][\w'’-]*|AI|intelligence))*)",
        text[at:],
    )
    return at + m.end() if m else at


def _triggers(s: Sentence, lex: EventLexicon, taken: list[_Span]) -> list[_Span]:
    out: list[_Span] = []
    for kind, pattern in lex.triggers:
        if kind in _VERB_KINDS:
            continue
        for m in pattern.finditer(s.text):
            start, _end = s.start + m.start(), s.start + m.end()
            if any(t.start <= start < t.end for t in taken + out):
                continue
            left = s.start + _left_extend(s.text, m.start())
            right = s.start + _right_extend(s.text, m.end())
            name = s.text[left - s.start : right - s.start]
            out.append(_Span(left, right, kind, name))
    return out


def _verb_mentions(s: Sentence, lex: EventLexicon, titles: list[_Span]) -> list[_Span]:
    """A launch/founding/adoption verb right before a title: the mention is that act."""
    out = []
    for kind, pattern in lex.triggers:
        if kind not in _VERB_KINDS:
            continue
        for m in pattern.finditer(s.text):
            at = s.start + m.end()
            follow = [t for t in titles if 0 <= t.start - at <= 25]
            if follow:
                title = follow[0]
                noun = {
                    EventKind.LAUNCH: "launch",
                    EventKind.FOUNDING: "creation",
                    EventKind.VOTE: "adoption",
                }[kind]
                out.append(_Span(title.start, title.end, kind, f"{noun} of the {title.name}"))
    return out


def _nearest_date(span: _Span, dates: Sequence[TimeExpression]) -> TimeExpression | None:
    # "two days before the summit": the summit is the reference, dated elsewhere if at all
    if any(d.anchor_kind is AnchorKind.EVENT and d.start <= span.start < d.end for d in dates):
        return None
    inside = [d for d in dates if span.start <= d.start and d.end <= span.end]
    if inside:
        return inside[0]
    candidates = [d for d in dates if d.timex_type is TimexType.DATE]
    if not candidates:
        return None

    def distance(d: TimeExpression) -> int:
        return d.start - span.end if d.start >= span.end else 2 * (span.start - d.end)

    return min(candidates, key=distance)


def _body(span: _Span, actors: Sequence[ActorMention]) -> str | None:
    inside = [a for a in actors if span.start <= a.start and a.end <= span.end]
    orgs = [a for a in inside if a.actor.kind is ActorKind.ORGANISATION] or inside
    if orgs:
        return orgs[0].actor.name
    near = [
        a
        for a in actors
        if a.actor.kind is ActorKind.ORGANISATION and 0 <= span.start - a.end <= 40
    ]
    return near[-1].actor.name if near else None


def _location(s: Sentence, gazetteer: Gazetteer, span: _Span) -> str | None:
    for place in gazetteer.places_by_length:
        if place in span.name:
            return place
    m = re.search(r"\b(?:in|at)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?)", s.text)
    if m and m.group(1) in gazetteer.places:
        return m.group(1)
    return None


def find_mentions(
    document: str,
    sentences: Sequence[Sentence],
    dates: Sequence[TimeExpression],
    actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    anchor: date | None,
) -> list[Mention]:
    """Every event mention of a document, in text order."""
    lex = event_lexicon()
    out: list[Mention] = []
    actor_index = SpanIndex(actors, lambda a: a.start)
    date_index = SpanIndex(dates, lambda d: d.start)
    for s in sentences:
        here = actor_index.within(s.start, s.end)
        titles = _titles(s, lex, here)
        spans = _verb_mentions(s, lex, titles)
        spans += [t for t in titles if not any(v.start == t.start for v in spans)]
        spans += _triggers(s, lex, spans)
        sentence_dates = [
            d for d in date_index.within(s.start, s.end) if d.timex_type is TimexType.DATE
        ]
        future = bool(lex.future.search(s.text))
        for span in sorted(spans, key=lambda x: x.start):
            out.append(_mention(document, s, span, sentence_dates, here, gazetteer, anchor, future))
    return out


def _mention(
    document: str,
    s: Sentence,
    span: _Span,
    dates: Sequence[TimeExpression],
    actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    anchor: date | None,
    future: bool,
) -> Mention:
    expr = _nearest_date(span, dates)
    when = until = None
    relative_offset = relative_to = date_text = None
    if expr is not None:
        date_text = expr.text
        if expr.anchor_kind is AnchorKind.EVENT:
            relative_offset, relative_to = expr.offset, expr.reference
        else:
            when, until = expr.when, expr.until
    planned = future or (when is not None and anchor is not None and when.earliest > anchor)
    lead = s.text[max(0, span.start - s.start - 16) : span.start - s.start]
    words = [w.lower() for w in _TOKEN.findall(lead + " " + span.name)]
    edition = next((_ORDINALS[w] for w in words if w in _ORDINALS), None)
    return Mention(
        evidence=Evidence(document=document, start=span.start, end=span.end, quote=s.text),
        name=" ".join(span.name.split()),
        kind=span.kind,
        when=when,
        until=until,
        date_text=date_text,
        relative_offset=relative_offset,
        relative_to=relative_to,
        body=_body(span, actors),
        location=_location(s, gazetteer, span),
        edition=edition,
        status=EventStatus.PLANNED if planned else EventStatus.OCCURRED,
    )
