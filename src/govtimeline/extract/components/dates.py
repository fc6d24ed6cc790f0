"""Component ``dates``: every time expression, from :func:`govtimeline.find_dates`.

Relative expressions count from the document's publication date when it is known to
the day. A date-layer failure is reported as an :class:`ExtractionError` naming the
document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.dates import find_dates
from govtimeline.errors import DateParseError, ExtractionError
from govtimeline.extract.components.base import Component
from govtimeline.extract.work import WorkDoc

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["DATES"]


def _dates(work: WorkDoc, resources: Resources) -> WorkDoc:
    doc = work.document
    try:
        found = find_dates(doc.text, anchor=work.anchor, lang=doc.lang)
    except DateParseError as exc:
        raise ExtractionError(str(exc), document=doc.id) from None
    return attrs.evolve(work, dates=found)


DATES = Component(name="dates", requires=(), assigns=("dates",), run=_dates)
