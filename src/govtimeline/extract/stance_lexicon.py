"""The stance lexicon: cues, negations, topics, frames and scope words.

Read from ``data/stance.json`` (see its "about" fields); domain knowledge
lives in the data file, this module only compiles it into patterns.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

import attrs

from govtimeline.lang import STANCE, check_keys, trie_regex
from govtimeline.model import Stance

__all__ = ["StanceLexicon", "stance_lexicon"]


@attrs.frozen(kw_only=True)
class StanceLexicon:
    """Stance cues, negations, topics and the words that shape a cue's scope."""

    cues: re.Pattern[str]
    stance_of: dict[str, Stance]
    negation: re.Pattern[str]
    topics: tuple[tuple[str, re.Pattern[str]], ...]

    @property
    def topic_names(self) -> frozenset[str]:
        """The names of the lexicon's topics."""
        return frozenset(name for name, _ in self.topics)

    instruments: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = ()
    noun_cues: frozenset[str] = frozenset()
    """Cues that are also nouns ("support"): not a cue after a determiner or adjective."""
    noun_modifiers: frozenset[str] = frozenset()
    """Words that, just before a noun cue, make it a noun ("broad support")."""
    offices: re.Pattern[str] = re.compile(r"(?!)")
    """Office words after a possessive actor that make it the speaker ("China's envoy")."""
    boundaries: re.Pattern[str] = re.compile(r";")
    """Where a cue's scope ends."""
    concessive: re.Pattern[str] = re.compile(r"(?!)")
    """Words opening a clause that ends at the next comma ("while", "although")."""
    authored_kinds: frozenset[str] = frozenset()
    """Event kinds whose signer is their author (an executive order): signing is no stance."""
    authoring_cues: frozenset[str] = frozenset()
    """Cues that, on an authored kind, are the act of issuing it ("signed")."""
    refusal: re.Pattern[str] = re.compile(r"(?!)")
    """A refusal whose infinitive is the cue: "the refusal of X and Y to sign"."""
    issuing_kinds: frozenset[str] = frozenset()
    """Event kinds an organisation issues (a resolution): its adopting one is no stance."""
    issuing_cues: frozenset[str] = frozenset()
    """Cues that, from an organisation on an issuing kind, are the act of issuing it."""
    frames: tuple[tuple[re.Pattern[str], Stance, str], ...] = ()
    """Cues that carry their own topic: "cannot be left to an algorithm"."""
    advocacy: re.Pattern[str] = re.compile(r"(?!)")
    """ "stressed that": opens a clause whose subject should act."""
    modal: re.Pattern[str] = re.compile(r"(?!)")
    """ "should", "must": the verb of an advocacy clause."""
    ending: re.Pattern[str] = re.compile(r"(?!)")
    """What, after the modal, makes the advocacy opposition ("should be scrapped")."""
    vote_cues: frozenset[str] = frozenset()
    """Cues of a vote that may stand without an object ("voted against", "abstained")."""
    light_heads: frozenset[str] = frozenset()
    """Head nouns that say little ("the urgency for governing AI"): the topic is inside."""
    event_only_cues: frozenset[str] = frozenset()
    """Cues that are stances only on an event or a lexicon topic ("led", "spearheaded")."""
    passive: re.Pattern[str] = re.compile(r"(?!)")
    """A participle with "by" ("tabled by"): group ``verb``; the agents follow."""
    passive_stance: dict[str, Stance] = attrs.Factory(dict)
    """The stance of each passive participle."""
    adopting: re.Pattern[str] = re.compile(r"(?!)")
    """After an advocacy modal, a verb whose object is what the speaker supports."""
    policy_heads: frozenset[str] = frozenset()
    """Head nouns that make a two-word object a topic ("a production cap")."""
    reservations: re.Pattern[str] = re.compile(r"(?!)")
    """After "but" at the end of a support cue's scope: a reservation that makes it mixed."""
    conditions: re.Pattern[str] = re.compile(r"(?!)")
    """In a support cue's scope: a condition that makes it mixed ("in principle")."""


def _alternation(words: Sequence[str]) -> str:
    """The phrases as one trie-shaped alternation, longest match first, any spacing."""
    return trie_regex((" ".join(w.split()) for w in words), any_space=True)


def _words(raw: dict[str, object], key: str) -> list[str]:
    value = raw.get(key, [])
    return [str(v) for v in value] if isinstance(value, list) else []


@cache
def stance_lexicon() -> StanceLexicon:
    """The lexicon shipped in ``data/stance.json``."""
    raw = json.loads(resources.files("govtimeline").joinpath("data/stance.json").read_text("utf-8"))
    check_keys(raw, STANCE, source="govtimeline/data/stance.json")
    stance_of: dict[str, Stance] = {}
    for stance in Stance:
        for cue in raw[stance.value]:
            stance_of[cue] = stance
    cues = _words_pattern(list(stance_of))
    negation = re.compile(
        r"\b(?:" + _alternation(raw["negations"]) + r")\s+(?!only\b)(?:\w+\s+)?$", re.IGNORECASE
    )
    topics = tuple((name, _words_pattern(phrases)) for name, phrases in raw["topics"].items())
    instruments = tuple(
        (
            name,
            frozenset(spec["kinds"]),
            _words_pattern(spec["words"]),
        )
        for name, spec in raw.get("instrument_topics", {}).items()
    )
    scope = raw.get("scope", {})
    frames = tuple(
        (
            re.compile(
                r"\b(?:"
                + _alternation(_words(spec, "before"))
                + r")\s+(?:"
                + _alternation(_words(spec, "after"))
                + r")\b",
                re.IGNORECASE,
            ),
            Stance(spec["stance"]),
            str(spec["topic"]),
        )
        for spec in raw.get("frames", {}).get("items", [])
    )
    advocacy = raw.get("advocacy", {})
    passive = raw.get("passive", {})
    return StanceLexicon(
        cues=cues,
        stance_of=stance_of,
        negation=negation,
        topics=topics,
        instruments=instruments,
        noun_cues=frozenset(_words(scope, "noun_cues")),
        noun_modifiers=frozenset(_words(scope, "noun_modifiers")),
        offices=re.compile(
            r"^\W*(?:\w+\W+){0,2}?(?:" + _alternation(_words(scope, "offices")) + r")\b",
            re.IGNORECASE,
        ),
        boundaries=re.compile(
            r";|\s[–—]\s|,\s+\w+ing\b|\b(?:" + _alternation(_words(scope, "boundaries")) + r")\b",
            re.IGNORECASE,
        ),
        concessive=_words_pattern(_words(scope, "concessive")),
        authored_kinds=frozenset(_words(scope, "authored_kinds")),
        authoring_cues=frozenset(_words(scope, "authoring_cues")),
        refusal=re.compile(
            r"\b(?:" + _alternation(_words(scope, "refusals")) + r")\b[^;!?]{0,70}\bto\s+$",
            re.IGNORECASE,
        ),
        policy_heads=frozenset(_words(raw, "policy_heads")),
        event_only_cues=frozenset(_words(scope, "event_only_cues")),
        passive=_words_pattern(
            _words(passive, "support") + _words(passive, "oppose"), r"\s+by\s+(?:the\s+)?"
        ),
        passive_stance={
            **dict.fromkeys(_words(passive, "support"), Stance.SUPPORT),
            **dict.fromkeys(_words(passive, "oppose"), Stance.OPPOSE),
        },
        adopting=re.compile(
            r"\s+(?:" + _alternation(_words(advocacy, "adopting")) + r")\b", re.IGNORECASE
        ),
        light_heads=frozenset(_words(raw, "light_heads")),
        vote_cues=frozenset(_words(scope, "vote_cues")),
        reservations=re.compile(
            r"\s*,?\s*but\s+(?:\w+\s+){0,2}?(?:"
            + _alternation(_words(scope, "reservations"))
            + r")\b",
            re.IGNORECASE,
        ),
        conditions=_words_pattern(_words(scope, "conditions")),
        issuing_kinds=frozenset(_words(scope, "issuing_kinds")),
        issuing_cues=frozenset(_words(scope, "issuing_cues")),
        frames=frames,
        advocacy=_words_pattern(_words(advocacy, "verbs"), r"\s+that\s+"),
        modal=_words_pattern(_words(advocacy, "modals")),
        ending=re.compile(
            r"\s+(?:" + _alternation(_words(advocacy, "ending")) + r")\b", re.IGNORECASE
        )
        if advocacy
        else re.compile(r"(?!)"),
    )


def _words_pattern(words: Sequence[str], after: str = "") -> re.Pattern[str]:
    """Any of ``words`` as whole words (followed by ``after``), or a pattern matching nothing."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + _alternation(words) + r")\b" + after, re.IGNORECASE)
