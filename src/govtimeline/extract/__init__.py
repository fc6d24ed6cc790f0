"""Per-document extraction: ``gt.extract(doc)``.

* :mod:`.sentences` — sentence segmentation for news text
* :mod:`.gazetteer` — actors, surface forms, tenures (``data/countries.json``,
  ``data/actors.json``)
* :mod:`.speakers` — quoted people the gazetteer does not know (lexicon in
  :mod:`.speaker_lexicon`, ``data/speakers.json``)
* :mod:`.events` — event mentions (``data/events.json``)
* :mod:`.positions` — positions (``data/stance.json``)
* :mod:`.pipeline` — :func:`extract`
"""

from govtimeline.extract.gazetteer import Gazetteer, default_gazetteer, load_gazetteer
from govtimeline.extract.pipeline import extract

__all__ = ["Gazetteer", "default_gazetteer", "extract", "load_gazetteer"]
