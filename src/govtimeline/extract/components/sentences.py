"""Component ``sentences``: prose sentences, page furniture left out.

Sentences come from :func:`govtimeline.extract.sentences.split_sentences` (a news-aware
splitter); :func:`govtimeline.extract.layout.prose` drops headlines, bylines, credits and
link blocks (``data/layout.json``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.components.base import Component
from govtimeline.extract.layout import prose
from govtimeline.extract.sentences import split_sentences
from govtimeline.extract.work import WorkDoc

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["SENTENCES"]


def _sentences(work: WorkDoc, resources: Resources) -> WorkDoc:
    text = work.document.text
    return attrs.evolve(work, sentences=prose(text, split_sentences(text), resources.layout))


SENTENCES = Component(name="sentences", requires=(), assigns=("sentences",), run=_sentences)
