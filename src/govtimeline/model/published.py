"""Publication dates of documents: text in any common format, or a date, to a :class:`When`.

:func:`parse_date_string` is the one parser of metadata dates: :func:`govtimeline.read`
uses it for front matter, JSON fields and HTML meta tags, and :class:`~govtimeline.model.Document`
uses it (through :func:`to_published`) when ``published`` is given as a string.

A publication date never depends on the day or the machine it is read on: the one
dateparser is configured once with a fixed base and a required year, relative values
("yesterday", "Monday", "7 March") and placeholders ("NaN", "None") are refused with a
:class:`DateParseError` saying so, Unix time is read in UTC, and a written time zone keeps
the day it was written in.
"""

from __future__ import annotations

import calendar
import re
import warnings
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from govtimeline.errors import AmbiguousDateWarning, DateParseError, ModelError
from govtimeline.model._hooks import DATES
from govtimeline.model.when import Precision, When

__all__ = [
    "MONTH_FIRST_LANGUAGES",
    "day_first_for",
    "parse_date_string",
    "to_published",
    "to_when",
]

MONTH_FIRST_LANGUAGES = frozenset({"en", "en-us"})
"""Language tags whose numeric dates put the month first ("07/10/2025" is 10 July 2025);
every other language, and ``en-GB``, ``en-AU``… put the day first."""

_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})")

_TIMESTAMP = re.compile(r"(?P<seconds>\d{9,10})(?:\.\d+)?|(?P<millis>\d{12,13})")
"""Unix time in seconds (9–10 digits) or milliseconds (12–13 digits): read in UTC."""

_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
"""A day written without separators, year first: 20250307."""

_MISSING = frozenset({"nan", "-nan", "inf", "-inf", "infinity", "none", "null", "nil", "n/a", "na"})
"""What databases and spreadsheets write for a missing value."""

_SETTINGS: dict[str, Any] = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_TIME_AS_PERIOD": True,
    # Nothing may depend on the day, or the machine, it runs on: missing parts are never
    # taken from the clock (a year must be written), relative phrases are not read, and a
    # written time zone keeps its own day.
    "RELATIVE_BASE": datetime(2000, 1, 1),
    "REQUIRE_PARTS": ["year"],
    "PARSERS": ["custom-formats", "absolute-time"],  # numbers are read by _number
}

_PERIODS = {
    "year": Precision.YEAR,
    "quarter": Precision.QUARTER,
    "month": Precision.MONTH,
    "week": Precision.WEEK,
}

_ISO_LIKE = re.compile(r"\d{4}(?:-(?:\d{2}|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(?:-\d{2})?)?(?:T.*)?")


def day_first_for(lang: str) -> bool:
    """Whether numeric dates in ``lang`` (a language tag: "fr", "en-GB") put the day first."""
    return lang.strip().lower().replace("_", "-") not in MONTH_FIRST_LANGUAGES


def parse_date_string(
    value: str, *, source: str = "date", day_first: bool | None = None, lang: str = "en"
) -> When:
    """Parse a date written in any common format into a When at its precision.

    TIMEX3/EDTF values go through :meth:`When.parse`; numeric dates ("07/10/2025",
    "7.10.25") are read day first when ``day_first`` is True, month first when False,
    and by the convention of ``lang`` when None (:func:`day_first_for`), with an
    :class:`AmbiguousDateWarning` when both readings are dates; Unix time (seconds or
    milliseconds) is read in UTC; a date the date grammar reads whole ("7 March 2025",
    "Fri, 07 Mar 2025 10:00 GMT", "Q1 2025") is read by it (:mod:`govtimeline.dates.metadata`);
    anything else goes through dateparser, whose detected period (day, month, quarter,
    year) becomes the precision. The result never depends on
    the day or the time zone it runs in: a value that would ("yesterday", "Monday",
    "7 March" without a year) raises :class:`DateParseError` naming ``source``, as does
    anything that is no date ("NaN", "12", "soon").
    """
    text = value.strip()
    if not text or len(text) > 100:
        raise DateParseError(f"{source}: {value!r} is not a date")
    if _ISO_LIKE.fullmatch(text):
        try:
            return When.parse(text)
        except DateParseError:
            pass
    if text.lower() in _MISSING:
        raise DateParseError(
            f"{source}: {value!r} is not a date (it stands for a missing value); leave the "
            "field out for an undated document"
        )
    if numeric := _NUMERIC.fullmatch(text):
        return _numeric_date(numeric, source=source, day_first=day_first, lang=lang)
    if text.replace(".", "", 1).isdigit():
        return _number(text, source=source)
    grammar = DATES.peek()  # the date layer's grammar, when it reads all of it (a tenth the time)
    if grammar is not None and (read := grammar(text, lang)) is not None:
        return read
    absolute, anyhow = _dateparsers()
    data = absolute.get_date_data(text)
    if data.date_obj is None:
        if anyhow.get_date_data(text).date_obj is not None:
            raise DateParseError(
                f"{source}: {value!r} depends on the day it is read (a relative date, or one "
                "without a year); write the date itself, e.g. '2025-03-07' or 'March 2025'"
            )
        raise DateParseError(f"{source}: {value!r} is not a date dateparser understands")
    day = data.date_obj.date()
    return When.of_unit(day, _PERIODS.get(data.period or "day", Precision.DAY))


def _number(text: str, *, source: str) -> When:
    """A date written as a number: ``20250307``, or Unix time in seconds or milliseconds (UTC)."""
    compact = _COMPACT.fullmatch(text)
    if compact is not None:
        try:
            return When.day(int(compact["y"]), int(compact["m"]), int(compact["d"]))
        except (ValueError, DateParseError, ModelError):
            pass
    match = _TIMESTAMP.fullmatch(text)
    if match is None:
        raise DateParseError(
            f"{source}: {text!r} is a bare number, not a date (nor Unix time in seconds or "
            "milliseconds); write the date itself, e.g. '2025-03-07'"
        )
    seconds = int(match["seconds"]) if match["seconds"] else int(match["millis"]) / 1000
    return When.day(datetime.fromtimestamp(seconds, tz=UTC).date())


@cache
def _dateparsers() -> tuple[Any, Any]:
    """The one configured dateparser (built once), and one that also reads relative dates.

    The second only tells a relative or year-less value ("yesterday", "Monday") from junk,
    to say which in the error; its answer is never used as a date.
    """
    import dateparser.date  # heavy import: only when metadata needs it

    relative = _SETTINGS | {
        "REQUIRE_PARTS": [],
        "PARSERS": ["relative-time", *_SETTINGS["PARSERS"]],
    }
    return (
        dateparser.date.DateDataParser(settings=_SETTINGS),
        dateparser.date.DateDataParser(settings=relative),
    )


def _numeric_date(match: re.Match[str], *, source: str, day_first: bool | None, lang: str) -> When:
    """A day from "07/10/2025": day or month first as asked, else as ``lang`` writes them."""
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    if len(match[4]) == 2:  # as strptime's %y: 69–99 are the 1900s, 00–68 the 2000s
        year += 1900 if year >= 69 else 2000
    readings = {
        flag: When.day(year, month, day)
        for flag, (month, day) in ((True, (second, first)), (False, (first, second)))
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    }
    if not readings:
        raise DateParseError(f"{source}: {match[0]!r} is no date, day first or month first")
    wanted = day_first if day_first is not None else day_first_for(lang)
    chosen = readings.get(wanted) or next(iter(readings.values()))  # "13/10": one reading
    other = readings.get(not wanted)
    if day_first is None and other is not None and other != chosen:
        order = "day" if wanted else "month"
        warnings.warn(
            f"{source}: {match[0]!r} could be {chosen} or {other}; read {order} first, as "
            f"{lang!r} writes dates. Pass day_first={not wanted} to govtimeline.read for "
            f"{other}, or day_first={wanted} to keep {chosen} without this warning",
            AmbiguousDateWarning,
            stacklevel=4,
        )
    return chosen


def to_published(value: object) -> When | None:
    """``Document.published`` as given -> a :class:`When` (or None).

    A When is kept; a ``datetime`` or ``date`` becomes its day; a string is read by
    :func:`parse_date_string` ("2025-03-01", "1 March 2025", "2025-03"). Anything
    else raises :class:`ModelError` naming the field.
    """
    if value is None or isinstance(value, When):
        return value
    if isinstance(value, datetime):
        return When.day(value.date())
    if isinstance(value, date):
        return When.day(value)
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return parse_date_string(value, source="Document.published")
        except DateParseError as exc:
            raise ModelError(str(exc)) from None
    raise ModelError(
        "Document.published must be a When, a date, a datetime or a date string, "
        f"got {type(value).__name__} {value!r:.60}"
    )


def to_when(value: object, *, field: str = "date") -> When:
    """A date given to a query (``tl.between``, ``tl.stance(at=…)``) -> a :class:`When`.

    Accepts a When, a ``date`` or ``datetime`` (its day), or a string in any form
    :func:`parse_date_string` reads ("2025-01-01", "2025-03", "March 2025", "2025"); a
    string that is no date raises :class:`DateParseError`, any other type
    :class:`ModelError`, both naming ``field``.
    """
    if isinstance(value, str):
        return parse_date_string(value, source=field)
    if isinstance(value, When | date):  # a datetime is a date
        when = to_published(value)
        assert when is not None
        return when
    raise ModelError(
        f"{field}: expected a When, a date, a datetime or a date string such as "
        f"'2025-01-01' or 'March 2025', got {type(value).__name__} {value!r:.60}"
    )
