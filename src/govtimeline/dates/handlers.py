"""One handler per grammar alternative: a regex match becomes a :class:`Found` value.

A handler returns None to reject a match that is not a date after all ("May
I", "Agenda 2030", "2000 troops"). Relative forms are resolved against the
anchor when there is one and left unresolved (``when`` None) when there is
not; event-relative forms keep their offset and the phrase they refer to.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import attrs

from govtimeline.dates.clock import time
from govtimeline.dates.found import (
    Context,
    Found,
    Handler,
    Match,
    _absolute,
    _day,
    _duration,
    _g,
    _mod,
    _month,
    _number,
    _offset,
    _relative,
    _safe,
    _span,
    _tense,
    _unit,
    _unresolved,
)
from govtimeline.dates.periods import fiscal, half, period, quarter, quarter_code, year_ago
from govtimeline.dates.resolve import (
    Tense,
    nearest_month,
    nearest_month_day,
    shift_unit,
    weekday_date,
)
from govtimeline.model import AnchorKind, TimexType
from govtimeline.when import Mod, Precision, When

__all__ = ["HANDLERS", "Context", "Found"]

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
_YEAR_CONTEXT = _MONTH_CONTEXT | frozenset(
    [
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
    year = _year_or_anchor(m, p, ctx)
    if year is None:
        if ctx.anchor is None:
            start, end = _span(m, p)
            return _unresolved(start, end)
        first = nearest_month_day(ctx.anchor, month, d1, _tense(m, p, ctx))
        if first is None:
            return None
        year = first.year
    w1, w2 = _safe(lambda: When.day(year, month, d1)), _safe(lambda: When.day(year, month, d2))
    if w1 is None or w2 is None:
        return None
    found = _absolute(m, p, w1, w2)
    return found if _g(m, p, "y") else attrs.evolve(found, anchor_kind=AnchorKind.DOCUMENT)


def full_date(m: Match, p: str, ctx: Context) -> Found | None:
    when = _safe(
        lambda: When.day(
            int(_g(m, p, "y") or 0),
            _month(ctx.lex, _g(m, p, "mon") or ""),
            _day(_g(m, p, "d") or "0"),
        )
    )
    return _absolute(m, p, when) if when else None


def _month_allowed(m: Match, p: str, ctx: Context, word: str) -> bool:
    key = word.lower().rstrip(".")
    if key not in ctx.lex.ambiguous_months:
        return True
    before = ctx.text[max(0, m.start(p) - 20) : m.start(p)].split()
    previous = before[-1].lower().strip(',("“') if before else ""
    after = ctx.text[m.end(p) : m.end(p) + 12].split()
    following = after[0].lower().strip(",.") if after else ""
    if key == "may" and following in _NOT_AFTER_MAY:
        return False
    if word.endswith(".") or len(key) > 4 or key == "may":
        return previous in _MONTH_CONTEXT and not (
            key in ("march", "may") and following in ("on", "against", "for")
        )
    return False


def day_month(m: Match, p: str, ctx: Context) -> Found | None:
    word = _g(m, p, "mon") or ""
    month, day = _month(ctx.lex, word), _day(_g(m, p, "d") or "0")
    if word.lower() == "may" and _g(m, p, "wd") is None and p == "md":
        following = ctx.text[m.end(p) : m.end(p) + 10].split()
        if following and following[0].lower() in _NOT_AFTER_MAY:
            return None
    tense = _tense(m, p, ctx)
    weekday_word = _g(m, p, "wd")
    named_day = ctx.lex.weekdays[weekday_word.lower()] if weekday_word else None

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


def month_range(m: Match, p: str, ctx: Context) -> Found | None:
    m1, m2 = _month(ctx.lex, _g(m, p, "m1") or ""), _month(ctx.lex, _g(m, p, "m2") or "")
    y2 = _year_or_anchor(m, p, ctx) or _year_or_anchor(m, p, ctx, "y1")
    if y2 is None:
        if ctx.anchor is None:
            start, end = _span(m, p)
            return _unresolved(start, end)
        y2 = nearest_month(ctx.anchor, m2, _tense(m, p, ctx)).earliest.year
    y1 = _year_or_anchor(m, p, ctx, "y1") or (y2 if m1 <= m2 else y2 - 1)
    first, last = When.month(y1, m1), When.month(y2, m2)
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


def mon_year(m: Match, p: str, ctx: Context) -> Found | None:
    when = _safe(
        lambda: When.month(
            int(_g(m, p, "y") or 0), _month(ctx.lex, _g(m, p, "mon") or ""), _mod(_g(m, p, "mod"))
        )
    )
    return _absolute(m, p, when) if when else None


def season(m: Match, p: str, ctx: Context) -> Found | None:
    code = ctx.lex.seasons[(_g(m, p, "s") or "").lower()]
    mod, rel, year = _mod(_g(m, p, "mod")), (_g(m, p, "rel") or "").lower(), _g(m, p, "y")
    if year:
        return _absolute(m, p, When.season(int(year), code, mod))
    if not rel:
        return None
    tense = _tense(m, p, ctx)

    def make(anchor: date) -> When:
        this = When.season(anchor.year, code, mod)
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
    first = int(_g(m, p, "d") or 0)
    if first < 1000:
        return None
    return _absolute(m, p, When.decade(first, _mod(_g(m, p, "mod"))))


def mod_year(m: Match, p: str, ctx: Context) -> Found | None:
    return _absolute(m, p, When.year(int(_g(m, p, "y") or 0), _mod(_g(m, p, "mod"))))


def event_rel(m: Match, p: str, ctx: Context) -> Found | None:
    unit, direction = (
        (_g(m, p, "unit") or "").lower(),
        " ".join((_g(m, p, "dir") or "").lower().split()),
    )
    amount: float | None
    if _g(m, p, "eve"):
        amount, code, sign = 1.0, "D", -1
    elif unit:
        amount, code = 1.0, ctx.lex.units[unit]
        sign = -1 if direction in ("before", "prior to") else 1
    else:
        amount = _number(ctx.lex, _g(m, p, "n") or "")
        code = _unit(ctx.lex, _g(m, p, "u") or "")
        sign = -1 if direction in ("before", "prior to") else 1
    reference = re.split(r"[.!?;]\s|\n", _g(m, p, "ref") or "")[0].rstrip(".,;:’'")
    start = m.start(p)
    end = m.start(f"{p}_ref") + len(reference)
    if not reference or reference.lower() in ("the", "a", "an"):
        return None
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.DATE,
        anchor_kind=AnchorKind.EVENT,
        offset=_offset(sign, amount, code),
        reference=reference,
    )


def same(m: Match, p: str, ctx: Context) -> Found | None:
    start, end = _span(m, p)
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.DATE,
        anchor_kind=AnchorKind.EVENT,
        offset="P0" + ctx.lex.units[(_g(m, p, "u") or "day").lower()],
    )


def ago(m: Match, p: str, ctx: Context) -> Found | None:
    amount = _number(ctx.lex, _g(m, p, "n") or "")
    unit = (_g(m, p, "u") or "").lower().rstrip("s")
    code = _unit(ctx.lex, unit)
    direction = " ".join((_g(m, p, "dir") or "").lower().split())
    sign = -1 if direction in ("ago", "earlier") else 1
    start, end = _span(m, p)
    if direction in ("earlier", "later"):
        return Found(
            start=start,
            end=end,
            timex_type=TimexType.DATE,
            anchor_kind=AnchorKind.EVENT,
            offset=_offset(sign, amount, code),
        )
    if amount is None or amount != int(amount):
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Found(
            start=start,
            end=end,
            timex_type=TimexType.DATE,
            value=value,
            anchor_kind=AnchorKind.DOCUMENT if ctx.anchor else AnchorKind.UNRESOLVED,
        )
    return _relative(m, p, ctx, lambda a: _safe(lambda: shift_unit(a, unit, sign * int(amount))))


def rel_unit(m: Match, p: str, ctx: Context) -> Found | None:
    rel = " ".join((_g(m, p, "rel") or "").lower().split())
    unit = (_g(m, p, "u") or "").lower()
    mod_word = (_g(m, p, "mod") or "").lower()
    mod = {"early": Mod.EARLY, "late": Mod.LATE, "mid": Mod.MID}.get(mod_word)
    if rel == "the same":
        start, end = _span(m, p)
        return Found(
            start=start,
            end=end,
            timex_type=TimexType.DATE,
            anchor_kind=AnchorKind.EVENT,
            offset="P0" + ctx.lex.units.get(unit, "D"),
        )
    if rel == "the" and unit not in ("year", "month", "week", "weekend"):
        return None  # "the decade" is too vague to date
    after = ctx.text[m.end(p) : m.end(p) + 12].split()
    if rel == "the" and after and after[0].lower() in ("ended", "ending", "through"):
        start, end = _span(m, p)  # "the year ended March 31": a fiscal year, a span of a year
        return Found(
            start=start, end=end, timex_type=TimexType.DURATION, value="P1" + ctx.lex.units[unit]
        )
    step = {"last": -1, "the previous": -1, "the past": -1, "next": 1, "the coming": 1}.get(rel, 0)
    if unit == "weekend":
        return _weekend(m, p, ctx, step if rel != "the" else None)

    def make(anchor: date) -> When | None:
        base = shift_unit(anchor, unit, step)
        return When.of_unit(base.earliest, base.precision, mod) if mod else base

    return _relative(m, p, ctx, make)


def _weekend(m: Match, p: str, ctx: Context, step: int | None) -> Found | None:
    """ "last weekend", "the weekend": TIMEX3 ``2025-W40-WE``; "the" follows the clause's tense."""
    if step is None:
        step = {Tense.PAST: -1, Tense.FUTURE: 1}.get(_tense(m, p, ctx), 0)

    def make(anchor: date) -> When:
        saturday = anchor + timedelta(days=5 - anchor.weekday())
        if (step == 0 and anchor.weekday() < 3) or (
            step < 0 and saturday > anchor
        ):  # early in the week: the one just past
            saturday -= timedelta(days=7)
        elif step > 0 and saturday <= anchor:
            saturday += timedelta(days=7)
        return When.of_unit(saturday, Precision.WEEK)

    found = _relative(m, p, ctx, make)
    if found is None or found.when is None:
        return found
    return attrs.evolve(found, value=f"{found.when.timex}-WE")


def in_n(m: Match, p: str, ctx: Context) -> Found | None:
    amount = _number(ctx.lex, _g(m, p, "n") or "")
    unit = (_g(m, p, "u") or "").lower().rstrip("s")
    if amount is None or amount != int(amount) or unit not in ("day", "week", "month", "year"):
        start, end = _span(m, p)
        return Found(
            start=start + 3,
            end=end,
            timex_type=TimexType.DURATION,
            value=_duration(amount, _unit(ctx.lex, unit)),
        )
    found = _relative(m, p, ctx, lambda a: _safe(lambda: shift_unit(a, unit, int(amount))))
    return found and attrs.evolve(found, offset=_duration(amount, _unit(ctx.lex, unit)))


def _part_value(found: Found | None, part: str | None, ctx: Context) -> Found | None:
    """ "Thursday night": a TIME whose value is the day and the TIMEX3 part of day (``TNI``)."""
    if found is None or part is None or found.when is None:
        return found
    code = ctx.lex.parts_of_day[part.lower()]
    return attrs.evolve(found, timex_type=TimexType.TIME, value=f"{found.when.timex}T{code}")


def daypart(m: Match, p: str, ctx: Context) -> Found | None:
    """ "this morning", "tonight", "last night": a part of the anchor's day or of the day before."""
    shift, code = ctx.lex.day_parts[" ".join((_g(m, p, "w") or "").lower().split())]
    found = _relative(m, p, ctx, lambda a: When.day(a + timedelta(days=shift)))
    if found is None or found.when is None:
        return found and attrs.evolve(found, timex_type=TimexType.TIME)
    return attrs.evolve(found, timex_type=TimexType.TIME, value=f"{found.when.timex}T{code}")


def weekday(m: Match, p: str, ctx: Context) -> Found | None:
    day = ctx.lex.weekdays[(_g(m, p, "wd") or "").lower()]
    rel = (_g(m, p, "rel") or "").lower() or None
    tense = _tense(m, p, ctx)
    found = _relative(
        m, p, ctx, lambda a: When.day(weekday_date(a, day, tense, rel)), f"XXXX-WXX-{day + 1}"
    )
    return _part_value(found, _g(m, p, "part"), ctx)


def relday(m: Match, p: str, ctx: Context) -> Found | None:
    shift = ctx.lex.relative_days[(_g(m, p, "w") or "").lower()]
    found = _relative(m, p, ctx, lambda a: When.day(a + timedelta(days=shift)))
    return _part_value(found, _g(m, p, "part"), ctx)


def ref(m: Match, p: str, ctx: Context) -> Found | None:
    start, end = _span(m, p)
    following = ctx.text[end : end + 20].split()
    if following and (following[0][:1].isdigit() or following[0].lower() in ctx.lex.numbers):
        return None  # "the past three months" is a duration, not "the past"
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


def set_(m: Match, p: str, ctx: Context) -> Found | None:
    start, end = _span(m, p)
    adverb = _g(m, p, "adv")
    if adverb:
        after = ctx.text[end : end + 40].split()[:2]
        if after and after[0][:1].isupper() and not ctx.text[end:].startswith((".", "\n")):
            return None  # "the party daily Granma": a newspaper
        if any(w.lower().strip(",.;:") in ctx.lex.classifier_nouns for w in after):
            return None  # "quarterly dividend", "average daily volume"
        return Found(
            start=start, end=end, timex_type=TimexType.SET, value=ctx.lex.sets[adverb.lower()]
        )
    weekday_word = _g(m, p, "wd")
    if weekday_word:  # "every Tuesday"
        day = ctx.lex.weekdays[weekday_word.lower()] + 1
        return Found(start=start, end=end, timex_type=TimexType.SET, value=f"XXXX-WXX-{day}")
    season_word = _g(m, p, "season")
    if season_word:  # "every autumn"
        code = ctx.lex.seasons[season_word.lower()]
        return Found(start=start, end=end, timex_type=TimexType.SET, value=f"XXXX-{code}")
    part = _g(m, p, "part")
    if part:  # "every morning"
        code = ctx.lex.parts_of_day[part.lower()]
        return Found(start=start, end=end, timex_type=TimexType.SET, value=f"XXXX-XX-XXT{code}")
    unit = _g(m, p, "u") or _g(m, p, "u2") or ""
    amount = 2.0 if _g(m, p, "other") else _number(ctx.lex, _g(m, p, "n") or "1")
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.SET,
        value=_duration(amount or 1, _unit(ctx.lex, unit)),
    )


def bare_units(m: Match, p: str, ctx: Context) -> Found | None:
    """ "for years", "in weeks", "took months": a DURATION of an unspecified number of units."""
    start, end = m.end(f"{p}_pre"), m.end(p)
    start += len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
    code = _unit(ctx.lex, _g(m, p, "u") or "")
    return Found(start=start, end=end, timex_type=TimexType.DURATION, value=_duration(None, code))


def duration(m: Match, p: str, ctx: Context) -> Found | None:
    start, end = _span(m, p)
    pre = _g(m, p, "pre")
    if pre:  # "for two years": the expression is "two years"
        start = m.start(f"{p}_pre") + len(pre)
        start += len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
    vague = _g(m, p, "vague")
    if vague:
        return Found(
            start=start,
            end=end,
            timex_type=TimexType.DURATION,
            value=_duration(None, _unit(ctx.lex, _g(m, p, "u2") or "")),
        )
    words = (_g(m, p, "n") or "").lower()
    amount = _number(ctx.lex, words)
    unit_word = (_g(m, p, "u") or "").lower()
    following = ctx.text[end : end + 12].split()
    if unit_word.startswith("quarter") and (
        "-" in ctx.text[start:end]
        or (following and following[0].lower() in ("of", "point", "percent"))
    ):
        return None  # "three-quarters of", "a quarter of the seats": fractions
    if amount is not None and amount > 10_000:
        return None
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.DURATION,
        value=_duration(amount, _unit(ctx.lex, _g(m, p, "u") or "")),
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
    named = previous[:1].isupper() and not sentence_start and lowered not in _YEAR_CONTEXT
    if named and lowered not in ctx.lex.months and lowered not in ctx.lex.weekdays:
        return None  # "Vision 2030": a capitalised word before a year makes it a name
    after = ctx.text[end : end + 20].split()
    following = after[0].lower().strip(",.;:") if after else ""
    if following in ctx.lex.count_nouns:
        return None
    return _absolute(m, p, When.year(int(_g(m, p, "y") or 0)))


def month(m: Match, p: str, ctx: Context) -> Found | None:
    word = _g(m, p, "mon") or ""
    if not _month_allowed(m, p, ctx, word):
        return None
    before = ctx.text[max(0, m.start(p) - 20) : m.start(p)].split()
    after = ctx.text[m.end(p) : m.end(p) + 20].split()
    surname_follows = bool(after) and after[0][:1].isupper() and not _g(m, p, "mod")
    if surname_follows and (not before or before[-1].lower() not in _MONTH_CONTEXT):
        return None  # "August Wilson", "June Wong": a first name
    number, mod, tense = _month(ctx.lex, word), _mod(_g(m, p, "mod")), _tense(m, p, ctx)

    def make(anchor: date) -> When:
        base = nearest_month(anchor, number, tense)
        return When.month(base.earliest.year, number, mod) if mod else base

    return _relative(m, p, ctx, make, f"XXXX-{number:02d}")


HANDLERS: dict[str, Handler] = {
    "iso": iso,
    "numeric": numeric,
    "dmy_range": day_range,
    "mdy_range": day_range,
    "full_dmy": full_date,
    "full_mdy": full_date,
    "month_range": month_range,
    "year_range": year_range,
    "year_dash": year_range,
    "dm": day_month,
    "mon_year": mon_year,
    "md": day_month,
    "season": season,
    "quarter": quarter,
    "period": period,
    "year_ago": year_ago,
    "quarter_code": quarter_code,
    "half": half,
    "decade": decade,
    "mod_year": mod_year,
    "fiscal": fiscal,
    "event_rel": event_rel,
    "same": same,
    "ago": ago,
    "rel_unit": rel_unit,
    "in_n": in_n,
    "weekday": weekday,
    "relday": relday,
    "daypart": daypart,
    "bare_units": bare_units,
    "ref": ref,
    "set": set_,
    "time": time,
    "duration": duration,
    "year": year,
    "month": month,
}
"""Handler of each grammar alternative, by name."""
