"""Document anchors: the date each document's relative expressions hang on.

A document with a publication date is anchored on it. An undated document is
anchored on an *inferred* interval: it cannot have been written before the
latest date it states as past, so the anchor runs from that date to a year
after it. A document with no absolute date at all has no anchor, and its
relative expressions stay unresolved.

Once events are dated across documents, an inferred anchor is narrowed by
the events the document names by weekday alone (:func:`anchor_by_weekday`),
and relative phrases are resolved against it only when the result does not
depend on where in the anchor interval the document was written
(:func:`resolve_with_anchor`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from govtimeline.model import (
    AnchorKind,
    DocumentAnchor,
    Event,
    EventStatus,
    Extraction,
    TimexType,
)
from govtimeline.model.when import Precision, When

__all__ = [
    "INFERRED_WINDOW_DAYS",
    "WEEKDAY_WINDOW_DAYS",
    "anchor_by_weekday",
    "document_anchor",
    "resolve_with_anchor",
    "shift_clamped",
]

_WORD = re.compile(r"[a-z]+")


def shift_clamped(day: date, days: int) -> date:
    """``day`` moved by ``days``, stopping at the calendar's ends (1-01-01, 9999-12-31).

    Windows around a date near the ends (sentinels such as 9999-12-31 in real data) end
    at the calendar's end instead of overflowing.
    """
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


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
    anchor = When.between(latest.earliest, shift_clamped(latest.earliest, INFERRED_WINDOW_DAYS))
    return DocumentAnchor(
        document=doc.id,
        when=anchor,
        how="inferred",
        reason=f"undated; written on or after the latest date it states ({latest.edtf})",
    )


WEEKDAY_WINDOW_DAYS = 6
"""A bare weekday ("on Wednesday") in news names a day of the week before publication."""


def anchor_by_weekday(
    anchor: DocumentAnchor, x: Extraction, events: Sequence[Event], weekdays: Sequence[str]
) -> DocumentAnchor:
    """Narrow an inferred anchor through the events the document dates by weekday only.

    An undated report that puts an event "on Wednesday", when other sources
    date that event to a Wednesday, was written on that day or in the six
    days after it. Every such event must agree (their windows must overlap),
    else the anchor is left as it was. Published anchors are never changed.
    """
    if anchor.how == "published":
        return anchor
    windows: list[tuple[When, str]] = []
    for e in events:
        if e.when is None or e.when.days != 1:
            continue
        for m in e.mentions:
            if m.evidence.document != x.document.id or m.when is not None or not m.date_text:
                continue
            words = set(_WORD.findall(m.date_text.lower()))
            day = e.when.earliest
            if weekdays[day.weekday()] in words:
                windows.append((When.between(day, shift_clamped(day, WEEKDAY_WINDOW_DAYS)), e.name))
    if not windows:
        return anchor
    earliest = max(w.earliest for w, _ in windows)
    latest = min(w.latest for w, _ in windows)
    if anchor.when is not None:
        earliest, latest = max(earliest, anchor.when.earliest), min(latest, anchor.when.latest)
    if latest < earliest:
        return anchor
    names = ", ".join(sorted({name for _, name in windows}))
    return DocumentAnchor(
        document=anchor.document,
        when=When.between(earliest, latest),
        how="inferred",
        reason=(
            f"undated; it dates {names} by weekday alone, and other sources date it, "
            f"so it was written within {WEEKDAY_WINDOW_DAYS} days after"
        ),
    )


def resolve_with_anchor(phrase: str, anchor: DocumentAnchor, *, lang: str = "en") -> When | None:
    """A relative date phrase resolved against an inferred anchor interval.

    Resolved against both ends of the interval, read with the grammar of ``lang``
    (the document's language); the result is kept only when both agree, so a guess
    is never made.
    """
    if anchor.when is None or anchor.when.days > 2 * WEEKDAY_WINDOW_DAYS:
        return None
    from govtimeline.dates import find_dates

    results = []
    for end in (anchor.when.earliest, anchor.when.latest):
        found = [t.when for t in find_dates(phrase, anchor=end, lang=lang) if t.when is not None]
        results.append(found[0] if len(found) == 1 else None)
    return results[0] if results[0] is not None and results[0] == results[1] else None
