"""Component ``dates``: every time expression, from :func:`govtimeline.find_dates`.

Relative expressions count from the document's publication date, at whatever precision
it is known; an undated text is anchored on the dates it states. A date-layer failure is reported as an :class:`ExtractionError` naming the
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
        # a publication date of any precision anchors what it can; an undated text is
        # anchored on the dates it states (find_dates keeps only what every reading agrees on)
        found = find_dates(
            doc.text, anchor=doc.published, lang=doc.lang, infer_anchor=doc.published is None
        )
    except DateParseError as exc:
        raise ExtractionError(str(exc), document=doc.id) from None
    return attrs.evolve(work, dates=found)


DATES = Component(name="dates", requires=(), assigns=("dates",), run=_dates)
