"""Choosing an event's location from what its sources say, and explaining conflicts.

The rule, applied to the places the mentions of one event give:

1. Two places *agree* when one is the other or contains it word for word
   ("Bletchley" and "Bletchley Park"); agreement is not a conflict.
2. Places that agree form one candidate, named by its most specific form (the
   longest); each candidate is supported by the documents that name it.
3. The candidate with most supporting documents wins; ties go to the more
   specific name, then to alphabetical order.
4. If some other source names a place that does not agree with the winner, a
   :class:`~govtimeline.model.Conflict` on ``location`` keeps every claim with
   its evidence and says why the winner was chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from govtimeline.model import Claim, Conflict, Mention

__all__ = ["PlaceChoice", "choose_location"]


@attrs.frozen(kw_only=True)
class PlaceChoice:
    """The chosen location of an event and, when sources disagree, the conflict."""

    location: str | None
    """The chosen place."""
    claims: tuple[Claim, ...]
    """Every place claimed, with its evidence."""
    disagreeing: tuple[Claim, ...]
    """Claims that do not agree with the choice."""
    reason: str
    """Why the place was chosen."""

    def conflict(self, event_id: str) -> Conflict | None:
        """A Conflict record when some claim disagrees, else None."""
        if not self.disagreeing or self.location is None:
            return None
        return Conflict(
            event=event_id,
            field="location",
            claims=self.claims,
            chosen=self.location,
            reason=self.reason,
            rule="most sources, then the more specific",
        )


def _agree_words(wa: list[str], wb: list[str]) -> bool:
    short, long = sorted((wa, wb), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def choose_location(mentions: Sequence[Mention]) -> PlaceChoice:
    """Pick an event's location from its mentions; see the module docstring for the rule."""
    claims = tuple(
        sorted(
            (
                Claim(value=m.location, evidence=m.evidence)
                for m in mentions
                if m.location is not None
            ),
            key=lambda c: (c.value, c.evidence.document, c.evidence.start),
        )
    )
    if not claims:
        return PlaceChoice(location=None, claims=(), disagreeing=(), reason="no place stated")
    # a much-reported event has many claims but few distinct places: compare places, not claims
    documents: dict[str, set[str]] = {}
    for c in claims:
        documents.setdefault(c.value, set()).add(c.evidence.document)
    words = {place: place.casefold().split() for place in documents}
    places = sorted(documents, key=lambda p: (-len(p), p))
    candidates: list[str] = []
    for place in places:  # most specific first: each names the group of places agreeing with it
        if not any(_agree_words(words[place], words[kept]) for kept in candidates):
            candidates.append(place)

    def agreeing(candidate: str) -> list[str]:
        return [p for p in places if _agree_words(words[p], words[candidate])]

    support: dict[str, set[str]] = {  # the documents naming a place that agrees
        c: set().union(*(documents[p] for p in agreeing(c))) for c in candidates
    }
    ranked = sorted(candidates, key=lambda p: (-len(support[p]), -len(p), p))
    chosen = ranked[0]
    backers = sorted(support[chosen])
    # a source that names two places for one event contradicts itself, not the others
    agree = set(agreeing(chosen))
    disagreeing = tuple(
        c for c in claims if c.value not in agree and c.evidence.document not in support[chosen]
    )
    reason = f"{chosen}: named by {len(backers)} document(s) ({', '.join(backers)})"
    if disagreeing:
        others = sorted({f"{c.value} ({c.evidence.document})" for c in disagreeing})
        reason += "; rejected: " + ", ".join(others)
        if len(ranked) > 1 and len(support[ranked[1]]) == len(backers):
            reason += "; tie broken by the more specific name, then alphabetically"
    return PlaceChoice(location=chosen, claims=claims, disagreeing=disagreeing, reason=reason)
