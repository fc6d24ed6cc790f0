"""Signed ISO 8601 offsets ("-P1D", "P3D", "P1Y", "P2W") applied to Whens.

Used by the date finder ("a year earlier" counted from the last date written)
and by reconstruction ("the day before the launch").
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from govtimeline.model.when import Precision, When

__all__ = ["apply_offset", "parse_offset"]

_OFFSET = re.compile(
    r"(?P<sign>-)?P(?:(?P<y>\d+)Y)?(?:(?P<m>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
)


def parse_offset(offset: str) -> tuple[int, int, int] | None:
    """A signed ISO 8601 duration (``-P1D``, ``P3D``, ``P1Y``, ``P2W``) as (years, months, days)."""
    match = _OFFSET.fullmatch(offset.strip())
    if not match or not any(match[k] for k in "ymwd"):
        return None
    sign = -1 if match["sign"] else 1
    years, months = int(match["y"] or 0), int(match["m"] or 0)
    days = int(match["d"] or 0) + 7 * int(match["w"] or 0)
    return sign * years, sign * months, sign * days


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def apply_offset(when: When, offset: str) -> When | None:
    """The date ``offset`` away from ``when``.

    Day and week offsets keep the precision of ``when``; month and year offsets
    ("a year after Paris") give at most month precision, since such phrases are
    rarely meant to the day. None if the offset cannot be read or leaves the calendar.
    """
    parts = parse_offset(offset)
    if parts is None:
        return None
    years, months, days = parts
    try:
        if years or months:
            start = _add_months(when.earliest, 12 * years + months)
            precision = when.precision if when.precision.rank >= Precision.MONTH.rank else None
            return When.of_unit(start, precision or Precision.MONTH)
        return when.shift(days) if days else when
    except (ValueError, OverflowError):
        return None
