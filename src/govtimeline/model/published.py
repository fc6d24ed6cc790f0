"""Publication dates of documents: text in any common format, or a date, to a :class:`When`.

:func:`parse_date_string` is the one parser of metadata dates: :func:`govtimeline.read`
uses it for front matter, JSON fields and HTML meta tags, and :class:`~govtimeline.model.Document`
uses it (through :func:`to_published`) when ``published`` is given as a string.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from govtimeline.errors import DateParseError, ModelError
from govtimeline.model.when import Precision, When

__all__ = ["parse_date_string", "to_published", "to_when"]

_ISO_LIKE = re.compile(r"\d{4}(?:-(?:\d{2}|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(?:-\d{2})?)?(?:T.*)?")


def parse_date_string(value: str, *, source: str = "date") -> When:
    """Parse a date written in any common format into a When at its precision.

    TIMEX3/EDTF values go through :meth:`When.parse`; anything else through
    dateparser, whose detected period (day, month, year) becomes the precision.
    Raises :class:`DateParseError` naming ``source`` when nothing fits.
    """
    text = value.strip()
    if not text or len(text) > 100:
        raise DateParseError(f"{source}: {value!r} is not a date")
    if _ISO_LIKE.fullmatch(text):
        try:
            return When.parse(text)
        except DateParseError:
            pass
    import dateparser.date  # heavy import: only when metadata needs it

    parser = dateparser.date.DateDataParser(
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True}
    )
    data = parser.get_date_data(text)
    if data.date_obj is None:
        raise DateParseError(f"{source}: {value!r} is not a date dateparser understands")
    day = data.date_obj.date()
    period = {"year": Precision.YEAR, "month": Precision.MONTH, "week": Precision.WEEK}.get(
        data.period or "day", Precision.DAY
    )
    return When.of_unit(day, period)


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
    if isinstance(value, When):
        return value
    if isinstance(value, datetime):
        return When.day(value.date())
    if isinstance(value, date):
        return When.day(value)
    if isinstance(value, str):
        return parse_date_string(value, source=field)
    raise ModelError(
        f"{field}: expected a When, a date, a datetime or a date string such as "
        f"'2025-01-01' or 'March 2025', got {type(value).__name__} {value!r:.60}"
    )
