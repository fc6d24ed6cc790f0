"""Handlers of the forms built on a month name: "24 September", "September", "May 2025".

An ambiguous name ("May", "March", "Aug.") is a month only in a context that
makes it one ("in May", "since March"): "May I", "March for Life" and "August
Wilson" are not dates. A day and month with no year, or a month alone, is
resolved against the anchor by the clause's tense. :mod:`.handlers` maps the
grammar's alternatives to these.
"""

from __future__ import annotations

import re
from datetime import date

from govtimeline.dates.found import (
    Context,
    Found,
    Match,
    _absolute,
    _day,
    _g,
    _mod,
    _month,
    _relative,
    _safe,
    _tense,
    _weekday,
)
from govtimeline.dates.resolve import Tense, nearest_month, nearest_month_day
from govtimeline.model.when import When

__all__ = ["day_month", "mon_rel_year", "mon_year", "month"]

_MONTH_CONTEXT = frozenset(
    [
        "in",
        "since",
        "until",
        "by",
        "during",
        "of",
        "last",
        "next",
        "this",
        "early",
        "late",
        "mid",
        "an",
        "a",
        "the",
        "from",
        "through",
        "before",
        "after",
        "between",
        "till",
        "and",
        "or",
        "to",
        "on",
        "around",
        "throughout",
    ]
)
_MONTH_SURE = frozenset(
    ["in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next"]
)
"""Words after which "May" or "March" is the month even before "that", "for"…"""
_NOT_AFTER_MAY = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "be",
        "have",
        "not",
        "also",
        "well",
        "this",
        "that",
    ]
)


def _month_allowed(m: Match, p: str, ctx: Context, word: str) -> bool:
    key = word.lower().rstrip(".")
    if key not in ctx.lex.ambiguous_months:
        return True
    before = ctx.text[max(0, m.start(p) - 20) : m.start(p)].split()
    previous = before[-1].lower().strip(',("“') if before else ""
    after = ctx.text[m.end(p) : m.end(p) + 30].split()
    following = after[0].lower().strip(",.") if after else ""
    sure = previous in _MONTH_SURE  # "disclosed in May that …", "in March for health reasons"
    if key == "may" and following in _NOT_AFTER_MAY and not sure:
        return False
    if word.endswith(".") or len(key) > 4 or key == "may":
        name_follows = len(after) > 1 and after[1][:1].isupper()  # "March for Life"
        return previous in _MONTH_CONTEXT and not (
            key in ("march", "may")
            and following in ("on", "against", "for")
            and (name_follows or not sure)
        )
    return False


_YEAR_OUT_OF_RANGE = re.compile(r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{3,4}(?![\d,.]?\d)(?!\s*%)")


def _unread_year(m: Match, p: str, ctx: Context) -> bool:
    """Whether a year the grammar does not read follows ("14 October 1066", "May 5, 2250").

    Such a date is left unparsed: read as year-less it would move into the
    anchor's year.
    """
    return _YEAR_OUT_OF_RANGE.match(ctx.text, m.end(p)) is not None


def day_month(m: Match, p: str, ctx: Context) -> Found | None:
    word = _g(m, p, "mon") or ""
    month, day = _month(ctx.lex, word), _day(_g(m, p, "d") or "0")
    if _unread_year(m, p, ctx):
        return None
    if word.lower() == "may" and _g(m, p, "wd") is None and p == "md":
        following = ctx.text[m.end(p) : m.end(p) + 10].split()
        before = ctx.text[max(0, m.start(p) - 20) : m.start(p)].split()
        sure = bool(before) and before[-1].lower() in _MONTH_SURE
        if following and following[0].lower() in _NOT_AFTER_MAY and not sure:
            return None
    tense = _tense(m, p, ctx)
    weekday_word = _g(m, p, "wd")
    named_day = _weekday(ctx.lex, weekday_word) if weekday_word else None

    def make(anchor: date) -> When | None:
        if named_day is not None:  # "Monday, Oct. 26": the year in which it is a Monday
            fitting = [
                d
                for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                if (d := _safe_date(y, month, day)) is not None and d.weekday() == named_day
            ]
            if fitting:
                return When.day(min(fitting, key=lambda d: abs((d - anchor).days)))
        found = nearest_month_day(anchor, month, day, tense, deadline=_deadline(m, p, ctx))
        return When.day(found) if found is not None else None

    return _relative(m, p, ctx, make, f"XXXX-{month:02d}-{day:02d}")


def _deadline(m: Match, p: str, ctx: Context) -> bool:
    before = ctx.text[max(0, m.start(p) - 15) : m.start(p)].split()
    after = ctx.text[m.end(p) : m.end(p) + 12].split()
    return (bool(before) and before[-1].lower() in ctx.lex.deadline_words) or (
        bool(after) and after[0].lower().startswith("deadline")
    )


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def mon_year(m: Match, p: str, ctx: Context) -> Found | None:
    when = _safe(
        lambda: When.month(
            int(_g(m, p, "y") or 0), _month(ctx.lex, _g(m, p, "mon") or ""), _mod(_g(m, p, "mod"))
        )
    )
    return _absolute(m, p, when) if when else None


def mon_rel_year(m: Match, p: str, ctx: Context) -> Found | None:
    """ "April last year", "in January this year", "March of next year": that month."""
    number, mod = _month(ctx.lex, _g(m, p, "mon") or ""), _mod(_g(m, p, "mod"))
    step = {"last": -1, "next": 1}.get((_g(m, p, "rel") or "").lower(), 0)
    return _relative(
        m, p, ctx, lambda a: When.month(a.year + step, number, mod), f"XXXX-{number:02d}"
    )


_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")


def month(m: Match, p: str, ctx: Context) -> Found | None:
    word = _g(m, p, "mon") or ""
    rel = (_g(m, p, "rel") or "").lower()
    if not rel and not _month_allowed(m, p, ctx, word):
        return None
    if rel and _DAY_AFTER.match(ctx.text, m.end(p)):
        return None  # "last Oct. 23": the day and month are read from "Oct."
    before = ctx.text[max(0, m.start(p) - 20) : m.start(p)].split()
    after = ctx.text[m.end(p) : m.end(p) + 20].split()
    surname_follows = bool(after) and after[0][:1].isupper() and not _g(m, p, "mod")
    if surname_follows and (not before or before[-1].lower() not in _MONTH_CONTEXT):
        return None  # "August Wilson", "June Wong": a first name
    if _unread_year(m, p, ctx):
        return None  # "October 1066"
    number, mod, tense = _month(ctx.lex, word), _mod(_g(m, p, "mod")), _tense(m, p, ctx)

    def make(anchor: date) -> When:
        if rel == "this":  # "this September": the anchor's year's
            return When.month(anchor.year, number, mod)
        if rel:  # "last April", "next February": the one before or after the anchor's month
            base = nearest_month(anchor, number, Tense.PAST if rel == "last" else Tense.FUTURE)
            if rel == "last" and base.earliest.month == anchor.month:
                base = When.month(base.earliest.year - 1, number)
            if rel == "next" and base.earliest.month == anchor.month:
                base = When.month(base.earliest.year + 1, number)
            return When.month(base.earliest.year, number, mod)
        base = nearest_month(anchor, number, tense)
        return When.month(base.earliest.year, number, mod) if mod else base

    return _relative(m, p, ctx, make, f"XXXX-{number:02d}")
