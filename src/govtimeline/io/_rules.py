"""The rules a timeline file must follow before it becomes a Timeline (internal).

:func:`check_types` holds the JSON to the types of the shipped schema
(``data/timeline.schema.json``): a string is a string, ``null`` only where the schema
allows it, a list a JSON array, so nothing is turned into something else on the way in
(``null`` became ``"None"``, ``"abc"`` a list of three letters). :func:`check_links` holds
the Timeline to the rules the schema cannot say, written in ``docs/schema.md``: ids are
unique, and every reference names something in the same file.

Both raise :class:`~govtimeline.errors.SchemaError` whose ``path`` names the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from govtimeline import model
from govtimeline.errors import SchemaError
from govtimeline.io.schema import shipped_schema

__all__ = ["OUTSIDE_SOURCES", "check_links", "check_types"]

OUTSIDE_SOURCES = frozenset({"catalogue"})
"""Evidence that names no document of the file: a catalogue's date claims
(``govtimeline.reconstruct.catalogue.CATALOGUE_SOURCE``)."""

_JSON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    names = {str: "string", int: "integer", float: "number", list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)


def _expected(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "string" and schema.get("format") == "date":
        return 'an ISO date string ("2025-09-24")'
    return {"array": "an array", "object": "an object", "integer": "an integer"}.get(
        str(kind), f"a {kind}"
    )


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _fits(value: object, schema: dict[str, Any], defs: dict[str, Any]) -> bool:
    """Whether ``value`` has the JSON type of ``schema`` (at the top, not inside it)."""
    schema = _resolve(schema, defs)
    if "anyOf" in schema:
        return any(_fits(value, branch, defs) for branch in schema["anyOf"])
    kind = schema.get("type")
    if kind is None:
        return True
    if isinstance(value, bool) and kind == "integer":
        return False
    return isinstance(value, _JSON_TYPES[kind])


def _type_error(value: object, schema: dict[str, Any], defs: dict[str, Any], path: str) -> None:
    schema = _resolve(schema, defs)
    if "anyOf" in schema:
        fitting = [b for b in schema["anyOf"] if _fits(value, b, defs)]
        if not fitting:
            allowed = " or ".join(
                "null" if _resolve(b, defs).get("type") == "null" else _expected(_resolve(b, defs))
                for b in schema["anyOf"]
            )
            raise SchemaError(f"expected {allowed}, got {_json_type(value)}", path=path)
        _type_error(value, fitting[0], defs, path)
        return
    if not _fits(value, schema, defs):
        shown = f" {value!r:.40}" if isinstance(value, int | float | str) else ""
        raise SchemaError(
            f"expected {_expected(schema)}, got {_json_type(value)}{shown}", path=path
        )
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _type_error(item, schema["items"], defs, f"{path}[{i}]")
    elif isinstance(value, dict) and "properties" in schema:
        for key in schema.get("required", ()):
            if key not in value:
                raise SchemaError("required field missing", path=f"{path}.{key}")
        for key, item in value.items():
            if key in schema["properties"]:
                _type_error(item, schema["properties"][key], defs, f"{path}.{key}")


def check_types(data: dict[str, Any]) -> None:
    """:class:`SchemaError` unless every field of ``data`` has the shipped schema's JSON type.

    Also a missing required field; unknown keys and enum values are left to the converter,
    which names them.
    """
    schema = shipped_schema()
    _type_error(data, schema, schema["$defs"], "$")


def _unique(ids: Iterable[tuple[str, str]], what: str) -> None:
    first: dict[str, str] = {}
    for path, value in ids:
        if value in first:
            raise SchemaError(f"duplicate {what} {value!r} (also at {first[value]})", path=path)
        first[value] = path


def _evidence(tl: model.Timeline) -> Iterator[tuple[str, model.Evidence]]:
    for field in ("events", "references"):
        for i, event in enumerate(getattr(tl, field)):
            for j, m in enumerate(event.mentions):
                yield f"$.{field}[{i}].mentions[{j}].evidence", m.evidence
    for i, p in enumerate(tl.positions):
        for j, e in enumerate(p.evidence):
            yield f"$.positions[{i}].evidence[{j}]", e
    for i, c in enumerate(tl.conflicts):
        for j, claim in enumerate(c.claims):
            yield f"$.conflicts[{i}].claims[{j}].evidence", claim.evidence


def check_links(tl: model.Timeline) -> None:
    """:class:`SchemaError` for a duplicate id or a reference to nothing in the file.

    Document ids, event ids (events and references together), actor names and anchored
    documents are unique; evidence and anchors name a document of the file (evidence may
    also name a catalogue); a position's event and a conflict's event name an event of it.
    """
    _unique(((f"$.documents[{i}].id", d.id) for i, d in enumerate(tl.documents)), "document id")
    events = [("events", i, e) for i, e in enumerate(tl.events)]
    events += [("references", i, e) for i, e in enumerate(tl.references)]
    _unique(((f"$.{field}[{i}].id", e.id) for field, i, e in events), "event id")
    _unique(((f"$.actors[{i}].name", a.name) for i, a in enumerate(tl.actors)), "actor name")
    _unique(
        ((f"$.anchors[{i}].document", a.document) for i, a in enumerate(tl.anchors)),
        "anchor of document",
    )
    documents = {d.id for d in tl.documents}
    _known(
        ((f"{path}.document", e.document) for path, e in _evidence(tl)),
        documents | OUTSIDE_SOURCES,
        "document",
        "documents",
    )
    _known(
        ((f"$.anchors[{i}].document", a.document) for i, a in enumerate(tl.anchors)),
        documents,
        "document",
        "documents",
    )
    _known(
        ((f"$.positions[{i}].event", p.event) for i, p in enumerate(tl.positions) if p.event),
        {e.id for _, _, e in events},
        "event",
        "events or references",
    )
    _known(
        ((f"$.conflicts[{i}].event", c.event) for i, c in enumerate(tl.conflicts)),
        {e.id for e in tl.events},
        "event",
        "events",
    )


def _known(
    references: Iterable[tuple[str, str]], known: set[str] | frozenset[str], kind: str, among: str
) -> None:
    """:class:`SchemaError` at the first reference (path, value) that is not ``known``."""
    for path, value in references:
        if value not in known:
            raise SchemaError(f"unknown {kind} {value!r} (not among the file's {among})", path=path)
