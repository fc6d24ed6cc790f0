"""Tests for govtimeline.dates: forms, precision, ranges, anchoring, tense and false friends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.dates import find_dates, quote_spans

ANCHOR = date(2025, 10, 7)  # a Tuesday
NOT_DATES = Path(__file__).parent / "data" / "not_dates.txt"


def only(text: str, anchor: date | None = ANCHOR, **kw: object) -> gt.TimeExpression:
    found = find_dates(text, anchor=anchor, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, [(e.text, e.timex_value) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ministers met on 24 September 2025 in Geneva.", "24 September 2025", "2025-09-24"),
        ("It opened on September 24, 2025, after delays.", "September 24, 2025", "2025-09-24"),
        ("Filed Sept. 24, 2025 with the registry.", "Sept. 24, 2025", "2025-09-24"),
        ("Dated 24/09/2025 by the clerk.", "24/09/2025", "2025-09-24"),
        (
            "On Wednesday, 24 September 2025 the panel met.",
            "Wednesday, 24 September 2025",
            "2025-09-24",
        ),
        ("The treaty was agreed in August 2025.", "August 2025", "2025-08"),
        ("Talks resumed in mid-2024 after a pause.", "mid-2024", "2024"),
        ("Funding arrives in early 2025, officials said.", "early 2025", "2025"),
        ("Results for the first quarter of 2026 are due.", "the first quarter of 2026", "2026-Q1"),
        ("Sales rose in Q3 2025.", "Q3 2025", "2025-Q3"),
        ("The study ran through summer 2024.", "summer 2024", "2024-SU"),
        ("Growth slowed in the 2010s.", "the 2010s", "201"),
        ("The body was founded in 2019.", "2019", "2019"),
        ("The plan for the second half of 2027 slipped.", "the second half of 2027", "2027-H2"),
        ("Budgets for fiscal 2026 were cut.", "fiscal 2026", "2026"),
    ],
)
def test_absolute_forms_keep_their_precision(text: str, span: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.timex_value, e.timex_type) == (span, value, gt.TimexType.DATE)
    assert e.when is not None
    assert e.when.timex == value


def test_iso_timestamp_is_a_time_on_its_day() -> None:
    e = only("Logged at 2025-09-24T10:00Z by the system.")
    assert (e.text, e.timex_type, e.timex_value) == (
        "2025-09-24T10:00Z",
        gt.TimexType.TIME,
        "2025-09-24T10:00Z",
    )
    assert e.when == gt.When.day(2025, 9, 24)


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "The summit ran 10–11 February 2025 in the city.",
            "10–11 February 2025",
            "2025-02-10",
            "2025-02-11",
        ),
        (
            "Talks were held Feb. 10-11, 2025 behind closed doors.",
            "Feb. 10-11, 2025",
            "2025-02-10",
            "2025-02-11",
        ),
        (
            "It met on 10 and 11 February 2025.",
            "10 and 11 February 2025",
            "2025-02-10",
            "2025-02-11",
        ),
        ("Data from 2019 to 2024 were used.", "from 2019 to 2024", "2019", "2024"),
        (
            "Hearings ran between March and May 2025.",
            "between March and May 2025",
            "2025-03",
            "2025-05",
        ),
        ("The 2019–2024 strategy ended.", "2019–2024", "2019", "2024"),
    ],
)
def test_ranges_are_one_expression(text: str, span: str, start: str, end: str) -> None:
    e = only(text)
    assert e.text == span
    assert e.when is not None
    assert e.until is not None
    assert (e.when.timex, e.until.timex) == (start, end)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("The agency announced it on Wednesday.", "2025-10-01", "document"),
        ("The board will decide on Wednesday.", "2025-10-08", "document"),
        ("The vote happened yesterday.", "2025-10-06", "document"),
        ("The deal is signed today.", "2025-10-07", "document"),
        ("Sales fell last week.", "2025-W40", "document"),
        ("Prices rose this month.", "2025-10", "document"),
        ("The rules take effect next year.", "2026", "document"),
        ("The report came out two days ago.", "2025-10-05", "document"),
        ("The office reopens in three weeks.", "2025-W44", "document"),
        ("Turnout rose earlier this year.", "2025", "document"),
        ("The letter was sent on 1 November.", "2024-11-01", "document"),
        ("The conference will open on 1 November.", "2025-11-01", "document"),
        ("An August resolution created the panel.", "2025-08", "document"),
    ],
)
def test_relative_forms_follow_anchor_and_tense(text: str, value: str, kind: str) -> None:
    e = only(text)
    assert (e.timex_value, e.anchor_kind.value) == (value, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The agency announced it on Wednesday.",
        "The vote happened yesterday.",
        "Sales fell last week.",
        "The letter was sent on 1 November.",
        "in August",
    ],
)
def test_without_anchor_relative_forms_stay_unresolved(text: str) -> None:
    e = only(text, anchor=None)
    assert e.when is None
    assert e.anchor_kind is gt.AnchorKind.UNRESOLVED


@pytest.mark.parametrize(
    ("text", "offset", "reference"),
    [
        ("The council met the day before the launch.", "-P1D", "the launch"),
        ("Beijing replied three days after the Northland plan.", "P3D", "the Northland plan"),
        ("A review followed a year after Paris.", "P1Y", "Paris"),
        ("Delegates dined on the eve of the summit.", "-P1D", "the summit"),
        ("Officials left two weeks before the vote.", "-P2W", "the vote"),
    ],
)
def test_event_relative_phrases_keep_offset_and_reference(
    text: str, offset: str, reference: str
) -> None:
    e = only(text)
    assert (e.anchor_kind, e.offset, e.reference, e.when) == (
        gt.AnchorKind.EVENT,
        offset,
        reference,
        None,
    )


@pytest.mark.parametrize(
    ("text", "ttype", "value"),
    [
        ("The trial lasted three days.", "DURATION", "P3D"),
        ("She served for two years.", "DURATION", "P2Y"),
        ("A year in the making, the accord is done.", "DURATION", "P1Y"),
        ("Sales doubled over three years.", "DURATION", "P3Y"),
        ("The forum meets every year.", "SET", "P1Y"),
        ("The index is published annually.", "SET", "P1Y"),
        ("It is reviewed twice a year.", "SET", "P1Y"),
    ],
)
def test_durations_and_sets(text: str, ttype: str, value: str) -> None:
    e = only(text)
    assert (e.timex_type.value, e.timex_value, e.when) == (ttype, value, None)


def _not_dates() -> list[tuple[str, str]]:
    rows = []
    for line in NOT_DATES.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            text, _, why = line.partition("\t")
            rows.append((text, why))
    return rows


def test_false_positive_list_is_large() -> None:
    assert len(_not_dates()) >= 100


@pytest.mark.parametrize(("text", "why"), _not_dates())
def test_not_dates(text: str, why: str) -> None:
    found = [
        e
        for e in find_dates(text, anchor=ANCHOR)
        if e.timex_type in (gt.TimexType.DATE, gt.TimexType.TIME) and e.text.lower() != "today"
    ]
    assert found == [], why


def test_quoted_today_is_relative_to_the_speech() -> None:
    text = 'The envoy said: "Today we open a new chapter." The talks end today.'
    first, second = find_dates(text, anchor=ANCHOR)
    assert first.quoted
    assert first.anchor_kind is gt.AnchorKind.SPEECH
    assert not second.quoted
    assert second.anchor_kind is gt.AnchorKind.DOCUMENT
    assert quote_spans(text) == [(16, 46)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Le sommet du 7 octobre 2025 s'est tenu à Paris.", "2025-10-07"),
        ("fr", "Le texte date de mars 2024.", "2024-03"),
        ("de", "Am 7. Oktober 2025 tagte der Rat.", "2025-10-07"),
        ("de", "Die Reform kam im März 2024.", "2024-03"),
        ("es", "El 7 de octubre de 2025 se firmó.", "2025-10-07"),
        ("es", "Se aprobó en marzo de 2024.", "2024-03"),
        ("de", "Datum: 24.09.2025.", "2025-09-24"),
    ],
)
def test_other_languages(lang: str, text: str, value: str) -> None:
    assert only(text, lang=lang).timex_value == value


def test_day_first_setting() -> None:
    assert only("On 03/04/2025 it began.").timex_value == "2025-03-04"
    assert only("On 03/04/2025 it began.", day_first=True).timex_value == "2025-04-03"
    assert only("On 24/09/2025 it began.").timex_value == "2025-09-24"


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(gt.DateParseError, match="no date lexicon"):
        find_dates("x", lang="xx")


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


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 3))
def test_generated_absolute_dates_round_trip(day: date, form: int) -> None:
    month = MONTHS[day.month - 1]
    text = [
        f"It happened on {day.day} {month} {day.year} in the capital.",
        f"It happened on {month} {day.day}, {day.year} in the capital.",
        f"It happened on {day.isoformat()} in the capital.",
        f"It happened in {month} {day.year} in the capital.",
    ][form]
    e = only(text)
    expected = gt.When.month(day.year, day.month) if form == 3 else gt.When.day(day)
    assert e.when == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for e in find_dates(text, anchor=ANCHOR):
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit rose in the third quarter of 2031; a year earlier it had fallen.", "2030-Q3"),
        ("Sales in the third quarter of 2025 beat the level of a year ago.", "2024-Q3"),
        ("The plant opened on 4 May 2029. Two days later it closed.", "2029-05-06"),
    ],
)
def test_earlier_and_later_count_from_the_last_date_written(text: str, value: str) -> None:
    last = find_dates(text, anchor=ANCHOR)[-1]
    assert last.timex_value == value


@pytest.mark.parametrize(
    ("text", "span", "ttype", "value"),
    [
        # parts of the day are TIMEs with the TIMEX3 suffix (TBAQ error analysis)
        ("Talks resumed Friday morning.", "Friday morning", "TIME", "2025-10-03TMO"),
        ("The envoy spoke this morning.", "this morning", "TIME", "2025-10-07TMO"),
        ("Protests continued last night.", "last night", "TIME", "2025-10-06TNI"),
        # a clock time takes the weekday or date written with it
        (
            "The deadline passed at 10 p.m. Wednesday.",
            "10 p.m. Wednesday",
            "TIME",
            "2025-10-01T22:00",
        ),
        ("Polls close at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "TIME", "2025-11-06T17:00"),
        # holidays, centuries and years said aloud come from the lexicon
        ("Shops closed on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2024-11-28"),
        ("It was founded in the 20th century.", "the 20th century", "DATE", "19"),
        ("That was in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
        # sets
        ("The committee meets every other week.", "every other week", "SET", "P2W"),
        ("Hearings are held every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2"),
        ("Talks are held every autumn.", "every autumn", "SET", "XXXX-FA"),
        ("Prices soared in the nineties.", "the nineties", "DATE", "199"),
        ("Cuts are likely in the near future.", "the near future", "DATE", "FUTURE_REF"),
        # durations
        ("The dispute dragged on for years.", "years", "DURATION", "PXY"),
        ("Markets rallied over the weekend.", "the weekend", "DATE", "2025-W40-WE"),
    ],
)
def test_forms_added_from_the_error_analysis(text: str, span: str, ttype: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.timex_type.value, e.timex_value) == (span, ttype, value)


@pytest.mark.parametrize(
    "text",
    [
        "The fund pays $1.76 a year per share.",  # a rate, not a duration
        "Qantas adds 700 seats a week on the route.",
        "He spoke on CBS's 60 Minutes.",  # a title
        "It would be a second betrayal, she said.",  # an ordinal
        "The board raised its quarterly dividend.",  # a classifier, not a set
        "The party daily Granma printed the letter.",  # a newspaper
        "The fund, Current AI, starts with $400 million.",  # a name
        "It was adopted at the Summit of the Future.",
        "The standard ISO/IEC 42001:2023 was cited.",  # a standard number
        "Three-quarters of the members agreed.",  # a fraction
    ],
)
def test_false_friends_found_in_the_error_analysis(text: str) -> None:
    assert find_dates(text, anchor=ANCHOR) == []


def test_reporting_period_is_the_quarter_last_named() -> None:
    text = (
        "Profit rose in the third quarter. Sales in the quarter grew 5%, "
        "against a loss in the year-earlier quarter, and revenue was flat from a year ago."
    )
    values = [e.timex_value for e in find_dates(text, anchor=date(2025, 11, 2))]
    assert values == ["2025-Q3", "2025-Q3", "2024-Q3", "2024-Q3"]


def test_the_year_ended_a_date_is_a_fiscal_year() -> None:
    first, second = find_dates("Revenue for the year ended March 31 rose.", anchor=ANCHOR)
    assert (first.text, first.timex_type.value, first.timex_value) == (
        "the year",
        "DURATION",
        "P1Y",
    )
    assert second.timex_value == "2025-03-31"


def test_quarter_ended_is_the_quarter_holding_that_date() -> None:
    e = find_dates("For the quarter ended Sept. 30, net rose.", anchor=date(2025, 11, 2))[0]
    assert (e.text, e.timex_value) == ("the quarter", "2025-Q3")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It opened on 1 November.", "XXXX-11-01"),
        ("It opened in August.", "XXXX-08"),
        ("It opened on Wednesday.", "XXXX-WXX-3"),
    ],
)
def test_without_anchor_the_value_says_what_is_known(text: str, value: str) -> None:
    e = only(text, anchor=None)
    assert (e.when, e.timex_value, e.anchor_kind) == (None, value, gt.AnchorKind.UNRESOLVED)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a deadline may lie weeks ahead in a past clause; an event may not
        ("The offer was extended to Nov. 16.", "2025-11-16"),
        ("The letter was sent on 1 November.", "2024-11-01"),
        # a participle after "be" takes the auxiliary's tense
        ("Meetings will be held in April.", "2026-04"),
        # the clause stops at ", and"
        ("The committee met on Sept. 30, and will reconvene later.", "2025-09-30"),
        # a weekday fixes the year of a year-less date
        ("The editorial ran on Monday, Oct. 26.", "2026-10-26"),
    ],
)
def test_tense_and_year_choice(text: str, value: str) -> None:
    assert only(text).timex_value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He fled in June 1998 and returned later that year.", "1998"),
        ("The bomb went off on 7 August 1998. Earlier that day, guards saw a truck.", "1998-08-07"),
    ],
)
def test_that_unit_is_the_unit_of_the_date_last_written(text: str, value: str) -> None:
    assert find_dates(text, anchor=ANCHOR)[-1].timex_value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # the speech's day is stated before the quotation
            'In a speech on 3 May 2031, the minister said: "Today we sign the treaty." It was '
            "published yesterday.",
            "2031-05-03",
        ),
        ('"Yesterday we met," she said on 3 May 2031.', "2031-05-02"),  # ... or after it
        # "U.S." ends no sentence: the day of the statement is still in it
        ('"We sign the accord today," U.S. envoy Jane Doe said on 3 May 2031.', "2031-05-03"),
        ('The minister said: "Today we sign the treaty."', "2031-05-10"),  # none: the report's day
        ('On 3 May 2031 and 4 May 2031 she said "today".', "2031-05-10"),  # two: no guess
    ],
)
def test_quoted_relative_days_count_from_the_day_of_the_speech(text: str, value: str) -> None:
    quoted = [e for e in gt.find_dates(text, anchor=date(2031, 5, 10)) if e.quoted]
    assert [(e.anchor_kind, e.timex_value) for e in quoted] == [(gt.AnchorKind.SPEECH, value)]


# Regression (issue 14): a past cue and a future cue at the same distance from a weekday made
# clause_tense compare two Tense values ("'<' not supported between instances of 'Tense'"),
# which cost a whole document. The cue on the left governs the expression.
@pytest.mark.parametrize(
    "text",
    [
        "The envoy was informed Monday that he would lose the post.",
        "Delegates were informed Monday that it would close early.",
    ],
)
def test_clause_tense_tie_between_past_and_future_cue_does_not_crash(text: str) -> None:
    (monday,) = find_dates(text, anchor=date(2013, 3, 21))
    assert monday.when == gt.When.day(2013, 3, 18)


# Regressions (issue 14): anchors at the calendar's ends (sentinel dates from databases) made
# date arithmetic overflow. An out-of-range result is kept unresolved, never a crash, never
# another date. Each row names the arithmetic that overflowed.
@pytest.mark.parametrize(
    ("text", "anchor", "cause"),
    [
        ("It rained yesterday.", date(1, 1, 1), "relative.relday: anchor - 1 day below date.min"),
        ("They meet next month.", date(9999, 12, 1), "resolve.shift_unit: month 10000-01"),
        ("Sales fell last year.", date(1, 6, 1), "resolve.shift_unit: year 0"),
        ("The report came out two days ago.", date(1, 1, 1), "relative.ago: timedelta"),
        ("The office reopens in three weeks.", date(9999, 12, 20), "relative.in_n: timedelta"),
        ("It opens next week.", date(9999, 12, 28), "when.unit_bounds: week past 9999-12-31"),
        ("Markets rallied over the weekend.", date(9999, 12, 31), "relative._weekend"),
        ("It froze last winter.", date(1, 2, 1), "when.unit_bounds: winter of year 0"),
        ("It will freeze next winter.", date(9999, 3, 1), "when.unit_bounds: winter of 9999"),
        ("The vote will be on Monday.", date(9999, 12, 31), "resolve.weekday_date: timedelta"),
        ("It opened in August.", date(1, 3, 1), "resolve.nearest_month: date(0, 8, 1)"),
        ("It will open in January.", date(9999, 12, 1), "resolve.nearest_month: year 10000"),
        ("Hearings ran between November and May.", date(1, 3, 1), "handlers.month_range: year 0"),
        ("Profit was below year-earlier levels.", date(1, 2, 1), "periods.year_ago: year 0"),
        ("Sales in the quarter rose.", date(1, 2, 1), "periods.period: quarter before year 1"),
        ("Profit rose in the fourth quarter.", date(1, 2, 1), "resolve.pick_quarter: year 0"),
        ("Shops closed on Christmas.", date(1, 1, 1), "periods.holiday: Christmas of year 0"),
        ("The talks ran 10-11 December.", date(1, 3, 1), "handlers.day_range: year 0"),
        ("Polls will close at 10 p.m. Monday.", date(9999, 12, 31), "clock._day_of: timedelta"),
    ],
)
def test_anchor_at_the_calendar_end_leaves_the_expression_unresolved(
    text: str, anchor: date, cause: str
) -> None:
    found = find_dates(text, anchor=anchor)
    assert found, cause
    for e in found:
        assert e.when is None, (cause, e)
        assert e.anchor_kind is gt.AnchorKind.UNRESOLVED, (cause, e)


def test_the_last_day_of_the_calendar_is_a_date() -> None:
    """ "runs to 9999-12-31" in an undated text: the day itself is fine, and stays absolute."""
    e = only("The licence runs to 9999-12-31.", anchor=None)
    assert (e.timex_value, e.when) == ("9999-12-31", gt.When.day(9999, 12, 31))


@pytest.mark.parametrize("anchor", ["2025-03-07", 20250307, 2025.0])
def test_an_anchor_that_is_not_a_date_is_a_clear_error(anchor: object) -> None:
    """Regression (issue 14): a string anchor raised a bare AttributeError."""
    with pytest.raises(gt.DateParseError, match="anchor must be a date"):
        find_dates("It rained yesterday.", anchor=anchor)  # type: ignore[arg-type]
