"""Publication dates (govtimeline.model.published): never the clock's, never the time zone's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.model import published
from govtimeline.model.published import parse_date_string

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "value",
    [
        # resolved against the clock: the answer changed with the day it ran
        "yesterday",
        "today",
        "now",
        "2 days ago",
        "last year",
        "in 2 weeks",
        "Monday",
        "next Friday",
        # no year: the year came from the clock
        "7 March",
        "March",
    ],
)
def test_a_value_that_depends_on_the_day_it_is_read_is_refused(value: str) -> None:
    with pytest.raises(gt.DateParseError, match=r"^published: .* depends on the day it is read"):
        parse_date_string(value, source="published")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # "NaN" gave 2026-08 (a month name in some language, the year from the clock)
        ("NaN", "stands for a missing value"),
        ("nan", "stands for a missing value"),
        ("None", "stands for a missing value"),
        ("null", "stands for a missing value"),
        ("N/A", "stands for a missing value"),
        ("inf", "stands for a missing value"),
        # a bare number: "12" gave December of the running year, "99" gave 1999
        ("12", "is a bare number"),
        ("99", "is a bare number"),
        ("0", "is a bare number"),
        ("12345", "is a bare number"),
        ("soon", "is not a date"),
    ],
)
def test_junk_is_refused_saying_what_it_is(value: str, message: str) -> None:
    with pytest.raises(gt.DateParseError, match=message):
        parse_date_string(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20250307", gt.When.day(2025, 3, 7)),  # was refused
        ("1741046400", gt.When.day(2025, 3, 4)),  # Unix time: the UTC day, in every zone
        ("1741046400000", gt.When.day(2025, 3, 4)),  # milliseconds
        ("1741046400.5", gt.When.day(2025, 3, 4)),
        ("Q1 2025", gt.When.quarter(2025, 1)),  # was the day 2025-03-01
        ("2025-03-01T23:30:00-05:00", gt.When.day(2025, 3, 1)),  # the day where it was written
        ("Sat, 01 Mar 2025 23:30:00 -0500", gt.When.day(2025, 3, 1)),
        ("2019", gt.When.year(2019)),
    ],
)
def test_absolute_values_are_read_as_written(value: str, expected: gt.When) -> None:
    assert parse_date_string(value) == expected


VALUES = [
    "1741046400",
    "1741078800",  # 09:00 UTC: another day from Honolulu to Kiritimati
    "2025-03-01T23:30:00-05:00",
    "Mar 1 2025 11:30pm EST",
    "October 7, 2025",
    "2025-09",
    "Tuesday, 7 October 2025",
    "Q1 2025",
    "yesterday",
]


def _parsed_in(zone: str) -> str:
    script = (
        "import json, sys\n"
        "from govtimeline.model.published import parse_date_string\n"
        "out = {}\n"
        "for v in json.loads(sys.argv[1]):\n"
        "    try: out[v] = parse_date_string(v).edtf\n"
        "    except Exception as e: out[v] = type(e).__name__\n"
        "print(json.dumps(out, sort_keys=True))\n"
    )
    env = {**os.environ, "TZ": zone, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run(
        [sys.executable, "-c", script, json.dumps(VALUES)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return run.stdout


def test_the_same_values_give_the_same_dates_in_every_time_zone() -> None:
    # a Unix timestamp landed a day apart across time zones
    # the two ends of the clock: UTC-10 and UTC+14, a day apart at 09:00 UTC
    results = {zone: _parsed_in(zone) for zone in ("Pacific/Honolulu", "Pacific/Kiritimati")}
    assert len(set(results.values())) == 1, results
    assert json.loads(results["Pacific/Honolulu"])["1741078800"] == "2025-03-04"


def test_one_configured_parser_serves_every_value() -> None:
    # a DateDataParser was built for every value read (these are not the grammar's)
    published._dateparsers.cache_clear()
    for value in ("7-Oct-2025", "2025/10/07", "2025.10.07"):
        parse_date_string(value)
    assert published._dateparsers.cache_info().misses == 1


GRAMMAR_READS = [
    ("7 March 2025", "en"),
    ("March 7, 2025", "en"),
    ("Mar. 7, 2025", "en"),
    ("MARCH 7, 2025", "en"),
    ("March 7th, 2025", "en"),
    ("the 7th of March, 2025", "en"),
    ("Friday, 7 March 2025", "en"),
    ("Monday, 7 March 2025", "en"),  # the wrong weekday: the day as written, as dateparser
    ("Fri, 07 Mar 2025 10:00:00 GMT", "en"),
    ("Sat, 01 Mar 2025 23:30:00 -0500", "en"),  # the day where it was written
    ("Mar 1 2025 11:30pm EST", "en"),
    ("7 March 2025, 10:00", "en"),
    ("October 10, 2025 at 9:00 am", "en"),
    ("March 2025", "en"),
    ("Q1 2025", "en"),
    ("7 March 2025", "en-GB"),
    ("7 mars 2025", "fr"),
    ("1er mars 2025", "fr"),
    ("mars 2025", "fr"),
    ("7. März 2025", "de"),
    ("7 de marzo de 2025", "es"),
]


@pytest.mark.parametrize(("value", "lang"), GRAMMAR_READS)
def test_the_grammar_reads_what_dateparser_reads(
    value: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dateparser cost 1-3 ms a value; the grammar a tenth of that, and must agree with it
    from govtimeline.dates.metadata import metadata_date
    from govtimeline.model._hooks import DATES

    by_grammar = metadata_date(value, lang)
    assert by_grammar is not None
    assert parse_date_string(value, lang=lang) == by_grammar
    monkeypatch.setattr(DATES, "_value", None)  # dateparser alone
    assert parse_date_string(value, lang=lang) == by_grammar


@pytest.mark.parametrize(
    ("value", "lang"),
    [
        ("7 March", "en"),  # no year
        ("yesterday", "en"),
        ("summer 2025", "en"),  # a season: dateparser refuses it, and so does read
        ("mid-2025", "en"),
        ("3 March 2025 – 4 March 2025", "en"),  # two dates
        ("7 March 2025 and more", "en"),  # not all of it
        ("7 march 2025", "en"),
        ("7 March 2025", "pt"),  # no grammar for the language
    ],
)
def test_the_grammar_leaves_the_rest_to_dateparser(value: str, lang: str) -> None:
    from govtimeline.dates.metadata import metadata_date

    assert metadata_date(value, lang) is None


@pytest.mark.parametrize("value", ["yesterday", "Monday", "NaN"])
def test_a_document_refuses_a_relative_or_junk_published(value: str) -> None:
    with pytest.raises(gt.ModelError, match=r"Document\.published"):
        gt.Document(id="a", text="x", published=value)
