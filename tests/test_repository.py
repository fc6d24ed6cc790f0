"""What a new user meets first (issue 18): the README quickstart runs as written, the README
says which languages work, and the licence pyproject names is in the repository.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import govtimeline as gt

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish"}


def _quickstart() -> str:
    section = README.split("## Quickstart", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "the Quickstart section holds a python block"
    return match[1]


def test_the_quickstart_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # it read gt.read("articles/"), a folder a fresh clone does not have
    monkeypatch.chdir(tmp_path)
    try:
        exec(compile(_quickstart(), "README.md#quickstart", "exec"), {"__name__": "__main__"})
    finally:
        plt.close("all")
    out = capsys.readouterr().out
    assert out.startswith("Timeline: ")
    assert "10–11 February 2025: AI Action Summit (summit, Paris)" in out
    assert re.search(r"United States +global AI governance +support → oppose", out)
    saved = gt.Timeline.from_json((tmp_path / "timeline.json").read_text("utf-8"))
    assert len(saved.documents) == len(gt.read(gt.examples_path()))
    assert (tmp_path / "timeline.svg").read_text("utf-8").lstrip().startswith("<?xml")


def test_the_readme_says_extraction_is_english_only_and_dates_multilingual() -> None:
    languages = sorted(p.stem for p in (ROOT / "src/govtimeline/data/dates").glob("*.json"))
    assert languages == sorted(LANGUAGE_NAMES)
    note = README.split("**Languages.**", 1)[1].split("\n\n", 1)[0]
    assert "Extraction (actors, events, positions) is English-only for now" in " ".join(
        note.split()
    )
    for code in languages:
        assert LANGUAGE_NAMES[code] in note, code


def test_the_licence_is_the_one_pyproject_names() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == {"text": "MIT"}
    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert licence.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in licence
    assert "govtimeline developers" in licence
