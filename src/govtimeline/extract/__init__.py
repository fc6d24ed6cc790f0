"""Per-document extraction: ``gt.extract(doc)``, a pipeline of named components over a
spaCy dependency parse (see ``docs/extraction.md``).

* :mod:`.pipeline` — :class:`Extractor` (components, resources) and :func:`extract`
* :mod:`.work` — :class:`WorkDoc`, the working record components read and extend
* :mod:`.components` — the default components, one module each
* :mod:`.acts` — acts read from the parse with the frame lexicon (:mod:`.frames`,
  ``data/frames.json``)
* :mod:`.nlp` — loading the spaCy pipeline
* :mod:`.sentences`, :mod:`.layout` — sentences and page furniture
* :mod:`.gazetteer`, :mod:`.speakers` — actors
* :mod:`.events` — occasions and named instruments (``data/events.json``)
"""

from govtimeline.extract.components.base import Component
from govtimeline.extract.frames import FrameLexicon, default_frames, load_frames
from govtimeline.extract.gazetteer import Gazetteer, default_gazetteer, load_gazetteer
from govtimeline.extract.pipeline import Extractor, Resources, extract
from govtimeline.extract.work import WorkDoc

__all__ = [
    "Component",
    "Extractor",
    "FrameLexicon",
    "Gazetteer",
    "Resources",
    "WorkDoc",
    "default_frames",
    "default_gazetteer",
    "extract",
    "load_frames",
    "load_gazetteer",
]
