"""Component ``acts``: the governance acts of the parsed sentences.

One fold over the sentences in order (:class:`~govtimeline.extract.acts.reader.ActReader`)
with the document memory (:class:`~govtimeline.extract.acts.context.Discourse`) that
resolves pronouns, definite descriptions and back references.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.context import Discourse
from govtimeline.extract.acts.objects import ObjectReader
from govtimeline.extract.acts.reader import ActReader, acts_in
from govtimeline.extract.components.base import Component
from govtimeline.extract.work import WorkDoc
from govtimeline.model import When

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["ACTS"]


def _acts(work: WorkDoc, resources: Resources) -> WorkDoc:
    if not work.parsed:
        return work
    objects = ObjectReader(resources.frames, resources.gazetteer, work.occasions)
    reader = ActReader(resources.frames, resources.gazetteer, objects, work.document.id)
    memory = Discourse(anchor=When.day(work.anchor) if work.anchor is not None else None)
    return attrs.evolve(work, acts=list(acts_in(reader, work.parsed, memory)))


ACTS = Component(name="acts", requires=("parsed", "occasions"), assigns=("acts",), run=_acts)
