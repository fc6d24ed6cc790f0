"""Moved: :class:`When`, :class:`Precision` and :class:`Mod` live in :mod:`govtimeline.model.when`.

This module is kept so that ``from govtimeline.when import When`` (the path documented
before the move) and objects pickled under it keep working. New code imports from
``govtimeline`` or ``govtimeline.model.when``.
"""

from __future__ import annotations

from govtimeline.model.when import Mod, Precision, When, unit_bounds

__all__ = ["Mod", "Precision", "When", "unit_bounds"]
