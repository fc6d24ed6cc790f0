"""Component ``parse``: the spaCy parse of the sentences worth reading acts from.

Only sentences with someone to act (an actor, a name, a pronoun for someone already
named, a noun that acts for an actor, or a list item opening with an act word, whose
actor is the proponent) and something to act with (a word of the act
lexicon in any form, an occasion or a date: :mod:`govtimeline.extract.prefilter`) are
parsed: the others cannot hold an act the reader would keep. Each parsed sentence is tied to the document's findings token by token
(:class:`~govtimeline.extract.acts.context.ParsedSentence`): the actor and the date each
token belongs to, the tokens inside quotation marks, the paragraph.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.context import map_tokens
from govtimeline.extract.components.base import Component
from govtimeline.extract.datelines import parser_text
from govtimeline.extract.frames import FrameLexicon
from govtimeline.extract.nlp import keep_whole, parse_texts
from govtimeline.extract.prefilter import act_words
from govtimeline.extract.spans import SpanIndex
from govtimeline.extract.work import WorkDoc

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["PARSE", "parser_text"]

_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|its|their|his|her|our)\b", re.IGNORECASE)
_NAME = re.compile(r"\S\s+[A-Z][\w'’-]+\s+(?:of\s+|on\s+|for\s+)?[A-Z][\w'’-]+")
_FIRST_WORD = re.compile(r"[\s•*·–—-]*([A-Z][a-z]+)\b")
"""The first word of a list item or slogan ("• Oppose using AI to …")."""


def _imperative_item(text: str, words: re.Pattern[str]) -> bool:
    """Whether a sentence opens with an act word, capitalised: an item of a list of
    points ("Support efforts to …", "Oppose using …"), whose actor is the proponent."""
    first = _FIRST_WORD.match(text)
    if first is None:
        return False
    word = first.group(1).lower()
    found = words.search(word)
    return found is not None and found.group(0) == word


"""Two capitalised words after the first word: a name a later phrase may point back to."""
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_QUOTE = re.compile('["“”«»„]|\n[ \t]*\n')
_OPENERS = frozenset("“«„")
_CLOSERS = frozenset("”»")


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech. Any double quotation mark closes an open quotation (news
    text mixes “curly” and "straight" marks, and opens with one and closes with the
    other); a paragraph break ends one left open."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in _QUOTE.finditer(text):
        char = m.group()
        if char.startswith("\n"):
            if start is not None:
                spans.append((start, m.start()))
                start = None
            continue
        if start is None:
            if char not in _CLOSERS:
                start = m.start()
        elif char not in _OPENERS:
            spans.append((start, m.end()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _heads_pattern(lex: FrameLexicon) -> re.Pattern[str]:
    """Nouns that act for an actor ("lawmakers", "the assembly"): a sentence with one may
    hold an act even when it names no actor."""
    return _words_pattern(lex.agent_heads - {"source", "sources", "side", "team", "head"})


@cache
def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(map(re.escape, sorted(words)))
    return re.compile(r"\b(?:" + alternation + r")s?\b", re.IGNORECASE)


def _parse(work: WorkDoc, resources: Resources) -> WorkDoc:
    text = work.document.text
    actors = SpanIndex(work.actors, lambda a: a.start)
    dates = SpanIndex(work.dates, lambda d: d.start)
    occasions = SpanIndex(work.occasions, lambda m: m.evidence.start)
    heads = _heads_pattern(resources.frames)
    words = act_words(resources.frames)
    chosen = [
        s
        for s in work.sentences
        if occasions.within(s.start, s.end)  # an occasion is remembered for "the summit"
        or (
            (
                actors.within(s.start, s.end)
                or _PRONOUN.search(s.text)
                or heads.search(s.text)
                or _NAME.search(s.text)
            )
            and (words.search(s.text) or dates.within(s.start, s.end))
        )
        or (dates.within(s.start, s.end) and words.search(s.text))  # "rules take effect in 2026"
        or _imperative_item(s.text, words)
    ]
    if not chosen:
        return work
    nlp = resources.nlp
    keep_whole(nlp, resources.frames.hyphenated)
    docs = parse_texts(nlp, [parser_text(s.text) for s in chosen])
    quotes = quotations(text)
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    parsed = [
        map_tokens(
            s,
            d,
            actors.within(s.start, s.end),
            dates.within(s.start, s.end),
            quotes,
            bisect.bisect_right(breaks, s.start),
        )
        for s, d in zip(chosen, docs, strict=True)
    ]
    return attrs.evolve(work, parsed=parsed)


PARSE = Component(
    name="parse",
    requires=("sentences", "dates", "actors", "occasions"),
    assigns=("parsed",),
    run=_parse,
)
