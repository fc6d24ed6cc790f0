"""One handler per grammar alternative: a regex match becomes a :class:`Found` value.

A handler returns None to reject a match that is not a date after all ("May
I", "Agenda 2030", "2000 troops"). Relative forms are resolved against the
anchor when there is one and left unresolved (``when`` None) when there is
not; event-relative forms keep their offset and the phrase they refer to.
"""

from __future__ import annotations

import re
from datetime import date

import attrs

from govtimeline.dates.clock import time
from govtimeline.dates.found import (
    OUT_OF_CALENDAR,
    Context,
    Found,
    Handler,
    Match,
    _absolute,
    _day,
    _g,
    _mod,
    _month,
    _relative,
    _safe,
    _span,
    _tense,
    _unresolved,
)
from govtimeline.dates.measures import bare_units, duration, set_
from govtimeline.dates.months import _MONTH_CONTEXT, day_month, mon_rel_year, mon_year, month
from govtimeline.dates.periods import (
    century,
    fiscal,
    half,
    holiday,
    period,
    quarter,
    quarter_code,
    word_year,
    year_ago,
    year_end,
)
from govtimeline.dates.relative import (
    ago,
    daypart,
    event_rel,
    in_n,
    part_ref,
    rel_unit,
    relday,
    same,
    weekday,
)
from govtimeline.dates.resolve import (
    Tense,
    nearest_month,
    nearest_month_day,
)
from govtimeline.model import AnchorKind, TimexType
from govtimeline.model.when import When

__all__ = ["HANDLERS", "Context", "Found"]

_YEAR_CONTEXT = _MONTH_CONTEXT | frozenset(
    [
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "for",
        "at",
        "with",
        "over",
        "within",
        "as",
        "end",
        "start",
        "beginning",
        "fiscal",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "year",
        "election",
        "budget",
    ]
)


def iso(m: Match, p: str, ctx: Context) -> Found | None:
    when = _safe(
        lambda: When.day(int(_g(m, p, "y") or 0), int(_g(m, p, "m") or 0), int(_g(m, p, "d") or 0))
    )
    if when is None:
        return None
    found = _absolute(m, p, when)
    written = ctx.text[found.start : found.end]
    if "T" in written:  # "2025-09-24T10:00Z": a TIME, its value as written (seconds kept)
        return attrs.evolve(found, timex_type=TimexType.TIME, value=written)
    return found


def numeric(m: Match, p: str, ctx: Context) -> Found | None:
    a, b, c = int(_g(m, p, "a") or 0), int(_g(m, p, "b") or 0), _g(m, p, "c") or ""
    year = int(c) if len(c) == 4 else (2000 + int(c) if int(c) < 50 else 1900 + int(c))
    if _g(m, p, "sep") == "." and len(c) == 2:
        return None  # "1.5.25" is more often a version or a section than a date
    day_first = ctx.day_first if a <= 12 and b <= 12 else a > 12
    day, month = (a, b) if day_first else (b, a)
    when = _safe(lambda: When.day(year, month, day))
    return _absolute(m, p, when) if when else None


def _year_or_anchor(m: Match, p: str, ctx: Context, group: str = "y") -> int | None:
    y = _g(m, p, group)
    return int(y) if y else None


def day_range(m: Match, p: str, ctx: Context) -> Found | None:
    month = _month(ctx.lex, _g(m, p, "mon") or "")
    d1, d2 = _day(_g(m, p, "d1") or "0"), _day(_g(m, p, "d2") or "0")
    if d2 <= d1:
        return None
    year = _year_or_anchor(m, p, ctx) or _nearest_year(m, p, ctx, month, d1)
    if year is None:  # no anchor, or none within the calendar: kept, with what is known
        start, end = _span(m, p)
        return _unresolved(start, end, f"XXXX-{month:02d}-{d1:02d}")
    w1, w2 = _safe(lambda: When.day(year, month, d1)), _safe(lambda: When.day(year, month, d2))
    if w1 is None or w2 is None:
        return None
    found = _absolute(m, p, w1, w2)
    return found if _g(m, p, "y") else attrs.evolve(found, anchor_kind=AnchorKind.DOCUMENT)


def across_months(m: Match, p: str, ctx: Context) -> Found | None:
    """A range of days across months: "from 26 February to 2 March 2024", "February 26
    to March 2", "29 December 2030 – 3 January 2031"; a year stated on one end gives the
    other's (the range runs forward)."""
    m1, m2 = _month(ctx.lex, _g(m, p, "m1") or ""), _month(ctx.lex, _g(m, p, "m2") or "")
    d1, d2 = _day(_g(m, p, "d1") or "0"), _day(_g(m, p, "d2") or "0")
    if m1 == m2:
        return None  # "3 May to 5 May": the day range's, or two dates
    years = _across_years(m, p, ctx, m1, d1, m2)
    if years is None:  # no year and no anchor: kept, with what is known
        start, end = _span(m, p)
        return _unresolved(start, end, f"XXXX-{m1:02d}-{d1:02d}")
    y1, y2 = years
    w1 = _safe(lambda: When.day(y1, m1, d1))
    w2 = _safe(lambda: When.day(y2, m2, d2))
    if w1 is None or w2 is None or w2.before(w1) or (w2.earliest - w1.earliest).days > 366:
        return None
    found = _absolute(m, p, w1, w2)
    stated = _g(m, p, "y") or _g(m, p, "y1")
    return found if stated else attrs.evolve(found, anchor_kind=AnchorKind.DOCUMENT)


def _across_years(
    m: Match, p: str, ctx: Context, m1: int, d1: int, m2: int
) -> tuple[int, int] | None:
    """The years of the two ends of a range across months (see :func:`across_months`)."""
    y1, y2 = _year_or_anchor(m, p, ctx, "y1"), _year_or_anchor(m, p, ctx)
    if y1 is not None and y2 is not None:
        return y1, y2
    if y2 is not None:
        return (y2 if m1 < m2 else y2 - 1), y2
    if y1 is not None:
        return y1, (y1 if m2 > m1 else y1 + 1)
    first = _nearest_year(m, p, ctx, m1, d1)
    if first is None:
        return None
    return first, (first if m2 > m1 else first + 1)


def _nearest_year(m: Match, p: str, ctx: Context, month: int, day: int) -> int | None:
    """The year of the day nearest the anchor, in the clause's tense; None without an
    anchor or beyond the calendar."""
    if ctx.anchor is None:
        return None
    try:
        found = nearest_month_day(ctx.anchor, month, day, _tense(m, p, ctx))
    except OUT_OF_CALENDAR:
        return None
    return found.year if found is not None else None


def full_date(m: Match, p: str, ctx: Context) -> Found | None:
    when = _safe(
        lambda: When.day(
            int(_g(m, p, "y") or 0),
            _month(ctx.lex, _g(m, p, "mon") or ""),
            _day(_g(m, p, "d") or "0"),
        )
    )
    return _absolute(m, p, when) if when else None


def month_range(m: Match, p: str, ctx: Context) -> Found | None:
    m1, m2 = _month(ctx.lex, _g(m, p, "m1") or ""), _month(ctx.lex, _g(m, p, "m2") or "")
    y2 = _year_or_anchor(m, p, ctx) or _year_or_anchor(m, p, ctx, "y1")
    try:
        if y2 is None and ctx.anchor is not None:
            y2 = nearest_month(ctx.anchor, m2, _tense(m, p, ctx)).earliest.year
        if y2 is None:
            raise ValueError("no year")
        y1 = _year_or_anchor(m, p, ctx, "y1") or (y2 if m1 <= m2 else y2 - 1)
        first, last = When.month(y1, m1), When.month(y2, m2)
    except OUT_OF_CALENDAR:  # no anchor, or a year beyond the calendar: kept, with what is known
        start, end = _span(m, p)
        return _unresolved(start, end, f"XXXX-{m1:02d}")
    if last.before(first):
        return None
    return _absolute(m, p, first, last)


def year_range(m: Match, p: str, ctx: Context) -> Found | None:
    words = ctx.text[max(0, m.start(p) - 20) : m.start(p)].split()
    if words and words[-1].lower().rstrip(".:") in ctx.lex.year_prefixes:
        return None  # "pages 2019-2024"
    y1, raw = int(_g(m, p, "y1") or 0), _g(m, p, "y2") or ""
    y2 = int(raw) if len(raw) == 4 else y1 - y1 % 100 + int(raw)
    if not y1 < y2 <= y1 + 100:
        return None
    return _absolute(m, p, When.year(y1), When.year(y2))


def season(m: Match, p: str, ctx: Context) -> Found | None:
    code = ctx.lex.seasons[(_g(m, p, "s") or "").lower()]
    mod = _mod(_g(m, p, "mod") or _g(m, p, "mod2"))
    rel, year = " ".join((_g(m, p, "rel") or "").lower().split()), _g(m, p, "y")
    if year:
        return _absolute(m, p, When.season(int(year), code, mod))
    if not rel:
        return None
    tense = _tense(m, p, ctx)

    def make(anchor: date) -> When:
        this = When.season(anchor.year, code, mod)
        if rel == "this past":  # the last one that has ended
            return this if this.latest < anchor else When.season(anchor.year - 1, code, mod)
        if (
            rel == "last"
            or rel == "the past"
            or (rel == "the" and tense is Tense.PAST and this.earliest > anchor)
        ):
            return When.season(anchor.year - 1, code, mod)
        if rel in ("next", "the coming") or (
            rel == "the" and tense is Tense.FUTURE and this.latest < anchor
        ):
            return When.season(anchor.year + 1, code, mod) if this.earliest <= anchor else this
        return this

    return _relative(m, p, ctx, make)


def decade(m: Match, p: str, ctx: Context) -> Found | None:
    word = _g(m, p, "w")
    if word:  # "the nineties": the latest such decade that has begun by the anchor
        tens = ctx.lex.decade_words[word.lower()] * 10
        year = ctx.anchor.year if ctx.anchor else 1999
        first = year - year % 100 + tens
        if first > year:
            first -= 100
        return _absolute(m, p, When.decade(first, _mod(_g(m, p, "mod2"))))
    first = int(_g(m, p, "d") or 0)
    if first < 1000:
        return None
    return _absolute(m, p, When.decade(first, _mod(_g(m, p, "mod"))))


def mod_year(m: Match, p: str, ctx: Context) -> Found | None:
    return _absolute(m, p, When.year(int(_g(m, p, "y") or 0), _mod(_g(m, p, "mod"))))


def ref(m: Match, p: str, ctx: Context) -> Found | None:
    start, end = _span(m, p)
    following = ctx.text[end : end + 20].split()
    if following and (following[0][:1].isdigit() or following[0].lower() in ctx.lex.numbers):
        return None  # "the past three months" is a duration, not "the past"
    if following and following[0].lower().strip(",.;:").rstrip("s") in ctx.lex.units:
        return None  # "in the past year", "the past decade": the unit says which period
    if following and following[0].lower().strip(",.;:") in ctx.lex.not_ref_before:
        return None  # "the current account"
    word = _g(m, p, "w") or ""
    before = ctx.text[max(0, start - 3) : start]
    sentence_start = not before.strip() or before.rstrip()[-1:] in '.!?:"“('
    later_capital = any(w[:1].isupper() for w in word.split()[1:])
    if later_capital or (word[:1].isupper() and not sentence_start):
        return None  # "Current AI", "the Summit of the Future": part of a name
    value = ctx.lex.refs[" ".join((_g(m, p, "w") or "").lower().split())]
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.DATE,
        value=value,
        anchor_kind=AnchorKind.DOCUMENT if ctx.anchor else AnchorKind.UNRESOLVED,
    )


def year(m: Match, p: str, ctx: Context) -> Found | None:
    start, end = _span(m, p)
    before = ctx.text[max(0, start - 25) : start]
    words = before.split()
    previous = words[-1].strip(",;:(\"“'") if words else ""
    sentence_start = (
        not words
        or bool(re.search(r"[.!?:]\s*$|\n\s*$", before))
        or before.endswith(("(", "“", '"'))
    )
    lowered = previous.lower().rstrip(".")
    if re.fullmatch(r"[A-Z](?:\.[A-Z])*\.", previous):
        return None  # "H.R. 2025", "S. 1990": bill numbers
    if lowered in ctx.lex.year_prefixes or (
        len(words) >= 2 and f"{words[-2]} {previous}".lower() in ctx.lex.year_prefixes
    ):
        return None
    after = ctx.text[end : end + 20].split()
    possessive = previous.endswith(("'s", "’s", "s'", "s’")) and not (
        after and after[0][:1].isupper()  # "Kopp's 1987 Chevrolet": a model's name
    )  # "Biden's 2023 order": a year
    named = (
        previous[:1].isupper()
        and not sentence_start
        and not possessive
        and lowered not in _YEAR_CONTEXT
    )
    if named and lowered not in ctx.lex.months and lowered not in ctx.lex.weekdays:
        return None  # "Vision 2030": a capitalised word before a year makes it a name
    after = ctx.text[end : end + 20].split()
    following = after[0].lower().strip(",.;:") if after else ""
    if following in ctx.lex.count_nouns:
        return None
    return _absolute(m, p, When.year(int(_g(m, p, "y") or 0)))


HANDLERS: dict[str, Handler] = {
    "iso": iso,
    "numeric": numeric,
    "dmy_across": across_months,
    "mdy_across": across_months,
    "dmy_range": day_range,
    "mdy_range": day_range,
    "full_dmy": full_date,
    "full_mdy": full_date,
    "month_range": month_range,
    "year_range": year_range,
    "year_dash": year_range,
    "dm": day_month,
    "mon_year": mon_year,
    "mon_rel_year": mon_rel_year,
    "md": day_month,
    "season": season,
    "quarter": quarter,
    "period": period,
    "year_ago": year_ago,
    "quarter_code": quarter_code,
    "half": half,
    "decade": decade,
    "century": century,
    "word_year": word_year,
    "holiday": holiday,
    "mod_year": mod_year,
    "fiscal": fiscal,
    "year_end": year_end,
    "event_rel": event_rel,
    "same": same,
    "ago": ago,
    "rel_unit": rel_unit,
    "in_n": in_n,
    "weekday": weekday,
    "relday": relday,
    "daypart": daypart,
    "part_ref": part_ref,
    "bare_units": bare_units,
    "ref": ref,
    "set": set_,
    "time": time,
    "duration": duration,
    "year": year,
    "month": month,
}
"""Handler of each grammar alternative, by name."""
