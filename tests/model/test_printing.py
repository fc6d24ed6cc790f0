"""How records print (issue 18): a short repr, a readable str, dates in words.

``repr(tl)`` of the demo was 58,753 characters and an Event or a Position an attrs dump of
about 920; ``str(When)`` and the reports said ``2024-22`` for summer 2024.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline import testing
from govtimeline.model.positions import PositionChanges

_EV = gt.Evidence(document="harbour-news", start=0, end=20, quote="Ruritania signed the Accord.")

STRATEGIES = {
    "Document": testing.documents(),
    "Evidence": testing.evidence(),
    "TimeExpression": testing.time_expressions(),
    "Actor": testing.actors(),
    "Act": testing.acts(),
    "ActObject": testing.act_objects(),
    "Mention": testing.mentions(),
    "Event": testing.events(),
    "Position": testing.positions(),
    "Claim": testing.claims(),
    "Conflict": testing.conflicts(),
    "DocumentAnchor": testing.anchors(),
    "Extraction": testing.extractions(),
    "Timeline": testing.timelines(),
    "PositionChange": testing.position_changes(),
    "EventChange": testing.event_changes(),
    "TimelineDiff": testing.timeline_diffs(),
    "When": testing.whens(),
}


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_every_record_prints_itself(name: str) -> None:
    cls = getattr(gt, name)
    assert "__repr__" in vars(cls), f"{name} keeps the attrs field dump"
    if name != "TimelineDiff":  # its str is the diff text, through the render slot
        assert "__str__" in vars(cls), f"{name} has no readable str"


@pytest.mark.parametrize("name", sorted(STRATEGIES))
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_a_repr_is_one_short_line_naming_its_class(name: str, data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[name])
    text = repr(value)
    assert text.startswith(f"<{name}"), text
    assert text.isprintable(), text
    assert len(text) <= 240, text
    assert not re.search(r"\b(id|name|evidence|when|earliest|quote)=", text)  # no attrs dump
    assert str(value)


@pytest.mark.parametrize(
    ("when", "words"),
    [
        (gt.When.season(2024, "SU"), "summer 2024"),
        (gt.When.half(2027, 1), "first half of 2027"),
        (gt.When.day(2025, 2, 10), "10 February 2025"),
        (gt.When.quarter(2026, 1), "Q1 2026"),
    ],
)
def test_a_date_prints_in_words_and_keeps_its_edtf(when: gt.When, words: str) -> None:
    assert str(when) == words
    assert repr(when) == f"<When {when.edtf} {words}>"
    assert gt.When.parse(when.edtf) == when


def _summit() -> gt.Event:
    mention = gt.Mention(evidence=_EV, name="the Harbour Summit", kind="summit")
    return gt.Event(
        id="summit-2025",
        name="Harbour Summit",
        kind="summit",
        when=gt.When.day(2025, 2, 10),
        end=gt.When.day(2025, 2, 11),
        location="Valletta",
        mentions=[mention],
    )


def _position(stance: str, when: gt.When, actor: str = "Ruritania") -> gt.Position:
    return gt.Position(
        actor=actor, topic="ocean data", stance=stance, when=when, evidence=[_EV], via="Jane Doe"
    )


def test_event_and_position_read_as_sentences() -> None:
    event = _summit()
    assert str(event) == "10–11 February 2025: Harbour Summit (summit, Valletta) [harbour-news]"
    assert repr(event) == "<Event summit 'Harbour Summit' 10–11 February 2025, 1 document>"
    position = _position("oppose", gt.When.half(2027, 1))
    assert str(position) == (
        "first half of 2027: Ruritania (via Jane Doe) opposes ocean data [harbour-news]"
    )
    assert (
        repr(position) == "<Position Ruritania oppose 'ocean data' first half of 2027, 1 document>"
    )
    assert position.documents == ("harbour-news",)


def test_the_other_records_say_what_they_are() -> None:
    assert str(gt.Actor(name="Ruritania", kind="state", aliases=["RUR"])) == (
        "Ruritania (state; also RUR)"
    )
    assert str(_EV) == "“Ruritania signed the Accord.” (harbour-news)"
    (found,) = gt.find_dates("the summit on 10–11 February 2025")
    assert str(found) == "“10–11 February 2025” → 10–11 February 2025"
    claims = [
        gt.Claim(value="2030-09-24", evidence=_EV, when=gt.When.day(2030, 9, 24)),
        gt.Claim(value="2030-09-22", evidence=_EV, when=gt.When.day(2030, 9, 22)),
    ]
    conflict = gt.Conflict(
        event="debate", field="when", claims=claims, chosen="2030-09-24", reason="two against one"
    )
    assert str(conflict).splitlines()[0] == (
        "Sources disagree on the date of debate: chose 24 September 2030 (two against one)"
    )
    assert "22 September 2030, says harbour-news" in str(conflict)
    change = gt.EventChange(
        event="e", name="Harbour Summit", old=gt.When.month(2025, 2), new=gt.When.day(2025, 2, 10)
    )
    assert str(change) == "Harbour Summit: February 2025 → 10 February 2025"
    anchor = gt.DocumentAnchor(document="d", when=gt.When.season(2024, "SU"), how="inferred")
    assert str(anchor) == "d: dated summer 2024 (inferred)"


def _timeline(events: int) -> gt.Timeline:
    first = _summit()
    more = [
        gt.Event(
            id=f"e{i}", name=f"Meeting {i}", kind="debate", when=gt.When.month(2027, 1 + i % 12)
        )
        for i in range(events - 1)
    ]
    return gt.Timeline(
        events=[first, *more],
        positions=[
            _position("support", gt.When.season(2024, "SU")),
            _position("oppose", gt.When.half(2027, 1)),
        ],
    )


def test_a_timeline_repr_is_a_summary_whatever_its_size() -> None:
    small, big = _timeline(3), _timeline(400)
    assert repr(small) == (
        "<Timeline: 3 events (3 dated, 10 February 2025 to February 2027), 2 positions, "
        "0 conflicts, 0 documents>"
    )
    assert len(repr(big)) < 200
    assert repr(big).startswith("<Timeline: 400 events (400 dated, 10 February 2025 to ")


def test_str_of_a_timeline_lists_its_first_events() -> None:
    text = str(_timeline(30))
    lines = text.splitlines()
    assert lines[0].startswith("Timeline: 30 events")
    assert lines[2].split() == ["10–11", "February", "2025", "summit", "Harbour", "Summit"]
    assert lines[-1] == "  … and 10 more events (tl.events)"
    assert "2027-01" not in text  # dates in words


def test_changes_print_as_a_table() -> None:
    changes = _timeline(1).changes()
    assert isinstance(changes, PositionChanges)
    assert isinstance(changes, list)
    assert str(changes) == repr(changes)
    lines = str(changes).splitlines()
    assert lines[0] == "1 position change:"
    assert lines[1].split() == ["actor", "topic", "change", "before", "after"]
    assert re.fullmatch(
        r"  Ruritania +ocean data +support → oppose +summer 2024 +first half of 2027", lines[2]
    )
    assert lines[1].index("before") == lines[2].index("summer")  # columns line up
    assert str(gt.Timeline().changes()) == "No position changes."
    assert gt.Timeline().changes() == []


def test_reports_and_diff_text_say_dates_in_words_json_keeps_edtf() -> None:
    tl = _timeline(1)
    markdown = tl.to_markdown()
    assert "| 10–11 February 2025 | Harbour Summit |" in markdown
    assert "support (summer 2024) → oppose (first half of 2027)" in markdown
    assert "2024-22" not in markdown
    diff_text = str(gt.diff(gt.Timeline(), tl))
    assert "(summer 2024)" in diff_text
    assert "2027-40" not in diff_text
    saved = tl.to_json()
    assert '"2024-22"' in saved
    assert '"2027-40"' in saved
