"""Mention signatures, and the score of two of them: what event coreference compares.

A :class:`Signature` holds everything about a mention that coreference reads when it
compares two mentions: the kind of event, the distinctive tokens of its name, the
organising body, the dates it gives. Mentions with equal signatures are interchangeable
for coreference, so :func:`~govtimeline.reconstruct.coref.cluster_mentions` makes each
distinct signature one node, scores pairs of distinct signatures once with :func:`score`,
and expands the clusters back to mentions (a much-reported event is a few signatures,
not hundreds of mentions to pair).

:func:`score` is pure: it reads two signatures, the table of compatible kinds, and
whether the two mentions are dated to one day in one document (the only fact about a
pair that is not in its signatures). To compare mentions on more, add a field to
:class:`Signature`, fill it in :func:`signature` and read it in :func:`score`; the
clustering does not change.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import attrs

from govtimeline.model import EventKind, Mention
from govtimeline.model.when import When
from govtimeline.reconstruct.identity import Identity, identities_compatible

__all__ = [
    "KindTable",
    "Signature",
    "close_names",
    "dates_compatible",
    "kind_table",
    "score",
    "span_of",
]

_CLOSE_DAYS = 7  # day-precise dates this close may still be one event (a conflict)

KindTable = tuple[tuple[bool, ...], ...]
"""Whether two kinds may describe one event, indexed by :attr:`Signature.code`."""

_KIND_CODES = {kind: code for code, kind in enumerate(EventKind)}


def _code(kind: EventKind) -> int:
    return _KIND_CODES[kind]


def _exact_day(span: When | None) -> date | None:
    return span.earliest if span is not None and span.days == 1 and span.is_exact else None


@attrs.frozen(kw_only=True, cache_hash=True)
class Signature:
    """What coreference compares of one mention; equal signatures are one node."""

    kind: EventKind
    """The kind of event mentioned."""
    tokens: frozenset[str]
    """The distinctive tokens of its name (:func:`~.coref.name_tokens`)."""
    body: str | None
    """The organising or acting body, casefolded, or None."""
    span: When | None
    """The dates the mention gives: its date, or from its date to its last day."""
    identity: Identity | None = None
    """What an act mention is: its act group and object key (:mod:`.identity`)."""
    place: str | None = None
    """Where the occasion is (:func:`~.identity.place_key`)."""
    code: int = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(lambda s: _code(s.kind), True)
    )
    """The kind as an int, to index a :data:`KindTable` (enum hashing is slow in tight loops)."""
    day: date | None = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(lambda s: _exact_day(s.span), True)
    )
    """The one day the mention is dated to, exactly; None for a coarser or no date."""

    @property
    def generic(self) -> bool:
        """A reference that names no particular event ("the meeting"): no tokens, no body."""
        return not self.tokens and self.body is None


def span_of(mention: Mention) -> When | None:
    """The dates a mention gives: its date, or from its date to its last day."""
    if mention.when is None:
        return None
    if mention.until is None:
        return mention.when
    return When.between(mention.when, mention.until, mention.when.precision)


@cache
def kind_table(compatible: frozenset[frozenset[str]]) -> KindTable:
    """The pairs of ``compatible`` kinds as a table indexed by kind codes; a kind is
    compatible with itself and with ``other``."""

    def fits(a: EventKind, b: EventKind) -> bool:
        if a is b or EventKind.OTHER in (a, b):
            return True
        return frozenset((a.value, b.value)) in compatible

    return tuple(tuple(fits(a, b) for b in EventKind) for a in EventKind)


def dates_compatible(
    a: When | None, b: When | None, *, close: bool, window: int | None = None
) -> bool:
    """Whether two dates may belong to one event.

    Overlapping dates are compatible; with ``close`` two day-precise dates up
    to a week apart are too (a disagreement to report, not a second event);
    with a ``window``, any two dates at most that many days apart are.
    """
    if a is None or b is None or a.overlaps(b):
        return True
    if window is not None:
        gap = max(a.earliest, b.earliest) - min(a.latest, b.latest)
        return gap.days <= window
    if close and a.days <= 3 and b.days <= 3:
        gap = max(a.earliest, b.earliest) - min(a.latest, b.latest)
        return gap.days <= _CLOSE_DAYS
    return False


def close_names(a: Signature, b: Signature) -> bool:
    """Whether two names share a distinctive token: then dates a few days apart may still
    be one event (a conflict to report), when the clusters are joined."""
    return not a.tokens.isdisjoint(b.tokens)


def score(a: Signature, b: Signature, kinds: KindTable, *, same_day: bool = False) -> float:
    """How strongly two mentions look like one event; 0 means never join.

    Never when the kinds cannot tell one event, the acts cannot (:mod:`.identity`'s
    veto), the dates cannot be one event's, the bodies differ, or the places differ
    and a side is undated.
    ``same_day`` says the two mentions are dated to one exact day in one document, which
    joins two names of one kind that share nothing ("MC15" and "the Fifteenth
    Ministerial Conference"). The score is the Jaccard overlap of the names' tokens,
    plus 0.5 for one body and 0.25 for one kind.
    """
    if not kinds[a.code][b.code] or not identities_compatible(a.identity, b.identity):
        return 0.0
    shared = a.tokens & b.tokens
    union = len(a.tokens) + len(b.tokens) - len(shared)
    jaccard = len(shared) / union if union else 0.0
    same_body = a.body is not None and a.body == b.body
    name_match = bool(shared) and (jaccard >= 0.5 or len(shared) >= 2)
    if not (name_match or same_day or (same_body and (not a.tokens or not b.tokens or shared))):
        return 0.0
    strong = (name_match and (same_body or a.body is None or b.body is None)) or (
        same_body and bool(shared)
    )
    if not dates_compatible(a.span, b.span, close=strong):
        return 0.0
    if a.body and b.body and a.body != b.body:
        return 0.0
    if a.place and b.place and a.place != b.place and (a.span is None or b.span is None):
        return 0.0  # "a summit" in Madrid and one in The Hague: only a date could tie them
    same_kind = a.kind is b.kind
    return jaccard + (0.5 if same_body else 0.0) + (0.25 if same_kind else 0.0)
