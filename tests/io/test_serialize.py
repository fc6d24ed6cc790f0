"""Tests for govtimeline.io.serialize: lossless JSON and named schema errors."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

import govtimeline as gt
from govtimeline.io.serialize import SCHEMA_ID, structure, unstructure
from govtimeline.testing import extractions, timeline_diffs, timelines

MANY = settings(max_examples=100, deadline=None)
"""The default suite's share of the round-trip properties (``make test``)."""
THOROUGH = settings(max_examples=1000, deadline=None)
"""The slow suite's (``make test-slow``): ten times as many examples."""


def _timeline_round_trip(tl: gt.Timeline) -> None:
    text = tl.to_json()
    assert json.loads(text)["schema"] == SCHEMA_ID
    again = gt.Timeline.from_json(text)
    assert again == tl
    assert again.to_json() == text


def _extraction_round_trip(x: gt.Extraction) -> None:
    assert structure(json.loads(json.dumps(unstructure(x))), gt.Extraction) == x


@MANY
@given(timelines())
def test_timeline_json_round_trip_is_identity(tl: gt.Timeline) -> None:
    _timeline_round_trip(tl)


@MANY
@given(extractions())
def test_extraction_round_trip_is_identity(x: gt.Extraction) -> None:
    _extraction_round_trip(x)


@pytest.mark.slow
@THOROUGH
@given(timelines())
def test_timeline_json_round_trip_is_identity_thoroughly(tl: gt.Timeline) -> None:
    _timeline_round_trip(tl)


@pytest.mark.slow
@THOROUGH
@given(extractions())
def test_extraction_round_trip_is_identity_thoroughly(x: gt.Extraction) -> None:
    _extraction_round_trip(x)


@settings(max_examples=200, deadline=None)
@given(timeline_diffs())
def test_diff_round_trip_is_identity(d: gt.TimelineDiff) -> None:
    assert structure(json.loads(json.dumps(unstructure(d))), gt.TimelineDiff) == d


def _sample() -> dict[str, object]:
    tl = gt.Timeline(
        events=[gt.Event(id="e1", name="Summit", kind="summit", when=gt.When.month(2025, 2))],
        documents=[gt.Document(id="d1", text="Text.", published=gt.When.day(2025, 3, 1))],
    )
    data: dict[str, object] = json.loads(tl.to_json())
    return data


def _break(path: list[object], value: object) -> str:
    data = _sample()
    node: object = data
    for key in path[:-1]:
        node = node[key]  # type: ignore[index]
    if value is KeyError:
        del node[path[-1]]  # type: ignore[attr-defined]
    else:
        node[path[-1]] = value  # type: ignore[index]
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        (_break(["schema"], "govtimeline.timeline/9"), "$.schema", "unknown schema"),
        (_break(["schema"], KeyError), "$.schema", "missing 'schema'"),
        (_break(["events", 0, "name"], KeyError), "$.events[0].name", "required field missing"),
        (_break(["events", 0, "kind"], "picnic"), "$.events[0].kind", "EventKind"),
        (_break(["events", 0, "when", "precision"], "fortnight"), "$.events[0].when", "precision"),
        (_break(["events", 0, "when", "earliest"], 20250201), "$.events[0].when", "ISO date"),
        (_break(["documents", 0, "published", "latest"], "2025-13-01"), "$.documents[0]", "month"),
        (_break(["events", 0, "colour"], "red"), "$.events[0]", "colour"),
        (_break(["events"], 7), "$.events", "."),
        ("[]", "$", "JSON object"),
        ("{", "$", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "$", "."),
    ],
)
def test_bad_json_names_the_field(text: str, path: str, message: str) -> None:
    with pytest.raises(gt.SchemaError, match=message.replace("$", r"\$").replace("[", r"\[")) as e:
        gt.Timeline.from_json(text)
    assert e.value.path.startswith(path)
    assert isinstance(e.value, ValueError)


def test_bytes_input_must_be_utf8() -> None:
    with pytest.raises(gt.SchemaError, match="UTF-8"):
        gt.Timeline.from_json(b"\xff\xfe{}")
    assert gt.Timeline.from_json(gt.Timeline().to_json().encode()) == gt.Timeline()
