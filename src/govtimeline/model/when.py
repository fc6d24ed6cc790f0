"""``When``: a date known to some precision.

A :class:`When` is *one* point or unit in time that the text pins down to a
calendar granularity (its :class:`Precision`): "24 September 2025" is a day,
"August 2025" a month, "2019" a year, "the 2010s" a decade. ``earliest`` and
``latest`` bound where that unit may lie:

* When the bounds are exactly one unit (``When.month(2025, 8)`` is
  2025-08-01..2025-08-31) the value is *exact at its precision*.
* When the bounds cover several units (``When.between(date(2025, 11, 1),
  date(2025, 11, 24))`` is "some day in that window") the value is *uncertain*;
  its TIMEX3 value uses ``X`` for the unknown digits and its EDTF form is the
  set notation ``[2025-11-01..2025-11-24]``.
* A ``mod`` (early/mid/late) narrows a unit to its first, middle or last third;
  ``approx`` leaves the bounds as they are and marks the value as approximate.

A range ("10–11 February 2025", "from 2019 to 2024") is *two* Whens, a start
and an end; see :class:`govtimeline.model.TimeExpression` and
:class:`govtimeline.model.Event`.

``str(when)`` says the date in words ("summer 2024", :mod:`govtimeline.model.datetext`);
:attr:`When.edtf` and :attr:`When.timex` are the exact forms.

Whens order by their bounds (earliest first, then the narrower first) and
compare as intervals: :meth:`When.overlaps`, :meth:`When.contains`,
:meth:`When.before`, :meth:`When.after`.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

import attrs

from govtimeline.errors import DateParseError, ModelError
from govtimeline.model._calendar import (
    EDTF_HALF_BASE,
    EDTF_QUARTER_BASE,
    EDTF_SEASON,
    SEASON_CODES,
    SEASON_START_MONTH,
    Mod,
    Precision,
    blur,
    narrow,
    to_date,
    to_mod,
    to_precision,
    unit_bounds,
    unit_value,
)
from govtimeline.model.datetext import describe

__all__ = ["Mod", "Precision", "When", "unit_bounds"]

# Documented, pickled and shown as ``govtimeline.model.when.Precision`` and ``.Mod``.
Precision.__module__ = Mod.__module__ = __name__


@functools.total_ordering
@attrs.frozen(kw_only=True, order=False)
class When:
    """A date known to some precision, as an interval of where it may lie.

    Build one with the constructors (:meth:`day`, :meth:`month`, :meth:`year`,
    :meth:`parse`, :meth:`between` …) rather than by hand: they compute the
    bounds of the unit.
    """

    earliest: date = attrs.field(converter=to_date)
    """First day the date may fall on."""
    latest: date = attrs.field(converter=to_date)
    """Last day the date may fall on."""
    precision: Precision = attrs.field(converter=to_precision)
    """The calendar unit the date is known to."""
    mod: Mod | None = attrs.field(default=None, converter=to_mod)
    """Early/mid/late part of the unit, or approximate; None when plain."""

    def __attrs_post_init__(self) -> None:
        if self.earliest > self.latest:
            raise ModelError(
                f"When: earliest {self.earliest} is after latest {self.latest}; swap them"
            )
        first_start, first_end = unit_bounds(self.earliest, self.precision)
        if self.latest == first_end:  # one unit, as the constructors make: its bounds again
            last_start, last_end = first_start, first_end
        else:
            last_start, last_end = unit_bounds(self.latest, self.precision)
        if self.mod in (None, Mod.APPROX):
            if self.earliest != first_start or self.latest != last_end:
                raise ModelError(
                    f"When: bounds {self.earliest}..{self.latest} are not whole "
                    f"{self.precision.value} units (expected {first_start}..{last_end}); "
                    "use a constructor such as When.between or set a mod"
                )
        elif first_start != last_start:
            raise ModelError(
                f"When: a {self.mod.value} {self.precision.value} must lie inside one "
                f"{self.precision.value}, got {self.earliest}..{self.latest}"
            )

    # ----------------------------------------------------------------- constructors
    @classmethod
    def of_unit(cls, day: date, precision: Precision | str, mod: Mod | str | None = None) -> When:
        """The ``precision`` unit containing ``day``, optionally narrowed by ``mod``."""
        p = to_precision(precision)
        m = to_mod(mod)
        start, end = narrow(*unit_bounds(day, p), m)
        return cls(earliest=start, latest=end, precision=p, mod=m)

    @classmethod
    def day(cls, year: int | date, month: int = 1, day: int = 1) -> When:
        """A single day: ``When.day(2025, 9, 24)`` or ``When.day(date(2025, 9, 24))``."""
        d = year if isinstance(year, date) else _checked_date(year, month, day)
        return cls.of_unit(d, Precision.DAY)

    @classmethod
    def week(cls, iso_year: int, iso_week: int) -> When:
        """An ISO week (Monday to Sunday): ``When.week(2025, 39)``."""
        try:
            monday = date.fromisocalendar(iso_year, iso_week, 1)
        except ValueError as exc:
            raise ModelError(f"When.week: no ISO week {iso_year}-W{iso_week:02d} ({exc})") from None
        return cls.of_unit(monday, Precision.WEEK)

    @classmethod
    def month(cls, year: int, month: int, mod: Mod | str | None = None) -> When:
        """A calendar month: ``When.month(2025, 8)``."""
        return cls.of_unit(_checked_date(year, month, 1), Precision.MONTH, mod)

    @classmethod
    def quarter(cls, year: int, quarter: int, mod: Mod | str | None = None) -> When:
        """A calendar quarter, 1 to 4: ``When.quarter(2026, 1)``."""
        if not 1 <= quarter <= 4:
            raise ModelError(f"When.quarter: quarter must be 1..4, got {quarter}")
        return cls.of_unit(_checked_date(year, 3 * quarter - 2, 1), Precision.QUARTER, mod)

    @classmethod
    def half(cls, year: int, half: int, mod: Mod | str | None = None) -> When:
        """A half year, 1 or 2."""
        if half not in (1, 2):
            raise ModelError(f"When.half: half must be 1 or 2, got {half}")
        return cls.of_unit(_checked_date(year, 1 if half == 1 else 7, 1), Precision.HALF, mod)

    @classmethod
    def season(cls, year: int, season: str, mod: Mod | str | None = None) -> When:
        """A meteorological season: ``SP``, ``SU``, ``FA`` or ``WI`` (winter starts in December)."""
        code = season.upper()
        if code not in SEASON_START_MONTH:
            raise ModelError(f"When.season: season must be one of {SEASON_CODES}, got {season!r}")
        return cls.of_unit(_checked_date(year, SEASON_START_MONTH[code], 1), Precision.SEASON, mod)

    @classmethod
    def year(cls, year: int, mod: Mod | str | None = None) -> When:
        """A calendar year: ``When.year(2019)`` is 2019-01-01..2019-12-31."""
        return cls.of_unit(_checked_date(year, 1, 1), Precision.YEAR, mod)

    @classmethod
    def decade(cls, first_year: int, mod: Mod | str | None = None) -> When:
        """A decade by its first year: ``When.decade(2010)`` is the 2010s."""
        if first_year % 10:
            raise ModelError(f"When.decade: give the first year of the decade, got {first_year}")
        return cls.of_unit(_checked_date(max(first_year, 1), 1, 1), Precision.DECADE, mod)

    @classmethod
    def century(cls, first_year: int, mod: Mod | str | None = None) -> When:
        """A century by its first year: ``When.century(1900)`` is TIMEX ``19``."""
        if first_year % 100:
            raise ModelError(f"When.century: give the first year (e.g. 1900), got {first_year}")
        return cls.of_unit(_checked_date(max(first_year, 1), 1, 1), Precision.CENTURY, mod)

    @classmethod
    def between(
        cls, earliest: date | When, latest: date | When, precision: Precision | str = Precision.DAY
    ) -> When:
        """A single date at ``precision`` known only to lie between two bounds.

        ``When.between(date(2025, 11, 1), date(2025, 11, 24))`` is "some day in
        the first 24 days of November 2025". Bounds that are Whens contribute
        their earliest and latest day. The bounds are widened to whole units.
        """
        p = to_precision(precision)
        first = earliest.earliest if isinstance(earliest, When) else to_date(earliest)
        last = latest.latest if isinstance(latest, When) else to_date(latest)
        if first > last:
            raise ModelError(f"When.between: {first} is after {last}")
        return cls(earliest=unit_bounds(first, p)[0], latest=unit_bounds(last, p)[1], precision=p)

    @classmethod
    def parse(cls, value: str) -> When:
        """Parse a TIMEX3 or EDTF value.

        Accepted: ``2025-09-24`` (also with a time part), ``2025-W39``, ``2025-09``,
        ``2025-Q3``, ``2025-H1``, ``2024-SU``, ``2025``, ``201`` or ``201X``
        (decade), ``19`` or ``19XX`` (century), EDTF sub-year codes
        (``2025-21``..``2025-24`` seasons, ``33``..``36`` quarters,
        ``40``/``41`` halves), unknown digits (``2025-11-XX``), a trailing ``~``
        (approximate) and EDTF sets ``[2025-11-01..2025-11-24]``.
        Free-text dates ("7 October 2025") are parsed by
        :func:`govtimeline.model.published.parse_date_string`.
        """
        if not isinstance(value, str):
            raise DateParseError(f"When.parse expects a string, got {type(value).__name__}")
        text = value.strip()
        if len(text) > 64:
            raise DateParseError(f"When.parse: value too long to be a date ({len(text)} chars)")
        mod: Mod | None = None
        if text.endswith("~"):
            mod, text = Mod.APPROX, text[:-1]
        week_match = _INTERVAL_RE.fullmatch(text)
        if week_match:
            try:
                first_day = date.fromisoformat(week_match["a"])
                last_day = date.fromisoformat(week_match["b"])
            except ValueError as exc:
                raise DateParseError(f"When.parse: {value!r}: {exc}") from None
            if first_day.weekday() == 0 and last_day == first_day + timedelta(days=6):
                return When.of_unit(first_day, Precision.WEEK, mod)
            raise DateParseError(
                f"When.parse: {value!r} is an interval; a range is two Whens (start and end)"
            )
        set_match = _SET_RE.fullmatch(text)
        if set_match:
            first, last = cls.parse(set_match["a"]), cls.parse(set_match["b"])
            p = first.precision if first.precision.rank <= last.precision.rank else last.precision
            return cls.between(first, last, p)
        try:
            result = _parse_value(text)
        except ModelError as exc:
            raise DateParseError(f"When.parse: {value!r} is not a valid date ({exc})") from None
        if result is None:
            raise DateParseError(
                f"When.parse: {value!r} is not a TIMEX3/EDTF date such as 2025-09-24, "
                "2025-09, 2025-Q1, 2025 or 201X"
            )
        if mod is not None:
            result = attrs.evolve(result, mod=mod)
        return result

    # ------------------------------------------------------------------- properties
    @property
    def is_exact(self) -> bool:
        """True when the bounds lie within one unit of the precision."""
        return unit_bounds(self.earliest, self.precision) == unit_bounds(
            self.latest, self.precision
        )

    @property
    def days(self) -> int:
        """Number of days between the bounds, inclusive."""
        return (self.latest - self.earliest).days + 1

    @property
    def timex(self) -> str:
        """The TIMEX3 ``value``: ``2025-09-24``, ``2025-08``, ``2025-Q1``, ``2025-11-XX``…"""
        first = unit_value(self.earliest, self.precision, edtf=False)
        if self.is_exact:
            return first
        return blur(first, unit_value(self.latest, self.precision, edtf=False))

    @property
    def timex_mod(self) -> str | None:
        """The TIMEX3 ``mod`` attribute (START, MID, END, APPROX) or None."""
        return self.mod.timex if self.mod else None

    @property
    def edtf(self) -> str:
        """The Extended Date/Time Format string (ISO 8601-2)."""
        if self.mod in (Mod.EARLY, Mod.MID, Mod.LATE):
            return f"[{self.earliest.isoformat()}..{self.latest.isoformat()}]"
        if self.is_exact:
            value = unit_value(self.earliest, self.precision, edtf=True)
        else:
            value = (
                f"[{unit_value(self.earliest, self.precision, edtf=True)}.."
                f"{unit_value(self.latest, self.precision, edtf=True)}]"
            )
        return value + ("~" if self.mod is Mod.APPROX else "")

    def __str__(self) -> str:
        """The date in words at its precision: "summer 2024", "first half of 2027".

        :attr:`edtf` is the exact, machine-readable form (and the one JSON keeps).
        """
        return describe(self)

    def __repr__(self) -> str:
        """Short and exact: ``<When 2024-22 summer 2024>`` (EDTF, then words)."""
        return f"<When {self.edtf} {describe(self)}>"

    # ------------------------------------------------------------------ comparisons
    def _key(self) -> tuple[date, date, int, str]:
        return (self.earliest, self.latest, self.precision.rank, self.mod.value if self.mod else "")

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, When):
            return NotImplemented
        return self._key() < other._key()

    def overlaps(self, other: When) -> bool:
        """Whether the two intervals share at least one day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def contains(self, other: When | date) -> bool:
        """Whether ``other`` lies wholly inside this interval."""
        if isinstance(other, date):
            return self.earliest <= other <= self.latest
        return self.earliest <= other.earliest and other.latest <= self.latest

    def before(self, other: When) -> bool:
        """Whether this interval ends before ``other`` begins."""
        return self.latest < other.earliest

    def after(self, other: When) -> bool:
        """Whether this interval begins after ``other`` ends."""
        return self.earliest > other.latest

    def intersection(self, other: When) -> When | None:
        """The overlap of two Whens at the finer of their precisions, or None."""
        if not self.overlaps(other):
            return None
        p = self.precision if self.precision.rank <= other.precision.rank else other.precision
        low, high = max(self.earliest, other.earliest), min(self.latest, other.latest)
        if unit_bounds(low, p)[0] != low or unit_bounds(high, p)[1] != high:
            p = Precision.DAY  # a narrowed (early/mid/late) overlap is only whole in days
        return When.between(low, high, p)

    def shift(self, days: int = 0) -> When:
        """The same-precision value moved by ``days`` (used for "the day before X")."""
        step = timedelta(days=days)
        try:
            return When.between(self.earliest + step, self.latest + step, self.precision)
        except OverflowError:
            raise ModelError(
                f"When.shift: {self} moved by {days} days leaves the calendar"
            ) from None


_INTERVAL_RE = re.compile(r"(?P<a>\d{4}-\d{2}-\d{2})/(?P<b>\d{4}-\d{2}-\d{2})")
_SET_RE = re.compile(r"\[(?P<a>[^\[\].]+)\.\.(?P<b>[^\[\].]+)\]")
_DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_WEEK_RE = re.compile(r"(\d{4})-W(\d{2})")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})")
_QUARTER_RE = re.compile(r"(\d{4})-Q([1-4])")
_HALF_RE = re.compile(r"(\d{4})-H([12])")
_SEASON_RE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR_RE = re.compile(r"(\d{4})")
_DECADE_RE = re.compile(r"(\d{3})X?")
_CENTURY_RE = re.compile(r"(\d{2})(?:XX)?")
_UNKNOWN_DAY_RE = re.compile(r"(\d{4})-(\d{2}|XX)-XX")
_UNKNOWN_MONTH_RE = re.compile(r"(\d{4})-XX")


def _checked_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError) as exc:
        raise ModelError(f"no such date {year:04d}-{month:02d}-{day:02d} ({exc})") from None


def _parse_value(text: str) -> When | None:
    if m := _DAY_RE.fullmatch(text):
        return When.day(int(m[1]), int(m[2]), int(m[3]))
    if m := _WEEK_RE.fullmatch(text):
        return When.week(int(m[1]), int(m[2]))
    if m := _QUARTER_RE.fullmatch(text):
        return When.quarter(int(m[1]), int(m[2]))
    if m := _HALF_RE.fullmatch(text):
        return When.half(int(m[1]), int(m[2]))
    if m := _SEASON_RE.fullmatch(text):
        return When.season(int(m[1]), m[2])
    if m := _UNKNOWN_DAY_RE.fullmatch(text):
        year = int(m[1])
        if m[2] == "XX":
            return When.between(date(year, 1, 1), date(year, 12, 31), Precision.DAY)
        month = When.month(year, int(m[2]))
        return When.between(month, month, Precision.DAY)
    if m := _UNKNOWN_MONTH_RE.fullmatch(text):
        year = int(m[1])
        return When.between(date(year, 1, 1), date(year, 12, 31), Precision.MONTH)
    if m := _MONTH_RE.fullmatch(text):
        year, code = int(m[1]), int(m[2])
        if 1 <= code <= 12:
            return When.month(year, code)
        for season, edtf_code in EDTF_SEASON.items():
            if code == edtf_code:
                return When.season(year, season)
        if EDTF_QUARTER_BASE < code <= EDTF_QUARTER_BASE + 4:
            return When.quarter(year, code - EDTF_QUARTER_BASE)
        if EDTF_HALF_BASE < code <= EDTF_HALF_BASE + 2:
            return When.half(year, code - EDTF_HALF_BASE)
        return None
    if m := _YEAR_RE.fullmatch(text):
        return When.year(int(m[1]))
    if m := _DECADE_RE.fullmatch(text):
        return When.decade(int(m[1]) * 10)
    if m := _CENTURY_RE.fullmatch(text):
        return When.century(int(m[1]) * 100)
    return None
