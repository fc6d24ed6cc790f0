"""Analysis over timelines: what changed between two (:mod:`.diff`), and stance over time
(:mod:`.changes`).

Importing this package fills the model's analysis slot with :mod:`.changes`, which
``Timeline.changes()`` and ``Timeline.stance()`` call.
"""

from __future__ import annotations

from govtimeline.analysis import changes
from govtimeline.analysis.changes import position_changes, stance_at
from govtimeline.analysis.diff import diff
from govtimeline.model._hooks import ANALYST

__all__ = ["diff", "position_changes", "stance_at"]

ANALYST.fill(changes)
