"""Handlers of durations and sets: "three days", "for years", "every Tuesday", "annually"."""

from __future__ import annotations

import re

from govtimeline.dates.found import (
    OUT_OF_CALENDAR,
    Context,
    Found,
    Match,
    _duration,
    _g,
    _number,
    _span,
    _unit,
    _weekday,
)
from govtimeline.dates.resolve import measured_span
from govtimeline.model import AnchorKind, TimexType

__all__ = ["bare_units", "duration", "set_"]


def set_(m: Match, p: str, ctx: Context) -> Found | None:
    start, end = _span(m, p)
    adverb = _g(m, p, "adv")
    if adverb:
        after = ctx.text[end : end + 40].split()[:2]
        if after and after[0][:1].isupper() and not ctx.text[end:].startswith((".", "\n")):
            return None  # "the party daily Granma": a newspaper
        if any(w.lower().strip(",.;:") in ctx.lex.classifier_nouns for w in after):
            return None  # "quarterly dividend", "average daily volume"
        if _is_rate(ctx, start):
            return None  # "rise 8.5% annually", "10,000 units annually": a rate
        return Found(
            start=start, end=end, timex_type=TimexType.SET, value=ctx.lex.sets[adverb.lower()]
        )
    weekday_word = _g(m, p, "wd")
    if weekday_word:  # "every Tuesday"
        day = _weekday(ctx.lex, weekday_word) + 1
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
    long_unit = _g(m, p, "u3")
    if long_unit:  # "day-long", "decades-long"
        amount_of = None if _g(m, p, "pl") else 1.0
        return Found(
            start=start,
            end=end,
            timex_type=TimexType.DURATION,
            value=_duration(amount_of, _unit(ctx.lex, long_unit)),
        )
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
    if words in ("a", "an", "per") and _is_rate(ctx, start):
        return None  # "$1.76 a year", "700 seats a week": a rate, not a time
    unit_text = _g(m, p, "u") or ""
    if unit_text[:1].isupper() and not ctx.text[start:end][:1].isupper():
        return None  # "60 Minutes": a title
    if (
        unit_word == "second"
        and words in ("a", "an")
        and following
        and following[0][:1].islower()
        and following[0].strip(",.;") not in _AFTER_SECONDS
    ):
        return None  # "a second betrayal": an ordinal
    code = _unit(ctx.lex, unit_text)
    if (_g(m, p, "half") or _g(m, p, "half2")) and amount is not None:
        return Found(
            start=start, end=end, timex_type=TimexType.DURATION, value=_and_a_half(amount, code)
        )
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.DURATION,
        value=_duration(amount, code),
        **_anchored_span(m, p, ctx, amount, code),  # type: ignore[arg-type]
    )


_HALF_OF = {"Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S", "DE": "5Y"}


def _and_a_half(amount: float, code: str) -> str:
    """ "5 1/2 hours" PT5H30M, "two and a half years" P2Y6M, "a minute and a half" PT1M30S."""
    half = _HALF_OF.get(code)
    if half is None or amount != int(amount):
        return _duration(amount + 0.5, code)
    whole = _duration(amount, code)
    if code == "DE":
        return f"P{int(amount) * 10 + 5}Y"
    return whole + (half[1:] if half.startswith("T") and "T" in whole else half)


_TOWARD = {"next": 1, "coming": 1, "past": -1, "last": -1, "previous": -1}
_OTHER_REFERENCE = re.compile(r"\s+(?:of|from|after|before|since|following)\b", re.I)


def _anchored_span(
    m: Match, p: str, ctx: Context, amount: float | None, code: str
) -> dict[str, object]:
    """The days a duration measured from the document date covers, if it is one.

    "over the next two years", "the past three months", "within 180 days"
    (not "within 30 days of the vote", which counts from another event): a
    DURATION whose ``when`` is the span, so that an event said to fall in it
    can be dated. Other durations cover no known days.
    """
    rel = (_g(m, p, "rel") or "").lower()
    sign = _TOWARD.get(rel)
    if sign is None and (_g(m, p, "pre") or "").lower() == "within" and not rel:
        following = _OTHER_REFERENCE.match(ctx.text, m.end(p))
        sign = None if following else 1
    if sign is None or ctx.anchor is None or amount is None or amount != int(amount):
        return {}
    try:
        when = measured_span(ctx.anchor, code, sign * int(amount))
    except OUT_OF_CALENDAR:
        return {}
    return {"when": when, "anchor_kind": AnchorKind.DOCUMENT} if when else {}


_AFTER_SECONDS = frozenset(["or", "and", "later", "earlier", "ago", "before", "after", "to", "of"])
_AMOUNT = re.compile(r"^[$€£]?\d[\d,.]*%?$")


def _is_rate(ctx: Context, start: int) -> bool:
    """Whether "a week" at ``start`` follows an amount ("358,000 a month", "four flights a week")."""
    words = ctx.text[max(0, start - 40) : start].split()[-2:]

    def amount(word: str) -> bool:
        w = word.lower().strip(",;(")
        return bool(_AMOUNT.match(w)) or (w in ctx.lex.numbers and w not in ("a", "an"))

    if not words:
        return False
    last = words[-1].lower().strip(",;")
    if amount(words[-1]) or last in ctx.lex.scale_words:
        return True
    return len(words) == 2 and amount(words[0]) and last.endswith("s")
