"""Tests for govtimeline.extract.events: the dates of occasion mentions."""

from __future__ import annotations

import pytest

import govtimeline as gt

W = gt.When


def _dates(
    text: str, published: str = "2031-05-03"
) -> list[tuple[str, gt.When | None, gt.When | None]]:
    x = gt.extract(gt.Document(id="d", text=text, published=published))
    return [(m.name, m.when, m.until) for m in x.mentions]


@pytest.mark.parametrize(
    ("text", "when", "until"),
    [
        # a Saturday's report: the Wednesday and Thursday after
        (
            "The Harbour Summit is taking place Wednesday and Thursday in Valmora.",
            W.day(2031, 5, 7),
            W.day(2031, 5, 8),
        ),
        (
            "The Harbour Summit was held on Thursday and Friday.",
            W.day(2031, 5, 1),
            W.day(2031, 5, 2),
        ),
    ],
)
def test_coordinated_days_are_the_days_of_one_occasion(
    text: str, when: gt.When, until: gt.When
) -> None:
    assert _dates(text) == [("Harbour Summit", when, until)]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Summit met on Monday and the fisheries council on Friday.",  # other words between
        "The Harbour Summit met on 1 May and 20 May.",  # too far apart: two meetings
    ],
)
def test_days_apart_or_told_of_other_things_are_no_range(text: str) -> None:
    ((name, _, until),) = _dates(text)
    assert (name, until) == ("Harbour Summit", None)


def test_taking_effect_told_ahead_is_planned_and_named_whole() -> None:
    x = gt.extract(
        gt.Document(
            id="d",
            published="2031-05-03",
            text="The Harbour Accord entered into force on 2 May 2031. "
            "The Sea Charter will enter into force 90 days after its tenth ratification.",
        )
    )
    acts = {a.name: (a.status, a.when) for a in x.acts}
    assert acts["Harbour Accord entered into force"] == (gt.ActStatus.EFFECTIVE, W.day(2031, 5, 2))
    assert acts["Sea Charter entered into force"] == (gt.ActStatus.PLANNED, None)
    (charter,) = [m for m in x.mentions if m.name == "Sea Charter"]
    assert (charter.status, charter.when, charter.relative_offset) == (
        gt.EventStatus.PLANNED,
        None,
        "P90D",
    )
