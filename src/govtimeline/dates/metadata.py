"""Publication dates of metadata read by the date grammar (internal).

``gt.read`` and ``Document(published="7 March 2025")`` parse a date string through
:func:`govtimeline.model.published.parse_date_string`. When the whole string is one
absolute date the grammar of :func:`~govtimeline.dates.find_dates` reads, at a precision
dateparser gives too (day, week, month, quarter, year), that reading is the date, and
dateparser is not called (a tenth of its time); a clock time after the date ("Fri, 07 Mar
2025 10:00:00 GMT") is left aside, as the day is the date written. Anything else (two
dates, a relative or year-less date, a season, another language) goes to dateparser as
before. :mod:`govtimeline.dates` fills the model's date slot with :func:`metadata_date`.
"""

from __future__ import annotations

import re

from govtimeline.model import TimexType
from govtimeline.model.when import Precision, When

__all__ = ["metadata_date"]

_LANGUAGES = frozenset({"en", "fr", "de", "es"})  # as dates.lexicon.LANGUAGES, without loading it
_PRECISIONS = frozenset(
    {Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR}
)
_TIME = re.compile(
    r"(?:,?\s*(?:at\s+|à\s+|um\s+|a las\s+)?\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"\s*(?:[ap]\.?m\.?)?\s*(?:Z|[A-Z]{2,5}|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?)?)?\s*",
    re.IGNORECASE,
)
"""What may follow the date: a clock time, with a time zone."""


def metadata_date(text: str, lang: str) -> When | None:
    """The date ``text`` is, by the grammar, or None for dateparser to read."""
    base = lang.strip().lower().replace("_", "-").split("-")[0]
    if base not in _LANGUAGES:
        return None
    from govtimeline.dates.finder import find_dates

    found = [e for e in find_dates(text, lang=base) if e.timex_type is TimexType.DATE]
    if len(found) != 1:
        return None
    when = found[0].when
    if (
        found[0].start != 0
        or when is None
        or when.mod is not None
        or when.precision not in _PRECISIONS
        or not when.is_exact
        or _TIME.fullmatch(text, found[0].end) is None
    ):
        return None
    return when
