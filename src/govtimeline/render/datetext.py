"""Dates in words for readers: :mod:`govtimeline.model.datetext`, re-exported for the renderers.

The functions live in the model so that ``str()`` of a record can use them (the model
imports no sink); the charts, reports, notebook views and TimelineJS export import them
from here.
"""

from __future__ import annotations

from govtimeline.model.datetext import describe, describe_range

__all__ = ["describe", "describe_range"]
