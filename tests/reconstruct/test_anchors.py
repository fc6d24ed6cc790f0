"""Tests for govtimeline.reconstruct.anchors: undated reports dated from what they say."""

from __future__ import annotations

from datetime import date

import pytest

import govtimeline as gt
from govtimeline.reconstruct.anchors import collection_years, document_anchor


def _anchor(text: str) -> gt.DocumentAnchor:
    return document_anchor(gt.extract(gt.Document(id="u", text=text)))


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        # 2 June is a Monday in 2025 only, of 2022-2029 (the stated 2024 and 2027, two years around)
        (
            "The Harbour Forum opened in Valmora on Monday, 2 June. The 2024 forum had failed. "
            "A review is expected in 2027.",
            date(2025, 6, 2),
        ),
        # 17 May is a Friday in 2024, near the 2023 accord
        (
            "Delegates approved the fisheries text on Friday, 17 May. The accord was signed in 2023.",
            date(2024, 5, 17),
        ),
    ],
)
def test_a_weekday_with_a_day_names_the_year_near_the_reports_dates(
    text: str, first_day: date
) -> None:
    anchor = _anchor(text)
    assert anchor.how == "inferred"
    assert anchor.when is not None
    assert (anchor.when.earliest, anchor.when.days) == (first_day, 7)
    assert first_day.isoformat() in anchor.reason


def test_a_pair_with_no_other_date_names_no_year() -> None:
    # every few years 2 June is a Monday: nothing tells which
    assert _anchor("The Harbour Forum opened in Valmora on Monday, 2 June.").when is None


def test_an_announced_date_never_bounds_the_report_from_below() -> None:
    anchor = _anchor(
        "Ministers signed the Harbour Accord in March 2024. A review conference is expected in 2027."
    )
    assert anchor.when is not None
    assert anchor.when.earliest == date(2024, 3, 1)


def test_what_an_undated_report_tells_is_dated_through_its_anchor() -> None:
    text = (
        "The Harbour Forum opened in Valmora on Monday, 2 June, with ministers from 30 states. "
        "The 2024 forum had failed."
    )
    tl = gt.reconstruct([gt.extract(gt.Document(id="u", text=text))])
    dated = {e.name: e.when for e in tl.events}
    assert dated["Harbour Forum"] == gt.When.day(2025, 6, 2)
    assert dated["2024 forum"] == gt.When.year(2024)  # no longer one event with the 2025 forum


def test_a_published_report_keeps_its_publication_date() -> None:
    doc = gt.Document(
        id="p", text="The forum opened on Monday, 2 June, in 2025.", published="2025-06-03"
    )
    assert document_anchor(gt.extract(doc)).how == "published"


def test_a_pair_the_date_layer_already_read_anchors_the_report() -> None:
    # the date layer reads "Monday, 2 June" beside "April 2025" itself; the anchor follows
    text = "On Monday, 2 June, negotiators met again in Geneva. The Lisbon summit of April 2025 agreed the text."
    anchor = _anchor(text)
    assert anchor.when is not None
    assert anchor.when.earliest == date(2025, 6, 2)


def test_a_pair_with_no_other_date_takes_its_year_from_the_collection() -> None:
    # 2 June is a Monday in 2025 only of the years 2023-2026 the other reports were published in
    undated = gt.Document(id="u", text="The Harbour Forum opened in Valmora on Monday, 2 June.")
    others = [
        gt.Document(id="a", text="Ministers met in Valmora.", published="2023-04-03"),
        gt.Document(id="b", text="The forum closed.", published="2026-01-10"),
    ]
    extractions = [gt.extract(d) for d in (undated, *others)]
    years = collection_years(extractions)
    assert years == (2023, 2026)
    anchor = document_anchor(extractions[0], years)
    assert anchor.when is not None
    assert (anchor.when.earliest, anchor.when.days) == (date(2025, 6, 2), 7)
    tl = gt.reconstruct(extractions)
    assert {e.name: e.when for e in tl.events}["Harbour Forum"] == gt.When.day(2025, 6, 2)


def test_a_collection_whose_years_hold_the_pair_twice_names_no_year() -> None:
    # 2 June is a Monday in 2025 and in 2031: a collection of 2024-2032 cannot tell
    x = gt.extract(gt.Document(id="u", text="The Harbour Forum opened on Monday, 2 June."))
    assert document_anchor(x, (2024, 2032)).when is None
