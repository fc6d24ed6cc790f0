"""Second pass of the finder: expressions whose value depends on what the text said before.

- *Reference time*: "a year earlier", "two days later" count from the date
  most recently written (within a few sentences), not from the anchor.
- *Day of a bare time*: "at 10:35 a.m." after "on Friday" is on that Friday.
- *Reporting period*: once a text has named a quarter ("the third quarter",
  "Q3 2025"), "the quarter", "the latest period", "the year-ago quarter",
  "year-earlier" and "a year ago" in a comparison refer to that quarter (or
  to it a year back), as they do in every earnings report.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from datetime import timedelta
from functools import cache

import attrs

from govtimeline.dates.lexicon import Lexicon
from govtimeline.dates.resolve import add_months
from govtimeline.errors import ModelError
from govtimeline.model import AnchorKind, TimeExpression, TimexType
from govtimeline.model.offsets import apply_offset, parse_offset
from govtimeline.model.when import Precision, When

__all__ = ["resolve_discourse"]

_REFERENCE_WINDOW = 400  # characters within which the last date is the reference time
_PERIOD_WINDOW = 2_000  # characters within which the last quarter named is the reporting period
_YEAR_BACK = re.compile(r"^(?:a|one)\s+year\s+(?:ago|earlier)$|^year[\s-](?:ago|earlier)$", re.I)
_LAST_YEAR = re.compile(r"^last\s+year$", re.I)
_COMPARISON = re.compile(
    r"\b(?:compared|comparable|from|versus|vs\.|against|up|down|rose|fell|increase|decrease)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_SENTENCE_REACH = 400  # characters looked at each side: keeps the pass linear


def _shift(base: When, offset: str) -> When | None:
    """``base`` moved by ``offset`` at ``base``'s precision ("a year earlier" than 2 November
    1989 is 2 November 1988; than the third quarter, the third quarter)."""
    zero = _ZERO_UNITS.get(offset)
    if zero is not None and zero.rank < base.precision.rank:
        # "that same day" after "in October 1998": a day of that October, unknown which
        return When.between(base.earliest, base.latest, zero)
    moved = apply_offset(base, offset)
    if moved is None:
        return None
    if (
        base.precision in (Precision.QUARTER, Precision.DAY)
        and moved.precision is not base.precision
    ):
        parts = parse_offset(offset)
        if base.precision is Precision.DAY and parts is not None and base.days == 1:
            years, months, days = parts
            try:
                day = add_months(base.earliest, 12 * years + months) + timedelta(days=days)
            except (ValueError, OverflowError):
                return None
            return When.day(day)
        return When.of_unit(moved.earliest, base.precision)
    return moved


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, without the expression itself."""
    low, high = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    left = max(
        text.rfind(". ", low, start), text.rfind(".\n", low, start), text.rfind("\n\n", low, start)
    )
    stop = _SENTENCE_END.search(text, end, high)
    return text[max(left + 1, low) : start] + " " + text[end : stop.start() if stop else high]


def _set(e: TimeExpression, when: When) -> TimeExpression:
    return attrs.evolve(e, when=when, timex_value=when.timex, anchor_kind=AnchorKind.DOCUMENT)


@cache
def _longer(periods: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in periods) or "(?!x)x"
    return re.compile(rf"\b(?:{words})(?![\w-])", re.I)


_ZERO_UNITS = {
    "P0D": Precision.DAY,
    "P0W": Precision.WEEK,
    "P0M": Precision.MONTH,
    "P0Y": Precision.YEAR,
}
_UNIT_OF = {"D": Precision.DAY, "W": Precision.WEEK, "M": Precision.MONTH, "Y": Precision.YEAR}
_ON = re.compile(r"\s+on\s+|\s*\([^()]{1,40}\)\s*(?:on\s+)?", re.I)
"""Between a clock time and the day it is on: "at 4:30 a.m. on 11 February", "at 10:35 a.m.
(0735 GMT) Friday"."""
_NEXT = re.compile(r"the\s+(?:next|following)\b", re.I)
_ENDED = re.compile(r"\s+(?:ended|ending)\s+$", re.I)


def _ended(found: Sequence[TimeExpression], i: int, text: str) -> When | None:
    """ "the quarter ended Sept. 30": the calendar quarter holding the date written after it."""
    if i + 1 >= len(found):
        return None
    e, nxt = found[i], found[i + 1]
    if nxt.when is None or nxt.when.precision is not Precision.DAY:
        return None
    if not _ENDED.fullmatch(text[e.end : nxt.start]) or nxt.start - e.end > 12:
        return None
    return When.of_unit(nxt.when.earliest, Precision.QUARTER)


def _in_period(
    e: TimeExpression, name: str, period: TimeExpression | None, text: str, lex: Lexicon
) -> TimeExpression | None:
    """``e`` re-valued against the reporting period; None to drop it; ``e`` if it does not apply."""
    recent = (
        period is not None and period.when is not None and e.start - period.end <= _PERIOD_WINDOW
    )
    if name == "period":
        if not recent:
            # "the period" with no quarter named before is too vague to date
            words = e.text.lower().split()
            return e if words[-1] == "quarter" or "latest" in words else None
        assert period is not None
        assert period.when is not None
        worded_period = e.text.lower().endswith("period")
        if worded_period and _longer(lex.longer_periods).search(_sentence(text, e.start, e.end)):
            # "the nine months … compared with the 1988 period": a year
            year = e.when.earliest.year if e.offset is None and e.when else None
            shift = -1 if (e.offset or "").startswith("-") else 0
            return _set(e, When.year(year or period.when.earliest.year + shift))
        if e.offset is None and e.when is not None:  # "the 1988 period"
            return _set(
                e,
                When.of_unit(
                    period.when.earliest.replace(year=e.when.earliest.year), Precision.QUARTER
                ),
            )
        moved = _shift(period.when, e.offset or "P0Y") if e.offset != "P0Y" else period.when
        return _set(e, moved) if moved else e
    if not recent or e.timex_type is not TimexType.DATE:
        return e
    assert period is not None
    assert period.when is not None
    back = _YEAR_BACK.match(e.text) is not None
    if not back and not _LAST_YEAR.match(e.text):
        return e  # neither "a year ago" nor "last year": nothing to read in the sentence
    sentence = _sentence(text, e.start, e.end)
    if _longer(lex.longer_periods).search(sentence):
        # "for the nine months … a year earlier" compares years, not quarters
        return _set(e, When.year(period.when.earliest.year - 1)) if back else e
    if not back:
        back = _COMPARISON.search(sentence) is not None
    if back:
        moved = _shift(period.when, "-P1Y")
        return _set(e, moved) if moved else e
    return e


_BACK_WORDS = re.compile(r"year[\s-]+(?:ago|earlier)|last\s+year", re.I)


def _names_period(e: TimeExpression, name: str) -> bool:
    """Whether ``e`` names the quarter a report is about ("the third quarter", "the quarter")."""
    assert e.when is not None
    if e.when.precision is not Precision.QUARTER or _BACK_WORDS.search(e.text):
        return False
    return name in ("quarter", "quarter_code") or (name == "period" and e.offset == "P0Y")


def _with_clock(e: TimeExpression, day: str) -> TimeExpression:
    """``e`` (a clock time with no day) put on ``day``, an ISO date."""
    assert e.timex_value is not None
    clock = e.timex_value.partition("T")[2]
    return attrs.evolve(e, timex_value=f"{day}T{clock}")


def _on_day(
    e: TimeExpression,
    name: str,
    following: TimeExpression | None,
    reference: TimeExpression | None,
    text: str,
    lex: Lexicon,
) -> TimeExpression:
    """A clock time or part of a day put on the day written beside it or just before it.

    ``following`` is the next expression found; ``reference`` the date last written, when
    it is recent enough to be the reference time (None otherwise).
    """
    if (
        name == "time"
        and e.when is None
        and e.timex_value
        and following is not None
        and following.when is not None
        and following.when.days == 1
        and _ON.fullmatch(text[e.end : following.start])
    ):
        # "at 4:30 a.m. on 11 February", "at 10:35 a.m. (0735 GMT) Friday": that day
        return _with_clock(e, following.when.earliest.isoformat())
    if reference is None or not e.timex_value:
        return e
    assert reference.when is not None
    same_day = reference.when.days == 1 and "\n\n" not in text[reference.end : e.start]
    if name == "time" and e.when is None:
        # "talks began Friday … at 10:35 a.m.": the time is on the day just named
        return _with_clock(e, reference.when.earliest.isoformat()) if same_day else e
    if (
        name == "part_ref"
        and e.text.lower().split()[-1] not in lex.relative_days  # "mid-afternoon yesterday"
        and same_day
    ):
        # "Dealers placed orders Friday … in the morning": the morning of that Friday
        day = reference.when.earliest + timedelta(days=1 if _NEXT.match(e.text) else 0)
        clock = e.timex_value.partition("T")[2]
        return attrs.evolve(
            e,
            when=When.day(day),
            timex_value=f"{day.isoformat()}T{clock}" if clock else day.isoformat(),
            anchor_kind=AnchorKind.DOCUMENT,
        )
    return e


def _from_reference(
    e: TimeExpression, name: str, reference: TimeExpression | None
) -> TimeExpression:
    """An offset counted from the event ("a year earlier", "that day") counted from ``reference``.

    ``reference`` is the date last written when recent enough (None otherwise).
    """
    offset = e.offset
    if e.anchor_kind is not AnchorKind.EVENT or e.reference is not None or not offset:
        return e
    if reference is None:
        return e
    assert reference.when is not None
    if name == "rel_unit" and e.text.lower().split()[-2:-1] == ["that"]:
        # "that year", "later that day": the unit of the date last written
        unit = _ZERO_UNITS.get(offset)
        if unit is not None and reference.when.precision.rank <= unit.rank:
            # "that week" of 9999-12-31 runs past the calendar's end: left as it is
            with contextlib.suppress(ModelError):
                e = _set(e, When.of_unit(reference.when.earliest, unit))
        return e
    moved = _shift(reference.when, offset)
    unit = _UNIT_OF.get(offset[-1]) if name == "rel_unit" else None
    if moved is not None and unit is not None and moved.precision.rank < unit.rank:
        # "the following year": the year after, not a month a year on
        moved = When.of_unit(moved.earliest, unit)
    return _set(e, moved) if moved is not None else e


def _is_reference(e: TimeExpression) -> bool:
    """Whether ``e`` becomes the reference time of what follows (a date, or a time on a day)."""
    return e.when is not None and (
        e.timex_type is TimexType.DATE
        or (e.timex_type is TimexType.TIME and e.when.precision is Precision.DAY)
    )


def resolve_discourse(
    found: Sequence[TimeExpression], names: Sequence[str], text: str, lex: Lexicon
) -> list[TimeExpression]:
    """Resolve reference-time and reporting-period expressions; ``names`` are their grammar alternatives."""
    out: list[TimeExpression] = []
    last: TimeExpression | None = None
    period: TimeExpression | None = None
    for i, (e, name) in enumerate(zip(found, names, strict=True)):
        named = period is not None and e.start - period.end <= _PERIOD_WINDOW
        ended = _ended(found, i, text) if name == "period" and not named else None
        if ended is not None:  # "the quarter ended Sept. 30" names the period itself
            e = _set(e, ended)
            out.append(e)
            last = period = e
            continue
        revalued = _in_period(e, name, period, text, lex)
        if revalued is None:
            continue
        if revalued is not e:
            out.append(revalued)
            last = revalued
            continue
        recent = (
            last is not None and last.when is not None and e.start - last.end <= _REFERENCE_WINDOW
        )
        reference = last if recent else None
        following = found[i + 1] if i + 1 < len(found) else None
        e = _on_day(e, name, following, reference, text, lex)
        e = _from_reference(e, name, reference)
        if _is_reference(e):
            last = e
            if _names_period(e, name):
                period = e
        out.append(e)
    return out
