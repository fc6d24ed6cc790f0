"""Clock times: "10 p.m.", "noon", "4 a.m. EDT Thursday", "5 p.m. EST, Nov. 6".

A time written with a weekday or a date takes that day; a bare time is
provisionally on the anchor's day (:mod:`.discourse` moves it to the day
the sentence is about, when one was written just before).
"""

from __future__ import annotations

from datetime import date

import attrs

from govtimeline.dates.found import (
    OUT_OF_CALENDAR,
    Context,
    Found,
    Match,
    _day,
    _g,
    _month,
    _span,
    _tense,
    _unresolved,
    _weekday,
)
from govtimeline.dates.resolve import nearest_month_day, weekday_date
from govtimeline.model import AnchorKind, TimexType
from govtimeline.model.when import When

__all__ = ["time"]

_NOON = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def _clock(m: Match, p: str, ctx: Context) -> str | None:
    noon = (_g(m, p, "noon") or "").lower()
    if noon:
        before = ctx.text[max(0, m.start(p) - 6) : m.start(p)].split()
        if before and before[-1].lower().strip("`'\"“‘(") == "high":
            return None  # "high noon": a showdown
        return _NOON[noon]
    if _g(m, p, "h24") is not None:  # "15:00 GMT Saturday", "at 09:30"
        return _twenty_four(m, p, ctx)
    hour, minute = int(_g(m, p, "h") or 0), int(_g(m, p, "min") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    meridiem = (_g(m, p, "ap") or "").lower()
    if meridiem.startswith("p") and hour != 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _twenty_four(m: Match, p: str, ctx: Context) -> str | None:
    """A 24-hour time, if it is one: with a time zone or a day, or a colon after "at"…

    "rose to 15.30", "chapter 3:16", "won 2:1" are not times.
    """
    written_with = _g(m, p, "zone") or _g(m, p, "wd") or _g(m, p, "mon") or _g(m, p, "mon2")
    before = ctx.text[max(0, m.start(p) - 12) : m.start(p)].split()
    after_context = bool(before) and before[-1].lower() in ctx.lex.clock_context
    if not written_with and not (after_context and _g(m, p, "sep") == ":"):
        return None
    return f"{int(_g(m, p, 'h24') or 0):02d}:{_g(m, p, 'm24')}"


def _day_of(m: Match, p: str, ctx: Context, anchor: date) -> date | None:
    weekday = _g(m, p, "wd")
    if weekday:
        return weekday_date(anchor, _weekday(ctx.lex, weekday), _tense(m, p, ctx), None)
    month = _g(m, p, "mon") or _g(m, p, "mon2")
    if month:
        day = _g(m, p, "d") or _g(m, p, "d2") or "1"
        return nearest_month_day(anchor, _month(ctx.lex, month), _day(day), _tense(m, p, ctx))
    return None


def time(m: Match, p: str, ctx: Context) -> Found | None:
    """A clock time, on the day written with it or (provisionally) on the anchor's day."""
    clock = _clock(m, p, ctx)
    if clock is None:
        return None
    start, end = _span(m, p)
    try:
        day = _day_of(m, p, ctx, ctx.anchor) if ctx.anchor is not None else None
    except OUT_OF_CALENDAR:  # the day named lies beyond the calendar's ends
        day, ctx = None, attrs.evolve(ctx, anchor=None)
    if ctx.anchor is None:
        return _unresolved(start, end, f"XXXX-XX-XXT{clock}", timex_type=TimexType.TIME)
    value = f"{(day or ctx.anchor).isoformat()}T{clock}"
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.TIME,
        value=value,
        when=When.day(day) if day else None,
        anchor_kind=AnchorKind.DOCUMENT,
    )
