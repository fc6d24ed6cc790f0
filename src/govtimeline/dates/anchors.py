"""Anchors that are not one day: a coarse publication date, or one inferred from the text.

A report dated only "July 2025", or not dated at all, still pins down some
of its relative dates: "last year" is 2024 whichever day of July 2025 it
was written. :func:`resolve_in_window` reads the text against the first and
the last day the anchor allows and keeps a resolved date only where the two
readings agree; everything else stays unresolved, with what the text states
(``XXXX-11-01``, the weekday), never a guess.

An undated text is anchored on an interval of its own: it cannot have been
written before the latest date it states as past, and is taken to have been
written within :data:`INFERRED_WINDOW_DAYS` of it (the window reconstruction
uses for undated documents too).

A day or a month named without a year ("held on 17 October") in an undated
text that states one year and no other ("during the standards week in
2023") is taken in that year, the way a narrative is read: the text's one
year is the time it tells of (:func:`in_stated_year`). A text naming two
years leaves such dates unresolved rather than choose between them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import attrs

from govtimeline.dates.lexicon import Lexicon
from govtimeline.dates.resolve import Tense, clause_tense
from govtimeline.model import AnchorKind, TimeExpression, TimexType
from govtimeline.model.when import Precision, When

__all__ = ["INFERRED_WINDOW_DAYS", "in_stated_year", "inferred_window", "resolve_in_window"]

INFERRED_WINDOW_DAYS = 365
"""How long after the latest past date it states an undated text is taken to be written."""

Reader = Callable[[date | None], list[TimeExpression]]

_YEARLESS = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?")
"""The value of a day or month named without its year: ``XXXX-10-17``, ``XXXX-11``."""


def inferred_window(found: Sequence[TimeExpression], text: str, lex: Lexicon) -> When | None:
    """The days an undated text may have been written on, from the dates it states as past.

    The latest absolute date of a day or a month in a clause that is not future
    ("was adopted on 3 July 2025") is the first possible day; None when the text
    states no such date.
    """
    past = [
        e.when
        for e in found
        if e.when is not None
        and e.anchor_kind is AnchorKind.ABSOLUTE
        and e.timex_type is TimexType.DATE
        and e.when.precision.rank <= Precision.MONTH.rank
        and clause_tense(text, e.start, e.end, lex) is not Tense.FUTURE
    ]
    if not past:
        return None
    first = max(w.earliest for w in past)
    try:
        return When.between(first, first + timedelta(days=INFERRED_WINDOW_DAYS))
    except (OverflowError, ValueError):
        return When.between(first, date.max)


def _same(a: TimeExpression, b: TimeExpression) -> bool:
    return (a.when, a.until, a.timex_value, a.timex_type) == (
        b.when,
        b.until,
        b.timex_value,
        b.timex_type,
    )


def resolve_in_window(
    read: Reader, window: When | None, text: str, lex: Lexicon
) -> list[TimeExpression]:
    """The expressions of ``read(None)``, each resolved where both ends of ``window`` agree.

    ``read(day)`` finds the expressions against one anchor day (None: none).
    Without a ``window`` one is inferred from the text (:func:`inferred_window`).
    """
    bare = read(None)
    inferred = window is None
    if window is None:
        window = inferred_window(bare, text, lex)
    if window is None:
        return in_stated_year(read, bare)
    early = {(e.start, e.end): e for e in read(window.earliest)}
    late = {(e.start, e.end): e for e in read(window.latest)}
    out = []
    for e in bare:
        first, last = early.get((e.start, e.end)), late.get((e.start, e.end))
        if (
            e.anchor_kind is not AnchorKind.ABSOLUTE
            and first is not None
            and last is not None
            and first.when is not None
            and _same(first, last)
        ):
            out.append(attrs.evolve(first, weekday=e.weekday))
        else:
            out.append(e)
    return in_stated_year(read, out) if inferred else out


def in_stated_year(read: Reader, found: Sequence[TimeExpression]) -> list[TimeExpression]:
    """``found``, with each day or month named without a year dated in the text's one year.

    The year is the only one the text's absolute expressions state (every year a
    range of them touches counts); with none or several, ``found`` is returned
    as it is. ``read(day)`` finds the expressions against one anchor day: the text
    is read against the last and the first day of the year, so that each phrase's
    grammar (its tense, a range, a part of a month) makes the date, and a phrase
    takes the first reading that falls in the year. One naming a weekday that the
    date does not fall on stays unresolved.
    """
    years = {
        year
        for e in found
        if e.when is not None and e.anchor_kind is AnchorKind.ABSOLUTE
        for year in (e.when.earliest.year, e.when.latest.year)
    }
    yearless = [
        e for e in found if e.when is None and _YEARLESS.fullmatch(e.timex_value or "") is not None
    ]
    if len(years) != 1 or not yearless:
        return list(found)
    (year,) = years
    readings = [
        {(r.start, r.end): r for r in read(day)} for day in (date(year, 12, 31), date(year, 1, 1))
    ]
    dated: dict[tuple[int, int], TimeExpression] = {}
    for e in yearless:
        for reading in readings:
            again = reading.get((e.start, e.end))
            if (
                again is not None
                and again.when is not None
                and again.when.earliest.year == year
                and (e.weekday is None or again.when.earliest.weekday() == e.weekday)
            ):
                dated[(e.start, e.end)] = attrs.evolve(again, weekday=e.weekday)
                break
    return [dated.get((e.start, e.end), e) for e in found]
