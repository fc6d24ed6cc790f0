"""Word lists of the date finder, loaded from ``govtimeline/data/dates/<lang>.json``.

Each file maps words to values (month names to numbers, weekday names to 0–6,
number words to integers…); the ``about`` field of ``en.json`` documents every
key. English carries the full lexicon; French, German and Spanish carry month
and weekday names and a few relative words, which is what the finder needs to
read absolute dates in those languages.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import attrs

from govtimeline.errors import DateParseError

__all__ = ["LANGUAGES", "Lexicon", "load_lexicon"]

LANGUAGES = ("en", "fr", "de", "es")
"""Languages with a shipped lexicon."""


@attrs.frozen(kw_only=True)
class Lexicon:
    """The words one language uses for dates (immutable; loaded once per language)."""

    lang: str
    """ISO 639-1 code."""
    months: Mapping[str, int]
    """Month names and abbreviations (lower case) to month numbers."""
    ambiguous_months: frozenset[str]
    """Month names that are also ordinary words ("may", "march")."""
    weekdays: Mapping[str, int]
    """Weekday names and abbreviations (lower case) to 0 (Monday) … 6."""
    weekday_abbreviations: frozenset[str] = frozenset()
    """The abbreviations among ``weekdays`` ("thurs"): alone, a weekday only with its full
    stop or after one of ``weekday_context``."""
    weekday_context: frozenset[str] = frozenset()
    """Words after which an abbreviated weekday alone is one ("on Thurs")."""
    seasons: Mapping[str, str] = attrs.field(factory=dict)
    """Season names to TIMEX codes."""
    numbers: Mapping[str, int | None] = attrs.field(factory=dict)
    """Number words to values (None: an unspecified number, "several")."""
    units: Mapping[str, str] = attrs.field(factory=dict)
    """Unit words to ISO 8601 duration designators."""
    ordinals: Mapping[str, int] = attrs.field(factory=dict)
    """Ordinal words used with quarters and halves."""
    sets: Mapping[str, str] = attrs.field(factory=dict)
    """Frequency adverbs to TIMEX SET values."""
    year_prefixes: frozenset[str] = frozenset()
    """Words that make a following year part of a name."""
    count_nouns: frozenset[str] = frozenset()
    """Nouns after which a four-digit number is a count."""
    future_cues: tuple[str, ...] = ()
    """Words that mark a clause as future."""
    past_cues: tuple[str, ...] = ()
    """Words that mark a clause as past."""
    past_adverbs: frozenset[str] = frozenset()
    """Past cues that are not participles: after "is" they still mark the past ("is since")."""
    reporting_verbs: frozenset[str] = frozenset()
    """Past cues that, after a comma following the date, only say when it was reported."""
    progressive_auxiliaries: tuple[str, ...] = ()
    """Present forms of "be" that make a present progressive with a verb in -ing."""
    not_participles: frozenset[str] = frozenset()
    """Words in -ing that are not verbs ("nothing", "morning")."""
    determiners: frozenset[str] = frozenset()
    """Words after which a word in -ed is an adjective ("the reduced dividend")."""
    not_past_words: frozenset[str] = frozenset()
    """Lower-case words in -ed that are not past verbs ("hundred", "naked")."""
    relative_days: Mapping[str, int] = attrs.field(factory=dict)
    """today/yesterday/tomorrow to day offsets."""
    refs: Mapping[str, str] = attrs.field(factory=dict)
    """Words for the present, past and future (TIMEX ``PRESENT_REF`` …)."""
    longer_periods: tuple[str, ...] = ()
    """Reporting periods longer than a quarter ("nine months", "the year")."""
    deadline_words: frozenset[str] = frozenset()
    """Words before a year-less date that make it a limit a past clause may set ahead."""
    classifier_nouns: frozenset[str] = frozenset()
    """Nouns a frequency adjective classifies rather than dates ("quarterly dividend")."""
    not_ref_before: frozenset[str] = frozenset()
    """Nouns after which a present/past/future word is not temporal ("current account")."""
    scale_words: frozenset[str] = frozenset()
    """Words that end an amount ("million", "percent"): "a year" after one is a rate."""
    decade_words: Mapping[str, int] = attrs.field(factory=dict)
    """Decades said as words ("nineties" -> 9)."""
    year_words: Mapping[str, int] = attrs.field(factory=dict)
    """Century words of a year said aloud ("nineteen" -> 19)."""
    holidays: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict)
    """Holiday names to (month, day) or (month, weekday, first possible day)."""
    clock_context: frozenset[str] = frozenset()
    """Words after which a 24-hour time with a colon is one without a zone ("at 09:30")."""
    parts_of_day: Mapping[str, str] = attrs.field(factory=dict)
    """Part-of-day words to TIMEX3 codes ("morning" -> ``MO``)."""
    day_parts: Mapping[str, tuple[int, str]] = attrs.field(factory=dict)
    """Phrases naming a part of a day near the anchor ("last night" -> (-1, ``NI``))."""
    connectors: tuple[str, ...] = ()
    """Words between day, month and year ("de" in Spanish)."""
    day_suffix: str = ""
    """What may follow a day number ("er", ".")."""


def _frozen_map(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in raw.items()}


@cache
def load_lexicon(lang: str = "en") -> Lexicon:
    """The lexicon of ``lang``; :class:`DateParseError` for an unknown language."""
    if lang not in LANGUAGES:
        raise DateParseError(f"no date lexicon for language {lang!r}; available: {LANGUAGES}")
    path = resources.files("govtimeline").joinpath(f"data/dates/{lang}.json")
    raw = json.loads(path.read_text("utf-8"))
    return Lexicon(
        lang=lang,
        months=_frozen_map(raw["months"]),
        ambiguous_months=frozenset(raw.get("ambiguous_months", ())),
        weekdays={
            **_frozen_map(raw["weekdays"]),
            **_frozen_map(raw.get("weekday_abbreviations", {})),
        },
        weekday_abbreviations=frozenset(_frozen_map(raw.get("weekday_abbreviations", {}))),
        weekday_context=frozenset(raw.get("weekday_context", ())),
        seasons=_frozen_map(raw.get("seasons", {})),
        numbers=_frozen_map(raw.get("numbers", {})),
        units=_frozen_map(raw.get("units", {})),
        ordinals=_frozen_map(raw.get("ordinals", {})),
        sets=_frozen_map(raw.get("sets", {})),
        year_prefixes=frozenset(raw.get("year_prefixes", ())),
        count_nouns=frozenset(raw.get("count_nouns", ())),
        future_cues=tuple(raw.get("future_cues", ())),
        past_cues=tuple(raw.get("past_cues", ())),
        past_adverbs=frozenset(raw.get("past_adverbs", ())),
        reporting_verbs=frozenset(raw.get("reporting_verbs", ())),
        progressive_auxiliaries=tuple(raw.get("progressive_auxiliaries", ())),
        not_participles=frozenset(raw.get("not_participles", ())),
        not_past_words=frozenset(raw.get("not_past_words", ())),
        determiners=frozenset(raw.get("determiners", ())),
        relative_days=_frozen_map(raw.get("relative_days", {})),
        refs=_frozen_map(raw.get("refs", {})),
        longer_periods=tuple(raw.get("longer_periods", ())),
        deadline_words=frozenset(raw.get("deadline_words", ())),
        classifier_nouns=frozenset(raw.get("classifier_nouns", ())),
        not_ref_before=frozenset(raw.get("not_ref_before", ())),
        scale_words=frozenset(raw.get("scale_words", ())),
        decade_words=_frozen_map(raw.get("decade_words", {})),
        year_words=_frozen_map(raw.get("year_words", {})),
        holidays={
            str(k).lower(): tuple(int(x) for x in v) for k, v in raw.get("holidays", {}).items()
        },
        clock_context=frozenset(raw.get("clock_context", ())),
        parts_of_day=_frozen_map(raw.get("parts_of_day", {})),
        day_parts={
            str(k).lower(): (int(v[0]), str(v[1])) for k, v in raw.get("day_parts", {}).items()
        },
        connectors=tuple(raw.get("connectors", ())),
        day_suffix=raw.get("day_suffix", ""),
    )
