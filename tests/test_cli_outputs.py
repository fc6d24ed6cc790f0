"""The command line's outputs (issue 18): stdout, unwritable paths, titles, topics, wording."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
import pytest

import govtimeline as gt
from govtimeline.cli import main

sys.path.insert(0, str(Path(__file__).parent / "render"))
from chart_fixtures import sample_timeline


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    """The charts' sample timeline, its first event mentioned by document ``d``."""
    tl = sample_timeline()
    evidence = gt.Evidence(document="d", start=0, end=5, quote="The summit opened.")
    mention = gt.Mention(evidence=evidence, name="the Harbour Summit", kind="summit")
    first = attrs.evolve(tl.events[0], mentions=[mention])
    path = tmp_path / "t.json"
    tl = attrs.evolve(tl, events=[first, *tl.events[1:]])
    # a timeline file names in its documents every document its evidence cites (issue 14)
    cited = {e.document for p in tl.positions for e in p.evidence} | {"d"}
    missing = sorted(cited - {d.id for d in tl.documents})
    tl = attrs.evolve(tl, documents=[*tl.documents, *(gt.Document(id=i, text="") for i in missing)])
    path.write_text(tl.to_json(), "utf-8")
    return path


def test_dash_writes_to_stdout(
    timeline: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # issue 18: -o - wrote a file named "-"
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(timeline), "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Timeline\n")  # Markdown unless --format says otherwise
    assert "| 10–11 February 2030 | Harbour Summit |" in out
    assert err == "wrote -\n"
    assert main(["report", str(timeline), "-o", "-", "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!doctype html>")
    assert main(["plot", str(timeline), "-o", "-"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("<?xml")  # SVG unless --format
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Ruritania signed the Lima Accord on 3 May 2030.", "utf-8")
    assert main(["extract", str(docs), "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["schema"] == "govtimeline.timeline/1"
    assert err.startswith("1 documents")
    assert err.rstrip().endswith("-> standard output")
    assert not (tmp_path / "-").exists()


def test_png_to_stdout_is_bytes(timeline: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["plot", str(timeline), "-o", "-", "--format", "png"]) == 0
    assert capfdbinary.readouterr().out.startswith(b"\x89PNG")


@pytest.mark.parametrize("command", ["report", "plot", "extract", "demo"])
def test_an_unwritable_output_is_a_clean_error(
    command: str, timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # issue 18: a raw FileNotFoundError traceback from mkstemp
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    name = {"report": "r.html", "plot": "c.svg", "extract": "t.json", "demo": "out"}[command]
    target = blocker / name  # a path under a file can never be written, not even by root
    source = gt.examples_path() / "04_un_resolution_2024.txt" if command == "extract" else timeline
    args = (
        ["demo", "--out", str(target)]
        if command == "demo"
        else [command, str(source), "-o", str(target)]
    )
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"govtimeline: error: cannot write {'into ' * (command == 'demo')}{target}: "
    )
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_title_heads_the_markdown(timeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    assert main(["report", str(timeline), "-o", str(out), "--title", "Harbour talks"]) == 0
    assert out.read_text("utf-8").startswith("# Harbour talks\n")


def test_an_unknown_topic_exits_2_listing_the_topics(
    timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.svg"
    args = ["plot", str(timeline), "-o", str(out), "--kind", "positions", "--topic"]
    assert main([*args, "no such topic"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "govtimeline: error: no dated positions on 'no such topic'; "
        "the topics with dated positions are:\n  ocean data\n"
    )
    assert not out.exists()
    assert main([*args, "the Ocean  Data"]) == 0  # topics match as in tl.on_topic
    assert out.read_text("utf-8").lstrip().startswith("<?xml")


def test_unreadable_inputs_are_told_in_cli_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # issue 18: the message said the documents "are on .documents", a Python attribute
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("Talks ended on 3 May 2030.", "utf-8")
    (docs / "bad.json").write_text("{not json", "utf-8")
    out = tmp_path / "t.json"
    assert main(["extract", str(docs), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert ".documents" not in err
    assert "1 of 2 inputs could not be read" in err
    assert "bad.json" in err
    assert "rerun with --skip-bad to go on with the 1 that were read" in err
    assert main(["extract", str(docs), "-o", str(out), "--skip-bad"]) == 0


def test_csv_without_pandas_says_which_output_needs_it(
    timeline: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    assert main(["report", str(timeline), "-o", str(tmp_path / "e.csv")]) == 1
    err = capsys.readouterr().err
    assert "CSV output needs the optional dependency group 'pandas'" in err
    assert "to_frame" not in err


def test_csv_keeps_one_cell_of_document_ids(timeline: Path, tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    out = tmp_path / "e.csv"
    assert main(["report", str(timeline), "-o", str(out)]) == 0
    header, row = out.read_text("utf-8").splitlines()[:2]
    assert header.startswith("id,name,kind,status,date")
    assert row.split(",")[header.split(",").index("documents")] == "d"
