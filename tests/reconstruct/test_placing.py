"""Tests for govtimeline.reconstruct.events: what goes on the timeline."""

from __future__ import annotations

import pytest

import govtimeline as gt

DAY = gt.When.day(2031, 5, 21)


def _timeline(*names: str, when: gt.When = DAY) -> gt.Timeline:
    mentions = []
    for i, name in enumerate(names):
        ev = gt.Evidence(document="d", start=100 * i, end=100 * i + len(name), quote=name + ".")
        mentions.append(
            gt.Mention(evidence=ev, name=name, kind="summit", when=when, date_text="21 May")
        )
    return gt.reconstruct(
        [gt.Extraction(document=gt.Document(id="d", text="(not needed)"), mentions=mentions)]
    )


@pytest.mark.parametrize(
    "name",
    ["the first summit", "the second summit", "an additional summit", "the in-person session"],
)
def test_an_edition_or_a_manner_alone_names_no_event(name: str) -> None:
    tl = _timeline(name)
    assert tl.events == ()


def test_an_edition_or_a_manner_joins_the_one_event_of_its_report() -> None:
    tl = _timeline("the Harbour Summit", "the in-person session")
    (event,) = tl.events
    assert event.name == "Harbour Summit"
    assert len(event.mentions) == 2


def test_a_named_summit_is_an_event() -> None:
    assert [e.name for e in _timeline("the first Harbour Summit").events] == [
        "First Harbour Summit"
    ]
