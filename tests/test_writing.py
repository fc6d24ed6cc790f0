"""Tests for govtimeline.writing: atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from govtimeline.writing import write_atomic


def test_writes_text_and_bytes(tmp_path: Path) -> None:
    assert write_atomic(tmp_path / "a" / "x.txt", "héllo").read_text("utf-8") == "héllo"
    assert write_atomic(tmp_path / "y.bin", b"\x00\x01").read_bytes() == b"\x00\x01"


def test_failure_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(TypeError):
        write_atomic(target, 42)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
