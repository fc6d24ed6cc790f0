"""JSON for timelines: ``Timeline.to_json`` / ``Timeline.from_json``.

The document shape is described in ``docs/schema.md`` and, as JSON Schema, in
``govtimeline/data/timeline.schema.json``. The top level carries
``"schema": "govtimeline.timeline/1"``; any other value is refused. Dates are
ISO strings, Whens are objects ``{"earliest", "latest", "precision", "mod"}``
(plus a read-only ``"edtf"`` for people reading the file), enums their values.

Malformed input raises :class:`~govtimeline.errors.SchemaError` whose ``path``
names the bad field, e.g. ``$.events[2].when.precision``: a wrong JSON type (``null``
for a name, a string for a list), a duplicate id or a reference to nothing in the file
(:mod:`govtimeline.io._rules`), as well as what the converter refuses.
"""

from __future__ import annotations

import json
import re
import typing
from datetime import date
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from govtimeline import model
from govtimeline.errors import GovTimelineError, SchemaError
from govtimeline.model.when import When

__all__ = [
    "MAX_JSON_BYTES",
    "SCHEMA_ID",
    "converter",
    "structure",
    "timeline_from_json",
    "timeline_to_json",
    "unstructure",
]

SCHEMA_ID = "govtimeline.timeline/1"
"""The schema identifier written at the top of every timeline JSON file."""

MAX_JSON_BYTES = 512 * 1024 * 1024
"""Refuse JSON text larger than this (512 MiB) rather than allocate without bound."""

_WHEN_KEYS = frozenset({"earliest", "latest", "precision", "mod", "edtf"})


_RECORDS = (
    model.Document,
    model.Evidence,
    model.TimeExpression,
    model.Actor,
    model.Mention,
    model.Event,
    model.Position,
    model.Claim,
    model.Conflict,
    model.DocumentAnchor,
    model.Extraction,
    model.PositionChange,
    model.EventChange,
    model.Timeline,
    model.TimelineDiff,
)
"""The model classes read and written field by field (extra keys refused)."""


def _structure_date(value: Any, _: Any) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return date.fromisoformat(value)


def _unstructure_when(w: When) -> dict[str, Any]:
    return {
        "earliest": w.earliest.isoformat(),
        "latest": w.latest.isoformat(),
        "precision": w.precision.value,
        "mod": w.mod.value if w.mod else None,
        "edtf": w.edtf,
    }


def _structure_when(value: Any, _: Any) -> When:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object for a date, got {type(value).__name__}")
    extra = set(value) - _WHEN_KEYS
    if extra:
        raise ValueError(f"unknown keys {sorted(extra)}")
    for key in ("earliest", "latest", "precision"):
        if key not in value:
            raise KeyError(key)
    return When(
        earliest=_structure_date(value["earliest"], date),
        latest=_structure_date(value["latest"], date),
        precision=value["precision"],
        mod=value.get("mod"),
    )


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(date, lambda d: d.isoformat())
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(When, _unstructure_when)
    conv.register_structure_hook(When, _structure_when)
    conv.register_structure_hook_func(
        lambda t: set(typing.get_args(t)) == {When, type(None)},
        lambda value, _: None if value is None else _structure_when(value, When),
    )
    for cls in _RECORDS:
        conv.register_structure_hook(
            cls, make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        )
        conv.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, conv))
    return conv


converter = _make_converter()
"""The cattrs converter for every model class (dates as ISO strings, enums as values)."""


def unstructure(value: Any) -> Any:
    """Turn any model value into plain JSON-ready data."""
    return converter.unstructure(value)


def _describe(exc: BaseException, expected: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, AttributeError):
        return "expected a JSON object here"
    if isinstance(exc, GovTimelineError | ValueError | TypeError):
        return str(exc)
    return cattrs.v.format_exception(exc, expected)


_AT_PATH = re.compile(r"^(?P<msg>.*) @ (?P<path>\$.*)$")


def structure(data: Any, cls: type[Any], *, path: str = "$") -> Any:
    """Build a model value from plain data; :class:`SchemaError` names the bad field."""
    try:
        return converter.structure(data, cls)
    except GovTimelineError as exc:
        raise SchemaError(str(exc), path=path) from None
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        messages = (
            cattrs.transform_error(exc, path=path, format_exception=_describe)
            if isinstance(exc, cattrs.BaseValidationError)
            else [f"{exc} @ {path}"]
        )
        first = messages[0]
        match = _AT_PATH.match(first)
        if match:
            raise SchemaError(match["msg"], path=match["path"]) from None
        raise SchemaError(first, path=path) from None


def timeline_to_json(timeline: model.Timeline, *, indent: int | None = 2) -> str:
    """Serialise a timeline; keys are sorted so output is byte-stable."""
    data = {"schema": SCHEMA_ID, **unstructure(timeline)}
    return json.dumps(data, indent=indent, sort_keys=True, ensure_ascii=False)


def timeline_from_json(text: str | bytes) -> model.Timeline:
    """Parse a timeline written by :func:`timeline_to_json`."""
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_JSON_BYTES:
            raise SchemaError(f"input is {len(text)} bytes, more than {MAX_JSON_BYTES}")
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SchemaError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if not isinstance(text, str):
        raise SchemaError(f"expected JSON text, got {type(text).__name__}")
    if len(text) > MAX_JSON_BYTES:
        raise SchemaError(f"input is {len(text)} characters, more than {MAX_JSON_BYTES}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(
            f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise SchemaError("JSON nested too deeply") from None
    except ValueError:  # json.loads raises nothing else but for a number Python will not read
        raise SchemaError(
            "not valid JSON: a number of more than 4,300 digits (Python refuses to read it)"
        ) from None
    if not isinstance(data, dict):
        raise SchemaError(f"expected a JSON object at the top level, got {type(data).__name__}")
    schema = data.pop("schema", None)
    if schema is None:
        raise SchemaError("missing 'schema' (expected 'govtimeline.timeline/1')", path="$.schema")
    if schema != SCHEMA_ID:
        raise SchemaError(
            f"unknown schema {schema!r}; this version reads {SCHEMA_ID!r}", path="$.schema"
        )
    from govtimeline.io._rules import check_links, check_types

    try:
        check_types({"schema": schema, **data})
    except RecursionError:
        raise SchemaError("JSON nested too deeply") from None
    result: model.Timeline = structure(data, model.Timeline)
    check_links(result)
    return result
