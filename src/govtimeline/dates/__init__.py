"""The temporal layer: find and normalise date expressions (``gt.find_dates``).

* :mod:`.lexicon` — word lists per language (data files in ``data/dates/``)
* :mod:`.grammar` — the compiled grammar built from a lexicon
* :mod:`.trigger_scan` — the words every date contains, found in one scan
* :mod:`.handlers` — one handler per grammar alternative: value or rejection
  (with :mod:`.months`, :mod:`.periods`, :mod:`.relative`, :mod:`.measures`, :mod:`.clock`)
* :mod:`.resolve` — anchoring and tense
* :mod:`.finder` — :func:`find_dates`
* :mod:`.metadata` — publication dates of metadata, read by the grammar first

Importing this package fills the model's date slot (``govtimeline.model._hooks.DATES``),
which :func:`~govtimeline.model.published.parse_date_string` tries before dateparser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govtimeline.dates.metadata import metadata_date
from govtimeline.model._hooks import DATES

if TYPE_CHECKING:
    from govtimeline.dates.finder import find_dates, quote_spans

__all__ = ["find_dates", "quote_spans"]

DATES.fill(metadata_date)


def __getattr__(name: str) -> object:
    """The finder's names, imported on first use: its modules compile the grammar's parts."""
    if name not in __all__:
        raise AttributeError(f"module 'govtimeline.dates' has no attribute {name!r}")
    from govtimeline.dates import finder

    value = getattr(finder, name)
    globals()[name] = value
    return value
