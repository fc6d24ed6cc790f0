"""Draw every chart shown in docs/gallery.md into docs/images/gallery/, from the code.

One command redraws them all, from the repository root, whenever a chart or the
output it shows changes (a chart's code, extraction, reconstruction)::

    make gallery        # or: .venv/bin/python docs/gallery.py [--out DIR]

The example timeline is rebuilt from the bundled example articles
(``gt.examples_path()``); the other charts use small invented timelines. PNGs are
written at a modest DPI so each stays well under 300 KB. :data:`IMAGES` names every
image; ``tests/test_gallery.py`` checks that the gallery shows exactly these.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import govtimeline as gt
from govtimeline.render.report import save_chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes

OUT = Path(__file__).parent / "images" / "gallery"
DPI = 100
IMAGES = (
    "timeline_kind",
    "timeline_body",
    "timeline_rows",
    "precision",
    "days",
    "decades",
    "crowded",
    "positions",
    "diff",
    "style_dark",
)
"""Every image of the gallery, drawn by :func:`main` as ``<name>.png``."""


def _examples() -> tuple[gt.Timeline, gt.Timeline]:
    """The full example timeline, and the one from articles published before 2025."""
    docs = gt.read(gt.examples_path())
    full = gt.reconstruct(docs, progress=False)
    early = [d for d in docs if d.published is not None and d.published.latest.year < 2025]
    return full, gt.reconstruct(early, progress=False)


def _precision() -> gt.Timeline:
    """One invented event for each way a date can be known."""
    ev = gt.Evidence(document="memo", start=0, end=1, quote="An invented sentence.")

    def event(i: str, name: str, kind: str, when: gt.When, **more: object) -> gt.Event:
        return gt.Event(id=i, name=name, kind=kind, when=when, **more)  # type: ignore[arg-type]

    events = [
        event(
            "a",
            "Harbour Summit (two days)",
            "summit",
            gt.When.day(2030, 2, 10),
            end=gt.When.day(2030, 2, 11),
        ),
        event("b", "Coastal declaration (a day)", "declaration", gt.When.day(2030, 3, 18)),
        event("c", "Ocean Panel resolution (August)", "resolution", gt.When.month(2030, 8)),
        event("d", "Council debate (sources differ)", "debate", gt.When.day(2030, 9, 24)),
        event(
            "e",
            "Inquiry report (some day, 1–20 Nov)",
            "report",
            gt.When.between(date(2030, 11, 1), date(2030, 11, 20)),
        ),
        event("f", "Data Accord (2031)", "treaty", gt.When.year(2031)),
        event(
            "g",
            "Second Harbour Summit (Q2, planned)",
            "summit",
            gt.When.quarter(2031, 2),
            status="planned",
        ),
        event("h", "Fisheries plan (summer)", "plan", gt.When.season(2030, "SU")),
    ]
    conflict = gt.Conflict(
        event="d",
        field="when",
        chosen="2030-09-24",
        reason="two sources against one",
        claims=[
            gt.Claim(value="2030-09-24", evidence=ev, when=gt.When.day(2030, 9, 24)),
            gt.Claim(value="2030-09-12", evidence=ev, when=gt.When.day(2030, 9, 12)),
        ],
    )
    return gt.Timeline(events=events, conflicts=[conflict])


def _span(days: int, count: int, first: date) -> gt.Timeline:
    kinds = ["debate", "vote", "statement", "report"]
    return gt.Timeline(
        events=[
            gt.Event(
                id=f"e{i}",
                name=f"Meeting {i + 1}",
                kind=kinds[i % len(kinds)],
                when=gt.When.day(first).shift(i * days // max(count - 1, 1)),
            )
            for i in range(count)
        ]
    )


def _crowded() -> gt.Timeline:
    kinds = ["summit", "debate", "resolution", "statement"]
    return gt.Timeline(
        events=[
            gt.Event(
                id=f"c{i}",
                name=f"Working group session {i + 1}",
                kind=kinds[i % 4],
                when=gt.When.day(2031, 1, 1).shift(i * 2),
            )
            for i in range(150)
        ]
    )


def _decades() -> gt.Timeline:
    return gt.Timeline(
        events=[
            gt.Event(id="a", name="First charter", kind="treaty", when=gt.When.year(1962)),
            gt.Event(id="b", name="Review in the 1980s", kind="report", when=gt.When.decade(1980)),
            gt.Event(id="c", name="Second charter", kind="treaty", when=gt.When.month(1999, 6)),
            gt.Event(
                id="d", name="Online forum founded", kind="founding", when=gt.When.day(2006, 11, 2)
            ),
            gt.Event(id="e", name="Third charter", kind="treaty", when=gt.When.year(2024)),
        ]
    )


def _charts() -> dict[str, Callable[[], Axes]]:
    full, early = _examples()
    return {
        "timeline_kind": lambda: full.plot(title="Example articles, by kind"),
        "timeline_body": lambda: full.plot(lanes="body", title="Example articles, by body"),
        "timeline_rows": lambda: full.plot(lanes="event", title="Example articles, one row each"),
        "precision": lambda: _precision().plot(title="How precision is drawn"),
        "days": lambda: _span(6, 6, date(2030, 3, 2)).plot(title="A week: the axis shows days"),
        "decades": lambda: _decades().plot(title="Six decades: the axis shows years"),
        "crowded": lambda: _crowded().plot(title="150 events in ten months"),
        "positions": lambda: full.plot_positions(topic="global AI governance"),
        "diff": lambda: gt.diff(early, full).plot(),
        "style_dark": lambda: _precision().plot(title="The same, in a dark style sheet"),
    }


def main(out: Path = OUT) -> list[Path]:
    """Write every gallery image into ``out``, print its size, and return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    charts = _charts()
    assert tuple(charts) == IMAGES, "IMAGES names every chart, in gallery order"
    written = []
    for name, draw in charts.items():
        style = plt.style.context("dark_background") if name == "style_dark" else nullcontext()
        with style:
            path = save_chart(draw(), out / f"{name}.png", dpi=DPI)
        print(f"{path} {path.stat().st_size // 1024} KB")
        written.append(path)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write (default {OUT})")
    main(parser.parse_args().out)
