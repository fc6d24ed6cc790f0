"""Tests for govtimeline.reconstruct.topics: broader topics of stances on instruments."""

from __future__ import annotations

import govtimeline as gt
from govtimeline.reconstruct.topics import broader_positions

EV = gt.Evidence(document="a", start=0, end=5, quote="Chile signed it.")


def _event(name: str, kind: str) -> gt.Event:
    return gt.Event(id="e", name=name, kind=kind, when=gt.When.year(2031))


def _position(topic: str, event: str | None = "e") -> gt.Position:
    return gt.Position(
        actor="Chile",
        topic=topic,
        stance="support",
        when=gt.When.year(2031),
        event=event,
        evidence=[EV],
    )


def test_a_stance_on_an_ai_instrument_is_a_stance_on_global_ai_governance() -> None:
    out = broader_positions(
        [_position("Harbour AI Declaration")], [_event("Harbour AI Declaration", "declaration")]
    )
    assert [(p.topic, p.inferred) for p in out] == [
        ("Harbour AI Declaration", False),
        ("global AI governance", True),
    ]


def test_a_stance_taken_at_an_event_on_something_else_implies_nothing() -> None:
    event = _event("Harbour AI Summit", "summit")
    assert len(broader_positions([_position("fisheries quotas")], [event])) == 1


def test_an_instrument_outside_the_lexicon_implies_nothing() -> None:
    event = _event("Harbour Fisheries Declaration", "declaration")
    assert len(broader_positions([_position("Harbour Fisheries Declaration")], [event])) == 1
