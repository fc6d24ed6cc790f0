"""Tests for govtimeline.io.writing: atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from govtimeline.io.writing import write_atomic


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


def test_new_files_are_readable_by_others_like_open_makes_them(tmp_path: Path) -> None:
    # mkstemp creates 0600 files; a report nobody else can read is a surprise (seen in make demo)
    old = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "report.html", "<p>x</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_replaced_files_keep_their_permissions(tmp_path: Path) -> None:
    target = tmp_path / "private.json"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == "new"
