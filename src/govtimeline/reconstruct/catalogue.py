"""An optional catalogue of known events that mentions can link to.

A catalogue is a user's list of events they already know (id, name, kind,
aliases, dates, place), in a JSON file of the shape of
``data/catalogues/ai_governance.json``. Reconstruction never needs one; with
one, each group of coreferent mentions is linked to the entry it names, and:

* groups linked to one entry become one event (the sources spelled it
  differently, the catalogue says it is one thing);
* the event takes the entry's id, name and kind, and its place when the
  sources give none;
* the entry's date joins the sources' claims as one more source,
  ``catalogue``: it backs the sources that agree with it, and a source that
  disagrees is reported as a conflict like any other.

A group links to an entry when one of its phrasings is the entry's name or
an alias (ignoring case and a leading article), or when its distinctive words
include every distinctive word of one of them (at least two); the kinds must
be compatible and the dates must not contradict the entry's. A group that
could link to two entries links to neither.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from govtimeline.errors import InputError, ModelError
from govtimeline.lang import CATALOGUE, CATALOGUE_EVENT, check_keys
from govtimeline.model import EventKind, Evidence, Mention
from govtimeline.model.when import When
from govtimeline.reconstruct.coref import CoreferenceRules, name_tokens, phrase_key
from govtimeline.reconstruct.dating import DateClaim
from govtimeline.reconstruct.signatures import dates_compatible

__all__ = [
    "CATALOGUE_SOURCE",
    "CatalogueEntry",
    "bundled_catalogue",
    "catalogue_claim",
    "link_catalogue",
    "load_catalogue",
]

CATALOGUE_SOURCE = "catalogue"
"""The document id a catalogue's date claims carry in evidence and conflicts."""


def _kind(value: Any) -> EventKind:
    try:
        return value if isinstance(value, EventKind) else EventKind(value)
    except ValueError:
        raise ModelError(
            f"expected one of {[k.value for k in EventKind]} for kind, got {value!r}"
        ) from None


def _strings(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _when(value: Any) -> When | None:
    if value is None or isinstance(value, When):
        return value
    return When.parse(str(value))


@attrs.frozen(kw_only=True)
class CatalogueEntry:
    """A known event: what reconstruction may link mentions to."""

    id: str
    """Stable id; becomes the event's id."""
    name: str
    """Canonical name; becomes the event's name."""
    kind: EventKind = attrs.field(converter=_kind)
    """What sort of event."""
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Other names it goes by."""
    when: When | None = attrs.field(default=None, converter=_when)
    """When it happened (start), at its true precision; EDTF/TIMEX3 text accepted."""
    end: When | None = attrs.field(default=None, converter=_when)
    """Last day of a multi-day event."""
    location: str | None = None
    """Where it took place."""

    @property
    def span(self) -> When | None:
        """The whole interval of the entry's date."""
        if self.when is None or self.end is None:
            return self.when
        return When.between(self.when, self.end, self.when.precision)


def _entries(raw: Any, source: str) -> tuple[CatalogueEntry, ...]:
    if isinstance(raw, Mapping):
        check_keys(raw, CATALOGUE, source=source)
    records = raw.get("events") if isinstance(raw, Mapping) else raw
    if not isinstance(records, list):
        raise InputError("a catalogue is a list of events (or {'events': [...]})", source=source)
    out = []
    ids: set[str] = set()
    for i, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise InputError(f"event {i} is not an object", source=source)
        check_keys(record, CATALOGUE_EVENT, source=source, at=f"events[{i}]")
        try:
            entry = CatalogueEntry(
                id=str(record["id"]),
                name=str(record["name"]),
                kind=record["kind"],
                aliases=record.get("aliases", ()),
                when=record.get("when"),
                end=record.get("end"),
                location=record.get("location"),
            )
        except KeyError as exc:
            raise InputError(f"event {i} has no {exc.args[0]!r}", source=source) from None
        except (ModelError, ValueError) as exc:
            raise InputError(f"event {i}: {exc}", source=source) from None
        if entry.id in ids:
            raise InputError(f"event id {entry.id!r} appears twice", source=source)
        ids.add(entry.id)
        out.append(entry)
    return tuple(sorted(out, key=lambda e: e.id))


def load_catalogue(path: str | Path) -> tuple[CatalogueEntry, ...]:
    """Read a catalogue file; :class:`InputError` naming the file and the bad entry."""
    try:
        raw = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the catalogue ({exc})", source=str(path)) from None
    return _entries(raw, str(path))


@cache
def bundled_catalogue() -> tuple[CatalogueEntry, ...]:
    """The small catalogue of AI-governance events shipped in ``data/catalogues/``."""
    path = "data/catalogues/ai_governance.json"
    text = resources.files("govtimeline").joinpath(path).read_text("utf-8")
    return _entries(json.loads(text), f"govtimeline/{path}")


_ACTS = ("launch of the ", "creation of the ", "adoption of the ")  # names extraction gives acts


@attrs.frozen
class _Index:
    by_phrase: dict[str, list[int]]
    by_token: dict[str, list[int]]
    tokens: list[list[frozenset[str]]]


def _index(catalogue: Sequence[CatalogueEntry], rules: CoreferenceRules) -> _Index:
    by_phrase: dict[str, list[int]] = {}
    by_token: dict[str, list[int]] = {}
    tokens: list[list[frozenset[str]]] = []
    for i, entry in enumerate(catalogue):
        names = (entry.name, *entry.aliases)
        own = []
        for name in names:
            by_phrase.setdefault(phrase_key(name), []).append(i)
            words = name_tokens(name, rules)
            if len(words) >= 2:
                own.append(words)
                for w in words:
                    by_token.setdefault(w, []).append(i)
        tokens.append(own)
    return _Index(by_phrase, by_token, tokens)


def _span(group: Sequence[Mention]) -> list[When]:
    return [m.when for m in group if m.when is not None and not m.relative_offset]


def _links(
    group: Sequence[Mention],
    catalogue: Sequence[CatalogueEntry],
    index: _Index,
    rules: CoreferenceRules,
) -> set[int]:
    phrases = {phrase_key(m.name) for m in group}
    phrases |= {p.split(" of the ", 1)[1] for p in phrases if p.startswith(_ACTS)}
    found = {i for p in phrases for i in index.by_phrase.get(p, ())}
    if not found:
        words = frozenset().union(*(name_tokens(m.name, rules) for m in group))
        candidates = {i for w in words for i in index.by_token.get(w, ())}
        found = {i for i in candidates if any(t <= words for t in index.tokens[i])}
    kinds = {m.kind for m in group}
    dates = _span(group)
    return {
        i
        for i in found
        if any(rules.kinds_compatible(k, catalogue[i].kind) for k in kinds)
        and all(dates_compatible(d, catalogue[i].span, close=True) for d in dates)
    }


def link_catalogue(
    groups: Sequence[Sequence[Mention]],
    catalogue: Sequence[CatalogueEntry],
    rules: CoreferenceRules,
) -> tuple[list[list[Mention]], list[CatalogueEntry | None]]:
    """Merge the groups that name one entry; each group with its entry (or None)."""
    index = _index(catalogue, rules)
    merged: dict[int, list[Mention]] = {}
    out: list[list[Mention]] = []
    entries: list[CatalogueEntry | None] = []
    for group in groups:
        links = _links(group, catalogue, index, rules)
        if len(links) != 1:
            out.append(list(group))
            entries.append(None)
            continue
        (i,) = links
        if i in merged:
            merged[i].extend(group)
            continue
        merged[i] = list(group)
        out.append(merged[i])
        entries.append(catalogue[i])
    return out, entries


def catalogue_claim(entry: CatalogueEntry) -> DateClaim | None:
    """The entry's date as a claim of the ``catalogue`` source."""
    if entry.when is None:
        return None
    quote = f"{entry.name}: {entry.span.edtf if entry.span else entry.when.edtf}"
    evidence = Evidence(document=CATALOGUE_SOURCE, start=0, end=0, quote=quote)
    return DateClaim(when=entry.when, until=entry.end, evidence=evidence, how="catalogue")
