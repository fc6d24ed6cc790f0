"""docs/gallery.py redraws every image of docs/gallery.md from the code (issue 18).

The gallery still showed output the code no longer gave; one command (``make gallery``)
redraws it, and these tests keep the script, the page and the folder of images in step.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _gallery() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gallery", DOCS / "gallery.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_draws_every_image_the_page_shows_and_no_other() -> None:
    images = set(_gallery().IMAGES)
    page = (DOCS / "gallery.md").read_text("utf-8")
    assert set(re.findall(r"\(images/gallery/([\w-]+)\.png\)", page)) == images
    assert {p.stem for p in (DOCS / "images" / "gallery").iterdir()} == images
    assert "make gallery" in page


def test_the_makefile_has_the_one_command() -> None:
    makefile = (DOCS.parent / "Makefile").read_text("utf-8")
    assert re.search(r"^gallery:.*\n\t\$\(BIN\)/python docs/gallery\.py$", makefile, re.M)


@pytest.mark.slow
def test_the_script_redraws_them_all(tmp_path: Path) -> None:
    written = _gallery().main(tmp_path)
    assert [p.name for p in written] == [f"{name}.png" for name in _gallery().IMAGES]
    for path in written:
        assert path.read_bytes().startswith(b"\x89PNG")
        assert path.stat().st_size < 300 * 1024
