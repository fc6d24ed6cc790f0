"""Documents in, timelines out as files: reading (:mod:`.read`, and the bundled examples:
:mod:`.examples`), JSON (:mod:`.serialize`),
its JSON Schema (:mod:`.schema`) and atomic writes (:mod:`.writing`).

Importing this package fills the model's JSON slot, which ``Timeline.to_json()`` and
``Timeline.from_json()`` call.
"""

from __future__ import annotations

from govtimeline.io import _hooks
from govtimeline.io.examples import examples_path
from govtimeline.io.read import ReadError, parse_date_string, read

__all__ = ["ReadError", "examples_path", "parse_date_string", "read"]

_hooks.install()
