"""Document anchors: the date each document's relative expressions hang on.

A document with a publication date is anchored on it. An undated document is
anchored on an *inferred* interval: it cannot have been written before the
latest date it states as past, so the anchor runs from that date to a year
after it. A document with no absolute date at all has no anchor, and its
relative expressions stay unresolved.

A weekday named with a day and a month ("Monday, 2 June") fixes the year:
the one, near the report's other dates (or, when it states no year, among the
years the collection's reports were published in), in which that day is that
weekday.
Such a pair told as past (or with no tense) anchors the report on that day
and the six after it; a pair told as to come bounds nothing. Dates of
mentions the report announces ("a conference expected in 2027") never bound
it from below.

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

import attrs

from govtimeline.model import (
    AnchorKind,
    DocumentAnchor,
    Event,
    EventStatus,
    Extraction,
    Mention,
    TimexType,
)
from govtimeline.model.when import Precision, When

__all__ = [
    "INFERRED_WINDOW_DAYS",
    "PAIR_YEARS",
    "WEEKDAY_WINDOW_DAYS",
    "anchor_by_weekday",
    "collection_years",
    "date_by_anchor",
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


WEEKDAY_WINDOW_DAYS = 6
"""A bare weekday ("on Wednesday") in news names a day of the week before publication."""


PAIR_YEARS = 2
"""How many years around the report's other dates a weekday-and-day pair may fall."""
_MONTH_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")


def collection_years(extractions: Sequence[Extraction]) -> tuple[int, int] | None:
    """The first and last year in which the collection's dated documents were published."""
    years = [
        year
        for x in extractions
        if x.document.published is not None
        for year in (x.document.published.earliest.year, x.document.published.latest.year)
    ]
    return (min(years), max(years)) if years else None


def _pair_days(
    x: Extraction, near: Sequence[When], collection: tuple[int, int] | None = None
) -> list[tuple[date, str]]:
    """The days the report's weekday-and-day pairs ("Monday, 2 June") name, with the text.

    A pair names the year, within :data:`PAIR_YEARS` of the report's other stated dates
    (or, when it states none, among the years the collection's other reports were
    published in), in which the day is that weekday; a pair with more than one such year
    names none. Pairs inside an announcement are left out.
    """
    if near:
        first = min(w.earliest.year for w in near) - PAIR_YEARS
        last = max(w.latest.year for w in near) + PAIR_YEARS
    elif collection is not None:
        first, last = collection
    else:
        return []
    planned = [m.evidence for m in x.mentions if m.status is EventStatus.PLANNED]
    days: list[tuple[date, str]] = []
    for t in x.dates:
        if (  # the date layer found the year by the weekday already
            t.anchor_kind is AnchorKind.DOCUMENT
            and t.weekday is not None
            and t.when is not None
            and t.when.days == 1
            and t.when.earliest.weekday() == t.weekday
            and not _announced(x, t.start)
        ):
            days.append((t.when.earliest, t.text))
            continue
        match = _MONTH_DAY.match(t.timex_value or "")
        if t.weekday is None or match is None or t.anchor_kind is not AnchorKind.UNRESOLVED:
            continue
        if any(e.start <= t.start < e.end for e in planned):
            continue
        month, day = int(match[1]), int(match[2])
        years = [
            y
            for y in range(max(first, 1), min(last, 9999) + 1)
            if _is_weekday(y, month, day, t.weekday)
        ]
        if len(years) == 1:
            days.append((date(years[0], month, day), t.text))
    return days


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:  # 29 February of a common year
        return False


def _announced(x: Extraction, t_start: int) -> bool:
    return any(
        m.status is EventStatus.PLANNED and m.evidence.start <= t_start < m.evidence.end
        for m in x.mentions
    )


def document_anchor(x: Extraction, collection: tuple[int, int] | None = None) -> DocumentAnchor:
    """How the document of ``x`` is dated (see the module docstring).

    ``collection`` is the span of years the other reports were published in
    (:func:`collection_years`): a report that states no year of its own finds the year
    of its weekday-and-day pairs among them.
    """
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
    absolute = [
        t
        for t in x.dates
        if t.when is not None
        and t.anchor_kind is AnchorKind.ABSOLUTE
        and t.timex_type is TimexType.DATE
        and t.when.precision.rank <= Precision.MONTH.rank
    ]
    pairs = _pair_days(x, [t.when for t in absolute if t.when is not None] + past, collection)
    if pairs:
        day, text = max(pairs)
        latest_past = max((w.earliest for w in past), default=day)
        if latest_past <= day:
            return DocumentAnchor(
                document=doc.id,
                when=When.between(day, shift_clamped(day, WEEKDAY_WINDOW_DAYS)),
                how="inferred",
                reason=(
                    f"undated; “{text}” names {day.isoformat()}, the one day near the dates it "
                    f"states that is that weekday, so it was written within "
                    f"{WEEKDAY_WINDOW_DAYS} days after"
                ),
            )
    if not past:  # no dated past event: fall back on the absolute dates it writes
        past = [t.when for t in absolute if t.when is not None and not _announced(x, t.start)]
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


def date_by_anchor(
    mentions: Sequence[Mention], anchor: DocumentAnchor, *, lang: str = "en"
) -> list[Mention]:
    """The mentions of one undated report, those with an unresolved date resolved
    against its inferred anchor (:func:`resolve_with_anchor`: only when the answer does
    not depend on where in the anchor the report was written)."""
    if anchor.how != "inferred" or anchor.when is None:
        return list(mentions)
    out = []
    for m in mentions:
        if m.when is None and m.date_text and not m.relative_to:
            when = resolve_with_anchor(m.date_text, anchor, lang=lang)
            if when is not None:
                m = attrs.evolve(m, when=when)
        out.append(m)
    return out
