"""Tests for govtimeline.report: escaping, self-containment, Markdown."""

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
    assert "| 2030-01-02 |" in text
    assert "t\\|x" in text


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_any_timeline_renders(tl: gt.Timeline) -> None:
    assert tl.to_html().startswith("<!doctype html>")
    assert tl.to_markdown().startswith("# Timeline")
