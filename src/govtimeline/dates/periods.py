"""Handlers of quarters, halves, fiscal years and reporting periods.

Earnings reports talk about one quarter at a time: once "the third quarter"
has been written, "the quarter", "the latest period", "the year-ago quarter"
and "a year earlier" refer to it (or to it a year back). The handlers give a
provisional value — the last completed quarter before the anchor — which
:mod:`.discourse` replaces by the quarter the text last named.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from govtimeline.dates.found import (
    OUT_OF_CALENDAR,
    Context,
    Found,
    Match,
    _absolute,
    _document,
    _g,
    _mod,
    _relative,
    _span,
    _tense,
    _unresolved,
)
from govtimeline.dates.resolve import Tense, pick_day, pick_quarter, shift_unit
from govtimeline.model.when import When

__all__ = [
    "century",
    "fiscal",
    "half",
    "holiday",
    "period",
    "quarter",
    "quarter_code",
    "word_year",
    "year_ago",
    "year_end",
]


def _reporting_default(anchor: object) -> When:
    """The last completed quarter before the anchor: what an earnings report is about."""
    assert hasattr(anchor, "year")
    return shift_unit(anchor, "quarter", -1)  # type: ignore[arg-type]


def _year_shift(prefix: str) -> int:
    words = " ".join(prefix.lower().replace("-", " ").split()).removeprefix("of ")
    words = words.removeprefix("a ")
    if words.startswith(("year ago", "year earlier", "last year")):
        return -1
    return 1 if words.startswith("next year") else 0


def quarter(m: Match, p: str, ctx: Context) -> Found | None:
    """ "the third quarter (of 2025)", "the 1988 second quarter", "the year-ago third quarter"."""
    ordinal, rel = _g(m, p, "ord"), (_g(m, p, "rel") or "").lower()
    year = _g(m, p, "y") or _g(m, p, "py")
    shift = _year_shift(_g(m, p, "pre") or "")
    if ordinal:
        q = ctx.lex.ordinals[ordinal.lower()]
        if year:
            return _absolute(m, p, When.quarter(int(year), q))
        if _g(m, p, "pre"):
            return _relative(m, p, ctx, lambda a: When.quarter(a.year + shift, q))
        tense = _tense(m, p, ctx)
        return _relative(m, p, ctx, lambda a: pick_quarter(a, q, tense))
    step = {"latest": -1, "past": -1, "previous": -1, "coming": 1}.get(rel, 0)
    return _relative(m, p, ctx, lambda a: shift_unit(a, "quarter", step))


def period(m: Match, p: str, ctx: Context) -> Found | None:
    """ "the quarter", "the latest period", "the year-ago quarter", "the 1988 period".

    The value is provisional (see the module docstring); ``offset`` records
    the year shift for :mod:`.discourse` ("-P1Y" for year-ago, None when the
    year is written).
    """
    start, end = _span(m, p)
    year = _g(m, p, "y")
    shift = _year_shift(_g(m, p, "pre") or _g(m, p, "pre2") or _g(m, p, "post") or "")
    offset = None if year else f"{'-' if shift < 0 else ''}P{abs(shift)}Y"
    if ctx.anchor is None and not year:
        return _unresolved(start, end, offset=offset)
    try:
        base = _reporting_default(ctx.anchor) if ctx.anchor else When.quarter(int(year or 0), 4)
        q = (base.earliest.month - 1) // 3 + 1
        when = When.quarter(int(year) if year else base.earliest.year + shift, q)
    except OUT_OF_CALENDAR:  # the anchor's quarter has no neighbour within the calendar
        return _unresolved(start, end, offset=offset)
    return _document(start, end, when, offset=offset)


def year_ago(m: Match, p: str, ctx: Context) -> Found | None:
    """ "year-earlier", "year-ago" used as adjectives: the year before the anchor's (or the period's)."""
    start, end = _span(m, p)
    if ctx.anchor is None or ctx.anchor.year == 1:  # no anchor, or no year before it
        return _unresolved(start, end, offset="-P1Y")
    return _document(start, end, When.year(ctx.anchor.year - 1), offset="-P1Y")


def quarter_code(m: Match, p: str, ctx: Context) -> Found | None:
    q, year = int(_g(m, p, "q") or 1), _g(m, p, "y1") or _g(m, p, "y2")
    if year:
        return _absolute(m, p, When.quarter(int(year), q))
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    if _LABEL.match(ctx.text, m.end()) and not ctx.text[line_start : m.start()].strip():
        return None  # "Q1: Where does …": a numbered question opening a line, not a quarter
    return _relative(m, p, ctx, lambda a: When.quarter(a.year, q))


_LABEL = re.compile(r"[ \t]*[:.)]")


def half(m: Match, p: str, ctx: Context) -> Found | None:
    h = 1 if (_g(m, p, "ord") or "").lower() in ("first", "1st") else 2
    return _absolute(m, p, When.half(int(_g(m, p, "y") or 0), h))


def year_end(m: Match, p: str, ctx: Context) -> Found | None:
    """ "by year-end", "since year-end": 31 December of the anchor's year, or of the year
    before in a past clause (the last year-end that has passed)."""
    tense = _tense(m, p, ctx)

    def make(anchor: date) -> When:
        end = date(anchor.year, 12, 31)
        if tense is Tense.PAST and end > anchor:
            end = date(anchor.year - 1, 12, 31)
        return When.day(end)

    return _relative(m, p, ctx, make, "XXXX-12-31")


def fiscal(m: Match, p: str, ctx: Context) -> Found | None:
    return _absolute(m, p, When.year(int(_g(m, p, "y") or 0)))


def century(m: Match, p: str, ctx: Context) -> Found | None:
    """ "the 20th century" is TIMEX3 ``19``."""
    n = int(_g(m, p, "n") or 0)
    if not 1 <= n <= 22:
        return None
    return _absolute(m, p, When.century(100 * (n - 1), _mod(_g(m, p, "mod"))))


def word_year(m: Match, p: str, ctx: Context) -> Found | None:
    """ "nineteen ninety-six", "the year two thousand": a year said aloud."""
    ones = _g(m, p, "o") or _g(m, p, "o2")
    extra = int(ctx.lex.numbers[ones.lower()] or 0) if ones else 0
    if _g(m, p, "c"):
        base = ctx.lex.year_words[(_g(m, p, "c") or "").lower()] * 100
        base += int(ctx.lex.numbers[(_g(m, p, "t") or "").lower()] or 0)
    else:
        base = 2000
    return _absolute(m, p, When.year(base + extra))


def holiday(m: Match, p: str, ctx: Context) -> Found | None:
    """ "Thanksgiving", "Christmas 2024", "last Election Day": the holiday's date."""
    spec = ctx.lex.holidays[" ".join((_g(m, p, "h") or "").lower().split())]
    year, rel = _g(m, p, "y"), (_g(m, p, "rel") or "").lower()

    def in_year(y: int) -> date:
        if len(spec) == 2:
            return date(y, spec[0], spec[1])
        first = date(y, spec[0], spec[2])
        return first + timedelta(days=(spec[1] - first.weekday()) % 7)

    if year:
        return _absolute(m, p, When.day(in_year(int(year))))
    tense = {"last": Tense.PAST, "next": Tense.FUTURE}.get(rel, _tense(m, p, ctx))

    def make(anchor: date) -> When:
        options = [in_year(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        if rel == "this":
            return When.day(options[1])
        if rel == "last":
            return When.day(max(d for d in options if d < anchor))
        if rel == "next":
            return When.day(min(d for d in options if d > anchor))
        return When.day(pick_day(options, anchor, tense))

    return _relative(m, p, ctx, make)
