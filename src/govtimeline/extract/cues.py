"""Stance cues in a sentence: lexicon phrases, frames and advocacy clauses.

A cue is where a sentence states a stance. Most are phrases of the lexicon
("rejected", "expressed support for"); a negation before a support cue makes
it opposition ("did not sign"), and before any other cue leaves no stance
("had not explicitly rejected"). A frame names its own topic ("cannot be left
to an algorithm"); an advocacy clause ("stressed that the Dialogue should
act") is about its subject, which must be named.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import attrs

from govtimeline.extract.sentences import Sentence
from govtimeline.extract.stance_lexicon import StanceLexicon
from govtimeline.model import Stance

__all__ = ["REACH", "SCOPE_CHARS", "Cue", "find_cues"]

SCOPE_CHARS = 160
"""How far after a cue the words it governs may reach."""
REACH = 300
"""How far before a cue its subject, speaker or date may stand (keeps long text linear)."""


@attrs.frozen
class Cue:
    """Where a sentence states a stance (sentence offsets), and what it fixes itself."""

    start: int
    end: int
    key: str
    """The cue's words, lower case, single-spaced."""
    stance: Stance
    topic: str | None = None
    """A frame's own topic ("cannot be left to an algorithm": AI governance)."""
    scope_end: int | None = None
    """Where an advocacy clause's subject ends (its modal)."""
    passive: bool = False
    """ "tabled by X": the actors follow the cue, and its topic comes before it."""


def find_cues(
    s: Sentence, lex: StanceLexicon, name_ends: Collection[int] = frozenset()
) -> list[Cue]:
    """The stance cues of a sentence in text order, each with its stance; a cue inside
    another is dropped, and a negated cue that is not support states nothing."""
    found: list[Cue] = []
    for m in lex.cues.finditer(s.text):
        key = " ".join(m.group().lower().split())
        stance = lex.stance_of.get(key)
        if stance is None or _is_noun_use(s, m, lex) or _modifies_a_noun(s, m, key, name_ends):
            continue
        negated = lex.negation.search(s.text, max(0, m.start() - 60), m.start())
        if stance is Stance.SUPPORT and (
            negated or lex.refusal.search(s.text, max(0, m.start() - 90), m.start())
        ):
            stance = Stance.OPPOSE
        elif negated:
            continue  # "had not explicitly rejected X": no stance either way
        found.append(Cue(m.start(), m.end(), key, stance))
    for pattern, stance, topic in lex.frames:
        for m in pattern.finditer(s.text):
            found.append(Cue(m.start(), m.end(), m.group().lower(), stance, topic=topic))
    for m in lex.passive.finditer(s.text):
        verb = " ".join(_BY.sub("", m.group()).lower().split())
        stance = lex.passive_stance.get(verb)
        if stance is not None:
            found.append(Cue(m.start(), m.end(), verb, stance, passive=True))
    for m in _DECIDED.finditer(s.text):
        adopting = lex.adopting.match(s.text, m.end() - 1)
        if adopting is not None:  # "the Council voted to create a group of experts"
            found.append(Cue(m.start(), adopting.end(), "voted to", Stance.SUPPORT))
    for m in lex.advocacy.finditer(s.text):
        cue = _advocacy(s, m, lex)
        if cue is not None:
            found.append(cue)
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Cue] = []
    for cue in found:
        if out and cue.start < out[-1].end:
            continue
        out.append(cue)
    return out


_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")


def _advocacy(s: Sentence, opener: re.Match[str], lex: StanceLexicon) -> Cue | None:
    """ "stressed that the Global Dialogue should take steps": support for its subject.

    The clause's subject runs from "that" to the modal, within the clause; the
    stance is opposition when the modal is negated or an ending verb follows
    it ("should be scrapped"). When an adopting verb follows the modal ("should
    adopt a norm", "should set a date"), the stance is support for its object.
    """
    stop = _CLAUSE_END.search(s.text, opener.end(), opener.end() + SCOPE_CHARS)
    end = stop.start() if stop else min(len(s.text), opener.end() + SCOPE_CHARS)
    modal = lex.modal.search(s.text, opener.end(), end)
    if modal is None or modal.start() == opener.end():
        return None
    ending = lex.ending.match(s.text, modal.end())
    key = " ".join(opener.group().lower().split())
    adopting = None if ending else lex.adopting.match(s.text, modal.end())
    if adopting is not None:
        # "stressed that the Forum should adopt a norm against …": support for the norm
        return Cue(opener.start(), adopting.end(), key, Stance.SUPPORT)
    stance = Stance.OPPOSE if ending else Stance.SUPPORT
    return Cue(opener.start(), opener.end(), key, stance, scope_end=modal.start())


_DECIDED = re.compile(
    r"\b(?:voted|decided|resolved|agreed|moved)(?:\s+(?:on|in|at)\s+\w+)?\s+to\s", re.IGNORECASE
)
_BY = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_LINKS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "also",
        "still",
        "now",
        "not",
        "and",
        "or",
        "but",
        "while",
        "by",
        "after",
        "before",
        "without",
        "in",
        "on",
        "at",
        "of",
        "for",
        "from",
        "as",
        "when",
        "then",
        "thus",
        "even",
        "jointly",
        "publicly",
        "openly",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]+)\s*$")


def _modifies_a_noun(s: Sentence, cue: re.Match[str], key: str, name_ends: Collection[int]) -> bool:
    """ "countries pushing for an agreement": a participle after a common noun says what
    that noun does, not what the sentence's subject does. After an event's name ("a joint
    statement reaffirming support for X") it says what its authors do."""
    if not key.split()[0].endswith("ing"):
        return False
    before = _WORD_BEFORE.search(s.text, max(0, cue.start() - 30), cue.start())
    if before is None:
        return False
    word = before.group(1)
    if before.end(1) in name_ends:
        return False
    return word.islower() and word not in _LINKS and not word.endswith("ly")


def _is_noun_use(s: Sentence, cue: re.Match[str], lex: StanceLexicon) -> bool:
    word = cue.group().lower()
    if word not in lex.noun_cues:
        return False
    before = re.findall(r"[\w'’-]+", s.text[max(0, cue.start() - 40) : cue.start()])
    return bool(before) and before[-1].lower() in lex.noun_modifiers
