"""Timelines drawn by the image regression tests, and a script to refresh baselines.

Run ``python tests/render/chart_fixtures.py`` after an intended change to a chart;
commit the PNGs under ``tests/render/baseline/``. Rendering uses the bundled DejaVu
font and a fixed DPI so images are stable across machines.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import govtimeline as gt
from govtimeline.render.plot import plot_diff, plot_positions, plot_timeline

BASELINES = Path(__file__).parent / "baseline"


def _ev(doc: str, start: int) -> gt.Evidence:
    return gt.Evidence(document=doc, start=start, end=start + 5, quote="An invented sentence.")


def sample_timeline() -> gt.Timeline:
    """A small invented timeline using every way of drawing a date."""
    events = [
        gt.Event(
            id="a",
            name="Harbour Summit",
            kind="summit",
            body="Ocean Forum",
            when=gt.When.day(2030, 2, 10),
            end=gt.When.day(2030, 2, 11),
        ),
        gt.Event(
            id="b", name="Ocean Panel resolution", kind="resolution", when=gt.When.month(2030, 8)
        ),
        gt.Event(
            id="c",
            name="Council debate",
            kind="debate",
            body="Security Council",
            when=gt.When.day(2030, 9, 24),
        ),
        gt.Event(
            id="f",
            name="Second Harbour Summit",
            kind="summit",
            body="Ocean Forum",
            when=gt.When.quarter(2031, 2),
            status="planned",
        ),
        gt.Event(id="g", name="Follow-up debate", kind="debate", when=gt.When.day(2030, 10, 3)),
        gt.Event(id="d", name="Data Accord", kind="treaty", when=gt.When.year(2031)),
        gt.Event(
            id="e",
            name="Inquiry report",
            kind="report",
            when=gt.When.between(gt.When.day(2030, 11, 1), gt.When.day(2030, 11, 20)),
        ),
    ]
    conflict = gt.Conflict(
        event="c",
        field="when",
        chosen="2030-09-24",
        reason="two sources against one",
        claims=[
            gt.Claim(value="2030-09-24", evidence=_ev("x", 0), when=gt.When.day(2030, 9, 24)),
            gt.Claim(value="2030-09-22", evidence=_ev("y", 0), when=gt.When.day(2030, 9, 22)),
        ],
    )
    positions = [
        gt.Position(
            actor="Ruritania",
            topic="ocean data",
            stance="support",
            when=gt.When.year(2028),
            evidence=[_ev("x", 1)],
        ),
        gt.Position(
            actor="Ruritania",
            topic="ocean data",
            stance="oppose",
            when=gt.When.day(2030, 2, 11),
            evidence=[_ev("x", 2)],
        ),
        gt.Position(
            actor="Freedonia",
            topic="ocean data",
            stance="support",
            when=gt.When.month(2029, 5),
            evidence=[_ev("y", 3)],
        ),
        gt.Position(
            actor="Freedonia",
            topic="ocean data",
            stance="mixed",
            when=gt.When.month(2030, 9),
            evidence=[_ev("y", 4)],
        ),
        gt.Position(
            actor="Grand Fenwick",
            topic="ocean data",
            stance="abstain",
            when=gt.When.month(2030, 8),
            evidence=[_ev("y", 5)],
        ),
    ]
    return gt.Timeline(events=events, conflicts=[conflict], positions=positions)


def sample_diff() -> gt.TimelineDiff:
    tl = sample_timeline()
    return gt.TimelineDiff(
        events_added=[tl.events[3]],
        events_removed=[tl.events[1]],
        events_redated=[
            gt.EventChange(
                event="c",
                name="Council debate",
                old=gt.When.day(2030, 9, 22),
                new=gt.When.day(2030, 9, 24),
            )
        ],
    )


CHARTS: dict[str, Callable[[], object]] = {
    "timeline": lambda: plot_timeline(sample_timeline()),
    "timeline_body": lambda: plot_timeline(sample_timeline(), lanes="body"),
    "timeline_rows": lambda: plot_timeline(sample_timeline(), lanes="event"),
    "positions": lambda: plot_positions(sample_timeline(), topic="ocean data"),
    "diff": lambda: plot_diff(sample_diff()),
}


def render_chart(name: str, path: Path) -> None:
    """Draw chart ``name`` with fixed style settings and save it as PNG."""
    with plt.rc_context(
        {
            "font.family": "DejaVu Sans",
            "figure.dpi": 72,
            "savefig.dpi": 72,
            "svg.hashsalt": "govtimeline",
        }
    ):
        CHARTS[name]()
        plt.gcf().savefig(path)
        plt.close("all")


if __name__ == "__main__":
    BASELINES.mkdir(exist_ok=True)
    for chart in sorted(CHARTS):
        render_chart(chart, BASELINES / f"{chart}.png")
