"""What reaches a reader's screen, spreadsheet or browser is the text, never markup (issue 14)."""

from __future__ import annotations

import collections
import io
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import govtimeline as gt
from govtimeline.render.export import render_chart
from govtimeline.render.spreadsheet import neutralise, to_csv

sys.path.insert(0, str(Path(__file__).parent))
from chart_fixtures import sample_timeline

ROOT = Path(__file__).resolve().parents[2]


def _timeline(name: str, *, event_id: str = "e1", topic: str = "ocean data") -> gt.Timeline:
    doc = gt.Document(id="d1", text="Ruritania backed the plan.")
    ev = gt.Evidence(document="d1", start=0, end=9, quote="Ruritania backed the plan.")
    return gt.Timeline(
        documents=[doc],
        events=[gt.Event(id=event_id, name=name, kind="summit", when=gt.When.month(2030, 5))],
        positions=[
            gt.Position(
                actor=name, topic=topic, stance=stance, when=gt.When.year(year), evidence=[ev]
            )
            for stance, year in (("support", 2030), ("oppose", 2031))
        ],
    )


# ---------------------------------------------------------------- Markdown


@pytest.mark.parametrize(
    ("name", "forbidden"),
    [
        # raw HTML in names and ids passed through to the page that renders the Markdown
        ("<img src=x onerror=alert(1)>", "<img"),
        ("<script>alert(1)</script>", "<script"),
        # a Markdown link to javascript: became a live link
        ("[click](javascript:alert(1))", "[click](javascript:"),
        ("<javascript:alert(1)>", "<javascript:"),
        ("![x](https://tracker.invalid/p.gif)", "![x]("),
    ],
)
def test_markdown_shows_markup_as_text(name: str, forbidden: str) -> None:
    text = _timeline(name, event_id=name).to_markdown()
    assert forbidden not in text


def test_a_carriage_return_does_not_split_a_table_row() -> None:
    # "\r" broke the events table: a renderer starts a new row at it
    text = _timeline("Harbour\rSummit\r\n| x | y |\u2028z").to_markdown()
    (row,) = [line for line in text.splitlines() if line.startswith("|") and "Harbour" in line]
    assert row.count(" | ") == 3  # four cells, the pipes of the name escaped
    assert "\r" not in text
    assert "\u2028" not in text


def test_markdown_escapes_only_what_it_must() -> None:
    text = _timeline("AT&T *and* the_plan").to_markdown()
    assert "AT&amp;T \\*and\\* the\\_plan" in text


# ---------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("https://x.invalid")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(cell: str) -> None:
    # cells starting with =, +, -, @ were written as they are: formulas in a spreadsheet
    pytest.importorskip("pandas")
    tl = _timeline(cell)
    for table in ("events", "positions"):
        rows = [line for line in to_csv(tl, table).splitlines()[1:] if line]
        assert rows
        for row in rows:
            assert not any(field.startswith(("=", "+", "-", "@")) for field in row.split(","))
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("value", ["Harbour Summit", "2030-05", 3, None, "a=b"])
def test_ordinary_cells_are_written_as_they_are(value: object) -> None:
    assert neutralise(value) == value


def test_the_cli_writes_the_neutralised_csv(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    from govtimeline.cli import main

    source = tmp_path / "tl.json"
    source.write_text(_timeline("=1+1").to_json(), encoding="utf-8")
    assert main(["report", str(source), "-o", str(tmp_path / "events.csv")]) == 0
    assert "'=1+1" in (tmp_path / "events.csv").read_text("utf-8")


# ---------------------------------------------------------------- charts


@pytest.mark.parametrize(
    "name",
    [
        "the $11 billion fund",  # an unmatched $ crashed the drawing
        "from $5 to $7 a tonne",  # a matched pair was drawn as math, garbled
        r"$\frac{1}{0}$ levy",
    ],
)
@pytest.mark.parametrize("draw", ["timeline", "positions", "html"])
def test_a_dollar_in_a_label_is_drawn_as_written(name: str, draw: str) -> None:
    tl = _timeline(name, topic=name)
    if draw == "html":
        assert tl.to_html().count("<svg") >= 2
        return
    lanes = tl.plot().get_figure(root=True)
    assert lanes is not None
    lanes.savefig(io.BytesIO(), format="png")
    plt.close(lanes)
    ax = tl.plot(lanes="event") if draw == "timeline" else tl.plot_positions(topic=name)
    fig = ax.get_figure(root=True)
    assert fig is not None
    fig.savefig(io.BytesIO(), format="png")  # drawing it is what crashed
    shown = [t for t in fig.findobj(matplotlib.text.Text) if name in t.get_text()]
    plt.close(fig)
    assert shown
    assert all(not t._parse_math for t in shown)  # type: ignore[attr-defined]


def _svg_in_a_fresh_process() -> str:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from chart_fixtures import sample_timeline;"
        "from govtimeline.render.export import render_chart;"
        "sys.stdout.write(render_chart(sample_timeline(), fmt='svg').decode())"
    )
    return subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_the_same_chart_gives_the_same_svg_in_every_run() -> None:
    # matplotlib draws random ids without svg.hashsalt: the SVG changed on every run
    assert _svg_in_a_fresh_process() == _svg_in_a_fresh_process()
    assert render_chart(sample_timeline(), fmt="svg") == render_chart(sample_timeline(), fmt="svg")


def test_a_salt_of_the_users_own_is_kept() -> None:
    with plt.rc_context({"svg.hashsalt": "mine"}):
        mine = render_chart(sample_timeline(), fmt="svg")
    assert mine != render_chart(sample_timeline(), fmt="svg")


def test_the_html_report_is_the_same_in_every_run_and_its_ids_are_unique() -> None:
    # about 94 ids were repeated across the report's inline charts (invalid HTML)
    tl = gt.reconstruct(gt.read(ROOT / "src" / "govtimeline" / "data" / "examples"))
    page = tl.to_html()
    assert page == tl.to_html()
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert page.count("<svg") >= 2
    assert [i for i, n in collections.Counter(ids).items() if n > 1] == []
    references = set(re.findall(r'href="#([^"]+)"', page)) | set(
        re.findall(r"url\(#([^)]+)\)", page)
    )
    assert references
    assert references <= set(ids)  # every reference still finds its element


@pytest.mark.parametrize("end", [date.max, date.min], ids=str)
@pytest.mark.parametrize("draw", ["lanes", "rows", "positions", "diff", "html"])
def test_charts_of_dates_at_the_calendar_ends_draw(end: date, draw: str) -> None:
    # the padded axis, and a day's end (latest + 1 day), ran past matplotlib's calendar
    doc = gt.Document(id="d1", text="x")
    ev = gt.Evidence(document="d1", start=0, end=1, quote="x")
    tl = gt.Timeline(
        documents=[doc],
        events=[
            gt.Event(id="e1", name="Licence ends", kind="other", when=gt.When.day(end)),
            gt.Event(id="e2", name="Summit", kind="summit", when=gt.When.year(2025)),
        ],
        positions=[
            gt.Position(actor="A", topic="t", stance=stance, when=when, evidence=[ev])
            for stance, when in (("support", gt.When.day(end)), ("oppose", gt.When.year(2025)))
        ],
    )
    if draw == "html":
        assert "<svg" in tl.to_html()
        return
    axes = {
        "lanes": lambda: tl.plot(),
        "rows": lambda: tl.plot(lanes="event"),
        "positions": lambda: tl.plot_positions(),
        "diff": lambda: gt.diff(tl, gt.Timeline()).plot(),
    }[draw]()
    figure = axes.get_figure(root=True)
    assert figure is not None
    figure.savefig(io.BytesIO(), format="png")
    plt.close(figure)
