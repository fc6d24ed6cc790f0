"""Handlers of expressions relative to the anchor or to an event.

"yesterday", "on Wednesday", "last week", "two days ago", "in three weeks",
"this morning", "the weekend"; and, left for reconstruction, "the day before
the launch", "three days after the plan", "the same month".
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta

import attrs

from govtimeline.dates.found import (
    OUT_OF_CALENDAR,
    Context,
    Found,
    Match,
    _duration,
    _from_last_date,
    _g,
    _mod,
    _number,
    _offset,
    _relative,
    _span,
    _tense,
    _unit,
    _unresolved,
    _weekday,
)
from govtimeline.dates.resolve import (
    Tense,
    measured_span,
    offset_date,
    shift_unit,
    weekday_date,
)
from govtimeline.errors import ModelError
from govtimeline.model import AnchorKind, TimexType
from govtimeline.model.when import Precision, When

__all__ = [
    "ago",
    "daypart",
    "event_rel",
    "in_n",
    "part_ref",
    "rel_unit",
    "relday",
    "same",
    "weekday",
]


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
    if reference.split()[0].lower() in ("last", "next", "this", "yesterday", "today", "tomorrow"):
        return None  # "the week following last month's squeeze": "last month" is the date
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
    return _from_last_date(start, end, "P0" + ctx.lex.units[(_g(m, p, "u") or "day").lower()])


def ago(m: Match, p: str, ctx: Context) -> Found | None:
    amount = _number(ctx.lex, _g(m, p, "n") or "")
    unit = (_g(m, p, "u") or "").lower().rstrip("s")
    code = _unit(ctx.lex, unit)
    direction = " ".join((_g(m, p, "dir") or "").lower().split())
    sign = -1 if direction in ("ago", "earlier") else 1
    start, end = _span(m, p)
    if direction in ("earlier", "later"):
        return _from_last_date(start, end, _offset(sign, amount, code))
    if amount is None or amount != int(amount):
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Found(
            start=start,
            end=end,
            timex_type=TimexType.DATE,
            value=value,
            anchor_kind=AnchorKind.DOCUMENT if ctx.anchor else AnchorKind.UNRESOLVED,
        )
    return _year_valued(
        _relative(m, p, ctx, lambda a: offset_date(a, unit, sign * int(amount))), unit
    )


def _year_valued(found: Found | None, unit: str) -> Found | None:
    """ "in two years", "a year ago": TIMEX3 values the year (the unit's granularity),
    while ``when`` keeps the month counted from the anchor's."""
    if found is None or found.when is None or unit != "year":
        return found
    return attrs.evolve(found, value=f"{found.when.earliest.year:04d}")


def rel_unit(m: Match, p: str, ctx: Context) -> Found | None:
    rel = " ".join((_g(m, p, "rel") or "").lower().split())
    unit = (_g(m, p, "u") or "").lower()
    mod_word = (_g(m, p, "mod") or "").lower()
    mod = _mod(mod_word)
    written = ctx.text[m.start(p) : m.end(p)].split()
    before = ctx.text[max(0, m.start(p) - 3) : m.start(p)].rstrip()
    if all(w[:1].isupper() for w in written) and before and before[-1] not in '.!?:"“(\n':
        return None  # "This Week", "Next Year" inside a sentence: a title
    if rel == "the following" or (rel == "the next" and unit == "day"):
        # "the following month", "the next day": a unit after the date last written
        return _from_last_date(*_span(m, p), "P1" + ctx.lex.units.get(unit, "D"))
    if unit == "day" and rel != "that":
        return None  # "the next day" counts from the story's day, not the anchor's
    if rel in ("the next", "the last", "the past", "the coming") and unit in ("decade", "century"):
        return _unit_span(m, p, ctx, unit, -1 if rel in ("the last", "the past") else 1)
    if rel in ("the next", "the last"):  # "the next week" reads as "next week"
        rel = rel[4:]
    if rel in ("the same", "that"):  # "that year": the year of the date last written
        return _from_last_date(*_span(m, p), "P0" + ctx.lex.units.get(unit, "D"))
    if rel == "the full":
        if unit != "year":
            return None
        rel = "the"  # "the full year": the year being reported on
    if rel == "the" and unit not in ("year", "month", "week", "weekend"):
        return None  # "the decade" is too vague to date
    after = ctx.text[m.end(p) : m.end(p) + 12].split()
    if rel == "the" and after and after[0].lower() in ("ended", "ending", "through"):
        start, end = _span(m, p)  # "the year ended March 31": a fiscal year, a span of a year
        return Found(
            start=start, end=end, timex_type=TimexType.DURATION, value="P1" + ctx.lex.units[unit]
        )
    step = {
        "last": -1,
        "the previous": -1,
        "the past": -1,
        "this past": -1,
        "next": 1,
        "the coming": 1,
    }.get(rel, 0)
    if unit == "weekend":
        return _weekend(m, p, ctx, step if rel != "the" else None)

    def make(anchor: date) -> When | None:
        base = shift_unit(anchor, unit, step)
        return When.of_unit(base.earliest, base.precision, mod) if mod else base

    found = _relative(m, p, ctx, make)
    if mod_word in ("later", "earlier") and step == 0 and found and found.when:
        found = _rest_of(found, later=mod_word == "later", anchor=ctx.anchor)
    return found


def _rest_of(found: Found, *, later: bool, anchor: date | None) -> Found:
    """ "later this year": the rest of the year after the anchor; "earlier this month": the
    part before it (TIMEX3 still values the unit). Kept as it was on the unit's first or
    last day, where no part is left."""
    assert found.when is not None
    if anchor is None or not found.when.earliest <= anchor <= found.when.latest:
        return found
    try:
        if later:
            rest = When.between(anchor + timedelta(days=1), found.when.latest, Precision.DAY)
        else:
            rest = When.between(found.when.earliest, anchor - timedelta(days=1), Precision.DAY)
    except (ModelError, OverflowError):
        return found
    return attrs.evolve(found, when=rest)


def _unit_span(m: Match, p: str, ctx: Context, unit: str, sign: int) -> Found:
    """ "the next decade", "the past century": a span of ten (a hundred) years from the anchor."""
    start, end = _span(m, p)
    code = ctx.lex.units[unit]
    years = 10 if code == "DE" else 100
    when = None
    if ctx.anchor is not None:
        with contextlib.suppress(*OUT_OF_CALENDAR):
            when = measured_span(ctx.anchor, "Y", sign * years)
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.DURATION,
        value=f"P{years}Y",
        when=when,
        anchor_kind=AnchorKind.DOCUMENT if when else AnchorKind.ABSOLUTE,
    )


def _weekend(m: Match, p: str, ctx: Context, step: int | None) -> Found | None:
    """ "last weekend", "the weekend": its Saturday and Sunday, TIMEX3 ``2025-W40-WE``.

    "the" and "this" follow the clause's tense, and early in the week (up to
    Wednesday) a weekend without "next" is the one just past.
    """
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
        return When.between(saturday, saturday + timedelta(days=1), Precision.DAY)

    found = _relative(m, p, ctx, make)
    if found is None or found.when is None:
        return found
    week = When.of_unit(found.when.earliest, Precision.WEEK)
    return attrs.evolve(found, value=f"{week.timex}-WE")


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
    found = _year_valued(_relative(m, p, ctx, lambda a: offset_date(a, unit, int(amount))), unit)
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


def _abbreviation_allowed(m: Match, p: str, ctx: Context, word: str) -> bool:
    """ "Thurs" alone is a weekday after "on", "by", "until"… or with its full stop ("Sat.");
    "Sat", "Sun", "Wed" alone are a verb, a newspaper, another verb."""
    after = ctx.text[m.end(p) : m.end(p) + 20].split()
    if after and after[0][:1].isupper():
        return False  # "Sun Microsystems": a name
    if word.endswith(".") or (_g(m, p, "rel") or ""):
        return True
    before = ctx.text[max(0, m.start(p) - 12) : m.start(p)].split()
    return bool(before) and before[-1].lower().strip(",(") in ctx.lex.weekday_context


def part_ref(m: Match, p: str, ctx: Context) -> Found | None:
    """ "in the morning", "that night", "mid-afternoon", "4 in the morning", "the next morning".

    A part of the day the story is about: provisionally the anchor's day,
    which :mod:`.discourse` replaces by a day written just before (and the
    day after it for "the next morning"). "4 in the morning" is 04:00.
    """
    part = _g(m, p, "part") or _g(m, p, "part2") or _g(m, p, "part3") or ""
    code = ctx.lex.parts_of_day[part.lower()] if part else ""  # "later in the day": the day
    day_word = (_g(m, p, "rd") or "").lower()  # "mid-afternoon yesterday"
    shift = 1 if _g(m, p, "next") else ctx.lex.relative_days.get(day_word, 0)
    hour = _g(m, p, "h")
    if hour is not None:
        h = int(hour)
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if code in ("AF", "EV") or (code == "NI" and h >= 6) else 0)
        suffix = f"{h:02d}:00"
    else:
        suffix = code
    start, end = _span(m, p)
    if not suffix:  # "later in the day": a DATE, the day of the story
        if ctx.anchor is None:
            return _unresolved(start, end)
        return Found(
            start=start,
            end=end,
            timex_type=TimexType.DATE,
            value=ctx.anchor.isoformat(),
            when=When.day(ctx.anchor),
            anchor_kind=AnchorKind.DOCUMENT,
        )
    if ctx.anchor is None:
        return _unresolved(start, end, f"XXXX-XX-XXT{suffix}", timex_type=TimexType.TIME)
    try:
        day = ctx.anchor + timedelta(days=shift)
    except OverflowError:
        return _unresolved(start, end, timex_type=TimexType.TIME)
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.TIME,
        value=f"{day.isoformat()}T{suffix}",
        when=When.day(day),
        anchor_kind=AnchorKind.DOCUMENT,
    )


def _weekday_tense(m: Match, p: str, ctx: Context) -> Tense:
    """The clause's tense, except that a weekday made possessive ("Wednesday's ruling")
    names something that has happened, unless it is looked forward to ("ahead of
    Thursday's vote", "until Friday's deadline")."""
    before = ctx.text[max(0, m.start(p) - 20) : m.start(p)].lower().split()
    after = ctx.text[m.end(p) : m.end(p) + 2]
    ahead = before[-2:] == ["ahead", "of"]
    limit = bool(before) and before[-1] in ctx.lex.deadline_words
    if ahead:
        return Tense.FUTURE
    if after[:2] in ("'s", "’s") and not limit:
        return Tense.PAST
    return _tense(m, p, ctx)


def weekday(m: Match, p: str, ctx: Context) -> Found | None:
    word = _g(m, p, "wd") or ""
    day = _weekday(ctx.lex, word)
    # "this past Sunday" is the last one
    rel_word = " ".join((_g(m, p, "rel") or "").lower().split())
    if word.lower().rstrip(".") in ctx.lex.weekday_abbreviations and not _abbreviation_allowed(
        m, p, ctx, word
    ):
        return None
    rel = {"this past": "last"}.get(rel_word, rel_word) or None
    tense = _weekday_tense(m, p, ctx)
    found = _relative(
        m, p, ctx, lambda a: When.day(weekday_date(a, day, tense, rel)), f"XXXX-WXX-{day + 1}"
    )
    return _part_value(found, _g(m, p, "part"), ctx)


def relday(m: Match, p: str, ctx: Context) -> Found | None:
    word = _g(m, p, "w") or ""
    before = ctx.text[max(0, m.start(p) - 20) : m.start(p)].split()
    if word[:1].isupper() and before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
        return None  # "USA Today", "VOA Today": a name
    shift = ctx.lex.relative_days[word.lower()]
    found = _relative(m, p, ctx, lambda a: When.day(a + timedelta(days=shift)))
    return _part_value(found, _g(m, p, "part"), ctx)
