"""Tests for govtimeline.render.jupyter: notebook display of every model value."""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import govtimeline as gt
from govtimeline.render.jupyter import MAX_CHART_EVENTS, MAX_ROWS, mimebundle

sys.path.insert(0, str(Path(__file__).parent))
from chart_fixtures import sample_diff, sample_timeline
from test_report import HOSTILE, hostile_timeline


class _Tags(HTMLParser):
    """Every start tag and its attributes, to check nothing hostile became markup."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_safe_html(page: str) -> None:
    """No script element, no event-handler attribute, no javascript: URL."""
    parser = _Tags()
    parser.feed(page)
    for tag, attributes in parser.tags:
        assert tag != "script"
        for name, value in attributes.items():
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in (value or "").lower()
    assert "<script" not in page
    assert 'onmouseover="steal()' not in page


def _values(tl: gt.Timeline) -> list[object]:
    return [tl, tl.events[0], tl.positions[0], gt.diff(gt.Timeline(), tl)]


@pytest.mark.parametrize("index", range(4), ids=["timeline", "event", "position", "diff"])
def test_every_value_has_html_and_plain_text(index: int) -> None:
    value = _values(sample_timeline())[index]
    with plt.rc_context({"svg.hashsalt": "fixed"}):  # same ids in both renderings
        bundle = value._repr_mimebundle_()  # type: ignore[attr-defined]
        assert set(bundle) == {"text/html", "text/plain"}
        assert bundle["text/html"] == value._repr_html_()  # type: ignore[attr-defined]
    # text/plain is the short repr (issue 18)
    assert bundle["text/plain"] == repr(value)
    assert bundle["text/plain"].split()[0] in {
        "<Timeline:",
        "<Event",
        "<Position",
        "<TimelineDiff:",
    }
    assert plt.get_fignums() == []  # the chart's figure is closed, never shown


@pytest.mark.parametrize(
    ("include", "exclude", "kept"),
    [
        (None, None, ["text/html", "text/plain"]),
        (["text/plain"], None, ["text/plain"]),
        (None, ["text/html"], ["text/plain"]),
        (["text/html", "image/png"], None, ["text/html"]),
        (["text/plain"], ["text/plain"], []),
    ],
)
def test_the_display_honours_include_and_exclude(
    include: list[str] | None,
    exclude: list[str] | None,
    kept: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IPython passes include/exclude; what is left out is not made (no chart for text/plain)
    import govtimeline.render.jupyter as jupyter

    made: list[str] = []
    monkeypatch.setattr(jupyter, "timeline_html", lambda tl: made.append("html") or "<p>")
    bundle = sample_timeline()._repr_mimebundle_(include=include, exclude=exclude)
    assert list(bundle) == kept
    assert made == (["html"] if "text/html" in kept else [])


@pytest.mark.parametrize("index", range(4), ids=["timeline", "event", "position", "diff"])
def test_hostile_text_is_escaped_everywhere(index: int) -> None:
    value = _values(hostile_timeline())[index]
    page = mimebundle(value)["text/html"]  # type: ignore[arg-type]
    assert_safe_html(page)
    assert "&lt;script&gt;" in page  # the text is shown, escaped


def test_timeline_shows_summary_chart_and_table() -> None:
    tl = sample_timeline()
    page = tl._repr_html_()
    assert page.count("<svg") == 1
    assert page.count("<tr>") == len(tl.events) + 1
    assert "Council debate</b> ⚠ sources disagree" in page
    assert "summit (planned)" in page
    text = tl._repr_mimebundle_()["text/plain"]
    assert text == (
        "<Timeline: 7 events (7 dated, 10 February 2030 to 2031), 5 positions, 1 conflict, "
        "0 documents>"
    )


def test_big_timelines_are_capped() -> None:
    n = MAX_CHART_EVENTS + 50
    tl = gt.Timeline(
        events=[
            gt.Event(
                id=f"e{i}", name=f"Event {i}", kind="vote", when=gt.When.day(2030, 1, 1).shift(i)
            )
            for i in range(n)
        ]
    )
    page = tl._repr_html_()
    assert "<svg" not in page
    assert page.count("<tr>") == MAX_ROWS + 1
    assert f"… and {n - MAX_ROWS} more events" in page
    assert len(page) < 20_000


def test_event_shows_its_sources() -> None:
    ev = gt.Event(
        id="e",
        name="Harbour Summit",
        kind="summit",
        when=gt.When.month(2030, 2),
        mentions=[
            gt.Mention(
                evidence=gt.Evidence(document=f"d{i}", start=0, end=4, quote=f"Quote {i}."),
                name="the summit",
                kind="summit",
            )
            for i in range(5)
        ],
    )
    page = ev._repr_html_()
    assert "February 2030 (2030-02)" in page
    assert "“Quote 0.” — d0" in page
    assert "and 2 more" in page
    assert (
        ev._repr_mimebundle_()["text/plain"]
        == "<Event summit 'Harbour Summit' February 2030, 5 documents>"
    )


def test_diff_lists_changes_with_chart() -> None:
    page = sample_diff()._repr_html_()
    assert "<svg" in page
    assert "22 September 2030 → 24 September 2030" in page
    assert gt.TimelineDiff()._repr_mimebundle_()["text/plain"] == "<TimelineDiff: no differences>"


def test_empty_timeline_says_so_without_chart_or_table() -> None:
    page = gt.Timeline()._repr_html_()
    assert "Timeline: 0 events (0 dated), 0 positions, 0 conflicts, 0 documents" in page
    assert "<svg" not in page
    assert "<table" not in page


def test_hostile_constant_is_hostile() -> None:
    assert "<script>" in HOSTILE  # guards the escaping tests above
