"""Tests for govtimeline.render.timelinejs: TimelineJS3 JSON at true precision, escaped."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import govtimeline as gt
from govtimeline.render.timelinejs import to_timelinejs

sys.path.insert(0, str(Path(__file__).parent))
from chart_fixtures import sample_timeline
from test_jupyter import assert_safe_html
from test_report import HOSTILE, hostile_timeline


def _slides(tl: gt.Timeline) -> dict[str, dict[str, Any]]:
    data = json.loads(tl.to_timelinejs())
    return {slide["unique_id"]: slide for slide in data["events"]}


def _single(when: gt.When, end: gt.When | None = None) -> dict[str, Any]:
    tl = gt.Timeline(events=[gt.Event(id="x", name="X", kind="summit", when=when, end=end)])
    (slide,) = json.loads(tl.to_timelinejs())["events"]
    return slide  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("when", "start", "end", "display"),
    [
        (gt.When.day(2025, 9, 24), {"year": 2025, "month": 9, "day": 24}, None, None),
        (gt.When.month(2025, 8), {"year": 2025, "month": 8}, None, None),
        (gt.When.year(2019), {"year": 2019}, None, None),
        (
            gt.When.quarter(2025, 3),
            {"year": 2025, "month": 7},
            {"year": 2025, "month": 9},
            "Q3 2025",
        ),
        (
            gt.When.season(2025, "SU"),
            {"year": 2025, "month": 6},
            {"year": 2025, "month": 8},
            "summer 2025",
        ),
        (gt.When.decade(2010), {"year": 2010}, {"year": 2019}, "the 2010s"),
        (
            gt.When.between(date(2030, 11, 1), date(2030, 11, 20)),
            {"year": 2030, "month": 11, "day": 1},
            {"year": 2030, "month": 11, "day": 20},
            "between 1 and 20 November 2030",
        ),
        (
            gt.When.year(2025, "early"),
            {"year": 2025, "month": 1},
            {"year": 2025, "month": 5},  # When's "early" is the first third: to 1 May
            "early 2025",
        ),
    ],
    ids=["day", "month", "year", "quarter", "season", "decade", "uncertain", "early"],
)
def test_dates_keep_their_true_precision(
    when: gt.When, start: dict[str, int], end: dict[str, int] | None, display: str | None
) -> None:
    slide = _single(when)
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == display


def test_a_multi_day_event_ends_on_its_last_day() -> None:
    slide = _single(gt.When.day(2025, 2, 10), gt.When.day(2025, 2, 11))
    assert slide["end_date"] == {"year": 2025, "month": 2, "day": 11}
    assert "display_date" not in slide  # two exact days: TimelineJS writes the range itself


def test_groups_title_slide_and_undated_events() -> None:
    tl = sample_timeline()
    tl = gt.Timeline(
        events=[*tl.events, gt.Event(id="u", name="Undated", kind="other")],
        conflicts=tl.conflicts,
    )
    data = json.loads(tl.to_timelinejs(title="Ocean data"))
    assert data["title"]["text"]["headline"] == "Ocean data"
    assert "1 undated event not shown" in data["title"]["text"]["text"]
    assert len(data["events"]) == len(tl.events) - 1
    assert {s["group"] for s in data["events"]} == {
        "summit",
        "resolution",
        "debate",
        "treaty",
        "report",
    }
    debate = _slides(tl)["c"]
    assert "Sources disagree on the date" in debate["text"]["text"]
    assert "2030-09-22" in debate["text"]["text"]


def test_unique_ids_are_safe_and_unique() -> None:
    tl = gt.Timeline(
        events=[
            gt.Event(id=f'a b"<{i % 2}>', name="X", kind="vote", when=gt.When.year(2030))
            for i in range(4)
        ]
    )
    ids = [s["unique_id"] for s in json.loads(tl.to_timelinejs())["events"]]
    assert len(set(ids)) == 4
    assert all(c.isalnum() or c in "-_" for i in ids for c in i)


def test_timelinejs_does_not_guess_links_from_text() -> None:
    slides = json.loads(sample_timeline().to_timelinejs())["events"]
    assert all(slide["autolink"] is False for slide in slides)


def test_hostile_text_is_escaped_in_every_field() -> None:
    raw = hostile_timeline().to_timelinejs(title=HOSTILE)
    assert "<" not in raw  # safe to paste into a <script> element
    assert ">" not in raw
    data = json.loads(raw)
    texts = [data["title"]["text"]["headline"], data["title"]["text"]["text"]]
    for slide in data["events"]:
        texts += [slide["text"]["headline"], slide["text"]["text"], slide.get("display_date", "")]
    for text in texts:
        assert_safe_html(text)
    assert "&lt;script&gt;" in data["events"][0]["text"]["headline"]
    assert "javascript:" not in raw


def test_only_web_urls_become_links() -> None:
    ev = gt.Evidence(document="d", start=0, end=1, quote="A quote.")
    tl = gt.Timeline(
        documents=[
            gt.Document(id="d", text="x", title="Source", url="https://example.org/a?b=1&c=2")
        ],
        events=[
            gt.Event(
                id="e",
                name="E",
                kind="vote",
                when=gt.When.year(2030),
                mentions=[gt.Mention(evidence=ev, name="E", kind="vote")],
            )
        ],
    )
    text = json.loads(to_timelinejs(tl))["events"][0]["text"]["text"]
    assert '<a href="https://example.org/a?b=1&amp;c=2"' in text
    assert "“A quote.”" in text
