"""The actor gazetteer: who is named in a text and whom they speak for.

Loaded from ``govtimeline/data/countries.json`` (every UN member and
observer state and some territories, generated from ISO 3166-1 by
``scripts/build_countries.py``) and ``govtimeline/data/actors.json``
(organisations, office-holders, institutional metonyms, places); both share
one format, documented in the ``about`` field of ``actors.json``. Users add
their own entries with :func:`load_gazetteer`.

Surface forms are matched case-sensitively as whole words, longest first, so
"UN Security Council" wins over "UN", in one pass of one regular expression
compiled from a trie of the forms (its cost does not grow with the number of
forms). A capital that stands for its government ("Beijing rejected …") is
not an actor where it is a place: after "in", "at", "to" …, or before a
capitalised word or a place noun ("the Paris summit", "Washington Post").
Names that are also given names ("Chad", "Jordan") are not actors next to
another capitalised word. ``not_actors`` forms ("Latin American", "South China
Sea") shadow the shorter names inside them. A person maps to the body they
speak for only during their tenure: an official quoted after leaving office
speaks for no one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from govtimeline.errors import InputError
from govtimeline.extract.datelines import is_dateline
from govtimeline.lang import GAZETTEER, check_keys
from govtimeline.lang import trie_regex as _trie_regex
from govtimeline.model import Actor, ActorKind

__all__ = ["ActorMention", "Gazetteer", "Tenure", "default_gazetteer", "load_gazetteer"]


@attrs.frozen(kw_only=True)
class Tenure:
    """A period during which a person speaks for a body."""

    affiliation: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls within the tenure."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@attrs.frozen(kw_only=True)
class ActorMention:
    """An actor named in a text."""

    start: int
    end: int
    surface: str
    actor: Actor


@attrs.frozen(kw_only=True)
class Gazetteer:
    """Actors, their surface forms and office tenures (immutable)."""

    actors: Mapping[str, Actor]
    """Canonical name to actor."""
    surfaces: Mapping[str, str]
    """Surface form to canonical name."""
    tenures: Mapping[str, tuple[Tenure, ...]]
    """Person to tenures."""
    places: frozenset[str]
    """Known place names."""
    pattern: re.Pattern[str] = attrs.field(eq=False, repr=False)
    guarded: frozenset[str] = frozenset()
    """Metonyms that are also places: not actors where the text uses them as places."""
    ambiguous: frozenset[str] = frozenset()
    """Names that are also given names or other places: not actors beside a capitalised word."""
    place_before: frozenset[str] = frozenset()
    """Words after which a guarded name is a place ("in", "at", "to" …), lower case."""
    place_after: frozenset[str] = frozenset()
    """Nouns before which a guarded name is a place ("summit", "talks" …), lower case."""
    places_by_length: tuple[str, ...] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(
            lambda self: tuple(sorted(self.places, key=lambda p: (-len(p), p))), takes_self=True
        ),
    )
    """``places``, longest first (so "New York" is tried before "York")."""

    def find(self, text: str) -> list[ActorMention]:
        """Every actor named in ``text``, in order, without overlaps."""
        out = []
        for m in self.pattern.finditer(text):
            surface = m.group()
            if not surface.isprintable() or "  " in surface:  # "United⏎States"
                surface = " ".join(surface.split())
            name = self.surfaces.get(surface)
            if name is None:
                continue  # a not_actors form, matched only to shadow the names inside it
            if surface in self.guarded and self._is_place(text, m.start(), m.end()):
                continue
            if (surface in self.guarded or (surface.isupper() and " " in surface)) and is_dateline(
                text, m.start(), m.end()
            ):
                continue  # "UNITED NATIONS (AP) — …", "BRUSSELS -": where the story was filed
            if surface in self.ambiguous and self._is_other_name(text, m.start(), m.end()):
                continue
            out.append(
                ActorMention(start=m.start(), end=m.end(), surface=surface, actor=self.actors[name])
            )
        return out

    def _is_place(self, text: str, start: int, end: int) -> bool:
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and before.group(1).lower() in self.place_before:
            return True
        if self._state_after_comma(text, end):
            return True  # "Brussels, Belgium": a city in its country, as in a dateline
        after = _WORD_AFTER.match(text, end)
        if after is None:
            return False
        return after.group(1)[0].isupper() or after.group(1).lower() in self.place_after

    def _state_after_comma(self, text: str, end: int) -> bool:
        """Whether a comma and the name of a state follow (up to three capitalised words)."""
        found = _NAMES_AFTER_COMMA.match(text, end)
        if found is None:
            return False
        words = found.group(1).split()
        for n in range(len(words), 0, -1):
            surface = " ".join(words[:n])
            name = self.surfaces.get(surface)
            if surface in self.guarded or name is None:
                continue  # "Brussels, Paris and Berlin": capitals standing for their states
            if self.actors[name].kind is ActorKind.STATE:
                return True
        return False

    def _is_other_name(self, text: str, start: int, end: int) -> bool:
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _WORD_AFTER.match(text, end)
        return bool(
            (before and before.group(1)[0].isupper() and before.group(1) not in _DETERMINERS)
            or (after and after.group(1)[0].isupper())
        )

    def canonical(self, form: str) -> str:
        """The canonical name of an actor written ``form`` ("the U.S." → "United States"), else ``form``."""
        return self.surfaces.get(_bare(form), form)

    def speaks_for(self, actor: Actor, when: date | None) -> str | None:
        """The body a person speaks for on ``when`` (the actor itself if not a person)."""
        if actor.kind is not ActorKind.PERSON:
            return actor.name
        if actor.name not in self.tenures:
            # a speaker found in the text ("Jane Doe, Ruritania's envoy"): the text gives the body
            return actor.affiliation if actor.affiliation in self.actors else None
        tenures = self.tenures.get(actor.name, ())
        if when is None:
            current = [t for t in tenures if t.end is None]
            return current[0].affiliation if current else actor.affiliation
        for tenure in tenures:
            if tenure.covers(when):
                return tenure.affiliation
        return None


_BACKING = ("sponsored", "co-sponsored", "cosponsored", "backed", "drafted", "proposed", "authored")
"""Participles after a hyphen that make the name before them the backer of a thing."""
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([\w'’-]+)")
_NAMES_AFTER_COMMA = re.compile(r",[ \t]+((?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*){0,2})")
_DETERMINERS = frozenset(["The", "A", "An", "In", "At", "And", "But", "For", "On", "Of", "To"])


def _bare(form: str) -> str:
    """Surface forms are matched without a leading "the", so longer names win."""
    return form[4:] if form.lower().startswith("the ") else form


def _variants(form: str) -> tuple[str, ...]:
    """The form as matched, and with a typographic apostrophe ("Côte d’Ivoire")."""
    bare = _bare(form)
    return (bare, bare.replace("'", "’")) if "'" in bare else (bare,)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _build(records: Iterable[Mapping[str, Any]], source: str) -> Gazetteer:
    actors: dict[str, Actor] = {}
    surfaces: dict[str, str] = {}
    tenures: dict[str, list[Tenure]] = {}
    places: set[str] = set()
    metonyms: set[str] = set()
    ambiguous: set[str] = set()
    blocked: set[str] = set()
    place_before: set[str] = set()
    place_after: set[str] = set()

    def add(
        name: str, kind: ActorKind, forms: Iterable[str], affiliation: str | None = None
    ) -> None:
        known = actors.get(name)
        aliases = tuple(sorted(set(forms) | set(known.aliases if known else ())))
        actors[name] = Actor(name=name, kind=kind, aliases=aliases, affiliation=affiliation)
        for form in (name, *forms):
            for variant in _variants(form):
                surfaces[variant] = name

    try:
        for record in records:
            for state in record.get("states", ()):
                forms = [*state.get("aliases", ()), *state.get("demonyms", ())]
                add(state["name"], ActorKind.STATE, forms)
                if state.get("capital"):
                    places.add(state["capital"])
            for org in record.get("organisations", ()):
                add(org["name"], ActorKind.ORGANISATION, org.get("aliases", ()), org.get("parent"))
            for person in record.get("people", ()):
                add(
                    person["name"],
                    ActorKind.PERSON,
                    person.get("aliases", ()),
                    person.get("affiliation"),
                )
                tenures.setdefault(person["name"], []).append(
                    Tenure(
                        affiliation=person["affiliation"],
                        start=_date(person.get("from")),
                        end=_date(person.get("to")),
                    )
                )
            for surface, name in record.get("metonyms", {}).items():
                for variant in _variants(surface):
                    surfaces[variant] = name
                    metonyms.add(variant)
            places.update(record.get("places", ()))
            ambiguous.update(_bare(f) for f in record.get("ambiguous", ()))
            blocked.update(_bare(f) for f in record.get("not_actors", ()))
            context = record.get("place_context", {})
            place_before.update(w.lower() for w in context.get("before", ()))
            place_after.update(w.lower() for w in context.get("after", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"malformed gazetteer entry ({exc!r})", source=source) from None
    for surface, name in list(surfaces.items()):
        if name not in actors:
            raise InputError(f"metonym {surface!r} names unknown actor {name!r}", source=source)
    for form in blocked:
        surfaces.pop(form, None)
    # "Biden-era diplomacy": a name before "-era" still names its actor, and one before a
    # participle of backing ("a Chinese-sponsored resolution", "a US-backed plan") the
    # actor who backs it; "U.S.-led", "Paris-based" do not
    pattern = re.compile(
        r"(?<![\w.])(?:"
        + _trie_regex([*surfaces, *blocked], any_space=True)  # names wrapped across lines
        + r")(?!\w|-(?!(?:era|"
        + "|".join(_BACKING)
        + r")\b))"
    )
    return Gazetteer(
        actors=actors,
        surfaces=surfaces,
        tenures={k: tuple(v) for k, v in tenures.items()},
        places=frozenset(places),
        pattern=pattern,
        guarded=frozenset(f for f in metonyms if f in places and f in surfaces),
        ambiguous=frozenset(f for f in ambiguous if f in surfaces),
        place_before=frozenset(place_before),
        place_after=frozenset(place_after),
    )


_DEFAULT_FILES = ("data/countries.json", "data/actors.json")


def _default_records() -> list[dict[str, Any]]:
    data = resources.files("govtimeline")
    return [
        check_keys(
            json.loads(data.joinpath(name).read_text("utf-8")),
            GAZETTEER,
            source=f"govtimeline/{name}",
        )
        for name in _DEFAULT_FILES
    ]


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with govtimeline (``data/countries.json`` + ``data/actors.json``)."""
    return _build(_default_records(), "govtimeline/data/actors.json")


def load_gazetteer(path: str | Path, *, extend_default: bool = True) -> Gazetteer:
    """A gazetteer from a JSON file shaped like ``data/actors.json``, added to the default one.

    Entries of the user file are read last: a surface form it lists (an alias,
    a metonym) replaces the default's meaning of that form, and a person's
    tenures are added to those already known.
    """
    file = Path(path)
    try:
        record = json.loads(file.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gazetteer ({exc})", source=str(file)) from None
    check_keys(record, GAZETTEER, source=str(file))
    records = [*_default_records(), record] if extend_default else [record]
    return _build(records, str(file))
