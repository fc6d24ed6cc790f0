"""Tests for govtimeline.dates.relative and .resolve: weekdays and tense, offsets, spans, parts of day.

Each table is a rule of issue 16 in the project's own sentences, with the
cases the rule must leave alone. The anchor is Wednesday 14 May 2031.
"""

from __future__ import annotations

from datetime import date

import pytest

import govtimeline as gt
from govtimeline.dates import find_dates

WEDNESDAY = date(2031, 5, 14)


def only(text: str, anchor: date | None = WEDNESDAY) -> gt.TimeExpression:
    found = find_dates(text, anchor=anchor)
    assert len(found) == 1, [(e.text, e.timex_value) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the anchor's own weekday is the anchor's day, whatever the tense
        ("Ministers are meeting in Valdora on Wednesday.", "2031-05-14"),
        ("The envoy will announce the plan on Wednesday.", "2031-05-14"),
        ("The envoy announced the plan on Wednesday.", "2031-05-14"),
        ("The summit opens on Wednesday.", "2031-05-14"),
        # a present progressive is an arrangement: the coming day
        ("Delegates are taking part on Friday.", "2031-05-16"),
        ("The council is holding a vote Thursday.", "2031-05-15"),
        # the past still looks back, the future forward
        ("The council held a vote on Monday.", "2031-05-12"),
        ("The council will hold a vote on Monday.", "2031-05-19"),
        # "last" and "next" are not the anchor's day
        ("The council met last Wednesday.", "2031-05-07"),
        ("The council meets next Wednesday.", "2031-05-21"),
        ("The council met this past Sunday.", "2031-05-11"),
        # a possessive weekday names what has happened
        ("Lawyers said they would appeal Monday's ruling.", "2031-05-12"),
        ("Delegates gathered ahead of Friday's vote.", "2031-05-16"),
    ],
)
def test_weekday_tense(text: str, value: str) -> None:
    assert only(text).timex_value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # verbs in -ed: lower case only, not in -eed, not after a determiner
        ("Talks with the United States resume Thursday.", "2031-05-08"),
        ("It said the reduced quota starts Friday.", "2031-05-09"),
        ("The need for talks grew on Monday.", "2031-05-12"),
    ],
)
def test_words_in_ed_that_are_no_past_verbs(text: str, value: str) -> None:
    """'United', 'reduced' (after 'the') and 'need' set no past; 'grew' does."""
    assert find_dates(text, anchor=WEDNESDAY)[-1].timex_value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Ministers will speak on Thurs and leave.", "Thurs", "2031-05-15"),
        ("Ministers will speak on Thurs.", "Thurs.", "2031-05-15"),
        ("The vote came on Tue.", "Tue.", "2031-05-13"),
        ("Fri., 16 May 2031", "Fri., 16 May 2031", "2031-05-16"),
    ],
)
def test_weekday_abbreviations(text: str, span: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.timex_value) == (span, value)


@pytest.mark.parametrize(
    "text",
    [
        "The delegate sat down. Sat on the bench, he waited.",  # a verb
        "The Sun reported the talks.",  # a newspaper
        "They wed in Valdora.",  # a verb
        "Analysts at Sun Microsystems agreed.",  # a company
    ],
)
def test_words_that_look_like_weekday_abbreviations(text: str) -> None:
    assert [e.text for e in find_dates(text, anchor=WEDNESDAY)] == []


@pytest.mark.parametrize(
    ("text", "value", "when"),
    [
        # offsets from the anchor: the month is kept when counting years
        ("The next summit is six months from now.", "2031-11", gt.When.month(2031, 11)),
        ("A review will follow in one year's time.", "2032", gt.When.month(2032, 5)),
        ("The fund closes in two years.", "2033", gt.When.month(2033, 5)),
        ("The treaty was signed two years ago.", "2029", gt.When.month(2029, 5)),
        (
            "The office reopens in three weeks.",
            "2031-W23",
            gt.When.of_unit(date(2031, 6, 4), "week"),
        ),
    ],
)
def test_offsets_from_the_anchor(text: str, value: str, when: gt.When) -> None:
    e = only(text)
    assert (e.timex_value, e.when) == (value, when)


@pytest.mark.parametrize(
    ("text", "span", "value", "earliest", "latest"),
    [
        (
            "Funds will flow over the next two years.",
            "the next two years",
            "P2Y",
            date(2031, 5, 1),
            date(2033, 5, 31),
        ),
        (
            "An action plan is due within 180 days.",
            "180 days",
            "P180D",
            WEDNESDAY,
            date(2031, 11, 10),
        ),
        (
            "Exports doubled over the past three months.",
            "the past three months",
            "P3M",
            date(2031, 2, 1),
            date(2031, 5, 31),
        ),
        (
            "Reactors will be built in the next decade.",
            "the next decade",
            "P10Y",
            date(2031, 5, 1),
            date(2041, 5, 31),
        ),
    ],
)
def test_durations_measured_from_the_document_date_cover_their_days(
    text: str, span: str, value: str, earliest: date, latest: date
) -> None:
    e = only(text)
    assert (e.text, e.timex_type, e.timex_value) == (span, gt.TimexType.DURATION, value)
    assert e.when is not None
    assert (e.when.earliest, e.when.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ban lasted a decade.", "P10Y"),  # TimeML writes years
        ("The feud went on for decades.", "PXDE"),
        ("The dispute ran for two years.", "P2Y"),
        ("Votes are due within 30 days of the filing.", "P30D"),  # counts from the filing
        ("Talks took 5 1/2 hours.", "PT5H30M"),
        ("The programme ran a year and a half.", "P1Y6M"),
    ],
)
def test_durations_that_cover_no_known_days(text: str, value: str) -> None:
    e = only(text)
    assert (e.timex_type, e.timex_value, e.when) == (gt.TimexType.DURATION, value, None)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("A vote is expected later this year.", date(2031, 5, 15), date(2031, 12, 31)),
        ("Turnout rose earlier this month.", date(2031, 5, 1), date(2031, 5, 13)),
    ],
)
def test_later_and_earlier_this_unit_are_the_part_after_or_before_the_anchor(
    text: str, earliest: date, latest: date
) -> None:
    e = only(text)
    assert e.when is not None
    assert (e.when.earliest, e.when.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("The accord was agreed late last year.", "2030", gt.Mod.LATE),
        ("A decision is due by the end of the year.", "2031", gt.Mod.LATE),
        ("Work starts early next month.", "2031-06", gt.Mod.EARLY),
    ],
)
def test_modified_periods_keep_their_modifier(text: str, value: str, mod: gt.Mod) -> None:
    e = only(text)
    assert e.when is not None
    assert (e.timex_value, e.when.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Markets rallied over the weekend.", "2031-W19-WE"),
        ("Envoys will meet next weekend.", "2031-W20-WE"),  # the coming one
    ],
)
def test_the_weekend_is_its_saturday_and_sunday(text: str, value: str) -> None:
    e = only(text)
    assert e.timex_value == value
    assert e.when is not None
    assert e.when.days == 2
    assert e.when.earliest.weekday() == 5


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The plant opened on 4 May 2029. The following month it closed.", "2029-06"),
        ("The plant opened on 4 May 2029. The next day it closed.", "2029-05-05"),
        ("It opened in 2027 and closed the following year.", "2028"),
        ("The vote was held on 4 May 2029; that same day the envoy resigned.", "2029-05-04"),
        ("The strike began in October 2029 and that same day talks failed.", "2029-10-XX"),
    ],
)
def test_the_following_unit_counts_from_the_date_last_written(text: str, value: str) -> None:
    assert find_dates(text, anchor=WEDNESDAY)[-1].timex_value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The declaration was signed earlier in the morning.",
            "earlier in the morning",
            "2031-05-14TMO",
        ),
        (
            "Talks began on 3 May 2031. In the evening they stalled.",
            "In the evening",
            "2031-05-03TEV",
        ),
        ("Prices fell mid-afternoon yesterday.", "mid-afternoon yesterday", "2031-05-13TAF"),
        ("The envoy leaves at 4 in the morning.", "4 in the morning", "2031-05-14T04:00"),
        (
            "The court sat on 3 May 2031 and ruled the next morning.",
            "the next morning",
            "2031-05-04TMO",
        ),
        ("The envoy spoke later in the day.", "later in the day", "2031-05-14"),
    ],
)
def test_parts_of_the_day_without_a_day(text: str, span: str, value: str) -> None:
    e = find_dates(text, anchor=WEDNESDAY)[-1]
    assert (e.text, e.timex_value) == (span, value)


def test_midnight_is_a_time_not_mid_night() -> None:
    e = only("The deadline passed at midnight Friday.")
    assert (e.text, e.timex_value) == ("midnight Friday", "2031-05-09T24:00")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote is set for April last year.", "2030-04"),
        ("Funds arrived in January this year.", "2031-01"),
        ("The talks resume in late March next year.", "2032-03"),
        ("The fair is held this September.", "2031-09"),
        ("The pact was signed last April.", "2031-04"),
        ("The pact will be signed next February.", "2032-02"),
        ("A deal is expected by the end of November.", "2031-11"),
    ],
)
def test_months_named_with_a_year_word(text: str, value: str) -> None:
    assert only(text).timex_value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a future clause naming the anchor's own day means that day, not next year's
        ("The envoy will sign the accord on 14 May.", "2031-05-14"),
        ("The committee will vote on May 14.", "2031-05-14"),
        # the next day and the day before still go forward and back
        ("The committee will vote on 15 May.", "2031-05-15"),
        ("The committee will vote on 13 May.", "2032-05-13"),
        ("The committee voted on 14 May.", "2031-05-14"),
    ],
)
def test_a_future_clause_on_the_anchors_own_day(text: str, value: str) -> None:
    assert only(text).timex_value == value
