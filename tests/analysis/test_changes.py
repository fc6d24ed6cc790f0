"""Tests for govtimeline.analysis.changes: stance changes over time and the stance at a date."""

from __future__ import annotations

from datetime import date

import pytest

import govtimeline as gt

W = gt.When


def position(
    actor: str, topic: str, stance: str, when: gt.When | None, doc: str = "d"
) -> gt.Position:
    evidence = gt.Evidence(document=doc, start=0, end=5, quote="(a sentence)")
    return gt.Position(actor=actor, topic=topic, stance=stance, when=when, evidence=[evidence])


POSITIONS = [
    position("Ruritania", "ocean data", "support", W.year(2028)),
    position("Ruritania", "ocean data", "support", W.month(2029, 5)),
    position("Ruritania", "ocean data", "oppose", W.day(2030, 2, 11)),
    position("Ruritania", "ocean data", "support", None),  # undated: takes no part
    position("Ruritania", "Ocean Data", "mixed", W.year(2031)),  # the same topic, any case
    position("Freedonia", "ocean data", "oppose", W.year(2029)),
    position("Freedonia", "deep-sea mining", "oppose", W.year(2029)),
    position("Freedonia", "deep-sea mining", "support", W.year(2032)),
]


@pytest.mark.parametrize(
    ("actor", "topic", "expected"),
    [
        (
            None,
            None,
            [
                ("Ruritania", "support", "oppose", "2030-02-11"),
                ("Ruritania", "oppose", "mixed", "2031"),
                ("Freedonia", "oppose", "support", "2032"),
            ],
        ),
        (
            "ruritania",
            None,
            [
                ("Ruritania", "support", "oppose", "2030-02-11"),
                ("Ruritania", "oppose", "mixed", "2031"),
            ],
        ),
        (None, "DEEP-SEA MINING", [("Freedonia", "oppose", "support", "2032")]),
        ("Freedonia", "ocean data", []),  # one statement is no change
        ("Nowhere", None, []),
    ],
)
def test_position_changes(
    actor: str | None, topic: str | None, expected: list[tuple[str, str, str, str]]
) -> None:
    changes = gt.position_changes(POSITIONS, actor=actor, topic=topic)
    assert [
        (c.actor, c.from_stance.value, c.to_stance.value, c.after.when.edtf if c.after.when else "")
        for c in changes
    ] == expected


@pytest.mark.parametrize(
    ("at", "stance"),
    [
        (date(2027, 12, 31), None),  # nothing said yet
        (date(2028, 12, 31), gt.Stance.SUPPORT),
        (date(2030, 2, 10), gt.Stance.SUPPORT),
        (date(2030, 2, 11), gt.Stance.OPPOSE),
        (W.month(2030, 2), gt.Stance.OPPOSE),  # a When counts up to its last day
        (date(2031, 6, 1), gt.Stance.MIXED),  # "2031" began on or before 1 June 2031
        # what between() accepts (issue 18: a string raised TypeError)
        ("2030-02-11", gt.Stance.OPPOSE),
        ("2030-02", gt.Stance.OPPOSE),
        ("February 2030", gt.Stance.OPPOSE),
        ("2027", None),
    ],
)
def test_stance_at(at: date | gt.When | str, stance: gt.Stance | None) -> None:
    assert gt.stance_at(POSITIONS, actor="Ruritania", topic="ocean data", at=at) is stance
    assert gt.Timeline(positions=POSITIONS).stance("Ruritania", "ocean data", at=at) is stance


def test_stance_at_names_a_date_it_cannot_read() -> None:
    with pytest.raises(gt.ModelError, match="at: expected a When, a date"):
        gt.stance_at(POSITIONS, actor="Ruritania", topic="ocean data", at=20300211)  # type: ignore[arg-type]
    with pytest.raises(gt.DateParseError, match="at: 'soon' is not a date"):
        gt.Timeline(positions=POSITIONS).stance("Ruritania", "ocean data", at="soon")
