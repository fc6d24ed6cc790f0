"""Robustness: big, repetitive, odd and hostile input never crashes, hangs or is silently lost.

Time bounds are relative to a smaller input measured in the same run (linear
growth with a generous factor), never absolute.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govtimeline as gt

PARAGRAPH = (
    "GENEVA, 3 May 2031 – Delegates said on Tuesday that the Harbour Summit of 10–11 June "
    "would follow the April resolution. Ruritania rejected the plan; 95% of members, $11 billion "
    "and 165-7 votes later, talks resumed two days after the vote. “Today we begin,” she said.\n\n"
)


def _seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _linear(
    make: Callable[[int], str], run: Callable[[str], object], small: int, factor: int
) -> None:
    base = _seconds(lambda: run(make(small)))
    big = _seconds(lambda: run(make(small * factor)))
    assert big <= 3 * factor * max(base, 0.01) + 1.0, (base, big)


def test_ten_megabyte_document_finds_dates_in_linear_time() -> None:
    unit = len(PARAGRAPH)
    _linear(lambda n: PARAGRAPH * n, lambda t: gt.find_dates(t), (1_000_000 // unit), 10)


def test_one_megabyte_document_extracts_in_linear_time() -> None:
    unit = len(PARAGRAPH)
    doc = lambda t: gt.Document(id="big", text=t, published=gt.When.day(2031, 5, 4))  # noqa: E731
    _linear(lambda n: PARAGRAPH * n, lambda t: gt.extract(doc(t)), (100_000 // unit), 10)


@pytest.mark.parametrize(
    "unit", ["May May ", "2025 ", "1" * 200 + " ", "\u202eMay 2025\u202c ", "🙂 ", "\x00\x1b "]
)
def test_repetitions_are_linear(unit: str) -> None:
    _linear(lambda n: unit * n, lambda t: gt.extract(gt.Document(id="r", text=t)), 5_000, 10)


@pytest.mark.parametrize(
    "unit",
    [
        # one endless "sentence" full of mentions, cues, dates and actors: every stage that
        # looks around a mention or a cue must stay linear (found quadratic, then fixed)
        "the UN summit, which Chile endorsed, and ",
        "support support the plan of the UN ",
        "At the Harbour Summit on Tuesday, Chile, speaking on behalf of the G77, rejected "
        "the Ocean Treaty; ",
        "the Ocean initiative launched in 2023 and the ",
        # advocacy clauses, frames, hosted events, coordinated objects, quotation runs
        "Chile stressed that the Harbour Forum should ",
        "cannot be left to algorithms and ",
        "at an event hosted by the Harbour Policy Council and ",
        "endorsed the Lima Accord in 2030 and the ",
        "“It cannot be left to algorithms,” Guterres said. ",
    ],
)
def test_endless_sentences_are_linear(unit: str) -> None:
    doc = lambda t: gt.Document(id="s", text=t, published=gt.When.day(2031, 5, 4))  # noqa: E731
    _linear(lambda n: unit * n, lambda t: gt.extract(doc(t)), 200, 8)


def test_a_hundred_thousand_may_may() -> None:
    _linear(lambda n: "May May " * n, gt.find_dates, 10_000, 10)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2_000))
def test_any_unicode_text_goes_through_the_whole_pipeline(text: str) -> None:
    tl = gt.reconstruct(
        [gt.extract(gt.Document(id="u", text=text, published=gt.When.day(2030, 1, 1)))]
    )
    assert [d.id for d in tl.documents] == ["u"]  # nothing lost
    assert gt.Timeline.from_json(tl.to_json()) == tl


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        (
            '{"schema": "govtimeline.timeline/1", "events": [' + "[" * 5000 + "]" * 5000 + "]}",
            r"^\$: JSON nested too deeply",
        ),
        (
            '{"schema": "govtimeline.timeline/1", "events": [{"id": 1e999}]}',
            r"^\$\.events\[0\]\.name: required field missing",
        ),
        (
            '{"schema": "govtimeline.timeline/1", "documents": [{"id": "d", "text": '
            + json.dumps("x" * 1_000_000)
            + ', "extra": 1}]}',
            r"^\$\.documents\[0\]: extra fields found \(extra\)",
        ),
        (
            '{"schema": "govtimeline.timeline/1", "events": "__import__(\'os\').system(\'true\')"}',
            r"^\$\.events\[0\]: expected a JSON object here",
        ),
    ],
    ids=["deep", "huge-number", "extra-field", "code-as-text"],
)
def test_hostile_json_gives_a_schema_error_naming_the_field(payload: str, error: str) -> None:
    with pytest.raises(gt.SchemaError, match=error):
        gt.Timeline.from_json(payload)


def test_a_date_over_the_whole_calendar_loads_as_it_was_written() -> None:
    payload = (
        '{"schema": "govtimeline.timeline/1", "events": [{"id": "e", "name": "n", "kind": '
        '"summit", "when": {"earliest": "0001-01-01", "latest": "9999-12-31", "precision": "day"}}]}'
    )
    tl = gt.Timeline.from_json(payload)
    (event,) = tl.events
    assert event.when == gt.When.between(date(1, 1, 1), date(9999, 12, 31), gt.Precision.DAY)
    assert gt.Timeline.from_json(tl.to_json()) == tl


def test_html_report_of_hostile_timeline_has_no_live_markup() -> None:
    evil = "<img src=x onerror=alert(1)>"
    doc = gt.Document(id="d", text=evil, title=evil, url="javascript:alert(1)")
    tl = gt.reconstruct([gt.extract(doc)])
    page = gt.Timeline(documents=[doc], events=tl.events).to_html(title=evil)
    assert "<img" not in page
    assert "javascript:" not in page
