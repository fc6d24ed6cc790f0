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
from collections.abc import Iterable
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


def category(error: TimexError) -> str:
    """The family of temporal expression an error belongs to."""
    text = " ".join(t for t in (error.text, error.predicted_text) if t)
    values = " ".join(v for v in (error.gold_value, error.predicted_value) if v)
    types = {t for t in (error.gold_type, error.predicted_type) if t}
    if "SET" in types or _SET.search(text):
        return "set"
    if _REF_VALUE.match(error.gold_value or "") or _REF_VALUE.match(error.predicted_value or ""):
        return "PRESENT/PAST/FUTURE_REF"
    if _PART_OF_DAY.search(text) or re.search(r"T(?:MO|AF|EV|NI)\b", values):
        return "part of day"
    if "TIME" in types or _CLOCK.search(text):
        return "time of day"
    if _QUARTER.search(text) or re.search(r"-(?:Q|H)[1-4X]\b", values):
        return "quarter/half/period"
    if _DECADE.search(text):
        return "decade/century"
    if _EVENT_RELATIVE.search(text) and "DURATION" not in types:
        return "event-relative"
    if "DURATION" in types:
        return "duration"
    if _WEEKDAY.search(text):
        return "weekday"
    if _DCT_RELATIVE.search(text):
        return "DCT-relative unit"
    if _WORD_YEAR.search(text):
        return "year in words"
    if _MONTH.search(text + " ") and not _YEAR.search(text):
        return "year-less month/day"
    if _YEAR.search(text):
        return "absolute"
    if re.search(r"\b(?:the|that|this)\s+(?:day|week|month|year)\b", text, re.I):
        return "anaphoric unit (the year, that day)"
    return "other"


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
