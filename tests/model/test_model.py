"""Tests for govtimeline.model: validation, pickling and queries."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline import model, testing


def _evidence(doc: str = "d1", start: int = 0, end: int = 5) -> gt.Evidence:
    return gt.Evidence(document=doc, start=start, end=end, quote="A sentence of our own.")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: gt.Document(id="  ", text="x"), "must not be empty"),
        (lambda: gt.Evidence(document="d", start=-1, end=2, quote=""), ">= 0"),
        (lambda: gt.Evidence(document="d", start=5, end=2, quote=""), "before start"),
        (lambda: gt.Event(id="e", name="E", kind="picnic"), "EventKind"),
        (lambda: gt.Position(actor="A", topic="T", stance="maybe"), "Stance"),
        (lambda: gt.Actor(name="A", kind="planet"), "ActorKind"),
        (
            lambda: gt.Event(
                id="e",
                name="E",
                kind="summit",
                when=gt.When.day(2025, 2, 11),
                end=gt.When.day(2025, 2, 10),
            ),
            "ends",
        ),
        (
            lambda: gt.Conflict(
                event="e",
                field="when",
                chosen="2025",
                reason="r",
                claims=[gt.Claim(value="2025", evidence=_evidence())],
            ),
            "two claims",
        ),
    ],
)
def test_validators_reject_bad_values(build: object, message: str) -> None:
    with pytest.raises(gt.ModelError, match=message):
        build()  # type: ignore[operator]


def test_conflict_field_must_be_known() -> None:
    claim = gt.Claim(value="2025", evidence=_evidence())
    with pytest.raises(ValueError):
        gt.Conflict(event="e", field="colour", claims=[claim, claim], chosen="x", reason="r")


def test_converters_accept_enum_values_and_lists() -> None:
    event = gt.Event(id="e", name="E", kind="summit", aliases=["a", "b"], status="planned")
    assert event.kind is gt.EventKind.SUMMIT
    assert event.status is gt.EventStatus.PLANNED
    assert event.aliases == ("a", "b")


def test_records_are_frozen() -> None:
    doc = gt.Document(id="d", text="t")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "other"  # type: ignore[misc]


STRATEGIES = [
    testing.documents(),
    testing.evidence(),
    testing.time_expressions(),
    testing.actors(),
    testing.mentions(),
    testing.act_objects(),
    testing.acts(),
    testing.events(),
    testing.positions(),
    testing.claims(),
    testing.conflicts(),
    testing.anchors(),
    testing.extractions(),
    testing.timelines(),
    testing.position_changes(),
    testing.event_changes(),
    testing.timeline_diffs(),
    testing.whens(),
]


@settings(max_examples=60, deadline=None)
@given(st.one_of(*STRATEGIES))
def test_every_model_value_pickles(value: object) -> None:
    assert pickle.loads(pickle.dumps(value)) == value


@pytest.mark.parametrize("name", model.__all__)
def test_classes_keep_the_module_they_had_before_the_split(name: str) -> None:
    # model.py became a package: pickles name classes by __module__, so a class
    # reporting govtimeline.model.events would break pickles read by older versions
    cls = getattr(model, name)
    assert cls.__module__ == "govtimeline.model"
    assert getattr(gt, name) is cls
    assert f"cgovtimeline.model\n{name}\n".encode() in pickle.dumps(cls, protocol=0)


def _position(actor: str, topic: str, stance: str, when: gt.When) -> gt.Position:
    return gt.Position(actor=actor, topic=topic, stance=stance, when=when, evidence=[_evidence()])


def test_queries_and_position_changes() -> None:
    positions = [
        _position("Ruritania", "AI safety", "support", gt.When.year(2019)),
        _position("Ruritania", "AI safety", "support", gt.When.month(2023, 11)),
        _position("Ruritania", "AI safety", "oppose", gt.When.day(2025, 2, 11)),
        _position("Freedonia", "AI safety", "support", gt.When.year(2024)),
        _position("Ruritania", "open-source AI", "mixed", gt.When.year(2024)),
    ]
    tl = gt.Timeline(
        positions=positions,
        events=[
            gt.Event(
                id="a",
                name="Summit A",
                kind="summit",
                when=gt.When.day(2025, 2, 10),
                end=gt.When.day(2025, 2, 11),
            ),
            gt.Event(id="b", name="Report B", kind="report", when=gt.When.year(2019)),
            gt.Event(id="c", name="Undated C", kind="other"),
        ],
    )
    assert len(tl.of_actor("ruritania")) == 4
    assert len(tl.on_topic("AI SAFETY")) == 4
    changes = tl.changes()
    assert [(c.actor, c.from_stance, c.to_stance) for c in changes] == [
        ("Ruritania", gt.Stance.SUPPORT, gt.Stance.OPPOSE)
    ]
    assert changes[0].before.when == gt.When.month(2023, 11)
    assert tl.changes(actor="Freedonia") == []
    assert tl.stance("Ruritania", "AI safety", at=date(2024, 6, 1)) is gt.Stance.SUPPORT
    assert tl.stance("Ruritania", "AI safety", at=date(2025, 3, 1)) is gt.Stance.OPPOSE
    assert tl.stance("Ruritania", "AI safety", at=date(2018, 1, 1)) is None
    window = tl.between(date(2025, 2, 11), date(2025, 12, 31))
    assert [e.id for e in window.events] == ["a"]
    assert tl.event("b").name == "Report B"
    with pytest.raises(KeyError):
        tl.event("zzz")


def test_event_documents_are_sorted_and_unique() -> None:
    mentions = [
        gt.Mention(evidence=_evidence(doc), name="the summit", kind="summit")
        for doc in ("d2", "d1", "d2")
    ]
    assert gt.Event(id="e", name="E", kind="summit", mentions=mentions).documents == ("d1", "d2")


def test_diff_emptiness() -> None:
    assert gt.TimelineDiff().is_empty
    assert not gt.TimelineDiff(events_added=[gt.Event(id="e", name="E", kind="vote")]).is_empty


# Regression (issue 14): a Document built with ``published`` as a str, date or datetime was
# accepted and then broke ``extract`` ("'str' object has no attribute 'days'").
@pytest.mark.parametrize(
    "given",
    ["2025-03-01", "1 March 2025", date(2025, 3, 1), datetime(2025, 3, 1, 17, 30)],
)
def test_document_published_is_converted_at_construction(given: object) -> None:
    doc = gt.Document(id="a", text="The ministers met on Monday.", published=given)
    assert doc.published == gt.When.day(2025, 3, 1)
    (monday,) = gt.extract(doc).dates
    assert monday.when == gt.When.day(2025, 2, 24)


def test_document_published_keeps_the_precision_of_a_string() -> None:
    assert gt.Document(id="a", text="", published="2025-03").published == gt.When.month(2025, 3)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"published": 20250301}, "Document.published must be"),
        ({"published": "not a date at all"}, "Document.published"),
        ({"id": 7}, "Document.id must be a str"),
        ({"text": b"bytes"}, "Document.text must be a str"),
    ],
)
def test_document_rejects_wrong_types_naming_the_field(
    fields: dict[str, object], message: str
) -> None:
    with pytest.raises(gt.ModelError, match=message):
        gt.Document(**{"id": "a", "text": "x", **fields})  # type: ignore[arg-type]
