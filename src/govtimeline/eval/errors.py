"""Error analysis for the TimeML scorer: each miss, false alarm and wrong value, by category.

``python -m govtimeline.eval timeml PATH --errors`` prints the report; the
categories are coarse families of temporal expressions (quarters, weekdays,
parts of the day, DCT-relative units…) told apart from the words and values
of the gold and predicted expressions, so the largest groups show where rules
are missing or wrong.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from enum import Enum

import attrs

__all__ = ["ErrorKind", "TimexError", "category", "error_report"]


class ErrorKind(Enum):
    """What went wrong with one expression."""

    MISSED = "missed"
    """A gold expression no prediction overlaps."""
    SPURIOUS = "spurious"
    """A prediction overlapping no gold expression."""
    VALUE = "value"
    """A relaxed match whose value differs from the gold one."""


@attrs.frozen(kw_only=True)
class TimexError:
    """One scoring error, with what the gold and the prediction said."""

    doc: str
    """Document id."""
    kind: ErrorKind
    """Missed, spurious or wrong value."""
    text: str
    """The text of the gold expression (or of the prediction when spurious)."""
    start: int = 0
    """Offset of that expression in the document text."""
    gold_type: str | None = None
    """Gold TIMEX3 type; None when spurious."""
    gold_value: str | None = None
    """Gold TIMEX3 value; None when spurious."""
    predicted_text: str | None = None
    """The predicted phrase; None when missed."""
    predicted_type: str | None = None
    """Predicted TIMEX3 type; None when missed."""
    predicted_value: str | None = None
    """Predicted TIMEX3 value; None when missed or unresolved."""

    def __str__(self) -> str:
        if self.kind is ErrorKind.MISSED:
            return f"{self.doc}: missed {self.text!r} ({self.gold_type} {self.gold_value})"
        if self.kind is ErrorKind.SPURIOUS:
            return (
                f"{self.doc}: spurious {self.predicted_text!r} "
                f"({self.predicted_type} {self.predicted_value})"
            )
        return (
            f"{self.doc}: value {self.predicted_text!r} predicted {self.predicted_value} "
            f"gold {self.gold_value} ({self.text!r})"
        )


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I)
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|tonight|overnight)\b", re.I)
_CLOCK = re.compile(r"\d\s*(?:a\.?m|p\.?m)|\bnoon\b|\bmidnight\b|\d:\d\d", re.I)
_QUARTER = re.compile(r"quarter|\bperiod\b|\bQ[1-4]\b|\bhalf\b", re.I)
_REF_VALUE = re.compile(r"^(?:PRESENT|PAST|FUTURE)_REF$")
_DCT_RELATIVE = re.compile(
    r"\b(?:last|this|next|past|coming|current|previous|ago|earlier|later|year-earlier|"
    r"year-ago|today|yesterday|tomorrow)\b",
    re.I,
)
_EVENT_RELATIVE = re.compile(r"\b(?:before|after|following|prior to|eve)\b", re.I)
_DECADE = re.compile(r"\d0'?s\b|\bcentury\b|'\d0s|nineties|eighties", re.I)
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_SET = re.compile(r"\b(?:every|each|annually|daily|weekly|monthly|quarterly|yearly)\b", re.I)
_WORD_YEAR = re.compile(r"\bnineteen\b|\btwo thousand\b", re.I)


@attrs.frozen
class _Seen:
    """What the category rules read of an error: both texts, both values, both types."""

    text: str
    values: str
    types: frozenset[str]
    gold_value: str
    predicted_value: str


_CATEGORIES: tuple[tuple[str, Callable[[_Seen], object]], ...] = (
    ("set", lambda s: "SET" in s.types or _SET.search(s.text)),
    (
        "PRESENT/PAST/FUTURE_REF",
        lambda s: _REF_VALUE.match(s.gold_value) or _REF_VALUE.match(s.predicted_value),
    ),
    (
        "part of day",
        lambda s: _PART_OF_DAY.search(s.text) or re.search(r"T(?:MO|AF|EV|NI)\b", s.values),
    ),
    ("time of day", lambda s: "TIME" in s.types or _CLOCK.search(s.text)),
    (
        "quarter/half/period",
        lambda s: _QUARTER.search(s.text) or re.search(r"-(?:Q|H)[1-4X]\b", s.values),
    ),
    ("decade/century", lambda s: _DECADE.search(s.text)),
    ("event-relative", lambda s: _EVENT_RELATIVE.search(s.text) and "DURATION" not in s.types),
    ("duration", lambda s: "DURATION" in s.types),
    ("weekday", lambda s: _WEEKDAY.search(s.text)),
    ("DCT-relative unit", lambda s: _DCT_RELATIVE.search(s.text)),
    ("year in words", lambda s: _WORD_YEAR.search(s.text)),
    ("year-less month/day", lambda s: _MONTH.search(s.text + " ") and not _YEAR.search(s.text)),
    ("absolute", lambda s: _YEAR.search(s.text)),
    (
        "anaphoric unit (the year, that day)",
        lambda s: re.search(r"\b(?:the|that|this)\s+(?:day|week|month|year)\b", s.text, re.I),
    ),
)
"""The families of temporal expression, in order: an error belongs to the first that fits."""


def category(error: TimexError) -> str:
    """The family of temporal expression an error belongs to (``other`` when none fits)."""
    seen = _Seen(
        text=" ".join(t for t in (error.text, error.predicted_text) if t),
        values=" ".join(v for v in (error.gold_value, error.predicted_value) if v),
        types=frozenset(t for t in (error.gold_type, error.predicted_type) if t),
        gold_value=error.gold_value or "",
        predicted_value=error.predicted_value or "",
    )
    return next((name for name, fits in _CATEGORIES if fits(seen)), "other")


def error_report(errors: Iterable[TimexError], *, examples: int = 5) -> str:
    """Errors grouped by category and kind, largest groups first, with examples."""
    groups: dict[tuple[str, ErrorKind], list[TimexError]] = defaultdict(list)
    for e in errors:
        groups[(category(e), e.kind)].append(e)
    lines = []
    for (name, kind), items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0])):
        lines.append(f"{len(items):5d}  {name} — {kind.value}")
        common = Counter(str(e).split(": ", 1)[1] for e in items).most_common(examples)
        for line, count in common:
            lines.append(f"         {count:3d} × {line}")
    return "\n".join(lines) + "\n"
