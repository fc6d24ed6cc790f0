"""docs/gallery.py redraws every image of docs/gallery.md from the code (issue 18).

The gallery still showed output the code no longer gave; one command (``make gallery``)
redraws it, and these tests keep the script, the page and the folder of images in step.
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path
from typing import Any

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _gallery() -> dict[str, Any]:
    """The names docs/gallery.py defines (run as a module, not as the script)."""
    return runpy.run_path(str(DOCS / "gallery.py"), run_name="gallery")


def test_the_script_draws_every_image_the_page_shows_and_no_other() -> None:
    images = set(_gallery()["IMAGES"])
    page = (DOCS / "gallery.md").read_text("utf-8")
    assert set(re.findall(r"\(images/gallery/([\w-]+)\.png\)", page)) == images
    assert {p.stem for p in (DOCS / "images" / "gallery").iterdir()} == images
    assert "make gallery" in page


def test_the_makefile_has_the_one_command() -> None:
    makefile = (DOCS.parent / "Makefile").read_text("utf-8")
    assert re.search(r"^gallery:.*\n\t\$\(BIN\)/python docs/gallery\.py$", makefile, re.M)


@pytest.mark.slow
def test_the_script_redraws_them_all(tmp_path: Path) -> None:
    written = _gallery()["main"](tmp_path)
    assert [p.name for p in written] == [f"{name}.png" for name in _gallery()["IMAGES"]]
    for path in written:
        assert path.read_bytes().startswith(b"\x89PNG")
        assert path.stat().st_size < 300 * 1024
