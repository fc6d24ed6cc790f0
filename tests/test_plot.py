"""Tests for govtimeline.plot: every chart type, degenerate input and image regression."""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from hypothesis import HealthCheck, given, settings
from matplotlib.testing.compare import compare_images

import govtimeline as gt
from govtimeline.plot import plot_diff, plot_positions, plot_timeline
from govtimeline.testing import timeline_diffs, timelines

sys.path.insert(0, str(Path(__file__).parent))
from chart_fixtures import BASELINES, CHARTS, render_chart


@pytest.fixture(autouse=True)
def _close_figures() -> None:
    yield
    plt.close("all")


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_matches_baseline(name: str, tmp_path: Path) -> None:
    baseline = BASELINES / f"{name}.png"
    actual = tmp_path / f"{name}.png"
    render_chart(name, actual)
    assert baseline.exists(), "run `python tests/chart_fixtures.py` to create baselines"
    assert compare_images(str(baseline), str(actual), tol=12) is None


@pytest.mark.parametrize(
    "timeline",
    [
        gt.Timeline(),
        gt.Timeline(
            events=[gt.Event(id="e", name="Only", kind="vote", when=gt.When.day(2030, 1, 1))]
        ),
        gt.Timeline(
            events=[gt.Event(id=f"u{i}", name=f"Undated {i}", kind="other") for i in range(3)]
        ),
        gt.Timeline(
            events=[
                gt.Event(
                    id=f"e{i}",
                    name=f"Event {i}",
                    kind="summit",
                    when=gt.When.day(2000 + i // 365, 1, 1).shift(i % 365),
                )
                for i in range(1000)
            ]
        ),
    ],
    ids=["empty", "one", "undated", "thousand"],
)
def test_degenerate_timelines_draw(timeline: gt.Timeline) -> None:
    ax = plot_timeline(timeline)
    assert ax.get_title(loc="left") or ax.texts
    assert plot_positions(timeline) is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_any_timeline_plots(tl: gt.Timeline) -> None:
    plot_timeline(tl)
    plot_positions(tl)
    plt.close("all")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timeline_diffs())
def test_any_diff_plots(d: gt.TimelineDiff) -> None:
    plot_diff(d)
    plt.close("all")


def test_given_axes_are_used() -> None:
    _fig, ax = plt.subplots()
    assert plot_timeline(gt.Timeline(), ax=ax) is ax
