"""Hypothesis tests: generated variants of absolute dates and ranges are found whole, with the right values.

Each strategy writes one date or range in one of the forms news text uses
(day-month-year, month-day-year, abbreviations with and without a full
stop, ordinals, weekdays, numeric with an unambiguous day, ISO) inside a
sentence, and the test checks span, value and, for ranges, both ends and
how the TimeML scorer splits them.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.dates import find_dates
from govtimeline.eval.timeml import timeml_view
from govtimeline.testing import SENTINEL_DATES

ANCHOR = date(2025, 10, 7)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ABBREVIATIONS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DASHES = ["-", "–", "—", " to "]

days = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 28))


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@st.composite
def absolute_dates(draw: st.DrawFn) -> tuple[str, date]:
    """A full date written in one of the common English forms, and the day it names."""
    day = draw(days)
    month, abbr = MONTHS[day.month - 1], ABBREVIATIONS[day.month - 1]
    dot = draw(st.sampled_from(["", "."])) if abbr != "May" else ""
    weekday = WEEKDAYS[day.weekday()]
    forms = [
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{abbr}{dot} {day.day}, {day.year}",
        f"{day.day} {abbr}{dot} {day.year}",
        f"the {_ordinal(day.day)} of {month} {day.year}",
        f"{_ordinal(day.day)} {month} {day.year}",
        f"{weekday}, {day.day} {month} {day.year}",
        f"{weekday}, {month} {day.day}, {day.year}",
        day.isoformat(),
    ]
    if day.day > 12:  # unambiguous whichever way round
        forms += [f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.month}/{day.day}/{day.year}"]
    return draw(st.sampled_from(forms)), day


@st.composite
def day_ranges(draw: st.DrawFn) -> tuple[str, date, date]:
    """ "10–11 February 2025", "Feb. 10-11, 2025", "10 and 11 February 2025"…"""
    first = draw(days.filter(lambda d: d.day <= 26))
    last = first + timedelta(days=draw(st.integers(1, 2)))
    month, abbr = MONTHS[first.month - 1], ABBREVIATIONS[first.month - 1]
    dash = draw(st.sampled_from(DASHES))
    forms = [
        f"{first.day}{dash}{last.day} {month} {first.year}",
        f"{first.day} and {last.day} {month} {first.year}",
        f"{month} {first.day}{dash}{last.day}, {first.year}",
        f"{abbr}{'' if abbr == 'May' else '.'} {first.day}-{last.day}, {first.year}",
    ]
    return draw(st.sampled_from(forms)), first, last


@st.composite
def long_ranges(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    """ "from 2019 to 2024", "between March and May 2025", "2019–2024": text, ends and their values."""
    y1 = draw(st.integers(1950, 2090))
    y2 = y1 + draw(st.integers(1, 9))
    m1 = draw(st.integers(1, 11))
    m2 = draw(st.integers(m1 + 1, 12))
    kind = draw(st.sampled_from(["years", "dash", "months"]))
    if kind == "years":
        word = draw(st.sampled_from(["from {} to {}", "between {} and {}", "from {} until {}"]))
        return word.format(y1, y2), str(y1), str(y2), str(y1), str(y2)
    if kind == "dash":
        return f"{y1}–{y2}", str(y1), str(y2), str(y1), str(y2)
    word = draw(st.sampled_from(["between {} and {} {}", "from {} to {} {}"]))
    return (
        word.format(MONTHS[m1 - 1], MONTHS[m2 - 1], y1),
        MONTHS[m1 - 1],
        f"{MONTHS[m2 - 1]} {y1}",
        f"{y1}-{m1:02d}",
        f"{y1}-{m2:02d}",
    )


def _only(text: str) -> gt.TimeExpression:
    found = find_dates(text, anchor=ANCHOR)
    assert len(found) == 1, [(e.text, e.timex_value) for e in found]
    return found[0]


@settings(max_examples=400, deadline=None)
@given(
    absolute_dates(),
    st.sampled_from(["It happened on {} in the capital.", "{}: talks resumed.", "(signed {})"]),
)
def test_generated_absolute_dates_are_found_whole(phrase: tuple[str, date], frame: str) -> None:
    written, day = phrase
    e = _only(frame.format(written))
    assert e.text == written
    assert e.when == gt.When.day(day)
    assert e.timex_value == day.isoformat()
    assert e.anchor_kind is gt.AnchorKind.ABSOLUTE


@settings(max_examples=300, deadline=None)
@given(day_ranges())
def test_generated_day_ranges_are_one_expression_with_both_ends(
    phrase: tuple[str, date, date],
) -> None:
    written, first, last = phrase
    e = _only(f"The meeting was held {written} in Geneva.")
    assert e.text == written
    assert e.when == gt.When.day(first)
    assert e.until == gt.When.day(last)
    start, end = timeml_view([e])
    assert (start.timex_value, end.timex_value) == (first.isoformat(), last.isoformat())
    assert start.end <= end.start


@settings(max_examples=300, deadline=None)
@given(long_ranges())
def test_generated_long_ranges_split_into_their_two_ends(
    phrase: tuple[str, str, str, str, str],
) -> None:
    written, first_text, last_text, first_value, last_value = phrase
    e = _only(f"Data {written} were used.")
    assert e.text.endswith(written.split()[-1])
    assert e.when is not None
    assert e.until is not None
    start, end = timeml_view([e])
    assert (start.text, end.text) == (first_text, last_text)
    assert (start.timex_value, end.timex_value) == (first_value, last_value)


# Crashes and runaway work (issue 14): generated text with odd characters, against anchors
# at the calendar's ends and anywhere in between. Work is counted in grammar tries and tense
# readings, never timed: the linear-time figures are benchmarks/dates.py's.
SENTINELS = list(SENTINEL_DATES)
PIECES = [
    "yesterday",
    "tomorrow",
    "last week",
    "next month",
    "the weekend",
    "on Monday",
    "Friday morning",
    "10 p.m. Saturday",
    "15:00 GMT Saturday",
    "1 November",
    "1-4 November",
    "1~4 November",
    "1\u20134 November",
    "1\u20144 November",
    "10\u00a0May\u00a02031",
    "\u200f3 May 2031\u200f",
    "\u202eMay 2025\u202c",
    "2,000 years ago",
    "1,000 days ago",
    "lasted 1,200 days",
    "in 2,500 years",
    "14 October 1066",
    "2200",
    "0001-01-01",
    "9999-12-31",
    "six months from now",
    "in one year's time",
    "over the next two years",
    "a decade",
    "the next decade",
    "late last year",
    "the year-earlier quarter",
    "the third quarter",
    "later that week",
    "a year earlier",
    "every Tuesday",
    "Christmas",
    "the nineties",
    "in August",
    "between March and May",
    "said",
    "will",
    "was",
    "the",
    "May",
    "may",
    ",",
    ".",
    '"',
    "\n\n",
]
ODD = st.sampled_from(["\u00a0", "\u200f", "\u202e", "\u2013", "\u2014", "~", "\u2009", "\ufeff"])
generated = st.lists(st.one_of(st.sampled_from(PIECES), ODD), max_size=30).map(" ".join)
anchors = st.one_of(
    st.none(),
    st.sampled_from(SENTINELS),
    st.dates(),
    st.dates().map(lambda d: gt.When.month(d.year, d.month)),  # a coarse anchor
    st.sampled_from(SENTINELS).map(lambda d: gt.When.of_unit(d, "year")),
)


@settings(max_examples=400, deadline=None)
@given(generated, anchors)
def test_generated_text_never_crashes_whatever_the_anchor(
    text: str, anchor: date | gt.When | None
) -> None:
    found = find_dates(text, anchor=anchor, infer_anchor=anchor is None and len(text) % 2 == 0)
    written = any(e.anchor_kind is gt.AnchorKind.ABSOLUTE and e.when for e in found)
    for e in found:
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.text
        if e.when is not None and e.until is not None:
            assert not e.until.before(e.when)
        if anchor is None and not written and e.anchor_kind is not gt.AnchorKind.ABSOLUTE:
            assert (
                e.when is None
            )  # with no anchor and no date written, nothing relative is resolved


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(SENTINELS))
def test_arbitrary_text_against_sentinel_anchors_never_crashes(text: str, anchor: date) -> None:
    for e in find_dates(text, anchor=anchor):
        assert text[e.start : e.end] == e.text


class _Work:
    """Counts the finder's units of work: grammar tries and clause readings."""

    def __init__(self, monkeypatch: object) -> None:
        import govtimeline.dates.found as found
        from govtimeline.dates.grammar import compiled

        self.count = 0
        rules = compiled("en")
        match, tense = rules.match_any, found.clause_tense

        def counted_match(*args: object) -> object:
            self.count += 1
            return match(*args)  # type: ignore[arg-type]

        def counted_tense(*args: object) -> object:
            self.count += 1
            return tense(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(rules, "match_any", counted_match)  # type: ignore[attr-defined]
        monkeypatch.setattr(found, "clause_tense", counted_tense)  # type: ignore[attr-defined]

    def of(self, text: str) -> int:
        self.count = 0
        find_dates(text, anchor=ANCHOR)
        return self.count


@pytest.mark.parametrize(
    "unit",
    [
        "May May ",
        "2025 ",
        "9" * 50 + " ",
        "the past the past ",
        "Q1 ",
        "1,000,000 ",
        "1~4 November ",
        "said on Monday that it will ",
        "\u202eMay 2025\u202c ",
        "the day before the ",
    ],
)
def test_work_grows_linearly_on_repetitive_junk(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Replaces a wall-clock bound (flaky on a loaded machine): tries grow with the text."""
    work = _Work(monkeypatch)
    small, large = work.of(unit * 200), work.of(unit * 2_000)
    assert large <= 11 * small + 10, (small, large)  # ten times the text: about ten times the work
