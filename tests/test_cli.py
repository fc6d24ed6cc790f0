"""Tests for the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from govtimeline.cli import main
from govtimeline.demo import run_demo


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "govtimeline" in capsys.readouterr().out


def test_demo_writes_a_loadable_timeline(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_demo(tmp_path, file=out) == 0
    data = json.loads((tmp_path / "timeline.json").read_text("utf-8"))
    assert data["schema"] == "govtimeline.timeline/1"
    assert len(data["documents"]) >= 6
    assert str(tmp_path) in out.getvalue()


def test_extract_report_plot_diff_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govtimeline.demo import examples_path

    timeline = tmp_path / "t.json"
    assert main(["extract", str(examples_path()), "-o", str(timeline)]) == 0
    assert json.loads(timeline.read_text("utf-8"))["schema"] == "govtimeline.timeline/1"
    assert main(["report", str(timeline), "-o", str(tmp_path / "r.html")]) == 0
    assert (tmp_path / "r.html").read_text("utf-8").startswith("<!doctype html>")
    assert main(["report", str(timeline), "-o", str(tmp_path / "r.md")]) == 0
    assert main(["plot", str(timeline), "-o", str(tmp_path / "c.svg")]) == 0
    assert (tmp_path / "c.svg").read_text("utf-8").lstrip().startswith("<?xml")
    assert main(["plot", str(timeline), "-o", str(tmp_path / "p.png"), "--kind", "positions"]) == 0
    capsys.readouterr()
    assert main(["diff", str(timeline), str(timeline)]) == 0
    assert capsys.readouterr().out == "No differences.\n"


def test_bad_input_exits_1_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.html")]) == 1
    assert "broken.json" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
    assert main(["diff", str(tmp_path / "missing.json"), str(bad)]) == 1
