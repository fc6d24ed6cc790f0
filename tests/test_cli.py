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
