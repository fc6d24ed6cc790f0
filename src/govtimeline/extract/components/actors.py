"""Component ``actors``: who is named — the gazetteer, then quoted people it does not know.

:meth:`Gazetteer.find <govtimeline.extract.gazetteer.Gazetteer.find>` finds states,
organisations and office-holders; :func:`govtimeline.extract.speakers.find_speakers`
adds quoted or described people with the body they speak for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.components.base import Component
from govtimeline.extract.speakers import find_speakers
from govtimeline.extract.work import WorkDoc

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["ACTORS"]


def _actors(work: WorkDoc, resources: Resources) -> WorkDoc:
    text = work.document.text
    found = resources.gazetteer.find(text)
    speakers = find_speakers(text, work.sentences, found, resources.gazetteer)
    if speakers:
        found = sorted([*found, *speakers], key=lambda a: a.start)
    return attrs.evolve(work, actors=found)


ACTORS = Component(name="actors", requires=("sentences",), assigns=("actors",), run=_actors)
