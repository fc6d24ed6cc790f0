"""Anchoring relative and partial dates, and telling the tense of a clause.

All functions are pure: the anchor is passed in, nothing reads the clock.

Tense rules (news text is mostly past): a clause is *future* when it holds a
future cue ("will", "is expected to", "next"…), *past* when it holds a past
cue ("was", "said", "ago"…), else *unknown*. A weekday or a year-less date
then takes the most recent occurrence on or before the anchor (past), the
next one after it (future), or the nearest one (unknown).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from enum import Enum
from functools import cache

from govtimeline.dates.lexicon import Lexicon
from govtimeline.lang import trie_regex
from govtimeline.model.when import Precision, When

__all__ = [
    "Tense",
    "add_months",
    "clause_tense",
    "measured_span",
    "nearest_month",
    "nearest_month_day",
    "offset_date",
    "pick_day",
    "pick_quarter",
    "shift_unit",
    "weekday_date",
]


class Tense(Enum):
    """The tense of the clause around a date phrase."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


def _may_overlap(a: str, b: str) -> bool:
    """Whether a match of cue ``a`` and one of cue ``b`` can share characters in some text.

    Cues match as whole words (no word character or apostrophe just before,
    no word character just after), with any run of spaces between words;
    ``a`` and ``b`` are lower case with single spaces. Each alignment of the
    two strings is tried, with each cue's boundary checked against the
    other's characters where they are known.
    """
    for shift in range(-len(b) + 1, len(a)):  # b starts at a[shift]
        low, high = max(0, shift), min(len(a), shift + len(b))
        if low >= high or a[low:high] != b[low - shift : high - shift]:
            continue
        before_b = a[shift - 1] if shift > 0 else None  # seen by b's look-behind
        after_b = a[shift + len(b)] if shift + len(b) < len(a) else None
        before_a = b[-shift - 1] if shift < 0 else None
        after_a = b[len(a) - shift] if len(a) - shift < len(b) else None
        if before_b is not None and _WORDISH.match(before_b):
            continue
        if before_a is not None and _WORDISH.match(before_a):
            continue
        if after_b is not None and _WORD_CHAR.match(after_b):
            continue
        if after_a is not None and _WORD_CHAR.match(after_a):
            continue
        return True
    return False


_WORDISH = re.compile(r"[\w']")
_WORD_CHAR = re.compile(r"\w")


_EDGE = r"(?<![\w'])(?:{})(?!\w)"


def _groups(future: tuple[str, ...], past: tuple[str, ...]) -> list[list[tuple[Tense, str]]]:
    """The cues in as few groups as one scan each can find exactly.

    Scanning future and past cues together finds what two separate scans
    find as long as no future cue can overlap a past cue ("will have" and
    "have been" can, in "will have been"); cues that can are put in
    different groups. Splitting one tense's cues over groups is exact only
    if they cannot overlap each other; when that fails, one group per tense.
    """
    normal = {c: " ".join(c.lower().split()) for c in (*future, *past)}
    groups: list[list[tuple[Tense, str]]] = []
    for tense, cue in [(Tense.FUTURE, c) for c in future] + [(Tense.PAST, c) for c in past]:
        for group in groups:
            if not any(t is not tense and _may_overlap(normal[c], normal[cue]) for t, c in group):
                group.append((tense, cue))
                break
        else:
            groups.append([(tense, cue)])
    split = [
        (a, b)
        for i, first in enumerate(groups)
        for second in groups[i + 1 :]
        for a in first
        for b in second
        if a[0] is b[0] and _may_overlap(normal[a[1]], normal[b[1]])
    ]
    if split:
        return [[(Tense.FUTURE, c) for c in future], [(Tense.PAST, c) for c in past]]
    return groups


_CUES: dict[tuple[int, bool], tuple[Lexicon, tuple[re.Pattern[str], ...]]] = {}


def _cue_patterns(lex: Lexicon, *, folded: bool = False) -> tuple[re.Pattern[str], ...]:
    """The tense cues of ``lex`` as a few compiled patterns (groups ``future``, ``past``);
    ``folded``: in lower case, matched with case, for lower-cased ASCII (:func:`_cues_in`)."""
    entry = _CUES.get((id(lex), folded))
    if entry is not None and entry[0] is lex:
        return entry[1]
    patterns = []
    for group in _groups(lex.future_cues, lex.past_cues):
        branches = []
        for tense in (Tense.FUTURE, Tense.PAST):
            cues = sorted({c.lower() if folded else c for t, c in group if t is tense})
            if cues:
                branches.append(f"(?P<{tense.value}>{trie_regex(cues, any_space=True)})")
        flags = 0 if folded else re.IGNORECASE
        patterns.append(re.compile(_EDGE.format("|".join(branches)), flags))
    _CUES[(id(lex), folded)] = (lex, tuple(patterns))
    return tuple(patterns)


def _cue_matches(
    patterns: tuple[re.Pattern[str], ...], clause: str
) -> list[tuple[Tense, re.Match[str]]]:
    """Every tense cue in ``clause``, with its tense."""
    return [
        (Tense.FUTURE if m.lastgroup == "future" else Tense.PAST, m)
        for pattern in patterns
        for m in pattern.finditer(clause)
    ]


def _cues_in(clause: str, lex: Lexicon) -> list[tuple[Tense, re.Match[str]]]:
    """Every tense cue in ``clause``, with its tense: an ASCII clause lower-cased, with the
    folded cues (the same cues as ignoring case, in half the time), any other ignoring case."""
    if clause.isascii():
        return _cue_matches(_cue_patterns(lex, folded=True), clause.lower())
    return _cue_matches(_cue_patterns(lex), clause)


_BOUNDARY = re.compile(r"[.!?;]\s|\n\s*\n|,\s+(?:and|but|while|whereas)\s")
_ED_VERB = re.compile(r"\b[a-z]\w{2,}(?<!e)ed\b")  # lower case: "United", "Reed" are names
_PASSIVE = re.compile(r"\b(?:be|being|been|is|are)\s+$", re.I)
_ED_REACH = 40  # characters: an -ed verb further left belongs to another verb's clause
_LATER_WORDS = re.compile(r"^[,\s]*(?:\w+\s+){0,4}\w+")  # five words
_PROGRESSIVE_REACH = 30  # characters: how far a progressive "are taking part" governs


def _passive(clause: str, cue: re.Match[str], lex: Lexicon) -> bool:
    """Whether a past cue is a participle after "be" ("is held", "will be made"): no past.
    Adverbs ("is since", "was last") are past cues wherever they stand."""
    if cue.group().lower() in lex.past_adverbs:
        return False
    return _PASSIVE.search(clause, 0, cue.start()) is not None


def _ed_verbs(
    clause: str, lex: Lexicon, low: int = 0, high: int | None = None
) -> list[re.Match[str]]:
    """Verbs in -ed in ``clause`` from ``low``: not the adjectives of ``not_past_words``, nor a
    word in -ed after a determiner ("the reduced dividend", "a planned merger")."""
    found = []
    for v in _ED_VERB.finditer(clause, low, len(clause) if high is None else high):
        if v.group() in lex.not_past_words:
            continue
        before = clause[max(0, v.start() - 12) : v.start()].split()
        if before and before[-1].lower() in lex.determiners:
            continue
        found.append(v)
    return found


@cache
def _progressive_pattern(auxiliaries: tuple[str, ...], folded: bool = False) -> re.Pattern[str]:
    """Progressives after one of ``auxiliaries``; ``folded`` as for :func:`_cue_patterns`."""
    forms = [a.lower() if folded else a for a in auxiliaries]
    words = "|".join(re.escape(a) for a in sorted(forms, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'])(?:{words or '(?!x)x'})\s+(?:(?:not|now|also|still|currently)\s+)?"
        r"(?P<verb>[a-z]{2,}ing)\b",
        0 if folded else re.IGNORECASE,
    )


def _progressives(
    clause: str, lex: Lexicon, low: int = 0, high: int | None = None
) -> list[re.Match[str]]:
    """Present progressives ("are taking part", "is holding"): arrangements, so future."""
    folded = clause.isascii()  # then lower-cased and matched with case: the same matches
    pattern = _progressive_pattern(lex.progressive_auxiliaries, folded)
    return [
        m
        for m in pattern.finditer(
            clause.lower() if folded else clause, low, len(clause) if high is None else high
        )
        if m["verb"].lower() not in lex.not_participles
    ]


_PROGRESSIVE_SPAN = 40  # characters: the longest progressive ("are currently considering")


_Candidate = tuple[int, int, Tense]
"""(distance, side, tense) of a tense cue: side 0 is left of the expression, 1 right of it."""


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause text left and right of ``text[start:end]``, within 80 characters each side."""
    low = max(0, start - 80)
    left = text[low:start]
    cut = list(_BOUNDARY.finditer(left))
    if cut:
        low += cut[-1].end()
        left = text[low:start]
    right = text[end : end + 80]
    stop = _BOUNDARY.search(right)
    if stop:
        right = right[: stop.start()]
    return left, right


def _cue_candidates(left: str, right: str, lex: Lexicon) -> tuple[list[_Candidate], set[int]]:
    """The tense cues of the clause as candidates, and where the cues on the left end."""
    candidates: list[_Candidate] = []
    cue_ends: set[int] = set()
    for tense, m in _cues_in(left, lex):
        cue_ends.add(m.end())
        if tense is Tense.PAST and _passive(left, m, lex):
            continue
        candidates.append((len(left) - m.end(), 0, tense))
    for tense, m in _cues_in(right, lex):
        if tense is Tense.PAST and _passive(right, m, lex):
            continue
        if m.group().lower() in lex.reporting_verbs and "," in right[: m.start()]:
            continue  # "… in early March, an official said": when it was said, not when it is
        candidates.append((m.start() + 1, 1, tense))
    return candidates, cue_ends


def _progressive_candidates(left: str, right: str, lex: Lexicon) -> list[_Candidate]:
    """Progressives near the expression, as future cues.

    "are taking part Wednesday", "Wednesday, delegates are meeting": an arrangement.
    """
    candidates: list[_Candidate] = []
    near = max(0, len(left) - _PROGRESSIVE_REACH - _PROGRESSIVE_SPAN)
    for m in _progressives(left, lex, near):
        if len(left) - m.end() <= _PROGRESSIVE_REACH:
            candidates.append((len(left) - m.end(), 0, Tense.FUTURE))
    for m in _progressives(right, lex, 0, _PROGRESSIVE_REACH + _PROGRESSIVE_SPAN):
        if m.start() <= _PROGRESSIVE_REACH:
            candidates.append((m.start() + 1, 1, Tense.FUTURE))
    return candidates


def _past_by_ed_verb(
    left: str, right: str, lex: Lexicon, best: _Candidate | None, cue_ends: set[int]
) -> bool:
    """Whether a verb in -ed of the clause, nearer than the ``best`` cue, makes it past."""
    verbs = [
        v
        for v in _ed_verbs(left, lex, max(0, len(left) - _ED_REACH))
        if not _PASSIVE.search(left, 0, v.start()) and v.end() not in cue_ends
    ]
    if verbs and (best is None or len(left) - verbs[-1].end() <= best[0]):
        return True
    # "In March, the company announced…": a verb in -ed after the expression, in its clause
    words = _LATER_WORDS.match(right)
    later = next(iter(_ed_verbs(right, lex, 0, words.end())), None) if words else None
    return bool(
        words
        and later
        and later.end() <= words.end()
        and not _PASSIVE.search(right, 0, later.start())
        and (best is None or later.end() < best[0])
    )


def clause_tense(text: str, start: int, end: int, lex: Lexicon) -> Tense:
    """The tense of the clause around ``text[start:end]`` (80 characters each side).

    The cue nearest to the expression decides ("said Monday they will…" is
    past: "said" is nearer than "will"). A verb in -ed in the clause counts
    as a past cue, except after "be" ("will be published", "will be held":
    the auxiliary gives the tense). The clause stops at sentence ends and at
    ", and", ", but", ", while" ("met on Dec. 19, and will reconvene…").
    """
    left, right = _clause(text, start, end)
    cues, cue_ends = _cue_candidates(left, right, lex)
    candidates = cues + _progressive_candidates(left, right, lex)
    # the nearest cue wins; at equal distance the cue on the left, which governs the
    # expression ("informed Thursday that he would …" is past); at a tie, the first found
    best = min(candidates, key=lambda c: c[:2]) if candidates else None
    if _past_by_ed_verb(left, right, lex, best, cue_ends):
        return Tense.PAST
    return best[2] if best else Tense.UNKNOWN


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def weekday_date(anchor: date, weekday: int, tense: Tense, relation: str | None) -> date:
    """The date of a weekday named relative to ``anchor``.

    ``relation`` is the word before it, if any: ``last`` (the one before the
    anchor's week day, strictly), ``next`` (strictly after), ``this`` (in the
    anchor's week). Otherwise the tense decides: the next such day (future)
    or the last one (past, unknown). The anchor's own weekday is the anchor's
    day whatever the tense: a report of a Friday says "will announce on
    Friday" of that Friday, and "said Friday" too.
    """
    delta_back = (anchor.weekday() - weekday) % 7
    delta_fwd = (weekday - anchor.weekday()) % 7
    if relation == "last" or relation == "past":
        return anchor - timedelta(days=delta_back or 7)
    if relation in ("next", "coming"):
        return anchor + timedelta(days=delta_fwd or 7)
    if relation == "this":
        return anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday)
    if tense is Tense.FUTURE:
        return anchor + timedelta(days=delta_fwd)
    return anchor - timedelta(days=delta_back)


def _choose(candidates: list[int], anchor: int, tense: Tense, slack: int = 0) -> int:
    """Of candidate day numbers, the nearest, unless the tense clearly points the other way.

    A future clause takes the next candidate from the anchor on (the anchor's
    own day included: "will meet on 4 June", written on 4 June, is today); a
    past clause refuses a candidate more than ``slack`` days after the anchor
    ("was extended to Nov. 16", written on 1 November, is this year's).
    """
    past = [c for c in candidates if c <= anchor]
    future = [c for c in candidates if c >= anchor]
    if tense is Tense.FUTURE and future:
        return min(future)
    near = min(candidates, key=lambda c: (abs(c - anchor), c))
    if tense is Tense.PAST and near > anchor and near - anchor > slack and past:
        return max(past)
    return near


def _pick(candidates: list[date], anchor: date, tense: Tense, slack: int = 0) -> date:
    chosen = _choose([c.toordinal() for c in candidates], anchor.toordinal(), tense, slack)
    return date.fromordinal(chosen)


_CYCLE = 146_097  # days in 400 Gregorian years


def _ordinal(year: int, month: int, day: int) -> int:
    """The day number of a date, also in years 0 and 10000 just past the calendar's ends.

    Candidates a year either side of an anchor in year 1 or 9999 are counted
    so that the choice among them is the one a normal year gives; choosing one
    outside the calendar then fails (``date.fromordinal``) instead of falling
    back on another. ValueError when the day does not exist (29 February).
    """
    cycles = 1 if year < 1 else (-1 if year > 9999 else 0)
    return date(year + 400 * cycles, month, day).toordinal() - cycles * _CYCLE


def _candidates(anchor: date, month: int, day: int) -> list[int]:
    found = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found.append(_ordinal(year, month, day))
        except ValueError:  # no 29 February that year
            continue
    return found


_DAY_SLACK = 45  # days ahead a past-tense clause may still mean ("was extended to Nov. 16")


def nearest_month_day(
    anchor: date, month: int, day: int, tense: Tense, *, deadline: bool = False
) -> date | None:
    """A year-less day ("1 November") placed in the year the anchor and tense suggest.

    A ``deadline`` ("extended to Nov. 16", "payable Jan. 3") may lie a few
    weeks ahead even in a past-tense clause; "was sent on 1 November" may not.
    None when the day exists in none of the three years; ValueError when the
    chosen one lies beyond the calendar's ends.
    """
    candidates = _candidates(anchor, month, day)
    slack = _DAY_SLACK if deadline else 0
    if not candidates:
        return None
    return date.fromordinal(_choose(candidates, anchor.toordinal(), tense, slack=slack))


def nearest_month(anchor: date, month: int, tense: Tense) -> When:
    """A year-less month ("in August") in the year the anchor and tense suggest."""
    this_month = date(anchor.year, anchor.month, 1)
    candidates = _candidates(anchor, month, 1)
    if tense is Tense.FUTURE:  # "by the end of November", written in November: this one
        candidates = [c for c in candidates if c >= this_month.toordinal()] or candidates
        chosen = min(candidates)
    else:
        chosen = _choose(candidates, this_month.toordinal(), tense, slack=0)
    found = date.fromordinal(chosen)  # ValueError beyond the calendar's ends
    return When.month(found.year, found.month)


def pick_day(candidates: list[date], anchor: date, tense: Tense) -> date:
    """Of several candidate days (a holiday in three years), the one the tense points to."""
    return _pick(candidates, anchor, tense)


def pick_quarter(anchor: date, quarter: int, tense: Tense) -> When:
    """A year-less quarter ("the fourth quarter") in the year the anchor and tense suggest.

    A past clause cannot talk about a quarter that has not started; otherwise
    the anchor's year (a future clause may still be about the results of a
    quarter that has ended: "will report third-quarter earnings").
    """
    this = When.quarter(anchor.year, quarter)
    if tense is Tense.PAST and this.earliest > anchor:
        return When.quarter(anchor.year - 1, quarter)
    return this


_MONTHS_IN = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}


def measured_span(anchor: date, code: str, amount: int) -> When | None:
    """The days from ``anchor`` to ``amount`` units after it (before it, when negative).

    "within 180 days" written on 23 January 2025 is some day from then to 22
    July; "over the next two years" some month from November 2023 to November
    2025 (units of a month or more give month bounds). ``code`` is the ISO 8601
    designator (``D``, ``W``, ``M``, ``Q``, ``Y``, ``DE``, ``CE``); None for
    hours, minutes and seconds.
    """
    if code in ("D", "W"):
        other = anchor + timedelta(days=amount * (7 if code == "W" else 1))
        precision = Precision.DAY
    elif code in _MONTHS_IN:
        other = add_months(anchor, amount * _MONTHS_IN[code])
        precision = Precision.MONTH
    else:
        return None
    low, high = sorted((anchor, other))
    return When.between(low, high, precision)


def offset_date(anchor: date, unit: str, amount: int) -> When:
    """The date ``amount`` units from the anchor, for "in two years", "six months from now".

    Like :func:`shift_unit`, except that years are counted from the anchor's
    month: "in one year's time" written in November 2023 is November 2024.
    """
    if unit in ("year", "Y"):
        moved = add_months(anchor, 12 * amount)
        return When.month(moved.year, moved.month)
    return shift_unit(anchor, unit, amount)


def shift_unit(anchor: date, unit: str, amount: int) -> When:
    """The unit (day, week, month, quarter, year, decade…) ``amount`` units from the anchor's."""
    if unit in ("day", "D"):
        return When.day(anchor + timedelta(days=amount))
    if unit in ("week", "W", "weekend"):
        return When.of_unit(anchor + timedelta(weeks=amount), Precision.WEEK)
    if unit in ("month", "M"):
        moved = add_months(anchor, amount)
        return When.month(moved.year, moved.month)
    if unit in ("quarter", "Q"):
        moved = add_months(anchor, 3 * amount)
        return When.of_unit(moved, Precision.QUARTER)
    if unit in ("year", "Y"):
        return When.year(anchor.year + amount)
    if unit in ("decade", "DE"):
        return When.decade(anchor.year - anchor.year % 10 + 10 * amount)
    if unit in ("century", "CE"):
        return When.century(anchor.year - anchor.year % 100 + 100 * amount)
    # hours, minutes, seconds: the day they fall on
    return When.day(anchor)
