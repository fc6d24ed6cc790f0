"""Timeline.from_json holds a file to the rules of the shipped schema (issue 14).

Wrong JSON types were turned into strings (``null`` became ``"None"``), duplicate ids
and references to unknown events or documents were accepted.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings

import govtimeline as gt
from govtimeline.io._rules import OUTSIDE_SOURCES
from govtimeline.reconstruct.catalogue import CATALOGUE_SOURCE
from govtimeline.testing import timelines


def _sample() -> dict[str, Any]:
    evidence = gt.Evidence(document="d1", start=0, end=5, quote="Text.")
    mention = gt.Mention(evidence=evidence, name="Summit", kind="summit")
    claims = [
        gt.Claim(value="2025-02", evidence=evidence, when=gt.When.month(2025, 2)),
        gt.Claim(value="2025-03", evidence=evidence, when=gt.When.month(2025, 3)),
    ]
    tl = gt.Timeline(
        documents=[
            gt.Document(id="d1", text="Text.", published=gt.When.day(2025, 3, 1)),
            gt.Document(id="d2", text="More."),
        ],
        events=[
            gt.Event(
                id="e1",
                name="Summit",
                kind="summit",
                when=gt.When.month(2025, 2),
                mentions=[mention],
            )
        ],
        references=[gt.Event(id="r1", name="Accord", kind="treaty")],
        positions=[
            gt.Position(actor="A", topic="t", stance="support", event="e1", evidence=[evidence])
        ],
        conflicts=[
            gt.Conflict(event="e1", field="when", claims=claims, chosen="2025-02", reason="r")
        ],
        actors=[gt.Actor(name="A", kind="state")],
        anchors=[gt.DocumentAnchor(document="d1", when=None, how="none", reason="r")],
    )
    data: dict[str, Any] = json.loads(tl.to_json())
    return data


def _with(path: list[Any], value: Any) -> str:
    data = copy.deepcopy(_sample())
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return json.dumps(data)


def test_the_sample_reads_back() -> None:
    assert gt.Timeline.from_json(json.dumps(_sample())).to_json() == json.dumps(
        _sample(), indent=2, sort_keys=True, ensure_ascii=False
    )


WRONG_TYPES = [
    # null became the string "None"; numbers and lists became their repr
    (["events", 0, "name"], None, "$.events[0].name", "expected a string, got null"),
    (["documents", 0, "text"], 5, "$.documents[0].text", "expected a string, got integer 5"),
    (["actors", 0, "aliases"], "abc", "$.actors[0].aliases", "expected an array, got string"),
    (["actors", 0, "aliases"], [None], "$.actors[0].aliases[0]", "got null"),
    (["positions", 0, "inferred"], "yes", "$.positions[0].inferred", "expected a boolean"),
    (["events", 0, "mentions", 0, "evidence", "start"], "0", ".evidence.start", "an integer"),
    (["events", 0, "mentions", 0, "evidence", "start"], True, ".evidence.start", "boolean"),
    (["events", 0, "mentions", 0, "edition"], 1.5, ".mentions[0].edition", "number"),
    (["positions", 0, "via"], ["x"], "$.positions[0].via", "a string or null, got array"),
    (["events", 0, "when"], "2025-02", "$.events[0].when", "an object or null, got string"),
    (["events", 0, "when", "earliest"], None, "$.events[0].when.earliest", "ISO date"),
    (["documents"], {"id": "d1"}, "$.documents", "expected an array, got object"),
]
BROKEN_LINKS = [
    # duplicate ids were accepted
    (["documents", 1, "id"], "d1", "$.documents[1].id", "duplicate document id 'd1'"),
    (["references", 0, "id"], "e1", "$.references[0].id", "duplicate event id 'e1'"),
    (["actors"], [{"name": "A", "kind": "state"}] * 2, "$.actors[1].name", "duplicate actor"),
    (
        ["anchors"],
        [{"document": "d1", "how": "none", "reason": "r", "when": None}] * 2,
        "$.anchors[1].document",
        "duplicate anchor of document 'd1'",
    ),
    # references to nothing in the file
    (["positions", 0, "event"], "e9", "$.positions[0].event", "unknown event 'e9'"),
    (["conflicts", 0, "event"], "r1", "$.conflicts[0].event", "unknown event 'r1'"),
    (["positions", 0, "evidence", 0, "document"], "d9", ".evidence[0].document", "'d9'"),
    (["events", 0, "mentions", 0, "evidence", "document"], "d9", ".evidence.document", "d9"),
    (["conflicts", 0, "claims", 1, "evidence", "document"], "d9", ".claims[1]", "d9"),
    (["anchors", 0, "document"], "d9", "$.anchors[0].document", "unknown document 'd9'"),
]


@pytest.mark.parametrize(("path", "value", "where", "message"), WRONG_TYPES + BROKEN_LINKS)
def test_a_file_breaking_a_rule_is_refused_naming_the_field(
    path: list[Any], value: Any, where: str, message: str
) -> None:
    with pytest.raises(gt.SchemaError, match=message) as raised:
        gt.Timeline.from_json(_with(path, value))
    assert where in raised.value.path


def test_a_position_may_link_to_a_reference_and_a_claim_to_a_catalogue() -> None:
    assert {CATALOGUE_SOURCE} == OUTSIDE_SOURCES
    text = _with(["positions", 0, "event"], "r1")
    text = json.dumps(
        _with_in(json.loads(text), ["conflicts", 0, "claims", 0, "evidence", "document"])
    )
    tl = gt.Timeline.from_json(text)
    assert tl.positions[0].event == "r1"
    assert tl.conflicts[0].claims[0].evidence.document == CATALOGUE_SOURCE


def _with_in(data: dict[str, Any], path: list[Any]) -> dict[str, Any]:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = CATALOGUE_SOURCE
    return data


def test_a_number_of_more_than_4300_digits_is_a_schema_error() -> None:
    # json.loads raised a bare ValueError (the CLI showed a traceback)
    text = _with(["events", 0, "mentions", 0, "edition"], 0).replace(
        '"edition": 0', '"edition": ' + "7" * 4301
    )
    with pytest.raises(gt.SchemaError, match="more than 4,300 digits"):
        gt.Timeline.from_json(text)


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_a_window_of_a_timeline_reads_back(tl: gt.Timeline) -> None:
    # tl.between() kept conflicts and links to the events it left out: its JSON broke the rules
    window = tl.between(gt.When.year(1990), gt.When.year(2050))
    assert gt.Timeline.from_json(window.to_json()) == window
