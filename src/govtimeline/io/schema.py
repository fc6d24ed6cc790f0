"""The JSON Schema of a timeline file, derived from the model classes.

``govtimeline/data/timeline.schema.json`` is generated from this module
(``python -m govtimeline.io.schema > src/govtimeline/data/timeline.schema.json``)
and a test checks that the shipped file matches, so the schema can never drift
from the code. Human-readable documentation is in ``docs/schema.md``.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import attrs

from govtimeline import model
from govtimeline.io.serialize import SCHEMA_ID
from govtimeline.model.when import Mod, Precision, When

__all__ = ["json_schema", "shipped_schema"]

_ISO_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


def _when_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "description": (When.__doc__ or "").strip().splitlines()[0],
        "properties": {
            "earliest": _ISO_DATE,
            "latest": _ISO_DATE,
            "precision": {"enum": [p.value for p in Precision]},
            "mod": {"enum": [None, *(m.value for m in Mod)]},
            "edtf": {"type": "string", "description": "Read-only EDTF rendering."},
        },
        "required": ["earliest", "latest", "precision"],
        "additionalProperties": False,
    }


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(arg, defs) for arg in typing.get_args(tp)]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is date:
        return dict(_ISO_DATE)
    if tp is When:
        defs.setdefault("When", _when_schema())
        return {"$ref": "#/$defs/When"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if attrs.has(tp):
        _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        properties[field.name] = _type_schema(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Timeline.to_json()`` output."""
    defs: dict[str, Any] = {}
    _class_schema(model.Timeline, defs)
    top = dict(defs.pop("Timeline"))
    top["properties"] = {"schema": {"const": SCHEMA_ID}, **top["properties"]}
    top["required"] = ["schema", *top["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://govtimeline.invalid/schema/timeline-1.json",
        "title": "govtimeline timeline",
        **top,
        "$defs": dict(sorted(defs.items())),
    }


@cache
def shipped_schema() -> dict[str, Any]:
    """The schema file shipped in the package (``data/timeline.schema.json``)."""
    text = resources.files("govtimeline").joinpath("data/timeline.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


if __name__ == "__main__":  # pragma: no cover - regeneration helper
    print(json.dumps(json_schema(), indent=2, sort_keys=True))
