"""Tests for govtimeline.render.plot: every chart type, degenerate input and image regression."""

from __future__ import annotations

import itertools
import sys
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors
import matplotlib.pyplot as plt
import matplotlib.text
import pytest
from hypothesis import HealthCheck, given, settings
from matplotlib.testing.compare import compare_images

import govtimeline as gt
from govtimeline.render._chart import KIND_MARKERS, OKABE_ITO, short
from govtimeline.render.plot import (
    KIND_COLOURS,
    LABEL_GID,
    LANES,
    plot_diff,
    plot_positions,
    plot_timeline,
)
from govtimeline.testing import timeline_diffs, timelines

sys.path.insert(0, str(Path(__file__).parent))
from chart_fixtures import BASELINES, CHARTS, render_chart, sample_diff, sample_timeline


@pytest.fixture(autouse=True)
def _close_figures() -> None:
    yield
    plt.close("all")


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_matches_baseline(name: str, tmp_path: Path) -> None:
    baseline = BASELINES / f"{name}.png"
    actual = tmp_path / f"{name}.png"
    render_chart(name, actual)
    assert baseline.exists(), "run `python tests/render/chart_fixtures.py` to create baselines"
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
@pytest.mark.parametrize("lanes", LANES)
def test_degenerate_timelines_draw(timeline: gt.Timeline, lanes: str) -> None:
    ax = plot_timeline(timeline, lanes=lanes)  # type: ignore[arg-type]
    assert ax.get_title(loc="left") or ax.texts
    # none of these timelines has a position: the chart says so instead of drawing nothing
    assert [t.get_text() for t in plot_positions(timeline).texts] == ["No dated positions"]
    _assert_labels_apart(ax)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_any_timeline_plots(tl: gt.Timeline) -> None:
    ax = plot_timeline(tl)
    dated = [e for e in tl.events if e.when is not None]
    if not dated:
        undated = f"No dated events ({len(tl.events)} undated)" if tl.events else "No events"
        assert [t.get_text() for t in ax.texts] == [undated]
    labels = [t.get_text() for t in _labels(ax)]
    assert len(labels) <= len(dated)
    for label in labels:  # an event's name, perhaps shortened, perhaps with its other dates
        name = label.split(" (also dated ")[0].removesuffix("…")
        assert any(e.name.startswith(name) for e in dated), label
    _check_positions_chart(tl, plot_positions(tl))
    plt.close("all")


def _check_positions_chart(tl: gt.Timeline, ax: plt.Axes) -> None:
    """Rows are the actors with a dated position on the most discussed topic, sorted."""
    dated = [p for p in tl.positions if p.when is not None]
    if not dated:
        assert [t.get_text() for t in ax.texts] == ["No dated positions"]
        return
    counts: dict[str, int] = {}
    for p in dated:
        counts[p.topic] = counts.get(p.topic, 0) + 1
    topic = min(counts, key=lambda t: (-counts[t], t))
    actors = sorted({p.actor for p in dated if p.topic.casefold() == topic.casefold()})
    assert [t.get_text() for t in ax.get_yticklabels()] == [short(a, 40) for a in actors]
    assert ax.get_title(loc="left") == f"Positions on {short(topic, 60)}"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timeline_diffs())
def test_any_diff_plots(d: gt.TimelineDiff) -> None:
    ax = plot_diff(d)
    signs = (
        ["+"] * sum(e.when is not None for e in d.events_added)
        + ["−"] * sum(e.when is not None for e in d.events_removed)
        + ["~"] * sum(c.old is not None or c.new is not None for c in d.events_redated)
    )
    if signs:
        assert [t.get_text()[0] for t in ax.get_yticklabels()] == signs
        assert ax.get_title(loc="left") == "Changes between timelines"
    else:
        changes = len(d.positions_added) + len(d.positions_removed) + len(d.positions_changed)
        assert [t.get_text() for t in ax.texts] == [
            f"No dated event changes ({changes} position changes)"
        ]
    plt.close("all")


@pytest.mark.parametrize(
    "draw",
    [
        lambda ax: plot_timeline(gt.Timeline(), ax=ax),
        lambda ax: plot_timeline(sample_timeline(), ax=ax),
        lambda ax: plot_timeline(sample_timeline(), lanes="event", ax=ax),
        lambda ax: plot_positions(sample_timeline(), ax=ax),
        lambda ax: plot_diff(sample_diff(), ax=ax),
    ],
    ids=["empty", "lanes", "rows", "positions", "diff"],
)
def test_given_axes_are_used_and_returned(draw: object) -> None:
    fig, (_, ax) = plt.subplots(1, 2, figsize=(12, 4), layout="constrained")
    assert draw(ax) is ax  # type: ignore[operator]
    assert len(fig.axes) == 2  # nothing else was added
    assert tuple(fig.get_size_inches()) == (12, 4)


# ----------------------------------------------------------------- helpers
def _labels(ax: plt.Axes) -> list[matplotlib.text.Text]:
    return [t for t in ax.texts if t.get_label() == LABEL_GID]


def _assert_labels_apart(ax: plt.Axes) -> None:
    """Draw the figure and check no two event labels (renderer extents) overlap."""
    figure = ax.get_figure(root=True)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in _labels(ax)]
    frame = ax.get_window_extent(renderer)
    for i, a in enumerate(boxes):
        assert frame.x0 - 0.5 <= a.x0, "label runs off the axes"
        assert a.x1 <= frame.x1 + 0.5, "label runs off the axes"
        for b in boxes[i + 1 :]:
            overlap = (
                min(a.x1, b.x1) - max(a.x0, b.x0) > 0.01
                and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.01
            )
            assert not overlap, f"labels overlap: {a} {b}"


def _crowded(n: int, *, body: bool = False) -> gt.Timeline:
    """``n`` events with long names, crowded into one year, across three kinds."""
    kinds = ["summit", "debate", "resolution"]
    return gt.Timeline(
        events=[
            gt.Event(
                id=f"e{i}",
                name=f"A rather long event name number {i} about ocean data",
                kind=kinds[i % 3],
                body=f"Body {i % 4}" if body else None,
                when=gt.When.day(2031, 1, 1).shift(i * 365 // n),
            )
            for i in range(n)
        ]
    )


# ------------------------------------------------------ labels and layout
@pytest.mark.parametrize("lanes", ["kind", "body"])
@pytest.mark.parametrize("n", [5, 40, 200])
def test_swimlane_labels_never_overlap(lanes: str, n: int) -> None:
    ax = plot_timeline(_crowded(n, body=True), lanes=lanes)  # type: ignore[arg-type]
    assert _labels(ax), "some labels are drawn"
    _assert_labels_apart(ax)


def test_labels_stay_apart_in_a_small_given_axes() -> None:
    _fig, ax = plt.subplots(figsize=(4, 2))
    plot_timeline(_crowded(60), ax=ax)
    _assert_labels_apart(ax)
    assert "labels hidden" in ax.get_title(loc="left")


def test_labels_apart_with_a_big_font_and_long_names() -> None:
    with plt.rc_context({"font.size": 18}):
        ax = plot_timeline(_crowded(30))
        _assert_labels_apart(ax)


def test_sample_chart_labels_every_event() -> None:
    tl = sample_timeline()
    ax = plot_timeline(tl)
    texts = {t.get_text() for t in _labels(ax)}
    assert len(texts) == sum(e.when is not None for e in tl.events)
    assert "Council debate (also dated 22 Sep 2030)" in texts
    _assert_labels_apart(ax)


def test_a_label_that_fits_neither_side_is_shortened() -> None:
    name = "An extremely long and verbose name " * 4
    tl = gt.Timeline(
        events=[gt.Event(id="a", name=name, kind="summit", when=gt.When.day(2031, 6, 1))]
    )
    _fig, ax = plt.subplots(figsize=(3, 2))
    plot_timeline(tl, ax=ax)
    (label,) = _labels(ax)
    assert label.get_text().endswith("…")
    _assert_labels_apart(ax)


@pytest.mark.parametrize("lanes", ["kind", "body"])
def test_lanes_are_named_on_the_y_axis(lanes: str) -> None:
    ax = plot_timeline(sample_timeline(), lanes=lanes)  # type: ignore[arg-type]
    names = [t.get_text() for t in ax.get_yticklabels()]
    if lanes == "kind":
        assert names == ["summit", "resolution", "debate", "treaty", "report"]
    else:
        assert names == ["Ocean Forum", "Security Council", "(no body named)"]


def test_unknown_lanes_is_an_output_error() -> None:
    with pytest.raises(gt.OutputError, match="lanes must be one of"):
        plot_timeline(sample_timeline(), lanes="actor")  # type: ignore[arg-type]


# ------------------------------------------------------ drawing precision
def _one(**fields: object) -> gt.Timeline:
    return gt.Timeline(events=[gt.Event(id="x", name="X", kind="summit", **fields)])  # type: ignore[arg-type]


def test_a_day_is_a_point_and_a_month_a_bar_over_the_month() -> None:
    import matplotlib.dates as mdates

    ax = plot_timeline(_one(when=gt.When.day(2030, 8, 14)))
    (line,) = [ln for ln in ax.lines if len(ln.get_xdata()) == 1]
    assert line.get_xdata()[0] == pytest.approx(mdates.date2num(date(2030, 8, 14)) + 0.5)
    assert not ax.patches

    ax = plot_timeline(_one(when=gt.When.month(2030, 8)))
    (bar,) = ax.patches
    assert bar.get_x() == pytest.approx(mdates.date2num(date(2030, 8, 1)))
    assert bar.get_width() == pytest.approx(31)


def test_a_quarter_and_a_year_span_their_unit() -> None:
    ax = plot_timeline(
        gt.Timeline(
            events=[
                gt.Event(id="q", name="Q", kind="report", when=gt.When.quarter(2030, 3)),
                gt.Event(id="y", name="Y", kind="treaty", when=gt.When.year(2031)),
            ]
        )
    )
    widths = sorted(p.get_width() for p in ax.patches)
    assert widths == [pytest.approx(92), pytest.approx(365)]


def test_planned_events_are_hollow() -> None:
    ax = plot_timeline(_one(when=gt.When.day(2031, 1, 5), status="planned"))
    (line,) = [ln for ln in ax.lines if len(ln.get_xdata()) == 1]
    assert line.get_markerfacecolor() == "none"
    ax = plot_timeline(_one(when=gt.When.year(2031), status="planned"))
    (bar,) = ax.patches
    assert bar.get_facecolor()[3] == 0  # no fill
    ax = plot_timeline(_one(when=gt.When.day(2031, 1, 5)))
    (line,) = [ln for ln in ax.lines if len(ln.get_xdata()) == 1]
    assert line.get_markerfacecolor() != "none"


def test_uncertain_dates_are_hatched() -> None:
    window = gt.When.between(gt.When.day(2030, 11, 1), gt.When.day(2030, 11, 20))
    ax = plot_timeline(_one(when=window))
    (bar,) = ax.patches
    assert bar.get_hatch() == "//"
    assert bar.get_width() == pytest.approx(20)


def test_conflicts_mark_each_competing_date() -> None:
    import matplotlib.dates as mdates

    ax = plot_timeline(sample_timeline())
    crosses = [ln for ln in ax.lines if ln.get_marker() == "x"]
    assert [ln.get_xdata()[0] for ln in crosses] == [
        pytest.approx(mdates.date2num(date(2030, 9, 22)) + 0.5)
    ]


# ------------------------------------------------------------- date axis
def _tick_labels(ax: plt.Axes) -> list[str]:
    ax.get_figure(root=True).canvas.draw()
    return [t.get_text() for t in ax.get_xticklabels() if t.get_text()]


def _tick_step_days(ax: plt.Axes) -> float:
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    return min(b - a for a, b in itertools.pairwise(ticks))


def test_axis_of_a_few_days_ticks_days() -> None:
    tl = gt.Timeline(
        events=[
            gt.Event(id=f"d{i}", name=f"Day {i}", kind="debate", when=gt.When.day(2030, 3, 2 + i))
            for i in range(4)
        ]
    )
    ax = plot_timeline(tl)
    labels = _tick_labels(ax)
    assert 3 <= len(labels) <= 12
    assert _tick_step_days(ax) <= 3
    assert any(label.isdigit() and int(label) <= 31 for label in labels)  # day numbers
    _assert_ticks_apart(ax)


def test_axis_of_decades_ticks_years() -> None:
    tl = gt.Timeline(
        events=[
            gt.Event(id="a", name="Early", kind="treaty", when=gt.When.year(1962)),
            gt.Event(id="b", name="Middle", kind="report", when=gt.When.decade(1990)),
            gt.Event(id="c", name="Late", kind="summit", when=gt.When.day(2024, 5, 1)),
        ]
    )
    ax = plot_timeline(tl)
    labels = _tick_labels(ax)
    assert 3 <= len(labels) <= 10
    assert all(len(label) == 4 and label.isdigit() for label in labels)  # years only
    assert _tick_step_days(ax) >= 5 * 365
    _assert_ticks_apart(ax)


def _assert_ticks_apart(ax: plt.Axes) -> None:
    renderer = ax.get_figure(root=True).canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.get_xticklabels() if t.get_text()]
    for a, b in itertools.pairwise(boxes):
        assert a.x1 <= b.x0, "tick labels overlap"


# ------------------------------------------------------- style and palette
@pytest.mark.parametrize("layout", [None, "constrained"])
def test_given_axes_keep_their_figure_size(layout: str | None) -> None:
    fig, ax = plt.subplots(figsize=(5, 3), layout=layout)
    assert plot_timeline(_crowded(50), ax=ax) is ax
    assert tuple(fig.get_size_inches()) == (5, 3)
    _assert_labels_apart(ax)


def test_labels_follow_rcparams() -> None:
    with plt.style.context("dark_background"), plt.rc_context({"font.size": 16}):
        ax = plot_timeline(sample_timeline())
        label = _labels(ax)[0]
        assert matplotlib.colors.same_color(label.get_color(), "white")
        big = label.get_fontsize()
    small = _labels(plot_timeline(sample_timeline()))[0].get_fontsize()
    assert big > small


def test_palette_is_okabe_ito_and_kinds_differ_in_colour_or_marker() -> None:
    assert set(KIND_COLOURS.values()) <= set(OKABE_ITO)
    pairs = [(KIND_COLOURS[k], KIND_MARKERS[k]) for k in gt.EventKind]
    assert len(set(pairs)) == len(pairs)


def test_thousand_events_hide_labels_and_say_so() -> None:
    ax = plot_timeline(_crowded(1000))
    assert "labels hidden" in ax.get_title(loc="left")
    height = ax.get_figure(root=True).get_size_inches()[1]
    assert height <= 24
    _assert_labels_apart(ax)


def test_diff_marks_added_removed_and_redated_with_a_legend() -> None:
    ax = plot_diff(sample_diff())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [
        "+ Second Harbour Summit",
        "− Ocean Panel resolution",
        "~ Council debate (22 Sep 2030 → 24 Sep 2030)",
    ]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "added",
        "removed",
        "re-dated: old (hollow) → new",
    ]
    hollow = [
        ln for ln in ax.lines if ln.get_marker() == "o" and ln.get_markerfacecolor() == "none"
    ]
    assert len(hollow) == 1  # the old date of the re-dated event


def test_rows_layout_drops_names_that_would_overlap() -> None:
    _fig, ax = plt.subplots(figsize=(5, 2))
    plot_timeline(_crowded(40), lanes="event", ax=ax)
    assert "names left out" in ax.get_title(loc="left")
    assert not [t for t in ax.get_yticklabels() if t.get_text()]
    ax = plot_timeline(_crowded(40), lanes="event")  # a figure of its own has room
    assert "names left out" not in ax.get_title(loc="left")
    ax.get_figure(root=True).canvas.draw()
    boxes = [t.get_window_extent() for t in ax.get_yticklabels() if t.get_text()]
    assert len(boxes) == 40
    assert all(a.y0 >= b.y1 - 0.01 for a, b in itertools.pairwise(boxes)) or all(
        b.y0 >= a.y1 - 0.01 for a, b in itertools.pairwise(boxes)
    )


@pytest.mark.parametrize(
    ("whens", "first"),
    [
        # issue 18: Jul–Nov 2024 had no year label before the "2025" of January
        ((gt.When.month(2024, 7), gt.When.month(2025, 6)), "Jul\n2024"),
        ((gt.When.month(2024, 9), gt.When.month(2025, 7)), "Sep\n2024"),
        ((gt.When.day(2024, 12, 20), gt.When.day(2025, 1, 5)), "Dec\n2024"),
    ],
)
def test_an_axis_that_starts_mid_year_names_the_year_of_its_first_tick(
    whens: tuple[gt.When, ...], first: str
) -> None:
    ax = plot_positions(_positions(*whens))
    labels = _tick_labels(ax)
    assert labels[0] == first
    assert sum(label.isdigit() for label in labels) == 1  # January still says its year


@pytest.mark.parametrize(
    "whens",
    [
        (gt.When.day(2030, 9, 3), gt.When.day(2030, 9, 25)),  # one year: the offset says it
        (gt.When.year(2019), gt.When.year(2024)),  # ticks that are years
    ],
)
def test_a_year_already_named_is_not_repeated(whens: tuple[gt.When, ...]) -> None:
    ax = plot_positions(_positions(*whens))
    assert not any("\n" in label for label in _tick_labels(ax))


@pytest.mark.parametrize("width", [4.5, 6.0, 12.0])
def test_date_ticks_never_collide_on_narrow_axes(width: float) -> None:
    _fig, ax = plt.subplots(figsize=(width, 2.5), layout="constrained")
    plot_timeline(_crowded(30), ax=ax)
    _tick_labels(ax)
    _assert_ticks_apart(ax)


def _positions(*whens: gt.When) -> gt.Timeline:
    stances = ("support", "oppose")
    return gt.Timeline(
        positions=[
            gt.Position(actor="A", topic="t", stance=stances[i % 2], when=w)
            for i, w in enumerate(whens)
        ]
    )


def test_positions_chart_spans_three_months_and_labels_changes() -> None:
    ax = plot_positions(_positions(gt.When.day(2030, 5, 1)))
    low, high = ax.get_xlim()
    assert 92 <= high - low < 120  # one statement: a months axis, not a days one
    # issue 18: a single month of data was padded to a whole year
    ax = plot_positions(_positions(gt.When.day(2030, 9, 3), gt.When.day(2030, 9, 25)))
    low, high = ax.get_xlim()
    assert 92 <= high - low < 120
    ax = plot_positions(sample_timeline(), topic="ocean data")
    notes = sorted(t.get_text() for t in ax.texts)
    assert notes == ["support → mixed", "support → oppose"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "support",
        "oppose",
        "abstain",
        "mixed",
    ]
