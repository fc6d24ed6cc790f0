"""Tests for govtimeline.render.report: escaping, self-containment, Markdown."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

import govtimeline as gt
from govtimeline.testing import timelines

HOSTILE = '<script>alert("x")</script>" onmouseover="steal()'


def hostile_timeline() -> gt.Timeline:
    ev = gt.Evidence(document="d1", start=0, end=3, quote=HOSTILE)
    return gt.Timeline(
        documents=[gt.Document(id="d1", text="x", title=HOSTILE, url="javascript:alert(1)")],
        events=[
            gt.Event(
                id="e1",
                name=HOSTILE,
                kind="summit",
                when=gt.When.day(2030, 1, 2),
                aliases=[HOSTILE],
                location=HOSTILE,
                mentions=[gt.Mention(evidence=ev, name=HOSTILE, kind="summit")],
            )
        ],
        positions=[
            gt.Position(
                actor=HOSTILE, topic="t|x", stance="support", when=gt.When.year(2029), evidence=[ev]
            ),
            gt.Position(
                actor=HOSTILE, topic="t|x", stance="oppose", when=gt.When.year(2030), evidence=[ev]
            ),
        ],
        references=[
            gt.Event(
                id="r1",
                name=HOSTILE,
                kind="treaty",
                mentions=[gt.Mention(evidence=ev, name=HOSTILE, kind="treaty")],
            )
        ],
        conflicts=[
            gt.Conflict(
                event="e1",
                field="when",
                chosen="2030-01-02",
                reason=HOSTILE,
                claims=[gt.Claim(value=HOSTILE, evidence=ev), gt.Claim(value="2030", evidence=ev)],
            )
        ],
    )


def test_html_escapes_everything_and_links_only_http(tmp_path: Path) -> None:
    page = hostile_timeline().to_html(tmp_path / "r.html")
    assert "<script>alert" not in page
    assert 'onmouseover="steal()' not in page
    assert "javascript:" not in page
    assert (tmp_path / "r.html").read_text("utf-8") == page
    assert page.count("<script>") == 1  # the inline table sorter only


def test_html_makes_no_external_requests() -> None:
    page = hostile_timeline().to_html()
    for marker in ('src="http', 'href="http://', "@import", "<link"):
        assert marker not in page


def test_markdown_escapes_table_pipes() -> None:
    text = hostile_timeline().to_markdown()
    assert "| 2 January 2030 |" in text  # dates in words (issue 18)
    assert "t\\|x" in text


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_any_timeline_renders(tl: gt.Timeline) -> None:
    assert tl.to_html().startswith("<!doctype html>")
    assert tl.to_markdown().startswith("# Timeline")


def test_only_user_links_point_outside_the_page() -> None:
    import re

    tl = gt.Timeline(
        documents=[gt.Document(id="d", text="x", title="T", url="https://example.org/a")],
        events=hostile_timeline().events,
        positions=hostile_timeline().positions,
    )
    page = tl.to_html()
    targets = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)""", page)
    assert targets  # the SVG glyph references and the source link
    assert {t for t in targets if not t.startswith("#")} == {"https://example.org/a"}
    assert "matplotlib.org" not in page


def test_dates_are_in_words_with_the_exact_form_beside() -> None:
    tl = gt.Timeline(
        events=[
            gt.Event(id="s", name="S", kind="resolution", when=gt.When.season(2024, "SU")),
            gt.Event(id="y", name="Y", kind="report", when=gt.When.year(2025)),
        ]
    )
    page = tl.to_html(title="Dates")
    assert "summer 2024<div class='muted'>2024-22</div>" in page
    assert "<td class='date' data-key='2025-01-01'>2025</td>" in page  # no repetition


def test_positions_charts_go_to_topics_that_change_then_the_busiest() -> None:
    from govtimeline.render.report import _chart_topics

    def pos(actor: str, topic: str, stance: str, year: int) -> gt.Position:
        return gt.Position(actor=actor, topic=topic, stance=stance, when=gt.When.year(year))

    tl = gt.Timeline(
        positions=[
            pos("A", "alpha", "support", 2020),  # one statement: nothing over time
            pos("A", "busy", "support", 2020),
            pos("B", "busy", "support", 2021),
            pos("C", "busy", "support", 2022),
            pos("A", "turn", "support", 2020),
            pos("A", "turn", "oppose", 2021),
        ]
    )
    assert _chart_topics(tl) == ["turn", "busy"]


def test_references_are_listed_apart() -> None:
    page = hostile_timeline().to_html()
    assert "Mentioned, not dated as events" in page
    assert "Mentioned, not dated as events" in hostile_timeline().to_markdown()
