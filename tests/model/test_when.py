"""Tests for govtimeline.model.when: units, TIMEX3/EDTF values, parsing and comparisons."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from govtimeline import DateParseError, Mod, ModelError, Precision, When


@pytest.mark.parametrize(
    ("when", "earliest", "latest", "timex", "edtf"),
    [
        (When.day(2025, 9, 24), "2025-09-24", "2025-09-24", "2025-09-24", "2025-09-24"),
        (When.week(2025, 39), "2025-09-22", "2025-09-28", "2025-W39", "2025-09-22/2025-09-28"),
        (When.month(2025, 8), "2025-08-01", "2025-08-31", "2025-08", "2025-08"),
        (When.month(2024, 2), "2024-02-01", "2024-02-29", "2024-02", "2024-02"),
        (When.quarter(2026, 1), "2026-01-01", "2026-03-31", "2026-Q1", "2026-33"),
        (When.half(2025, 2), "2025-07-01", "2025-12-31", "2025-H2", "2025-41"),
        (When.season(2024, "SU"), "2024-06-01", "2024-08-31", "2024-SU", "2024-22"),
        (When.season(2024, "WI"), "2024-12-01", "2025-02-28", "2024-WI", "2024-24"),
        (When.year(2019), "2019-01-01", "2019-12-31", "2019", "2019"),
        (When.decade(2010), "2010-01-01", "2019-12-31", "201", "201X"),
        (When.century(1900), "1900-01-01", "1999-12-31", "19", "19XX"),
    ],
)
def test_units_have_whole_bounds_and_values(
    when: When, earliest: str, latest: str, timex: str, edtf: str
) -> None:
    assert when.earliest.isoformat() == earliest
    assert when.latest.isoformat() == latest
    assert when.timex == timex
    assert when.edtf == edtf
    assert when.is_exact


@pytest.mark.parametrize(
    "value",
    [
        "2025-09-24",
        "2025-W39",
        "2025-08",
        "2025-Q3",
        "2025-H1",
        "2024-SU",
        "2024-WI",
        "2025",
        "201",
        "19",
        "2025-11-XX",
        "2025-XX-XX",
        "2025-XX",
    ],
)
def test_parse_timex_round_trips(value: str) -> None:
    assert When.parse(value).timex == value


@pytest.mark.parametrize("value", ["2025-22", "2025-35", "2025-40", "201X", "19XX", "2025~"])
def test_parse_edtf_round_trips(value: str) -> None:
    assert When.parse(value).edtf == value


def test_parse_accepts_a_time_part_and_keeps_the_day() -> None:
    assert When.parse("2025-09-24T10:00Z") == When.day(2025, 9, 24)


@pytest.mark.parametrize(
    "value", ["", "August", "2025-13", "2025-02-30", "2025-W60", "20250", "x" * 100, "2025-Q5"]
)
def test_parse_rejects_non_dates(value: str) -> None:
    with pytest.raises(DateParseError):
        When.parse(value)


def test_between_is_an_uncertain_day() -> None:
    w = When.between(date(2025, 11, 1), date(2025, 11, 24))
    assert w.precision is Precision.DAY
    assert not w.is_exact
    assert w.timex == "2025-11-XX"
    assert w.edtf == "[2025-11-01..2025-11-24]"
    assert When.parse(w.edtf) == w


def test_mods_narrow_within_the_unit() -> None:
    early, late = When.year(2025, Mod.EARLY), When.year(2025, Mod.LATE)
    year = When.year(2025)
    assert year.contains(early)
    assert year.contains(late)
    assert early.before(late)
    assert early.timex == "2025"
    assert early.timex_mod == "START"


def test_validation_rejects_inverted_and_misaligned_bounds() -> None:
    with pytest.raises(ModelError, match="after latest"):
        When(earliest=date(2025, 2, 1), latest=date(2025, 1, 1), precision="day")
    with pytest.raises(ModelError, match="not whole month"):
        When(earliest=date(2025, 2, 3), latest=date(2025, 2, 28), precision="month")
    with pytest.raises(ModelError, match="precision must be one of"):
        When(earliest=date(2025, 2, 1), latest=date(2025, 2, 1), precision="fortnight")
    with pytest.raises(ModelError, match="not whole month"):  # ends inside the next month
        When(earliest=date(2025, 2, 1), latest=date(2025, 3, 30), precision="month")
    with pytest.raises(ModelError, match="must lie inside one month"):
        When(earliest=date(2025, 1, 20), latest=date(2025, 2, 10), precision="month", mod="early")


def test_bounds_given_as_datetimes_are_their_days() -> None:
    when = When(earliest=datetime(2025, 2, 1, 10, 30), latest=date(2025, 2, 1), precision="day")
    assert type(when.earliest) is date
    assert when == When.day(2025, 2, 1)


def test_interval_relations() -> None:
    sept, day = When.month(2025, 9), When.day(2025, 9, 24)
    assert sept.contains(day)
    assert not day.contains(sept)
    assert sept.overlaps(day)
    assert When.month(2025, 8).before(sept)
    assert sept.after(When.month(2025, 8))
    assert sept.intersection(day) == day
    assert When.month(2025, 8).intersection(sept) is None
    assert sorted([sept, day, When.year(2025)]) == [When.year(2025), sept, day]


def test_a_when_pickled_before_the_move_still_loads() -> None:
    # When lived in govtimeline.when until issue 17; that module stays for old pickles
    import pickle

    import govtimeline.when as old

    when = When.month(2030, 9, mod="late")
    data = pickle.dumps(when, protocol=0)
    assert b"cgovtimeline.model.when\nWhen\n" in data
    moved = data.replace(b"cgovtimeline.model.when\n", b"cgovtimeline.when\n")
    assert pickle.loads(moved) == when
    assert (old.When, old.Precision, old.Mod) == (When, Precision, Mod)


# Regression (issue 14): units running past the calendar's ends overflowed with a bare
# OverflowError / ValueError from datetime deep inside the date layer.
@pytest.mark.parametrize(
    ("build", "cause"),
    [
        (lambda: When.of_unit(date(9999, 12, 31), "week"), "unit_bounds: week past 9999"),
        (lambda: When.season(9999, "WI"), "unit_bounds: winter into year 10000"),
        (lambda: When.of_unit(date(1, 1, 15), "season"), "unit_bounds: winter of year 0"),
        (lambda: When.day(9999, 12, 31).shift(1), "shift: past 9999-12-31"),
        (lambda: When.day(1, 1, 1).shift(-1), "shift: before 0001-01-01"),
    ],
)
def test_units_past_the_calendar_are_model_errors(build: object, cause: str) -> None:
    with pytest.raises(ModelError, match="calendar"):
        build()  # type: ignore[operator]
