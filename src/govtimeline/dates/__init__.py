"""The temporal layer: find and normalise date expressions (``gt.find_dates``).

* :mod:`.lexicon` — word lists per language (data files in ``data/dates/``)
* :mod:`.grammar` — the compiled grammar built from a lexicon
* :mod:`.handlers` — one handler per grammar alternative: value or rejection
* :mod:`.resolve` — anchoring and tense
* :mod:`.finder` — :func:`find_dates`
* :mod:`.metadata` — publication dates of metadata, read by the grammar first

Importing this package fills the model's date slot (``govtimeline.model._hooks.DATES``),
which :func:`~govtimeline.model.published.parse_date_string` tries before dateparser.
"""

from govtimeline.dates.finder import find_dates, quote_spans
from govtimeline.dates.metadata import metadata_date
from govtimeline.model._hooks import DATES

__all__ = ["find_dates", "quote_spans"]

DATES.fill(metadata_date)
