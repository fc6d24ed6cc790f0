"""Robustness: big, repetitive, odd and hostile input never crashes, hangs or is silently lost.

Linear growth is asserted on counted steps (lines of govtimeline code run), never on a
clock; ``benchmarks/linearity.py`` prints the wall-clock figures.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.testing import count_steps

PARAGRAPH = (
    "GENEVA, 3 May 2031 – Delegates said on Tuesday that the Harbour Summit of 10–11 June "
    "would follow the April resolution. Ruritania rejected the plan; 95% of members, $11 billion "
    "and 165-7 votes later, talks resumed two days after the vote. “Today we begin,” she said.\n\n"
)


def _linear(
    make: Callable[[int], str], run: Callable[[str], object], small: int, factor: int
) -> None:
    """``factor`` times the input costs at most 1.5 × ``factor`` times the steps (never a clock).

    Steps are lines of govtimeline code run (:func:`govtimeline.testing.count_steps`): the
    same on a loaded machine, so the bound can be tight; a quadratic path would cost
    ``factor`` times more again. Wall-clock figures are ``benchmarks/linearity.py``'s.
    """
    run(make(2))  # lexicons and patterns load once, outside the count
    base = count_steps(lambda: run(make(small)))
    big = count_steps(lambda: run(make(small * factor)))
    assert big <= 1.5 * factor * base, (base, big, big / base)


def test_a_long_document_finds_dates_in_linear_steps() -> None:
    _linear(lambda n: PARAGRAPH * n, lambda t: gt.find_dates(t), 40, 8)


@pytest.mark.slow
def test_a_ten_megabyte_document_is_read_whole() -> None:
    """Size alone never crashes the finder (recursion, memory): every paragraph keeps its dates."""
    count = 10_000_000 // len(PARAGRAPH)
    found = gt.find_dates(PARAGRAPH * count, anchor=date(2031, 5, 4))
    assert len(found) == count * len(gt.find_dates(PARAGRAPH, anchor=date(2031, 5, 4)))


def test_a_long_document_extracts_in_linear_steps() -> None:
    unit = len(PARAGRAPH)
    doc = lambda t: gt.Document(id="big", text=t, published=gt.When.day(2031, 5, 4))  # noqa: E731
    _linear(lambda n: PARAGRAPH * n, lambda t: gt.extract(doc(t)), (10_000 // unit), 8)


@pytest.mark.parametrize(
    "unit", ["May May ", "2025 ", "1" * 200 + " ", "\u202eMay 2025\u202c ", "🙂 ", "\x00\x1b "]
)
def test_repetitions_are_linear(unit: str) -> None:
    _linear(lambda n: unit * n, lambda t: gt.extract(gt.Document(id="r", text=t)), 200, 8)


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
    _linear(lambda n: unit * n, lambda t: gt.extract(doc(t)), 100, 8)


def test_ten_thousand_may_may() -> None:
    _linear(lambda n: "May May " * n, gt.find_dates, 1_250, 8)


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
            r"^\$\.events: expected an array, got string",  # was read letter by letter
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
