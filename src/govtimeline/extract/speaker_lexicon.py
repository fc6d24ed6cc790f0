"""The lexicon of :mod:`.speakers`, compiled from ``data/speakers.json``.

Speech verbs ("said", "told"), introducers ("according to"), roles ("foreign
minister", "envoy"), titles ("Dr", "Foreign"), "former" words, and the
capitalised words that are never part of a person's name; the file's
``about`` field documents each list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

import attrs

from govtimeline.lang import SPEAKERS, check_keys

__all__ = ["MAX_DESCRIPTION", "SpeakerLexicon", "speaker_lexicon"]

MAX_DESCRIPTION = 120
"""Longest appositive or description read around a name, in characters."""
_FUNCTION_WORDS = frozenset(["of", "the", "for", "to", "in", "and", "a", "at"])


@attrs.frozen(kw_only=True)
class SpeakerLexicon:
    """Compiled word lists of ``data/speakers.json``."""

    verb_after: re.Pattern[str]
    """A speech verb right after a name (possibly after an appositive)."""
    verb_next: re.Pattern[str]
    """A speech verb right after a word ("Doe said")."""
    of_body: re.Pattern[str]
    """ "of the African Union said": a body between a name and a speech verb."""
    verbs: frozenset[str]
    """Speech verbs, lower case."""
    introducers: tuple[tuple[str, ...], ...]
    """ "according to" and friends, as lower-case words."""
    introducer_ends: frozenset[str] = frozenset()
    """Last words of ``introducers``."""
    pre_role: re.Pattern[str]
    """A description ending with a role right before a name ("Kenyan foreign minister Jane Doe")."""
    roles: re.Pattern[str]
    """Role nouns, longest first, lower case."""
    title_role: re.Pattern[str]
    """A role written as a title just before a name (end of the text before it)."""
    back_reference: re.Pattern[str]
    """ "the <role>" next to a speech verb."""
    titles: frozenset[str]
    role_words: frozenset[str]
    former: re.Pattern[str]
    not_name_words: frozenset[str]
    leading_words: frozenset[str]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )


@cache
def speaker_lexicon() -> SpeakerLexicon:
    """The lexicon shipped in ``data/speakers.json``."""
    raw = json.loads(
        resources.files("govtimeline").joinpath("data/speakers.json").read_text("utf-8")
    )
    check_keys(raw, SPEAKERS, source="govtimeline/data/speakers.json")
    verbs = _alternation(raw["speech_verbs"])
    according = _alternation(raw["according_to"])
    roles = _alternation(raw["roles"])
    desc = r"([^,;:\"“”]{2," + str(MAX_DESCRIPTION) + r"}?)"
    return SpeakerLexicon(
        verb_after=re.compile(
            r"(?:,\s*(?!(?:" + verbs + r")\b)" + desc + r"\s*,|,)?\s+"
            r"(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:" + verbs + r")\b"
        ),
        verb_next=re.compile(r"[ \t]+(?:also\s+)?(?:" + verbs + r")\b"),
        of_body=re.compile(
            r"\s+(?:of|from|at)\s+((?:the\s+)?[^,;:\"“”]{2,60}?)(?=\s+(?:also\s+)?(?:"
            + verbs
            + r")\b)"
        ),
        verbs=frozenset(v.lower() for v in raw["speech_verbs"]),
        introducers=tuple(tuple(p.lower().split()) for p in raw["according_to"]),
        introducer_ends=frozenset(p.lower().split()[-1] for p in raw["according_to"]),
        pre_role=re.compile(r"((?:[\w'’.-]+[ \t]+){0,4}?(?:" + roles + r"))[ \t]+$", re.IGNORECASE),
        roles=re.compile(r"\b(?:" + roles + r")\b", re.IGNORECASE),
        title_role=re.compile(r"\b(?:" + roles + r")(?=\s+$)", re.IGNORECASE),
        back_reference=re.compile(
            r"\b(the\s+(?:" + roles + r"))\b(?=(?:\s*,)?\s+(?:also\s+)?(?:" + verbs + r")\b)"
            r"|\b(?:" + according + r")\s+(the\s+(?:" + roles + r"))\b",
            re.IGNORECASE,
        ),
        titles=frozenset(raw["titles"]),
        role_words=frozenset(w for role in raw["roles"] for w in role.split()) - _FUNCTION_WORDS,
        former=re.compile(r"\b(?:" + _alternation(raw["former"]) + ")", re.IGNORECASE),
        not_name_words=frozenset(raw["not_name_words"]),
        leading_words=frozenset(raw["leading_words"]),
    )
