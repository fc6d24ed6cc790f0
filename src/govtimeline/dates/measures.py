"""Handlers of durations and sets: "three days", "for years", "every Tuesday", "annually"."""

from __future__ import annotations

from govtimeline.dates.found import (
    Context,
    Found,
    Match,
    _duration,
    _g,
    _number,
    _span,
    _unit,
)
from govtimeline.model import TimexType

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
