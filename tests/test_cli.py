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
    slides = json.loads((tmp_path / "timelinejs.json").read_text("utf-8"))
    assert len(slides["events"]) == sum(e["when"] is not None for e in data["events"])
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


def test_report_formats_by_suffix_and_plot_lanes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govtimeline.demo import examples_path

    timeline = tmp_path / "t.json"
    assert main(["extract", str(examples_path()), "-o", str(timeline)]) == 0
    assert main(["report", str(timeline), "-o", str(tmp_path / "tl.json")]) == 0
    data = json.loads((tmp_path / "tl.json").read_text("utf-8"))
    assert set(data) == {"title", "events"}  # TimelineJS, not the timeline schema
    assert (
        main(["report", str(timeline), "-o", str(tmp_path / "e.txt"), "--format", "markdown"]) == 0
    )
    assert (tmp_path / "e.txt").read_text("utf-8").startswith("# Timeline")
    assert main(["report", str(timeline), "-o", str(tmp_path / "e.csv")]) == 0
    assert (tmp_path / "e.csv").read_text("utf-8").startswith("id,name,kind,status,date")
    assert main(["plot", str(timeline), "-o", str(tmp_path / "b.pdf"), "--lanes", "body"]) == 0
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["report", str(timeline), "-o", str(tmp_path / "r.docx")]) == 1
    assert main(["plot", str(timeline), "-o", str(tmp_path / "c.jpg")]) == 1
    err = capsys.readouterr().err
    assert "r.docx" in err
    assert ".svg, .png, .pdf" in err
    assert not (tmp_path / "c.jpg").exists()


def test_extract_to_an_existing_folder_fails_before_the_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # -o <an existing folder> gave a traceback (IsADirectoryError) after all the work
    import govtimeline.batch

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction ran before the output was checked")

    monkeypatch.setattr(govtimeline.batch, "extract_many", no_work)
    (tmp_path / "a.txt").write_text("Leaders met on 3 May 2030.\n")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{out}: is a folder; give the file to write, e.g. -o {out / 'timeline.json'}" in err
    assert "Traceback" not in err


def test_a_timeline_with_a_number_of_4301_digits_exits_1_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # json.loads raised a bare ValueError: a traceback
    source = tmp_path / "big.json"
    source.write_text('{"schema": "govtimeline.timeline/1", "events": [' + "1" * 4301 + "]}")
    assert main(["report", str(source), "-o", str(tmp_path / "r.md")]) == 1
    err = capsys.readouterr().err
    assert f"{source}: $: not valid JSON: a number of more than 4,300 digits" in err
