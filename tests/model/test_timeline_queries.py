"""The Timeline queries take what a user types (issue 18).

``tl.of_actor("U.S.")`` and ``tl.stance("US", …)`` ignored the aliases the actor record
lists, ``on_topic`` matched exactly, and ``stance(at="2025-01-01")`` raised TypeError while
``between`` took strings.
"""

from __future__ import annotations

from datetime import date

import pytest

import govtimeline as gt
from govtimeline.model.timeline import topic_key

US = gt.Actor(name="United States", kind="state", aliases=["U.S.", "US", "Washington"])
KOREA = gt.Actor(name="South Korea", kind="state", aliases=["Korea"])
NORTH = gt.Actor(name="North Korea", kind="state", aliases=["Korea", "DPRK"])


def _position(actor: str, topic: str, stance: str, when: gt.When) -> gt.Position:
    return gt.Position(actor=actor, topic=topic, stance=stance, when=when)


TL = gt.Timeline(
    actors=[US, KOREA, NORTH],
    events=[
        gt.Event(id="a", name="Accord", kind="treaty", when=gt.When.month(2024, 9)),
        gt.Event(id="b", name="Summit", kind="summit", when=gt.When.day(2025, 2, 10)),
    ],
    positions=[
        _position("United States", "global AI governance", "support", gt.When.month(2024, 9)),
        _position("United States", "global AI governance", "oppose", gt.When.month(2025, 7)),
        _position("South Korea", "the Seoul commitments", "support", gt.When.day(2024, 5, 21)),
    ],
)


@pytest.mark.parametrize("name", ["United States", "united states", "U.S.", "us", "Washington"])
def test_an_actor_is_found_by_any_of_its_names(name: str) -> None:
    assert TL.actor_name(name) == "United States"
    assert len(TL.of_actor(name)) == 2
    assert TL.stance(name, "global AI governance", at="2025-01-01") is gt.Stance.SUPPORT
    assert [c.actor for c in TL.changes(actor=name)] == ["United States"]


def test_an_alias_two_actors_share_resolves_to_neither() -> None:
    assert TL.actor_name("Korea") == "Korea"
    assert TL.of_actor("Korea") == ()
    assert TL.actor_name("DPRK") == "North Korea"
    assert TL.actor_name("Ruritania") == "Ruritania"


@pytest.mark.parametrize(
    ("asked", "found"),
    [
        ("global AI governance", 2),
        ("Global AI Governance", 2),
        ("  global   AI governance ", 2),
        ("the global AI governance", 2),
        ("Seoul commitments", 1),  # the topic's own article is ignored too
        ("a Seoul commitments", 1),
        ("global AI", 0),  # fuzzy about form, not about words
        ("theglobal AI governance", 0),
    ],
)
def test_on_topic_ignores_case_spacing_and_a_leading_article(asked: str, found: int) -> None:
    assert len(TL.on_topic(asked)) == found
    assert (topic_key(asked) == topic_key("global AI governance")) is (found == 2)


def test_changes_and_stance_match_topics_the_same_way() -> None:
    assert len(TL.changes(topic="The Global AI governance")) == 1
    assert TL.stance("US", "the global ai governance", at="July 2025") is gt.Stance.OPPOSE


@pytest.mark.parametrize(
    ("start", "end", "events"),
    [
        ("2024-01-01", "2024-12-31", ["Accord"]),
        ("2024", "2024", ["Accord"]),
        ("2025-02", "March 2025", ["Summit"]),
        (date(2024, 9, 30), gt.When.year(2025), ["Accord", "Summit"]),
    ],
)
def test_between_and_stance_take_the_same_dates(
    start: object, end: object, events: list[str]
) -> None:
    window = TL.between(start, end)  # type: ignore[arg-type]
    assert [e.name for e in window.events] == events
