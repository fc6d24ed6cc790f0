"""What a handler sees and returns, and the helpers every handler shares.

A handler (:mod:`.handlers`, :mod:`.periods`) gets the regex match of its
grammar alternative, the group prefix and a :class:`Context`; it returns a
:class:`Found` or None to reject the match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import attrs

from govtimeline.dates.lexicon import Lexicon
from govtimeline.dates.resolve import (
    Tense,
    clause_tense,
)
from govtimeline.errors import ModelError
from govtimeline.model import AnchorKind, TimexType
from govtimeline.model.when import Mod, When

__all__ = ["OUT_OF_CALENDAR", "Context", "Found", "Handler", "Match"]


@attrs.frozen(kw_only=True)
class Context:
    """What a handler may look at besides its match."""

    text: str
    anchor: date | None
    lex: Lexicon
    day_first: bool


@attrs.frozen(kw_only=True)
class Found:
    """A recognised expression before it becomes a TimeExpression."""

    start: int
    end: int
    timex_type: TimexType
    value: str | None = None
    when: When | None = None
    until: When | None = None
    anchor_kind: AnchorKind = AnchorKind.ABSOLUTE
    offset: str | None = None
    reference: str | None = None
    weekday: int | None = None


Match = re.Match[str]
Handler = Callable[[Match, str, Context], "Found | None"]

_MODS = {
    "early": Mod.EARLY,
    "the beginning of": Mod.EARLY,
    "the start of": Mod.EARLY,
    "mid": Mod.MID,
    "the middle of": Mod.MID,
    "late": Mod.LATE,
    "the end of": Mod.LATE,
}
_UNIT_CODE = {"TS": ("T", "S"), "TM": ("T", "M"), "TH": ("T", "H")}


def _g(m: Match, p: str, name: str) -> str | None:
    return m.group(f"{p}_{name}")


def _span(m: Match, p: str) -> tuple[int, int]:
    return m.start(p), m.end(p)


def _mod(word: str | None) -> Mod | None:
    return _MODS.get(" ".join(word.lower().split())) if word else None


def _month(lex: Lexicon, word: str) -> int:
    return lex.months[word.lower().rstrip(".")]


def _weekday(lex: Lexicon, word: str) -> int:
    return lex.weekdays[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word)[0])  # type: ignore[index]


def _number(lex: Lexicon, word: str) -> float | None:
    key = " ".join(word.lower().split())
    if key in lex.numbers:
        value = lex.numbers[key]
        return None if value is None else float(value)
    try:
        return float(word.replace(",", ""))  # "1,200"
    except ValueError:
        return None


def _unit(lex: Lexicon, word: str) -> str:
    return lex.units[
        word.lower().rstrip("s") if word.lower().rstrip("s") in lex.units else word.lower()
    ]


_YEARS_IN = {"DE": 10, "CE": 100}  # TimeML writes "a decade" P10Y, "two centuries" P200Y


def _duration(amount: float | None, code: str) -> str:
    if code in _YEARS_IN and amount is not None:  # "for decades" stays PXDE
        amount *= _YEARS_IN[code]
        code = "Y"
    number = "X" if amount is None else (f"{amount:g}")
    if code in _UNIT_CODE:
        prefix, letter = _UNIT_CODE[code]
        return f"P{prefix}{number}{letter}"
    return f"P{number}{code}"


def _absolute(m: Match, p: str, when: When, until: When | None = None) -> Found:
    start, end = _span(m, p)
    return Found(
        start=start, end=end, timex_type=TimexType.DATE, value=when.timex, when=when, until=until
    )


def _document(start: int, end: int, when: When, offset: str | None = None) -> Found:
    """A DATE resolved against the document's anchor."""
    return Found(
        start=start,
        end=end,
        timex_type=TimexType.DATE,
        value=when.timex,
        when=when,
        anchor_kind=AnchorKind.DOCUMENT,
        offset=offset,
    )


def _unresolved(
    start: int,
    end: int,
    value: str | None = None,
    *,
    timex_type: TimexType = TimexType.DATE,
    offset: str | None = None,
) -> Found:
    """A relative date with no anchor to resolve it against: kept, never guessed.

    ``value`` is what TIMEX3 can say without the year ("September" is
    ``XXXX-09``, "every Tuesday"'s day ``XXXX-WXX-2``); ``when`` stays None.
    """
    return Found(
        start=start,
        end=end,
        timex_type=timex_type,
        value=value,
        anchor_kind=AnchorKind.UNRESOLVED,
        offset=offset,
    )


def _from_last_date(start: int, end: int, offset: str) -> Found:
    """A date counted from another ("two days later", "the following month", "that year"):
    resolved from the date last written (:mod:`.discourse`) or by reconstruction."""
    return Found(
        start=start, end=end, timex_type=TimexType.DATE, anchor_kind=AnchorKind.EVENT, offset=offset
    )


OUT_OF_CALENDAR = (OverflowError, ValueError, ModelError)
"""What date arithmetic raises past the calendar's ends (year 1, year 9999)."""


def _relative(
    m: Match,
    p: str,
    ctx: Context,
    make: Callable[[date], When | None],
    unknown_year: str | None = None,
) -> Found | None:
    """A date resolved against the anchor by ``make`` (None from it rejects the match).

    Without an anchor, or when the date would lie beyond the calendar's ends
    ("yesterday" on 1 January of year 1), the expression is kept unresolved
    with what is known, never moved to another date.
    """
    start, end = _span(m, p)
    if ctx.anchor is None:
        return _unresolved(start, end, unknown_year)
    try:
        when = make(ctx.anchor)
    except OUT_OF_CALENDAR:
        return _unresolved(start, end, unknown_year)
    if when is None:
        return None
    return _document(start, end, when)


def _tense(m: Match, p: str, ctx: Context) -> Tense:
    return clause_tense(ctx.text, m.start(p), m.end(p), ctx.lex)


def _safe(build: Callable[[], When]) -> When | None:
    try:
        return build()
    except (ModelError, ValueError, OverflowError):
        return None


def _offset(sign: int, amount: float | None, code: str) -> str:
    return ("-" if sign < 0 else "") + _duration(amount, code)
