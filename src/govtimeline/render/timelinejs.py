"""Export a timeline as TimelineJS3 JSON (https://timeline.knightlab.com/).

Each dated event becomes a slide whose ``start_date``/``end_date`` carry the
event's *true* precision: a day has ``year``, ``month`` and ``day``; a month
has no ``day``; a year has only ``year``; a season, quarter, half, decade or
an uncertain date spans from its first unit to its last, with a
``display_date`` in words ("Q3 2025", "summer 2025", "between 1 and 20
November 2030"). ``group`` is the event kind, so TimelineJS draws one row per
kind. ``text.headline`` and ``text.text`` are HTML (TimelineJS inserts them
as markup), so every piece of user text is escaped and only ``http``/``https``
URLs become links. A title slide says how many events were left out because
they have no date.

The JSON also escapes ``<``, ``>`` and ``&`` as ``\\u003c``… so it can be
pasted into a ``<script>`` element as is.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

from govtimeline.model import Conflict, Document, Event, EventStatus, Timeline
from govtimeline.model.when import Mod, Precision, When
from govtimeline.render.datetext import describe_range

__all__ = ["timelinejs_data", "to_timelinejs"]

_QUOTES = 3
_DAY_FIELDS = (Precision.DAY, Precision.WEEK)
_MONTH_FIELDS = (Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF)
_PLAIN = (Precision.DAY, Precision.MONTH, Precision.YEAR)


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _fields(day: date, precision: Precision) -> dict[str, int]:
    """The TimelineJS date object of ``day`` down to ``precision`` (no finer)."""
    out = {"year": day.year}
    if precision in _DAY_FIELDS or precision in _MONTH_FIELDS:
        out["month"] = day.month
    if precision in _DAY_FIELDS:
        out["day"] = day.day
    return out


def _finer(precision: Precision) -> Precision:
    """Early/mid/late narrow a unit: a year's third is counted in months, a month's in days."""
    if precision in (Precision.YEAR, Precision.DECADE, Precision.CENTURY):
        return Precision.MONTH
    return Precision.DAY


def _narrowed(when: When) -> bool:
    return when.mod in (Mod.EARLY, Mod.MID, Mod.LATE)


def _granularity(when: When) -> Precision:
    return _finer(when.precision) if _narrowed(when) else when.precision


def _plain(when: When) -> bool:
    """Whether TimelineJS's own date formatting says it right (a day, month or year)."""
    return when.is_exact and when.mod is None and when.precision in _PLAIN


def _dates(when: When, end: When | None) -> tuple[dict[str, int], dict[str, int] | None, bool]:
    """``start_date``, ``end_date`` (None when one unit) and whether words must say the date."""
    start = _fields(when.earliest, _granularity(when))
    stop = end if end is not None and end != when else when
    last = _fields(stop.latest, _granularity(stop))
    return start, (last if last != start else None), not (_plain(when) and _plain(stop))


def _link(doc: Document | None, fallback: str) -> str:
    if doc is None:
        return _e(fallback)
    label = doc.title or doc.id
    if doc.url and doc.url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(doc.url)}" target="_blank" rel="noopener noreferrer">{_e(label)}</a>'
    return _e(label)


def _text(event: Event, docs: dict[str, Document], conflict: Conflict | None) -> str:
    facts = [event.kind.value.replace("_", " ")]
    if event.status is EventStatus.PLANNED:
        facts.append("planned")
    if event.location:
        facts.append(f"in {event.location}")
    if event.body:
        facts.append(f"by {event.body}")
    parts = [f"<p>{_e(', '.join(facts))}</p>"]
    if conflict is not None:
        claims = "; ".join(f"{_e(c.value)} ({_e(c.evidence.document)})" for c in conflict.claims)
        parts.append(
            f"<p><b>Sources disagree on the {_e('date' if conflict.field == 'when' else 'place')}:</b> "
            f"{claims}. Chosen: {_e(conflict.chosen)}, {_e(conflict.reason)}.</p>"
        )
    for mention in event.mentions[:_QUOTES]:
        ev = mention.evidence
        parts.append(
            f"<blockquote>“{_e(ev.quote.strip())}”</blockquote>"
            f"<p>— {_link(docs.get(ev.document), ev.document)}</p>"
        )
    if len(event.mentions) > _QUOTES:
        parts.append(f"<p>and {len(event.mentions) - _QUOTES} more mentions</p>")
    return "".join(parts)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _unique(raw: str, seen: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", raw).strip("-")[:80] or "event"
    candidate, n = base, 1
    while candidate in seen:
        n += 1
        candidate = f"{base}-{n}"
    seen.add(candidate)
    return candidate


def timelinejs_data(tl: Timeline, *, title: str = "Timeline") -> dict[str, Any]:
    """The TimelineJS3 document as Python data (see :func:`to_timelinejs`)."""
    docs = {d.id: d for d in tl.documents}
    conflicts = {c.event: c for c in tl.conflicts}
    seen: set[str] = set()
    slides: list[dict[str, Any]] = []
    for event in tl.events:
        if event.when is None:
            continue
        start, end, wordy = _dates(event.when, event.end)
        slide: dict[str, Any] = {
            "start_date": start,
            "text": {
                "headline": _e(event.name),
                "text": _text(event, docs, conflicts.get(event.id)),
            },
            "group": event.kind.value.replace("_", " "),
            "unique_id": _unique(event.id, seen),
            "autolink": False,  # links are ours (http/https sources only), not guessed from text
        }
        if end is not None:
            slide["end_date"] = end
        if wordy:
            slide["display_date"] = _e(describe_range(event.when, event.end))
        slides.append(slide)
    undated = len(tl.events) - len(slides)
    summary = (
        f"{_n(len(slides), 'dated event')} from {_n(len(tl.documents), 'document')}; "
        f"{_n(len(tl.conflicts), 'conflict')} between sources."
    )
    if undated:
        summary += f" {_n(undated, 'undated event')} not shown."
    return {
        "title": {"text": {"headline": _e(title), "text": f"<p>{_e(summary)}</p>"}},
        "events": slides,
    }


def to_timelinejs(tl: Timeline, *, title: str = "Timeline", indent: int | None = 2) -> str:
    """The timeline as a TimelineJS3 JSON string (dated events, a title slide)."""
    text = json.dumps(timelinejs_data(tl, title=title), ensure_ascii=False, indent=indent)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
