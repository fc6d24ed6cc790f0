"""Tests for govtimeline.model.datetext: dates in words at their precision."""

from __future__ import annotations

from datetime import date

import pytest

from govtimeline.model.datetext import describe, describe_range
from govtimeline.model.when import When


@pytest.mark.parametrize(
    ("when", "text"),
    [
        (When.day(2025, 9, 24), "24 September 2025"),
        (When.week(2025, 10), "week of 3 March 2025"),
        (When.month(2025, 8), "August 2025"),
        (When.season(2025, "SU"), "summer 2025"),
        (When.season(2025, "WI"), "winter 2025–26"),
        (When.quarter(2025, 3), "Q3 2025"),
        (When.half(2025, 1), "first half of 2025"),
        (When.year(2019), "2019"),
        (When.decade(2010), "the 2010s"),
        (When.century(1900), "the 20th century"),
        (When.year(2025, "early"), "early 2025"),
        (When.month(2025, 8, "mid"), "mid-August 2025"),
        (When.year(2025, "approx"), "about 2025"),
        (When.between(date(2030, 11, 1), date(2030, 11, 20)), "between 1 and 20 November 2030"),
        (
            When.between(When.month(2030, 3), When.month(2030, 5), "month"),
            "between March and May 2030",
        ),
    ],
)
def test_describe(when: When, text: str) -> None:
    assert describe(when) == text


def test_describe_abbreviates_months() -> None:
    assert describe(When.day(2030, 9, 22), abbreviate=True) == "22 Sep 2030"


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (When.day(2025, 2, 10), When.day(2025, 2, 11), "10–11 February 2025"),
        (When.day(2025, 1, 30), When.day(2025, 2, 2), "30 January 2025 – 2 February 2025"),
        (When.year(2019), When.year(2024), "2019 – 2024"),
        (When.year(2019), None, "2019"),
    ],
)
def test_describe_range(start: When, end: When | None, text: str) -> None:
    assert describe_range(start, end) == text


def test_the_renderers_use_the_same_functions() -> None:
    # moved into the model so that str() of a record says its dates in words (issue 18)
    import govtimeline.render.datetext as render_datetext

    assert (render_datetext.describe, render_datetext.describe_range) == (describe, describe_range)
