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


def _sessions(*names: str) -> list[str]:
    mentions = []
    for i, name in enumerate(names):
        ev = gt.Evidence(document="d", start=100 * i, end=100 * i + len(name), quote=name + ".")
        mentions.append(
            gt.Mention(evidence=ev, name=name, kind="debate", when=DAY, date_text="21 May")
        )
    tl = gt.reconstruct(
        [gt.Extraction(document=gt.Document(id="d", text="(not needed)"), mentions=mentions)]
    )
    return [e.name for e in tl.events]


@pytest.mark.parametrize(
    "name",
    [
        "the spring session of the Parliament",
        "the current session",
        "a plenary session",
        "the opening session",
        "the in-person session",
        "a virtual session",
    ],
)
def test_a_sitting_named_by_its_time_is_no_event(name: str) -> None:
    assert _sessions(name) == []


@pytest.mark.parametrize(
    ("name", "event"),
    [
        ("the 78th session of the Harbour Assembly", "78th session of the Harbour Assembly"),
        ("the fifth session of the committee", "Fifth session of the committee"),
        ("the Harbour session", "Harbour session"),
    ],
)
def test_an_edition_or_a_named_sitting_is_an_event(name: str, event: str) -> None:
    assert _sessions(name) == [event]


def _acts_by_no_one(when: gt.When, date_text: str) -> list[str]:
    ev = gt.Evidence(document="d", start=0, end=20, quote="A resolution was adopted.")
    m = gt.Mention(
        evidence=ev,
        name="resolution adopted",
        kind="resolution",
        when=when,
        date_text=date_text,
        act="adopt",
        object="resolution",
    )
    tl = gt.reconstruct(
        [gt.Extraction(document=gt.Document(id="d", text="(not needed)"), mentions=[m])]
    )
    return [e.name for e in tl.events]


def test_an_act_by_no_one_on_nothing_named_needs_its_day() -> None:
    assert _acts_by_no_one(gt.When.year(2031), "in 2031") == []
    assert _acts_by_no_one(DAY, "on 21 May") != []


def _reported(*documents: tuple[str, str]) -> list[str]:
    """One act by Chile, dated in each report only by the day the report tells it."""
    extractions = []
    for doc, text in documents:
        ev = gt.Evidence(document=doc, start=0, end=30, quote="Chile ratified the Reef Accord.")
        m = gt.Mention(
            evidence=ev,
            name="Chile ratifies Reef Accord",
            kind="treaty",
            when=DAY,
            act="ratify",
            object="accord reef",
            agents=("Chile",),
            body="Chile",
        )
        extractions.append(gt.Extraction(document=gt.Document(id=doc, text=text), mentions=[m]))
    return [e.name for e in gt.reconstruct(extractions).events]


_STORY = " ".join(f"word{i}" for i in range(80))


def test_an_act_two_reports_date_to_their_same_day_is_placed() -> None:
    assert _reported(("a", "One story."), ("b", "Another story.")) == ["Chile ratifies Reef Accord"]


def test_an_act_one_report_dates_to_its_own_day_is_a_reference() -> None:
    assert _reported(("a", "One story.")) == []


def test_a_wire_copy_is_not_a_second_report() -> None:
    assert _reported(("a", _STORY), ("b", _STORY)) == []


def test_a_sitting_named_by_its_form_is_no_event_even_with_its_host() -> None:
    ev = gt.Evidence(document="d", start=0, end=21, quote="The in-person session, co-hosted.")
    session = gt.Mention(
        evidence=ev, name="The in-person session", kind="debate", when=DAY, body="Ruritania"
    )
    tl = gt.reconstruct(
        [gt.Extraction(document=gt.Document(id="d", text="(not needed)"), mentions=(session,))]
    )
    assert tl.events == ()
