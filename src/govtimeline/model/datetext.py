"""Dates in words for readers, at the precision they are known to.

``describe(When.month(2025, 8))`` is "August 2025", a quarter is "Q3 2025", a
season "summer 2025", a decade "the 2010s", an uncertain day "between 1 and
20 November 2030", and a range "10–11 February 2025". ``str(when)``, the printed
records, the reports, charts, notebook views and the TimelineJS export use it; EDTF
(:attr:`When.edtf`) stays the exact, machine-readable form (and the JSON one).

It lives in the model, which imports no sink, so that ``str()`` of a record can say its
dates in words; :mod:`govtimeline.render.datetext` re-exports it for the renderers.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from govtimeline.model._calendar import Mod, Precision, unit_bounds

if TYPE_CHECKING:
    from govtimeline.model.when import When

__all__ = ["describe", "describe_range"]

_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_MOD_WORDS = {Mod.EARLY: "early {}", Mod.MID: "mid-{}", Mod.LATE: "late {}", Mod.APPROX: "about {}"}
_ORDINAL = {1: "st", 2: "nd", 3: "rd"}


def _month(day: date, abbreviate: bool) -> str:
    return day.strftime("%b" if abbreviate else "%B")


def _unit(day: date, precision: Precision, abbreviate: bool) -> str:
    """The unit of ``precision`` that contains ``day``, in words."""
    if precision is Precision.DAY:
        return f"{day.day} {_month(day, abbreviate)} {day.year}"
    if precision is Precision.WEEK:
        start, _ = unit_bounds(day, precision)
        return f"week of {start.day} {_month(start, abbreviate)} {start.year}"
    if precision is Precision.MONTH:
        return f"{_month(day, abbreviate)} {day.year}"
    start, end = unit_bounds(day, precision)
    if precision is Precision.SEASON:
        years = str(start.year) if start.year == end.year else f"{start.year}–{end.year % 100:02d}"
        return f"{_SEASONS[start.month]} {years}"
    if precision is Precision.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision is Precision.HALF:
        return f"{'first' if start.month == 1 else 'second'} half of {start.year}"
    if precision is Precision.YEAR:
        return str(start.year)
    if precision is Precision.DECADE:
        return f"the {start.year - start.year % 10}s"
    century = start.year // 100 + 1  # 1900–1999 is "the 20th century"
    suffix = "th" if 10 <= century % 100 <= 20 else _ORDINAL.get(century % 10, "th")
    return f"the {century}{suffix} century"


def describe(when: When, *, abbreviate: bool = False) -> str:
    """``when`` in words at its precision ("24 September 2025", "Q3 2025", "the 2010s")."""
    first = _unit(when.earliest, when.precision, abbreviate)
    if when.mod in (Mod.EARLY, Mod.MID, Mod.LATE):
        start, _ = unit_bounds(when.earliest, when.precision)
        return _MOD_WORDS[when.mod].format(_unit(start, when.precision, abbreviate))
    if not when.is_exact:
        last = _unit(when.latest, when.precision, abbreviate)
        text = f"between {_shorten(first, last)} and {last}"
    else:
        text = first
    return _MOD_WORDS[Mod.APPROX].format(text) if when.mod is Mod.APPROX else text


def describe_range(start: When, end: When | None, *, abbreviate: bool = False) -> str:
    """A span in words: "10–11 February 2025", "March – May 2030", "2019 – 2024"."""
    if end is None or end == start:
        return describe(start, abbreviate=abbreviate)
    if (
        start.precision is end.precision is Precision.DAY
        and start.is_exact
        and end.is_exact
        and start.mod is None
        and end.mod is None
        and (start.earliest.year, start.earliest.month) == (end.earliest.year, end.earliest.month)
    ):
        return f"{start.earliest.day}–{describe(end, abbreviate=abbreviate)}"
    return f"{describe(start, abbreviate=abbreviate)} – {describe(end, abbreviate=abbreviate)}"


def _shorten(first: str, last: str) -> str:
    """Drop the words ``first`` shares with the end of ``last`` ("1 November 2030" → "1")."""
    a, b = first.split(), last.split()
    while len(a) > 1 and b and a[-1] == b[-1]:
        a.pop()
        b.pop()
    return " ".join(a)
