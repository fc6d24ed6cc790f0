"""Choosing an event's date from what its sources claim, and explaining conflicts.

The rule, applied to the date claims of one event (stated dates, dates derived
from relative statements such as "the day before the launch", and weekday
names such as "on Wednesday"):

1. Two claims *agree* when their intervals overlap ("September 2025" agrees
   with "24 September 2025"); agreement is not a conflict.
2. The candidates are the finest claims: those that contain no other claim.
3. Each candidate is supported by the documents whose claims agree with it,
   and by the documents that name its weekday.
4. A candidate told after the fact outweighs one only announced: the
   candidate backed by most documents that report the event as having
   happened wins ("was opened on 23 September" over "will be opened on 22
   September"); then the one with most supporting documents; then the one
   more documents state with its year ("on 18 October 2023" over "held on 17
   October" in a report whose year is read from its other dates); ties go to
   the finer date, then to the earlier one.
5. An announced range whose first day differs from the winner's ("scheduled
   from 15 to 20 February" beside a report that it began on the 16th) disagrees
   on the start, though the intervals overlap.
6. If any claim disagrees with the winner, a :class:`~govtimeline.model.Conflict`
   keeps every claim with its evidence, says why the winner was chosen and
   records the rule that chose it (:data:`~govtimeline.model.events.CONFLICT_RULES`).
7. The end of a multi-day event is chosen the same way from the ends of the
   agreeing ranges (after the fact first, then most documents, then the earlier
   end, the finer range); day-precise ends that differ between documents ("24 to
   26 June" and "June 24–25") are a conflict on ``end``.
8. One report that dates the event on consecutive days ("opened on Tuesday",
   "the ministers met on Wednesday") tells its days: the
   later one extends the end, and is no conflict.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from govtimeline.model import Claim, Conflict, Evidence
from govtimeline.model._printing import plural
from govtimeline.model.when import Precision, When

__all__ = ["DateChoice", "DateClaim", "choose_date", "names_year"]

_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|['’]\d\d\b")
"""A year written in a date phrase: "2023", "'23"."""


def names_year(phrase: str) -> bool:
    """Whether a date phrase writes its year ("18 October 2023", "May '24"), as opposed
    to taking it from the report ("on 17 October", "last March")."""
    return _YEAR.search(phrase) is not None


@attrs.frozen(kw_only=True)
class DateClaim:
    """One source's statement about when an event happened."""

    when: When
    """The claimed date (start of a range)."""
    evidence: Evidence
    """Where it was said."""
    how: str
    """``stated``, ``relative`` (derived from another event) or ``weekday``."""
    until: When | None = None
    """End of a claimed range."""
    planned: bool = False
    """Whether the source only announces the event (it has not happened when told)."""
    year_stated: bool = True
    """Whether the date phrase names its year ("18 October 2023"); False for a day or a
    month whose year came from the report's date or its other dates ("on 17 October")."""

    @property
    def document(self) -> str:
        """The document making the claim."""
        return self.evidence.document

    @property
    def span(self) -> When:
        """The whole claimed interval (start to end of a range)."""
        if self.until is None or self.until.latest < self.when.earliest:
            return self.when
        return When.between(self.when, self.until, self.when.precision)


@attrs.frozen(kw_only=True)
class DateChoice:
    """The chosen date of an event and, when sources disagree, the conflicts."""

    when: When | None
    """The chosen date."""
    end: When | None
    """The chosen end of a multi-day event."""
    claims: tuple[DateClaim, ...]
    """Every claim considered."""
    disagreeing: tuple[DateClaim, ...]
    """Claims that do not agree with the choice."""
    reason: str
    """Why the date was chosen."""
    rule: str = "most sources"
    """The rule that chose it (:data:`~govtimeline.model.events.CONFLICT_RULES`)."""
    end_disagreeing: tuple[DateClaim, ...] = ()
    """Ranges whose day-precise end differs from the chosen end."""
    end_reason: str = ""
    """Why the end was chosen, when sources disagree on it."""
    end_rule: str = ""
    """The rule that chose the end, when sources disagree on it."""

    def conflict(self, event_id: str) -> Conflict | None:
        """A Conflict record on the start when some claim disagrees, else None."""
        if not self.disagreeing or self.when is None:
            return None
        return Conflict(
            event=event_id,
            field="when",
            claims=_claims(self.claims, lambda c: c.when),
            chosen=self.when.edtf,
            reason=self.reason,
            rule=self.rule,
        )

    def end_conflict(self, event_id: str) -> Conflict | None:
        """A Conflict record on the end when ranges disagree on it, else None."""
        if not self.end_disagreeing or self.end is None:
            return None
        ranges = [c for c in self.claims if c.until is not None]
        return Conflict(
            event=event_id,
            field="end",
            claims=_claims(ranges, lambda c: c.until or c.when),
            chosen=self.end.edtf,
            reason=self.end_reason,
            rule=self.end_rule,
        )


def _claims(claims: Iterable[DateClaim], value: Callable[[DateClaim], When]) -> tuple[Claim, ...]:
    seen: dict[tuple[str, str, int], Claim] = {}
    texts: dict[When, str] = {}  # each distinct date's EDTF, written once
    for c in sorted(claims, key=_claim_key):
        w = value(c)
        text = texts.get(w)
        if text is None:
            text = texts[w] = w.edtf
        key = (c.document, text, c.evidence.start)
        if key not in seen:
            seen[key] = Claim(value=text, evidence=c.evidence, when=w)
    return tuple(seen.values())


_NO_DATE = DateChoice(when=None, end=None, claims=(), disagreeing=(), reason="no date stated")


def _claim_key(c: DateClaim) -> tuple[object, ...]:
    return (c.when, c.document, c.evidence.start, c.how)


_NEXT_DAYS = 1
"""One report's dates this many days apart are one event's days (rule 8)."""


def _day(w: When) -> bool:
    return w.precision is Precision.DAY and w.is_exact


Rank = tuple[int, int, int, int, When]
"""A candidate's ranking key: (−told after the fact, −supporting sources, −sources stating
its year, days, the date); the smallest wins."""


def _rule(best: Rank, runner: Rank | None) -> str:
    """Which part of the ranking key told the winner from the runner-up."""
    if runner is None:
        return "most sources"
    if best[0] != runner[0] and best[1] >= runner[1]:  # not more sources: the reports won
        return "after the fact"
    if best[1] != runner[1]:
        return "most sources"
    if best[2] != runner[2]:
        return "year stated"
    return "finer" if runner[4].precision is not best[4].precision else "earlier"


class _Support:
    """Who backs a candidate date: the sources whose claims overlap it, those naming its
    weekday, and of those the ones that report the event as having happened.

    A much-reported event has many claims but few distinct dates: the sources are
    gathered by the interval claimed, once, and a candidate is compared with those
    intervals, not with every claim; each candidate's backers are counted once.
    """

    def __init__(
        self,
        claims: Sequence[DateClaim],
        weekdays: Sequence[tuple[int, Evidence]],
        sources: Mapping[str, str] | None,
    ) -> None:
        self.sources = sources or {}
        # each claimed interval: the sources telling it as done, and those announcing it
        spans: dict[When, tuple[set[str], set[str]]] = {}
        stated: dict[When, set[str]] = {}  # and those whose phrase names its year
        for c in claims:
            reported, announced = spans.setdefault(c.span, (set(), set()))
            (announced if c.planned else reported).add(self.origin(c.document))
            if c.year_stated:
                stated.setdefault(c.span, set()).add(self.origin(c.document))
        self.spans = list(spans.items())
        self.stated = list(stated.items())
        self.weekdays: dict[int, set[str]] = {}
        for day, ev in weekdays:
            self.weekdays.setdefault(day, set()).add(self.origin(ev.document))
        self.backing: dict[When, tuple[set[str], set[str]]] = {}

    def origin(self, document: str) -> str:
        return self.sources.get(document, document)

    def _backing(self, candidate: When) -> tuple[set[str], set[str]]:
        """(the supporting sources, those of them telling the event as done)."""
        known = self.backing.get(candidate)
        if known is not None:
            return known
        reported: set[str] = set()
        announced: set[str] = set()
        for span, (done, planned) in self.spans:
            if span.overlaps(candidate):
                reported |= done
                announced |= planned
        docs = reported | announced
        if candidate.precision is Precision.DAY and candidate.is_exact:
            docs |= self.weekdays.get(candidate.earliest.weekday(), set())
        known = self.backing[candidate] = (docs, docs - (announced - reported))
        return known

    def support(self, candidate: When) -> set[str]:
        return self._backing(candidate)[0]

    def told(self, candidate: When) -> set[str]:
        """The supporting sources less those that only announce the event."""
        return self._backing(candidate)[1]

    def with_year(self, candidate: When) -> set[str]:
        """The supporting sources that state the year of a claim overlapping ``candidate``."""
        return {d for span, docs in self.stated if span.overlaps(candidate) for d in docs}

    def rank(self, s: When) -> Rank:
        return (-len(self.told(s)), -len(self.support(s)), -len(self.with_year(s)), s.days, s)

    def backers(self, chosen: When) -> list[str]:
        copied = set(self.sources.values())
        return [
            b + (" and its copies" if b in copied else "") for b in sorted(self.support(chosen))
        ]


def choose_date(
    claims: Sequence[DateClaim],
    weekdays: Sequence[tuple[int, Evidence]] = (),
    sources: Mapping[str, str] | None = None,
) -> DateChoice:
    """Pick an event's date from its claims; see the module docstring for the rule.

    ``sources`` maps a document that copies another (a wire story run again,
    :func:`govtimeline.reconstruct.copies.copy_sources`) to the document naming its
    copies: a story and its copies support a date once.
    """
    ordered = tuple(sorted(claims, key=_claim_key))
    if not ordered:
        return _NO_DATE
    backing = _Support(ordered, weekdays, sources)
    spans = sorted({c.when for c in ordered})
    finest = [s for s in spans if not any(o != s and s.contains(o) for o in spans)]
    ranked = sorted(finest, key=backing.rank)
    chosen = ranked[0]
    overlapping = [c for c in ordered if c.span.overlaps(chosen)]
    agreeing = [c for c in overlapping if not _other_start(c, chosen, ordered)]
    # a range announced from another first day still tells the end
    end, end_disagreeing, end_reason, end_rule = _choose_end(overlapping, chosen)
    end = _days_of_one_report(ordered, agreeing, chosen, end)
    whole = When.between(chosen, end, chosen.precision) if end is not None else chosen
    disagreeing = tuple(
        c for c in ordered if not c.span.overlaps(whole) or _other_start(c, chosen, ordered)
    )
    reason = _agreement(chosen, backing.backers(chosen), agreeing, weekdays)
    rule = "most sources"
    if disagreeing:
        others = [f"{w} ({d})" for w, d in sorted({(c.when, c.document) for c in disagreeing})]
        rivals = [s for s in ranked[1:] if any(c.when == s for c in disagreeing)]
        rule = _rule(backing.rank(chosen), backing.rank(rivals[0]) if rivals else None)
        reason += "; rejected: " + ", ".join(others) + f"; rule: {rule}"
    return DateChoice(
        when=chosen,
        end=end,
        claims=ordered,
        disagreeing=disagreeing,
        reason=reason,
        rule=rule,
        end_disagreeing=end_disagreeing,
        end_reason=end_reason,
        end_rule=end_rule,
    )


def _agreement(
    chosen: When,
    backers: Sequence[str],
    agreeing: Sequence[DateClaim],
    weekdays: Sequence[tuple[int, Evidence]],
) -> str:
    """Why the date was chosen, in words (issue 18: the reason is read in reports; the
    claims keep their EDTF values)."""
    reason = f"{chosen}: agreed by {plural(len(backers), 'document')} ({', '.join(backers)})"
    if any(c.how == "relative" for c in agreeing):
        reason += ", including a date derived from another event"
    if any(chosen.earliest.weekday() == day for day, _ in weekdays) and chosen.is_exact:
        reason += (
            f", consistent with the weekday named ({calendar.day_name[chosen.earliest.weekday()]})"
        )
    return reason


def _days_of_one_report(
    claims: Sequence[DateClaim], agreeing: Sequence[DateClaim], chosen: When, end: When | None
) -> When | None:
    """A report that dates one event on consecutive days tells its days, not two dates.

    "The summit opened on Tuesday" and "the ministers met on Wednesday" in one
    report are the two days of a two-day summit: the later day is its end (rule 8).
    A day told only by other reports stays a disagreement. ``claims`` come in the order
    of :func:`_claim_key` (:func:`choose_date` sorted them).
    """
    if not _day(chosen):
        return end
    reporting = {c.document for c in agreeing if _day(c.when) and not c.planned}
    last = end or chosen
    for c in claims:
        told = c.document in reporting and c.until is None and not c.planned and _day(c.when)
        if told and last < c.when and (c.when.earliest - last.latest).days <= _NEXT_DAYS:
            last = c.when
    return last if last != chosen else end


def _other_start(c: DateClaim, chosen: When, claims: Sequence[DateClaim]) -> bool:
    """An announced range that starts on another day than the one reports tell (rule 5)."""
    if not (c.planned and c.until is not None and _day(c.when) and _day(chosen)):
        return False
    if c.when == chosen:
        return False
    return any(o.when == chosen and not o.planned and o.document != c.document for o in claims)


def _choose_end(
    agreeing: Sequence[DateClaim], chosen: When
) -> tuple[When | None, tuple[DateClaim, ...], str, str]:
    """The end of the event from the agreeing ranges, and the ranges that disagree on it."""
    ranges = [c for c in agreeing if c.until is not None and c.until.latest >= chosen.earliest]
    if not ranges:
        return None, (), "", ""
    ends = sorted({c.until for c in ranges if c.until is not None})
    exact = [e for e in ends if _day(e)]
    if len(exact) < 2 or len({c.document for c in ranges if c.until in exact}) < 2:
        return max(ends), (), "", ""

    def rank(e: When) -> Rank:
        backers = [c for c in ranges if c.until == e]
        told = {c.document for c in backers if not c.planned}
        stated = {c.document for c in backers if c.year_stated}
        return (-len(told), -len({c.document for c in backers}), -len(stated), e.days, e)

    ranked = sorted(exact, key=rank)
    end = ranked[0]
    rule = _rule(rank(end), rank(ranked[1]))
    disagreeing = tuple(
        c for c in ranges if c.until is not None and _day(c.until) and c.until != end
    )
    backers = sorted({c.document for c in ranges if c.until == end})
    others = [f"{c.until} ({c.document})" for c in disagreeing]
    reason = (
        f"ends {end}: said by {plural(len(backers), 'document')} ({', '.join(backers)}); "
        f"rejected: {', '.join(sorted(set(others)))}; rule: {rule}"
    )
    return end, disagreeing, reason, rule
