"""Tests for govtimeline.extract.events: occasions found by their trigger nouns."""

from __future__ import annotations

import pytest

import govtimeline as gt


def _names(text: str) -> list[str]:
    x = gt.extract(gt.Document(id="d", text=text, published="2031-06-20"))
    return [m.name for m in x.mentions]


def test_a_person_s_verb_is_no_occasion() -> None:
    text = "Prime Minister Narendra Modi talks to reporters in Delhi on Thursday."
    assert not [n for n in _names(text) if "talks" in n]


@pytest.mark.parametrize(
    "text",
    [
        "Peru-Chile talks with mediators began in Lima on 3 May.",
        "The talks with Chile began in Lima on 3 May.",
    ],
)
def test_talks_between_parties_are_an_occasion(text: str) -> None:
    assert [n for n in _names(text) if "talks" in n.lower()]


def test_an_occasion_named_by_a_demonstrative_takes_no_other_date() -> None:
    text = "This conference prepares the ground for a global summit in Lima next February."
    x = gt.extract(gt.Document(id="d", text=text, published="2031-06-20"))
    (this,) = [m for m in x.mentions if m.name.lower() == "this conference"]
    assert this.when is None


def test_a_statement_a_fact_is_attributed_to_is_no_event() -> None:
    text = "The delegation will include three ministers, according to a Peruvian statement."
    assert not [n for n in _names(text) if "statement" in n.lower()]


def test_a_statement_issued_is_an_event() -> None:
    text = "Chile issued a statement on the Reef Accord on 3 May."
    assert [n for n in _names(text) if "statement" in n.lower()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya issued a new executive order on Monday.", "a new executive order"),
        ("Kenya held a debate on Fisheries in Nairobi.", "a debate on Fisheries"),
        ("The summit of June ended.", "The summit"),
    ],
)
def test_a_date_after_an_occasion_is_no_part_of_its_name(text: str, name: str) -> None:
    assert name in _names(text)


def _places(text: str) -> list[tuple[str, str | None]]:
    x = gt.extract(gt.Document(id="d", text=text, published="2031-05-13"))
    return [(m.name, m.location) for m in x.mentions]


def test_a_place_the_occasion_follows_through_for_is_its_place() -> None:
    text = "Many leaders will meet in Lisbon next week for the Harbour Summit."
    assert _places(text) == [("Harbour Summit", "Lisbon")]


def test_a_place_of_another_sentence_or_clause_is_not_the_occasion_s() -> None:
    text = "Kenya was in Lisbon for years. Ministers prepared for the summit on fishing."
    assert _places(text) == [("the summit", None)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "The minister spoke on the second day of the UK Harbour (HB) Safety Summit on "
            "2 November 2031.",
            gt.When.day(2031, 11, 1),
            gt.When.day(2031, 11, 2),
        ),
        (
            "The minister spoke on the first day of the Harbour Summit on 2 November 2031.",
            gt.When.day(2031, 11, 2),
            None,
        ),
    ],
)
def test_the_nth_day_of_an_occasion_dates_its_start(
    text: str, first: gt.When, last: gt.When | None
) -> None:
    x = gt.extract(gt.Document(id="d", text=text, published="2031-11-03"))
    (summit,) = [m for m in x.mentions if "Summit" in m.name]
    assert (summit.when, summit.until) == (first, last)
