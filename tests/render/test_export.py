"""Tests for govtimeline.render.export and Timeline.savefig: chart files by suffix, atomically."""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import govtimeline as gt
from govtimeline.render.export import render_chart

sys.path.insert(0, str(Path(__file__).parent))
from chart_fixtures import sample_timeline
from test_report import hostile_timeline

MAGIC = {".png": b"\x89PNG", ".pdf": b"%PDF", ".svg": b"<?xml"}


@pytest.mark.parametrize("suffix", sorted(MAGIC))
@pytest.mark.parametrize("kind", ["timeline", "positions"])
def test_savefig_writes_the_format_of_the_suffix(tmp_path: Path, suffix: str, kind: str) -> None:
    target = tmp_path / "sub" / f"chart{suffix.upper() if suffix == '.png' else suffix}"
    written = sample_timeline().savefig(target, kind=kind)  # type: ignore[arg-type]
    assert written == target
    assert target.read_bytes().startswith(MAGIC[suffix])
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left
    assert plt.get_fignums() == []


def test_svg_is_reproducible() -> None:
    with plt.rc_context({"svg.hashsalt": "fixed"}):
        first = render_chart(sample_timeline(), fmt="svg")
        assert first == render_chart(sample_timeline(), fmt="svg")


@pytest.mark.parametrize("name", ["chart.jpg", "chart", "chart.html"])
def test_unknown_suffix_is_an_output_error_and_writes_nothing(tmp_path: Path, name: str) -> None:
    with pytest.raises(gt.OutputError, match=r"\.svg, \.png, \.pdf"):
        sample_timeline().savefig(tmp_path / name)
    assert list(tmp_path.iterdir()) == []
    assert plt.get_fignums() == []


def test_unknown_kind_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(gt.OutputError, match="timeline"):
        sample_timeline().savefig(tmp_path / "x.png", kind="pie")  # type: ignore[arg-type]


def test_savefig_keeps_an_existing_file_when_drawing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("matplotlib.figure.Figure.savefig", broken)
    with pytest.raises(RuntimeError):
        sample_timeline().savefig(target)
    assert target.read_bytes() == b"old"


def test_hostile_text_in_svg_is_escaped(tmp_path: Path) -> None:
    target = hostile_timeline().savefig(tmp_path / "h.svg", lanes="event")
    text = target.read_text("utf-8")
    assert "<script" not in text
    assert 'onmouseover="' not in text
