"""Tests for govtimeline.analysis.diff: how events and positions of two timelines are matched."""

from __future__ import annotations

import pytest

import govtimeline as gt

W = gt.When
EVIDENCE = gt.Evidence(document="d", start=0, end=5, quote="(a sentence)")


def event(event_id: str, name: str, when: gt.When | None, *aliases: str) -> gt.Event:
    return gt.Event(id=event_id, name=name, kind="treaty", when=when, aliases=aliases)


def position(stance: str, when: gt.When | None, topic: str = "ocean data") -> gt.Position:
    return gt.Position(
        actor="Ruritania", topic=topic, stance=stance, when=when, evidence=[EVIDENCE]
    )


def test_an_event_is_matched_by_id_first() -> None:
    old = gt.Timeline(events=[event("e1", "Lisbon Accord", W.month(2030, 6))])
    new = gt.Timeline(events=[event("e1", "The Lisbon Accord", W.day(2030, 6, 14))])
    d = gt.diff(old, new)
    (change,) = d.events_redated
    assert (change.event, change.name, change.old, change.new) == (
        "e1",
        "The Lisbon Accord",  # the newer name
        W.month(2030, 6),
        W.day(2030, 6, 14),
    )
    assert d.events_added == d.events_removed == ()


def test_a_redated_event_with_a_new_id_is_matched_by_kind_and_a_shared_name() -> None:
    # ids embed dates, so a re-dated event comes back with another id
    old = gt.Timeline(events=[event("accord-2030-06", "Lisbon Accord", W.month(2030, 6))])
    new = gt.Timeline(
        events=[event("accord-2030-07", "Accord of Lisbon", W.month(2030, 7), "lisbon accord")]
    )
    (change,) = gt.diff(old, new).events_redated
    assert (change.event, change.old, change.new) == (
        "accord-2030-07",
        W.month(2030, 6),
        W.month(2030, 7),
    )


def test_another_kind_with_the_same_name_is_another_event() -> None:
    old = gt.Timeline(events=[event("a", "Lisbon", W.year(2030))])
    new = gt.Timeline(events=[gt.Event(id="b", name="Lisbon", kind="summit", when=W.year(2031))])
    d = gt.diff(old, new)
    assert ([e.id for e in d.events_removed], [e.id for e in d.events_added]) == (["a"], ["b"])
    assert d.events_redated == ()


def test_a_new_stance_at_the_same_date_is_a_change_not_an_addition() -> None:
    old = gt.Timeline(positions=[position("support", W.year(2030))])
    new = gt.Timeline(
        positions=[position("oppose", W.year(2030)), position("support", W.year(2031))]
    )
    d = gt.diff(old, new)
    (changed,) = d.positions_changed
    assert (changed.from_stance, changed.to_stance) == (gt.Stance.SUPPORT, gt.Stance.OPPOSE)
    assert [p.when for p in d.positions_added] == [W.year(2031)]
    assert d.positions_removed == ()


def test_a_timeline_has_no_difference_with_itself() -> None:
    tl = gt.Timeline(
        events=[event("e", "Lisbon Accord", W.year(2030))],
        positions=[position("support", W.year(2030)), position("mixed", None)],
    )
    d = gt.diff(tl, tl)
    assert d.is_empty
    assert str(d) == "No differences.\n"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # gt.diff(tl, None) raised AttributeError: 'NoneType' object has no attribute 'events'
        (gt.Timeline(), None, r"^diff\(new\): expected a Timeline, got NoneType"),
        (None, gt.Timeline(), r"^diff\(old\): expected a Timeline, got NoneType"),
        (gt.Timeline(), "{}", r"^diff\(new\): .* got str; read a file with gt.Timeline.from_json"),
        (gt.Timeline(), [gt.Event(id="a", name="n", kind="summit")], r"got list"),
    ],
)
def test_a_diff_of_something_else_names_the_argument(
    old: object, new: object, message: str
) -> None:
    with pytest.raises(gt.ArgumentError, match=message):
        gt.diff(old, new)  # type: ignore[arg-type]
