"""The temporal layer: find and normalise date expressions (``gt.find_dates``).

* :mod:`.lexicon` — word lists per language (data files in ``data/dates/``)
* :mod:`.grammar` — the compiled grammar built from a lexicon
* :mod:`.trigger_scan` — the words every date contains, found in one scan
* :mod:`.handlers` — one handler per grammar alternative: value or rejection
  (with :mod:`.months`, :mod:`.periods`, :mod:`.relative`, :mod:`.measures`, :mod:`.clock`)
* :mod:`.resolve` — anchoring and tense
* :mod:`.finder` — :func:`find_dates`
"""

from govtimeline.dates.finder import find_dates, quote_spans

__all__ = ["find_dates", "quote_spans"]
