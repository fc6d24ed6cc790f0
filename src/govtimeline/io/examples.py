"""Where the bundled example articles are: ``gt.examples_path()``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["examples_path"]


def examples_path() -> Path:
    """The folder of example articles that ships with govtimeline.

    Ten short articles on international AI governance, 2019–2025, written for the
    project in every format :func:`govtimeline.read` reads (``.md`` with front
    matter, ``.txt``, ``.html``, ``.json``). ``gt.read(gt.examples_path())`` gives
    their documents; the README's quickstart and ``make demo`` start from them.
    """
    return Path(str(resources.files("govtimeline").joinpath("data/examples")))
