"""Component ``occasions``: summits, meetings, sessions and named instruments.

:func:`govtimeline.extract.events.find_mentions` reads names whose head is a kind of
event or instrument ("AI Action Summit", "Bletchley Declaration") and common nouns of a
kind with their qualifiers ("the Paris summit", "a Security Council debate on AI"),
dated clause by clause (``data/events.json``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.components.base import Component
from govtimeline.extract.events import find_mentions
from govtimeline.extract.work import WorkDoc

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["OCCASIONS"]


def _occasions(work: WorkDoc, resources: Resources) -> WorkDoc:
    found = find_mentions(
        work.document.id,
        work.sentences,
        work.dates,
        work.actors,
        resources.gazetteer,
        work.anchor,
        organisation_heads=resources.frames.organisation_heads,
    )
    return attrs.evolve(work, occasions=found)


OCCASIONS = Component(
    name="occasions",
    requires=("sentences", "dates", "actors"),
    assigns=("occasions",),
    run=_occasions,
)
