"""Choosing an event's date from what its sources claim, and explaining conflicts.

The rule, applied to the date claims of one event (stated dates, dates derived
from relative statements such as "the day before the launch", and weekday
names such as "on Wednesday"):

1. Two claims *agree* when their intervals overlap ("September 2025" agrees
   with "24 September 2025"); agreement is not a conflict.
2. The candidates are the finest claims: those that contain no other claim.
3. Each candidate is supported by the documents whose claims agree with it,
   and by the documents that name its weekday.
4. The candidate with most supporting documents wins; ties go to the finer
   date, then to the earlier one.
5. If any claim disagrees with the winner, a :class:`~govtimeline.model.Conflict`
   keeps every claim with its evidence and says why the winner was chosen.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

import attrs

from govtimeline.model import Claim, Conflict, Evidence
from govtimeline.model._printing import plural
from govtimeline.model.when import Precision, When

__all__ = ["DateChoice", "DateClaim", "choose_date"]


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
    """The chosen date of an event and, when sources disagree, the conflict."""

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

    def conflict(self, event_id: str) -> Conflict | None:
        """A Conflict record when some claim disagrees, else None."""
        if not self.disagreeing or self.when is None:
            return None
        seen: dict[tuple[str, str, int], Claim] = {}
        for c in sorted(self.claims, key=_claim_key):
            seen.setdefault(
                (c.document, c.when.edtf, c.evidence.start),
                Claim(value=c.when.edtf, evidence=c.evidence, when=c.when),
            )
        return Conflict(
            event=event_id,
            field="when",
            claims=tuple(seen.values()),
            chosen=self.when.edtf,
            reason=self.reason,
        )


_NO_DATE = DateChoice(when=None, end=None, claims=(), disagreeing=(), reason="no date stated")


def _claim_key(c: DateClaim) -> tuple[object, ...]:
    return (c.when, c.document, c.evidence.start, c.how)


def choose_date(
    claims: Sequence[DateClaim], weekdays: Sequence[tuple[int, Evidence]] = ()
) -> DateChoice:
    """Pick an event's date from its claims; see the module docstring for the rule."""
    ordered = tuple(sorted(claims, key=_claim_key))
    if not ordered:
        return _NO_DATE
    spans = sorted({c.when for c in ordered})
    finest = [s for s in spans if not any(o != s and s.contains(o) for o in spans)]

    def support(candidate: When) -> set[str]:
        docs = {c.document for c in ordered if c.span.overlaps(candidate)}
        if candidate.precision is Precision.DAY and candidate.is_exact:
            docs |= {ev.document for day, ev in weekdays if candidate.earliest.weekday() == day}
        return docs

    ranked = sorted(finest, key=lambda s: (-len(support(s)), s.days, s))
    chosen = ranked[0]
    agreeing = [c for c in ordered if c.span.overlaps(chosen)]
    ends = [c.until for c in agreeing if c.until is not None and c.until.latest >= chosen.earliest]
    end = max(ends) if ends else None
    whole = When.between(chosen, end, chosen.precision) if end is not None else chosen
    disagreeing = tuple(c for c in ordered if not c.span.overlaps(whole))
    backers = sorted(support(chosen))
    # in words (issue 18): the reason is read in reports; the claims keep their EDTF values
    reason = f"{chosen}: agreed by {plural(len(backers), 'document')} ({', '.join(backers)})"
    hows = sorted({c.how for c in agreeing})
    if "relative" in hows:
        reason += ", including a date derived from another event"
    if any(chosen.earliest.weekday() == day for day, _ in weekdays) and chosen.is_exact:
        reason += (
            f", consistent with the weekday named ({calendar.day_name[chosen.earliest.weekday()]})"
        )
    if disagreeing:
        others = [f"{w} ({d})" for w, d in sorted({(c.when, c.document) for c in disagreeing})]
        reason += "; rejected: " + ", ".join(others)
        runner = [s for s in ranked[1:] if len(support(s)) == len(backers)]
        if runner:
            reason += "; tie broken by precision, then by the earlier date"
    return DateChoice(when=chosen, end=end, claims=ordered, disagreeing=disagreeing, reason=reason)
