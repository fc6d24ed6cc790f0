"""Tests for govtimeline.dates.handlers, .clock and .anchors: issue 16's forms and misreadings.

Ranges with any dash or a tilde, numbers with thousands separators, years
the grammar does not read, times with a day, year-less dates in undated
reports (kept with what they state), coarse and inferred anchors. Each
table in the project's own sentences, with the cases a rule must leave
alone. The anchor is Wednesday 14 May 2031.
"""

from __future__ import annotations

from datetime import date

import pytest

import govtimeline as gt
from govtimeline.dates import find_dates
from govtimeline.eval.timeml import timeml_view

WEDNESDAY = date(2031, 5, 14)


def only(text: str, anchor: date | gt.When | None = WEDNESDAY) -> gt.TimeExpression:
    found = find_dates(text, anchor=anchor)
    assert len(found) == 1, [(e.text, e.timex_value) for e in found]
    return found[0]


@pytest.mark.parametrize(
    "dash", ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "~", "\uff5e"]
)
def test_day_ranges_with_any_dash_or_a_tilde(dash: str) -> None:
    e = only(f"The forum was held from 1{dash}4 November 2030 in Valdora.")
    assert e.text == f"1{dash}4 November 2030"
    assert (e.when, e.until) == (gt.When.day(2030, 11, 1), gt.When.day(2030, 11, 4))
    assert [p.text for p in timeml_view([e])] == ["1", "4 November 2030"]


D = gt.When.day


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        (
            "The forum ran from 26 February to 2 March 2030.",
            "26 February to 2 March 2030",
            D(2030, 2, 26),
            D(2030, 3, 2),
        ),
        (
            "The forum ran from February 26 to March 2, 2030.",
            "February 26 to March 2, 2030",
            D(2030, 2, 26),
            D(2030, 3, 2),
        ),
        (
            "The forum ran 26 February – 2 March 2030.",
            "26 February – 2 March 2030",
            D(2030, 2, 26),
            D(2030, 3, 2),
        ),
        (
            "The forum ran from 29 December 2030 to 3 January 2031.",
            "29 December 2030 to 3 January 2031",
            D(2030, 12, 29),
            D(2031, 1, 3),
        ),
        (
            "The forum ran from 29 December to 3 January.",
            "29 December to 3 January",
            D(2030, 12, 29),
            D(2031, 1, 3),
        ),  # the anchor is in May 2031: the past winter
    ],
)
def test_day_ranges_across_months(text: str, span: str, first: gt.When, last: gt.When) -> None:
    e = only(text)
    assert (e.text, e.when, e.until) == (span, first, last)


def test_two_days_of_two_months_joined_by_and_are_two_dates() -> None:
    found = find_dates("The council met on 26 February and 2 March 2031.", anchor=WEDNESDAY)
    assert [(e.when, e.until) for e in found] == [(D(2031, 2, 26), None), (D(2031, 3, 2), None)]


def test_year_less_range_in_an_undated_report_keeps_its_start() -> None:
    e = only("The forum was held from 1~4 November.", anchor=None)
    assert (e.timex_value, e.when, e.anchor_kind) == ("XXXX-11-01", None, gt.AnchorKind.UNRESOLVED)


@pytest.mark.parametrize("text", ["The motion passed 165\u20137.", "Scores were 3~4 at half time."])
def test_dashes_between_numbers_that_are_no_dates(text: str) -> None:
    assert find_dates(text, anchor=WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The city was founded 2,000 years ago.", "2,000 years ago", "0031"),
        ("The camp opened 1,000 days ago.", "1,000 days ago", "2028-08-17"),
        ("The ban lasted 1,200 days.", "1,200 days", "P1200D"),
        ("Repairs will take 1,500 hours.", "1,500 hours", "PT1500H"),
    ],
)
def test_numbers_with_thousands_separators_are_read_whole(text: str, span: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.timex_value) == (span, value)


@pytest.mark.parametrize(
    "text",
    [
        "The battle of 14 October 1066 was decisive.",
        "A charter was sealed in June 1215.",
        "The probe arrives on May 5, 2250.",
        "The fleet returns in 2350.",
        "The castle dates from 1420.",
    ],
)
def test_years_the_grammar_does_not_read_leave_the_date_unparsed(text: str) -> None:
    """Read as year-less, "14 October 1066" used to move into the anchor's year."""
    assert find_dates(text, anchor=WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ruritania rejected Valdora's 2029 proposal.", "2029"),
        ("The council's 2030 budget was cut.", "2030"),
        ("That 2028 resolution still stands.", "2028"),
        ("For 2030, the fund earned $3 million.", "2030"),
    ],
)
def test_a_year_after_a_possessive_or_a_determiner_is_a_year(text: str, value: str) -> None:
    assert only(text).timex_value == value


@pytest.mark.parametrize(
    "text",
    [
        "Vision 2030 was launched.",  # a name
        "The envoy drove Kopp's 1998 Sedan there.",  # a possessive before a model name
    ],
)
def test_years_in_names_stay_names(text: str) -> None:
    assert [e.timex_value for e in find_dates(text, anchor=WEDNESDAY)] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Talks will resume at 15:00 GMT Saturday.", "15:00 GMT Saturday", "2031-05-17T15:00"),
        ("The vote opens at 09:30.", "09:30", "2031-05-14T09:30"),
        ("Polls close at 18h30 CET.", "18h30 CET", "2031-05-14T18:30"),
        ("Polls will close at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2031-11-06T17:00"),
    ],
)
def test_times_with_a_zone_or_a_day(text: str, span: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.timex_type, e.timex_value) == (span, gt.TimexType.TIME, value)


@pytest.mark.parametrize(
    "text",
    [
        "The index rose to 15.30 points.",  # a figure
        "The sermon quoted John 3:16.",  # a verse
        "Valdora won the match 2:1.",  # a score
        "The western came out as High Noon.",  # a title
    ],
)
def test_numbers_with_a_colon_that_are_no_times(text: str) -> None:
    assert [
        e for e in find_dates(text, anchor=WEDNESDAY) if e.timex_type is gt.TimexType.TIME
    ] == []


@pytest.mark.parametrize(
    ("text", "value", "weekday"),
    [
        ("The treaty was adopted on Friday, 17 May.", "XXXX-05-17", 4),
        ("The treaty opens for signature on 5 September.", "XXXX-09-05", None),
        ("The ministers met on Tuesday.", "XXXX-WXX-2", 1),
        ("Polls closed at 10 p.m. Friday.", "XXXX-XX-XXT22:00", 4),
    ],
)
def test_year_less_dates_in_an_undated_report_keep_what_they_state(
    text: str, value: str, weekday: int | None
) -> None:
    """What reconstruction needs to place them once the report is dated: day, month, weekday."""
    e = only(text, anchor=None)
    assert (e.when, e.anchor_kind) == (None, gt.AnchorKind.UNRESOLVED)
    assert (e.timex_value, e.weekday) == (value, weekday)


def test_a_resolved_weekday_keeps_its_weekday_too() -> None:
    assert only("The treaty was adopted on Friday, 9 May.").weekday == 4


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales fell last year.", "2030"),  # every day of July 2031 agrees
        ("The plant will open in August.", "2031-08"),
        ("The fund closed this month.", "2031-07"),
    ],
)
def test_a_month_anchor_resolves_what_every_day_of_it_agrees_on(text: str, value: str) -> None:
    e = only(text, anchor=gt.When.month(2031, 7))
    assert (e.timex_value, e.anchor_kind) == (value, gt.AnchorKind.DOCUMENT)


@pytest.mark.parametrize("text", ["The council met on Monday.", "The vote happened yesterday."])
def test_a_month_anchor_leaves_what_depends_on_the_day(text: str) -> None:
    e = only(text, anchor=gt.When.month(2031, 7))
    assert (e.when, e.anchor_kind) == (None, gt.AnchorKind.UNRESOLVED)


def test_an_undated_report_is_anchored_on_its_own_past_dates_only_where_that_is_sound() -> None:
    text = (
        "The treaty was adopted on 3 July 2031 in Valdora. Two days later the council met. "
        "On Monday the envoy spoke; the talks of last year had stalled."
    )
    found = {e.text: e for e in find_dates(text, infer_anchor=True)}
    assert found["3 July 2031"].when == gt.When.day(2031, 7, 3)
    assert found["Two days later"].when == gt.When.day(2031, 7, 5)  # from the text's own date
    # written some day in the year after 3 July 2031: "Monday" and "last year" depend on which
    assert found["Monday"].when is None
    assert found["last year"].when is None


def test_an_undated_report_stating_one_year_dates_its_days_in_it() -> None:
    text = (
        "At the harbour forum held on 9 March in Valdora, the council unveiled its charter. "
        "The drafting week of 2031, held from 2~5 April, followed; on Friday, 11 April it closed."
    )
    found = {e.text: e for e in find_dates(text, infer_anchor=True)}
    assert found["9 March"].when == gt.When.day(2031, 3, 9)
    assert (found["2~5 April"].when, found["2~5 April"].until) == (
        gt.When.day(2031, 4, 2),
        gt.When.day(2031, 4, 5),
    )
    assert found["Friday, 11 April"].when == gt.When.day(2031, 4, 11)  # a Friday in 2031
    assert found["9 March"].anchor_kind is gt.AnchorKind.DOCUMENT


@pytest.mark.parametrize(
    "text",
    [
        "The forum met on 9 March. Its charter of 2031 replaced the one of 2029.",  # two years
        "The forum met on 9 March.",  # no year
        "The forum met on Monday, 11 April. Its charter dates from 2031.",  # a Friday in 2031
    ],
)
def test_a_day_without_a_year_stays_unresolved_unless_one_year_is_stated(text: str) -> None:
    day = next(
        e for e in find_dates(text, infer_anchor=True) if "March" in e.text or "April" in e.text
    )
    assert day.when is None


def test_an_undated_report_with_no_date_stays_unresolved() -> None:
    e = only("The envoy spoke yesterday.", anchor=None)
    assert find_dates("The envoy spoke yesterday.", infer_anchor=True) == [e]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The merger should close by year-end.", "2031-12-31"),
        ("Shares are up 4% since year-end.", "2030-12-31"),
    ],
)
def test_year_end(text: str, value: str) -> None:
    assert only(text).timex_value == value
