"""The data that flows between govtimeline's stages.

Every class is a frozen, slotted attrs record validated at construction;
change one with :func:`attrs.evolve`. Collections are tuples so records are
hashable and picklable. Dates are :class:`~govtimeline.model.when.When` values.

The flow::

    Document ─► TimeExpression[]                      (govtimeline.dates)
    Document ─► Extraction(mentions, actors, positions) (govtimeline.extract)
    Extraction[] ─► Timeline(events, positions, conflicts)
    Timeline × Timeline ─► TimelineDiff

Everything a user sees can answer "which document, which sentence" through
its :class:`Evidence`.

The package, one job a module (import from ``govtimeline.model``, not from these):

- ``kinds``: the enums (:class:`EventKind`, :class:`Stance`…) and their converters;
- ``records``: what one document holds (:class:`Document`, :class:`Evidence`,
  :class:`TimeExpression`, :class:`Actor`, :class:`Mention`);
- ``positions``: :class:`Position` and :class:`PositionChange`;
- ``extraction``: :class:`Extraction`, one document's findings;
- ``events``: :class:`Event`, :class:`Claim`, :class:`Conflict`, :class:`DocumentAnchor`;
- ``timeline``: :class:`Timeline`, its queries and exports;
- ``diff``: :class:`EventChange` and :class:`TimelineDiff`;
- ``_validators`` and ``_display``: shared field checks and the Jupyter mixin.
"""

from __future__ import annotations

from govtimeline.model.acts import Act, ActObject
from govtimeline.model.diff import EventChange, TimelineDiff
from govtimeline.model.events import Claim, Conflict, DocumentAnchor, Event
from govtimeline.model.extraction import Extraction
from govtimeline.model.kinds import (
    ActorKind,
    ActStatus,
    AnchorKind,
    EventKind,
    EventStatus,
    Stance,
    TimexType,
)
from govtimeline.model.positions import Position, PositionChange
from govtimeline.model.records import Actor, Document, Evidence, Mention, TimeExpression
from govtimeline.model.timeline import Timeline
from govtimeline.model.when import When as When  # field annotations resolve here: see _adopt

__all__ = [
    "Act",
    "ActObject",
    "ActStatus",
    "Actor",
    "ActorKind",
    "AnchorKind",
    "Claim",
    "Conflict",
    "Document",
    "DocumentAnchor",
    "Event",
    "EventChange",
    "EventKind",
    "EventStatus",
    "Evidence",
    "Extraction",
    "Mention",
    "Position",
    "PositionChange",
    "Stance",
    "TimeExpression",
    "Timeline",
    "TimelineDiff",
    "TimexType",
]


def _adopt(names: list[str]) -> None:
    """Give the public classes the module they had before the split: ``govtimeline.model``.

    Pickles (process pools, Dask) name a class by ``__module__``, so pickles stay
    byte-identical and readable across versions, and reprs read
    ``govtimeline.model.Event``. Field annotations are then resolved in this
    module's namespace (``typing.get_type_hints``, cattrs, the JSON Schema), which
    is why it imports :class:`~govtimeline.model.when.When` and every record class.
    """
    namespace = globals()
    for name in names:
        namespace[name].__module__ = __name__


_adopt(__all__)
