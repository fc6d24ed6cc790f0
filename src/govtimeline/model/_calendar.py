"""Calendar units: :class:`Precision`, :class:`Mod` and the arithmetic of their bounds (internal).

:mod:`govtimeline.model.when` builds :class:`~govtimeline.model.when.When` on these and
re-exports :class:`Precision`, :class:`Mod` and :func:`unit_bounds`; import them from there.
"""

from __future__ import annotations

import calendar
import enum
from datetime import date, timedelta
from typing import Any

from govtimeline.errors import ModelError

__all__ = [
    "EDTF_HALF_BASE",
    "EDTF_QUARTER_BASE",
    "EDTF_SEASON",
    "SEASON_CODES",
    "SEASON_START_MONTH",
    "Mod",
    "Precision",
    "blur",
    "narrow",
    "to_date",
    "to_mod",
    "to_precision",
    "unit_bounds",
    "unit_value",
]


class Precision(enum.Enum):
    """The calendar unit a date is known to."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """0 for the finest unit (day), larger for coarser ones."""
        return PRECISION_RANK[self]

    def finer_than(self, other: Precision) -> bool:
        """Whether this precision is strictly finer than ``other``."""
        return self.rank < other.rank


PRECISION_RANK = {p: i for i, p in enumerate(Precision)}


class Mod(enum.Enum):
    """A qualifier on a date: early/mid/late part of the unit, or approximate."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    APPROX = "approx"

    @property
    def timex(self) -> str:
        """The TIMEX3 ``mod`` attribute value."""
        return MOD_TIMEX[self]

    @classmethod
    def from_timex(cls, value: str) -> Mod | None:
        """Map a TIMEX3 ``mod`` (START, MID, END, APPROX…) to a Mod, or None."""
        return TIMEX_MOD.get(value.upper())


MOD_TIMEX = {Mod.EARLY: "START", Mod.MID: "MID", Mod.LATE: "END", Mod.APPROX: "APPROX"}
TIMEX_MOD = {v: k for k, v in MOD_TIMEX.items()}

SEASON_CODES = ("SP", "SU", "FA", "WI")
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
EDTF_SEASON = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
EDTF_QUARTER_BASE = 32  # EDTF 33..36 are the quarters
EDTF_HALF_BASE = 39  # EDTF 40..41 are the halves


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def unit_bounds(day: date, precision: Precision) -> tuple[date, date]:
    """Return the first and last day of the ``precision`` unit that contains ``day``.

    Seasons are meteorological (northern hemisphere): spring is March–May,
    winter runs from December into the next year's February and carries the
    year of its December. A unit that runs past the calendar's ends (the week
    of 9999-12-31, the winter of 9999) is a :class:`ModelError`.
    """
    try:
        return _unit_bounds(day, precision)
    except (ValueError, OverflowError):
        raise ModelError(
            f"the {precision.value} of {day.isoformat()} runs past the calendar (years 1 to 9999)"
        ) from None


def _unit_bounds(day: date, precision: Precision) -> tuple[date, date]:
    y, m = day.year, day.month
    if precision is Precision.DAY:
        return day, day
    if precision is Precision.WEEK:
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if precision is Precision.MONTH:
        return date(y, m, 1), month_end(y, m)
    if precision is Precision.SEASON:
        season_year = y - 1 if m <= 2 else y
        start_month = (m // 3) * 3 if m >= 3 else 12
        sy, sm = season_year, start_month
        ey, em = add_months(sy, sm, 2)
        return date(sy, sm, 1), month_end(ey, em)
    if precision is Precision.QUARTER:
        q_start = 3 * ((m - 1) // 3) + 1
        return date(y, q_start, 1), month_end(y, q_start + 2)
    if precision is Precision.HALF:
        h_start = 1 if m <= 6 else 7
        return date(y, h_start, 1), month_end(y, h_start + 5)
    if precision is Precision.YEAR:
        return date(y, 1, 1), date(y, 12, 31)
    if precision is Precision.DECADE:
        start_year = y - y % 10
        return date(max(start_year, 1), 1, 1), date(start_year + 9, 12, 31)
    start_year = y - y % 100  # CENTURY: 1900..1999 is TIMEX "19"
    return date(max(start_year, 1), 1, 1), date(start_year + 99, 12, 31)


def unit_value(day: date, precision: Precision, *, edtf: bool) -> str:
    """The TIMEX3 (or EDTF) value naming the unit that contains ``day``."""
    y, m = day.year, day.month
    if precision is Precision.DAY:
        return f"{y:04d}-{m:02d}-{day.day:02d}"
    if precision is Precision.WEEK:
        iso_year, iso_week, _ = day.isocalendar()
        if edtf:
            start, end = unit_bounds(day, precision)
            return f"{start.isoformat()}/{end.isoformat()}"
        return f"{iso_year:04d}-W{iso_week:02d}"
    if precision is Precision.MONTH:
        return f"{y:04d}-{m:02d}"
    if precision is Precision.SEASON:
        start, _ = unit_bounds(day, precision)
        code = SEASON_CODES[{3: 0, 6: 1, 9: 2, 12: 3}[start.month]]
        suffix = str(EDTF_SEASON[code]) if edtf else code
        return f"{start.year:04d}-{suffix}"
    if precision is Precision.QUARTER:
        q = (m - 1) // 3 + 1
        return f"{y:04d}-{EDTF_QUARTER_BASE + q}" if edtf else f"{y:04d}-Q{q}"
    if precision is Precision.HALF:
        h = 1 if m <= 6 else 2
        return f"{y:04d}-{EDTF_HALF_BASE + h}" if edtf else f"{y:04d}-H{h}"
    if precision is Precision.YEAR:
        return f"{y:04d}"
    if precision is Precision.DECADE:
        return f"{y // 10:03d}" + ("X" if edtf else "")
    return f"{y // 100:02d}" + ("XX" if edtf else "")


def blur(first: str, last: str) -> str:
    """Keep the common prefix of two same-shaped values and replace the rest by X."""
    if len(first) != len(last):
        return "X" * len(first)
    out: list[str] = []
    differs = False
    for a, b in zip(first, last, strict=True):
        if not differs and a == b:
            out.append(a)
            continue
        differs = True
        out.append(a if not a.isalnum() else "X")
    return "".join(out)


def to_precision(value: Any) -> Precision:
    if isinstance(value, Precision):
        return value
    try:
        return Precision(value)
    except ValueError:
        raise ModelError(
            f"precision must be one of {[p.value for p in Precision]}, got {value!r}"
        ) from None


def to_mod(value: Any) -> Mod | None:
    if value is None or isinstance(value, Mod):
        return value
    try:
        return Mod(value)
    except ValueError:
        raise ModelError(
            f"mod must be one of {[m.value for m in Mod]} or None, got {value!r}"
        ) from None


def to_date(value: Any) -> date:
    if type(value) is date:  # immutable: kept as it is
        return value
    if isinstance(value, date):  # a datetime: its day
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ModelError(f"expected an ISO date YYYY-MM-DD, got {value!r}") from None
    raise ModelError(f"expected a date, got {type(value).__name__} {value!r}")


def narrow(start: date, end: date, mod: Mod | None) -> tuple[date, date]:
    """Narrow a unit to its early/mid/late third."""
    if mod is None or mod is Mod.APPROX:
        return start, end
    total = (end - start).days + 1
    third = max(total // 3, 1)
    if mod is Mod.EARLY:
        return start, start + timedelta(days=third - 1)
    if mod is Mod.LATE:
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), max(
        end - timedelta(days=third), start + timedelta(days=third)
    )
