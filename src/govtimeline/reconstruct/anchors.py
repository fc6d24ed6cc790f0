"""Document anchors: the date each document's relative expressions hang on.

A document with a publication date is anchored on it. An undated document is
anchored on an *inferred* interval: it cannot have been written before the
latest date it states as past, so the anchor runs from that date to a year
after it. A document with no absolute date at all has no anchor, and its
relative expressions stay unresolved.
"""

from __future__ import annotations

from datetime import timedelta

from govtimeline.model import AnchorKind, DocumentAnchor, EventStatus, Extraction, TimexType
from govtimeline.when import Precision, When

__all__ = ["INFERRED_WINDOW_DAYS", "document_anchor"]

INFERRED_WINDOW_DAYS = 365
"""How far after its latest stated date an undated document may have been written."""


def document_anchor(x: Extraction) -> DocumentAnchor:
    """How the document of ``x`` is dated (see the module docstring)."""
    doc = x.document
    if doc.published is not None:
        return DocumentAnchor(
            document=doc.id, when=doc.published, how="published", reason="publication date"
        )
    past: list[When] = [
        m.when
        for m in x.mentions
        if m.when is not None and m.status is EventStatus.OCCURRED and m.relative_offset is None
    ]
    if not past:  # no dated past event: fall back on the absolute dates it writes
        past = [
            t.when
            for t in x.dates
            if t.when is not None
            and t.anchor_kind is AnchorKind.ABSOLUTE
            and t.timex_type is TimexType.DATE
            and t.when.precision.rank <= Precision.MONTH.rank
        ]
    if not past:
        return DocumentAnchor(
            document=doc.id, when=None, how="none", reason="no publication date and no stated date"
        )
    latest = max(past, key=lambda w: (w.earliest, w.latest))
    anchor = When.between(latest.earliest, latest.earliest + timedelta(days=INFERRED_WINDOW_DAYS))
    return DocumentAnchor(
        document=doc.id,
        when=anchor,
        how="inferred",
        reason=f"undated; written on or after the latest date it states ({latest.edtf})",
    )
