"""The actor gazetteer: who is named in a text and whom they speak for.

Loaded from ``govtimeline/data/actors.json`` (format documented in its
``about`` field); users add their own entries with :func:`load_gazetteer`.
Surface forms are matched case-sensitively as whole words, longest first, so
"UN Security Council" wins over "UN". A person maps to the body they speak
for only during their tenure: an official quoted after leaving office speaks
for no one.
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

    def find(self, text: str) -> list[ActorMention]:
        """Every actor named in ``text``, in order, without overlaps."""
        out = []
        for m in self.pattern.finditer(text):
            name = self.surfaces[m.group()]
            out.append(
                ActorMention(
                    start=m.start(), end=m.end(), surface=m.group(), actor=self.actors[name]
                )
            )
        return out

    def speaks_for(self, actor: Actor, when: date | None) -> str | None:
        """The body a person speaks for on ``when`` (the actor itself if not a person)."""
        if actor.kind is not ActorKind.PERSON:
            return actor.name
        tenures = self.tenures.get(actor.name, ())
        if when is None:
            current = [t for t in tenures if t.end is None]
            return current[0].affiliation if current else actor.affiliation
        for tenure in tenures:
            if tenure.covers(when):
                return tenure.affiliation
        return None


def _bare(form: str) -> str:
    """Surface forms are matched without a leading "the", so longer names win."""
    return form[4:] if form.lower().startswith("the ") else form


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _build(records: Iterable[Mapping[str, Any]], source: str) -> Gazetteer:
    actors: dict[str, Actor] = {}
    surfaces: dict[str, str] = {}
    tenures: dict[str, list[Tenure]] = {}
    places: set[str] = set()

    def add(
        name: str, kind: ActorKind, forms: Iterable[str], affiliation: str | None = None
    ) -> None:
        known = actors.get(name)
        aliases = tuple(sorted(set(forms) | set(known.aliases if known else ())))
        actors[name] = Actor(name=name, kind=kind, aliases=aliases, affiliation=affiliation)
        for form in (name, *forms):
            surfaces[_bare(form)] = name

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
                surfaces[_bare(surface)] = name
            places.update(record.get("places", ()))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"malformed gazetteer entry ({exc!r})", source=source) from None
    for surface, name in list(surfaces.items()):
        if name not in actors:
            raise InputError(f"metonym {surface!r} names unknown actor {name!r}", source=source)
    forms = sorted(surfaces, key=lambda f: (-len(f), f))
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    return Gazetteer(
        actors=actors,
        surfaces=surfaces,
        tenures={k: tuple(v) for k, v in tenures.items()},
        places=frozenset(places),
        pattern=pattern,
    )


def _default_record() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        resources.files("govtimeline").joinpath("data/actors.json").read_text("utf-8")
    )
    return raw


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with govtimeline."""
    return _build([_default_record()], "govtimeline/data/actors.json")


def load_gazetteer(path: str | Path, *, extend_default: bool = True) -> Gazetteer:
    """A gazetteer from a JSON file shaped like ``data/actors.json``, added to the default one."""
    file = Path(path)
    try:
        record = json.loads(file.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gazetteer ({exc})", source=str(file)) from None
    records = [_default_record(), record] if extend_default else [record]
    return _build(records, str(file))
