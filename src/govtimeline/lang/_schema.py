"""The keys each lexicon file may hold, and the one check every lexicon loader runs.

A misspelt or unknown key would otherwise turn a rule off without a word (a loader
reading ``raw.get("triggres", [])`` sees no triggers). :func:`check_keys` raises
:class:`~govtimeline.errors.InputError` naming the file, the dotted key and the keys
allowed there (with the nearest one when it looks like a typo); it also checks that word
lists are lists of strings and that required keys are present. The shapes below follow
the ``about`` field of each file in ``govtimeline/data/``.

A shape is one of:

- :class:`Table`: an object whose keys are fixed (each with its own shape);
- :class:`Names`: an object whose keys are names the data chooses (kinds, topics,
  meeting series), every value of one shape;
- :class:`Records`: a list of objects of one :class:`Table` shape;
- :class:`Leaf`: a value checked only for its type (:data:`WORDS`, :data:`TEXT`,
  :data:`ANY`).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from govtimeline.errors import InputError

__all__ = [
    "ANY",
    "CATALOGUE",
    "CATALOGUE_EVENT",
    "COREFERENCE",
    "EVENTS",
    "FRAMES",
    "GAZETTEER",
    "LAYOUT",
    "SPEAKERS",
    "TEXT",
    "TOPICS",
    "WORDS",
    "Leaf",
    "Names",
    "Records",
    "Table",
    "check_keys",
    "load_lexicon",
    "read_lexicon_file",
]


def _is_words(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


@attrs.frozen
class Leaf:
    """A value checked only for its type."""

    expected: str
    """What the value should be, for the message ("a list of strings")."""
    accepts: Callable[[object], bool] = attrs.field(repr=False)
    """Whether a value is of that type."""


WORDS = Leaf("a list of strings", _is_words)
"""A word list."""
TEXT = Leaf("a string", lambda value: isinstance(value, str))
"""A string ("about", a kind name)."""
ANY = Leaf("any value", lambda value: True)
"""Anything (numbers, pairs, dates), checked by the loader that reads it."""


@attrs.frozen
class Table:
    """An object whose keys are fixed."""

    keys: Mapping[str, Shape]
    """Each key allowed, with the shape of its value."""
    required: frozenset[str] = frozenset()
    """The keys that must be present."""


@attrs.frozen
class Names:
    """An object whose keys are names chosen by the data, every value of one shape."""

    value: Shape
    """The shape of each value."""


@attrs.frozen
class Records:
    """A list of objects of one shape."""

    record: Table
    """The shape of each object."""


Shape = Table | Names | Records | Leaf


def _fail(source: str, path: str, problem: str) -> InputError:
    return InputError(f"{path or 'the top level'}: {problem}", source=source)


def _unknown(source: str, path: str, key: str, table: Table) -> InputError:
    allowed = sorted(table.keys)
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return _fail(
        source,
        f"{path}.{key}" if path else key,
        f"unknown key ({hint}expected one of: {', '.join(allowed)})",
    )


def _check(value: object, shape: Shape, source: str, path: str) -> None:
    if isinstance(shape, Leaf):
        if not shape.accepts(value):
            raise _fail(source, path, f"expected {shape.expected}, got {type(value).__name__}")
    elif isinstance(shape, Records):
        if not isinstance(value, list):
            raise _fail(source, path, f"expected a list of objects, got {type(value).__name__}")
        for i, item in enumerate(value):
            _check(item, shape.record, source, f"{path}[{i}]")
    elif not isinstance(value, dict):
        raise _fail(source, path, f"expected an object, got {type(value).__name__}")
    elif isinstance(shape, Names):
        for name, item in value.items():
            _check(item, shape.value, source, f"{path}.{name}" if path else name)
    else:
        for key, item in value.items():
            if key not in shape.keys:
                raise _unknown(source, path, key, shape)
            _check(item, shape.keys[key], source, f"{path}.{key}" if path else key)
        missing = sorted(shape.required - value.keys())
        if missing:
            raise _fail(source, path, f"missing key {missing[0]!r}")


def check_keys(raw: object, shape: Shape, *, source: str, at: str = "") -> Any:
    """Return ``raw`` when it has the ``shape``; :class:`InputError` naming ``source`` and the key.

    ``source`` names the file ("govtimeline/data/events.json", or a user's path); ``at``
    is where ``raw`` sits in it, when it is not the whole file ("events[3]").
    """
    _check(raw, shape, source, at)
    return raw


def _read(name: str) -> str:
    return resources.files("govtimeline").joinpath("data", name).read_text("utf-8")


def load_lexicon(name: str, shape: Shape) -> Any:
    """The shipped lexicon ``govtimeline/data/<name>``, decoded and checked against ``shape``."""
    source = f"govtimeline/data/{name}"
    try:
        raw = json.loads(_read(name))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc})", source=source) from None
    return check_keys(raw, shape, source=source)


def read_lexicon_file(path: str | Path, shape: Shape, what: str) -> Any:
    """A user's lexicon file (JSON of the shape of a shipped one), decoded and checked.

    ``what`` names the lexicon in the error ("coreference rules"); an unreadable file,
    bad JSON, or a misspelt key is an :class:`InputError` naming the file (and the key).
    """
    source = str(path)
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"cannot read {what} ({exc})", source=source) from None
    if not isinstance(raw, dict):
        raise InputError(f"not a file of {what} (expected an object)", source=source)
    return check_keys(raw, shape, source=source)


def _table(*words: str, required: tuple[str, ...] = (), **shapes: Shape) -> Table:
    """A table of word lists ``words`` (and an ``about``) plus keys of other ``shapes``."""
    keys: dict[str, Shape] = {"about": TEXT, **dict.fromkeys(words, WORDS), **shapes}
    return Table(keys, frozenset(required))


TOPICS = _table(
    "continuing",
    "qualifiers",
    "relations",
    "parts",
    "wholes",
    instrument_topics=Names(Table({"kinds": WORDS, "words": WORDS}, frozenset({"kinds", "words"}))),
)
"""``data/topics.json``: the broader topics instruments stand for (:mod:`govtimeline.reconstruct.topics`)."""

EVENTS = _table(
    "future_cues",
    "address_verbs",
    "institution_heads",
    required=("kinds", "future_cues"),
    kinds=Names(_table("triggers", "heads", "named_by", required=("triggers", "heads"))),
    creation_verbs=_table("launch", "founding"),
    hosted_events=_table("nouns", "verbs", "speaking"),
    numbered_meetings=Names(TEXT),
)
"""``data/events.json``: event triggers by kind, and the words that name a kind."""

_SPEAKER_WORDS = (
    "speech_verbs",
    "according_to",
    "roles",
    "titles",
    "former",
    "not_name_words",
    "leading_words",
)
SPEAKERS = _table(*_SPEAKER_WORDS, required=_SPEAKER_WORDS)
"""``data/speakers.json``: how people are introduced as speakers."""

COREFERENCE = _table(
    "stopwords",
    "generic",
    "weekdays",
    "months",
    required=("stopwords", "generic", "compatible_kinds", "weekdays", "months"),
    compatible_kinds=ANY,
    act_groups=Names(WORDS),
)
"""``data/coreference.json``: the word lists of cross-document coreference."""

LAYOUT = _table(
    "section_markers",
    "line_patterns",
    block_line_chars=ANY,
)
"""``data/layout.json`` (and a user's layout rules): page furniture around a text."""

_STATE = _table(
    "aliases",
    "demonyms",
    required=("name",),
    name=TEXT,
    alpha2=ANY,
    alpha3=ANY,
    capital=ANY,
    status=ANY,
)
_ORGANISATION = _table("aliases", required=("name",), name=TEXT, parent=ANY)
_PERSON = _table(
    "aliases",
    required=("name", "affiliation"),
    name=TEXT,
    affiliation=TEXT,
    **{"from": ANY, "to": ANY},
)

GAZETTEER = _table(
    "places",
    "ambiguous",
    "not_actors",
    source=TEXT,
    states=Records(_STATE),
    organisations=Records(_ORGANISATION),
    people=Records(_PERSON),
    metonyms=Names(TEXT),
    place_context=_table("before", "after"),
)
"""``data/countries.json``, ``data/actors.json`` and a user's gazetteer file."""

CATALOGUE_EVENT = _table(
    "aliases",
    id=ANY,
    name=ANY,
    kind=ANY,
    when=ANY,
    end=ANY,
    location=ANY,
)
"""One event of a catalogue (``data/catalogues/*.json``, or a user's)."""

CATALOGUE = _table(events=ANY)
"""A catalogue written as an object: ``{"about": …, "events": [...]}``; each event is
checked against :data:`CATALOGUE_EVENT` as it is read."""


_FRAME = _table(
    "lemmas",
    "particle",
    "prep",
    "heads",
    "heads_not",
    "through",
    "prep_heads",
    "subject_heads",
    required=("lemmas", "act"),
    act=TEXT,
    stance=ANY,
    event=ANY,
    status=ANY,
    object=TEXT,
    membership=ANY,
    member_stance=ANY,
    occasion=ANY,
    topic=TEXT,
    examples=ANY,
    **{"not": WORDS},
)
_CONTROLLER = _table(
    "lemmas",
    required=("lemmas",),
    negate=ANY,
    status=ANY,
    event=ANY,
    advocacy=ANY,
    examples=ANY,
    **{"not": WORDS},
)
_NOMINAL = _table(
    "lemmas",
    "prep",
    "agent_preps",
    required=("lemmas", "act"),
    act=TEXT,
    stance=ANY,
    event=ANY,
    membership=ANY,
    examples=ANY,
    **{"not": WORDS},
)
FRAMES = _table(
    "light_verbs",
    "withholding_verbs",
    "receiving_verbs",
    "need_heads",
    "carrier_heads",
    "quantity_heads",
    "people_heads",
    "advocacy_heads",
    "group_heads",
    "list_preps",
    "membership_heads",
    "speech_verbs",
    "agent_heads",
    "state_heads",
    "organisation_heads",
    "topic_heads",
    "back_reference_heads",
    "occasion_heads",
    "instrument_heads",
    "media",
    verbs=Names(_FRAME),
    controllers=Names(_CONTROLLER),
    nominals=Names(_NOMINAL),
    nominal_controllers=Names(Table({"negate": ANY, "status": ANY})),
    vote_answers=Names(TEXT),
    synonyms=Names(WORDS),
    evaluative=_table("negative", "positive"),
)
"""``frames.json``: the act lexicon of :mod:`govtimeline.extract.frames`."""
