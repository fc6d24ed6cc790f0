"""Event coreference: group mentions that refer to one real-world event.

Mentions are compared only inside *blocks* (same kind family and a shared
distinctive name token, or same kind family and organising body), so cost
grows with the number of mentions, not its square. Inside a block, pairs are
scored and joined strongest first by a union–find that refuses a join when it
would put two incompatible dates in one cluster: a resolution of August 2025
and a vote of February 2026 never merge, nor do the 2023 and 2024 summits of
one series. Two day-precise dates a few days apart *may* join when the names
agree strongly; that is how a misdated report becomes a conflict instead of a
second event.

Generic references ("the meeting", "the summit") with no body and no date join
a cluster only within their own document and only when exactly one cluster of
that kind is there.

A pair's score is a pure function of the two mentions' signatures
(:mod:`.signatures`), so each pair of distinct signatures is scored once, however
many mentions share them; the union–find still has one node per mention (the
sorted-neighbourhood windows count mentions, so equal signatures are not one node).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from govtimeline.lang import COREFERENCE, load_lexicon, read_lexicon_file
from govtimeline.model import EventKind, Mention
from govtimeline.model.when import When
from govtimeline.reconstruct._arrays import distinct
from govtimeline.reconstruct.identity import Identity, act_identity, identity_pairs, place_key
from govtimeline.reconstruct.signatures import (
    KindTable,
    Signature,
    close_names,
    dates_compatible,
    kind_table,
    score,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "CoreferenceRules",
    "cluster_mentions",
    "default_rules",
    "load_coreference",
    "name_tokens",
    "phrase_key",
    "signature",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*(?<=[A-Za-z])-?\d{1,3}(?!\d)|[A-Za-z][A-Za-z'\-]*|\d{4}")
"""A word, with the number it is written with ("MC13", "COP-28", "G20": one edition of a
series, not the series), or a year."""
_MAX_BLOCK = 200  # blocks up to this size compare all pairs
_WINDOW = 25  # in larger blocks, each mention meets this many neighbours
ACT_WINDOW_DAYS = 31
"""One act by one agent on one object, dated this many days apart or less by two
sources, is one act misdated (a conflict); further apart, it is the act repeated."""
_LENGTHS = ("-day", "-week", "-month", "-year", "-hour", "-long")  # "a two-day meeting"


@attrs.frozen(kw_only=True, cache_hash=True)  # a key of every cached name lookup
class CoreferenceRules:
    """Word lists that drive coreference (see ``data/coreference.json``)."""

    stopwords: frozenset[str]
    """Words that are never evidence of identity."""
    generic: frozenset[str]
    """Words that name a kind of event rather than a particular one."""
    compatible: frozenset[frozenset[str]]
    """Pairs of event kinds that may describe one happening."""
    weekdays: tuple[str, ...]
    """Weekday names, Monday first."""
    months: frozenset[str] = frozenset()
    """Month names and abbreviations, never distinctive."""
    act_groups: frozenset[tuple[str, str]] = frozenset()
    """(act class, group) pairs: acts of one group may tell one happening
    (:mod:`govtimeline.reconstruct.identity`)."""

    def family(self, kind: EventKind) -> str:
        """A key shared by kinds that may corefer (for blocking).

        The kinds linked by chains of compatible pairs share one key (a
        connected component), so two compatible kinds always meet in a block
        even when each is compatible with others too.
        """
        members = {kind.value}
        grew = True
        while grew:
            linked = members.union(*(pair for pair in self.compatible if pair & members))
            grew = linked != members
            members = set(linked)
        return "|".join(sorted(members))

    def kinds_compatible(self, a: EventKind, b: EventKind) -> bool:
        """Whether mentions of these kinds may refer to one event."""
        if a is b or EventKind.OTHER in (a, b):
            return True
        return frozenset((a.value, b.value)) in self.compatible


@cache
def default_rules() -> CoreferenceRules:
    """The rules shipped in ``govtimeline/data/coreference.json``."""
    return _rules(load_lexicon("coreference.json", COREFERENCE))


def load_coreference(path: str | Path) -> CoreferenceRules:
    """Coreference rules from a JSON file of the shape of ``data/coreference.json``.

    An unreadable file or a misspelt key is an :class:`~govtimeline.InputError` naming the
    file and the key.
    """
    return _rules(read_lexicon_file(path, COREFERENCE, "coreference rules"))


def _rules(raw: dict[str, Any]) -> CoreferenceRules:
    return CoreferenceRules(
        stopwords=frozenset(raw["stopwords"]),
        generic=frozenset(raw["generic"]),
        compatible=frozenset(frozenset(pair) for pair in raw["compatible_kinds"]),
        weekdays=tuple(raw["weekdays"]),
        months=frozenset(raw["months"]),
        act_groups=frozenset(
            (act, group) for group, acts in raw.get("act_groups", {}).items() for act in acts
        ),
    )


def _stem(word: str) -> str:
    word = word.lower().strip("'-")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def phrase_key(text: str) -> str:
    """A phrasing compared as written, up to case, spacing and a leading article."""
    words = text.casefold().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


@cache
def _stems(words: frozenset[str]) -> frozenset[str]:
    """The words and their stems, so "nations" in a list also rules out "nation"."""
    return words | {_stem(w) for w in words}


def name_tokens(text: str, rules: CoreferenceRules) -> frozenset[str]:
    """Distinctive tokens of a name phrase: no stopwords, generic nouns, dates or letters."""
    return _name_tokens(text, rules)


@lru_cache(maxsize=1 << 16)
def _name_tokens(text: str, rules: CoreferenceRules) -> frozenset[str]:
    # names repeat across documents ("the Paris summit" in every report): computed once each
    tokens = {_stem(w.replace("-", "") if w[-1:].isdigit() else w) for w in _WORD.findall(text)}
    stop, generic = _stems(rules.stopwords), _stems(rules.generic)
    return frozenset(
        t
        for t in tokens
        if len(t) > 1
        and t not in stop
        and t not in generic
        and not t.isdigit()
        and t not in rules.months
        and t not in rules.weekdays
        and not t.endswith(_LENGTHS)
    )


def signature(mention: Mention, rules: CoreferenceRules) -> Signature:
    """What coreference compares of ``mention`` (see :mod:`.signatures`)."""
    m = mention
    identity = act_identity(m, _act_groups(rules))
    return _signature(m.kind, m.name, m.body, m.when, m.until, identity, place_key(m), rules)


@lru_cache(maxsize=1 << 16)
def _signature(
    kind: EventKind,
    name: str,
    body: str | None,
    when: When | None,
    until: When | None,
    identity: Identity | None,
    place: str | None,
    rules: CoreferenceRules,
) -> Signature:
    # a much-reported event is mentioned alike in many documents: built once each
    span = when if when is None or until is None else When.between(when, until, when.precision)
    return Signature(
        kind=kind,
        tokens=name_tokens(name, rules),
        body=body.casefold() if body else None,
        span=span,
        identity=identity,
        place=place,
    )


@cache
def _act_groups(rules: CoreferenceRules) -> dict[str, str]:
    """Each act class's group (``act_groups`` in ``data/coreference.json``)."""
    return dict(rules.act_groups)


class _Table:
    """The mentions as coreference sees them: each one's signature, numbered once per
    distinct signature (``node``), and the key of the exact day it is dated to."""

    __slots__ = ("day", "mentions", "node", "signatures")

    def __init__(self, mentions: Sequence[Mention], rules: CoreferenceRules) -> None:
        self.mentions = mentions
        self.signatures: list[Signature] = []
        self.node: list[int] = []
        # one document, one kind, one day: "MC15" and "the Fifteenth Ministerial Conference"
        self.day: list[tuple[str, EventKind, date] | None] = []
        numbers: dict[Signature, int] = {}
        for mention in mentions:
            sig = signature(mention, rules)
            number = numbers.get(sig)
            if number is None:
                number = numbers[sig] = len(self.signatures)
                self.signatures.append(sig)
            self.node.append(number)
            self.day.append(
                None if sig.day is None else (mention.evidence.document, sig.kind, sig.day)
            )

    def of(self, i: int) -> Signature:
        """The signature of mention ``i``."""
        return self.signatures[self.node[i]]


def _blocks(table: _Table, rules: CoreferenceRules) -> list[list[int]]:
    """Specific mentions (by index, ascending) that share a kind family and a distinctive
    token, a body, or a document and exact day."""
    families = {kind: rules.family(kind) for kind in EventKind}
    keys: list[list[tuple[str, str]] | None] = [None] * len(table.signatures)
    index: dict[tuple[str, str] | tuple[str, str, EventKind, date], list[int]] = defaultdict(list)
    for i, number in enumerate(table.node):
        known = keys[number]
        if known is None:
            sig = table.signatures[number]
            family = families[sig.kind]
            known = keys[number] = [] if sig.generic else [(family, "t:" + t) for t in sig.tokens]
            if sig.body and not sig.generic:
                known.append((family, "b:" + sig.body))
        for key in known:
            index[key].append(i)
        day = table.day[i]
        if day is not None and known:  # a generic mention has no key, nor a day block
            index[(families[day[1]], *day)].append(i)
    return list(index.values())


def _compared(table: _Table, rules: CoreferenceRules) -> npt.NDArray[np.int64]:
    """Every pair of mentions compared in a block, once, as the key ``i * n + j`` (i < j),
    ascending: all the pairs of a small block; in a large one (a much-reported event),
    each mention with its nearest neighbours in date and name order (the
    sorted-neighbourhood method), so cost stays linear."""
    import numpy as np

    n = len(table.mentions)
    small: list[int] = []
    large: list[npt.NDArray[np.int64]] = []
    rank: npt.NDArray[np.int64] | None = None  # each mention's place in date and name order
    seen: set[tuple[int, ...]] = set()  # an event's tokens often block the same mentions
    for block in _blocks(table, rules):
        if len(block) <= _MAX_BLOCK:
            small.extend(a * n + b for k, a in enumerate(block) for b in block[k + 1 :])
            continue
        if (members := tuple(block)) in seen:
            continue  # the same mentions give the same neighbours: compared once
        seen.add(members)
        if rank is None:
            rank = _ranks(table)
        ordered = np.array(block, dtype=np.int64)[np.argsort(rank[block])]
        for k in range(1, _WINDOW + 1):
            first, then = ordered[:-k], ordered[k:]
            large.append(np.minimum(first, then) * n + np.maximum(first, then))
    return distinct(np.concatenate([np.array(small, dtype=np.int64), *large]))


def _ranks(table: _Table) -> npt.NDArray[np.int64]:
    """Each mention's place in the sorted-neighbourhood order: date, then name, then index."""
    import numpy as np

    mentions = table.mentions
    days = [sig.span.earliest if sig.span else date.max for sig in table.signatures]
    day = np.array([d.toordinal() for d in days], dtype=np.int64)[table.node]
    names = {name: k for k, name in enumerate(sorted({m.name for m in mentions}))}
    name = np.array([names[m.name] for m in mentions], dtype=np.int64)
    rank = np.empty(len(mentions), dtype=np.int64)
    rank[np.lexsort((name, day))] = np.arange(len(mentions), dtype=np.int64)  # stable: by index
    return rank


class _Pairs:
    """The compared pairs that may join, strongest first, then in the order of ``(i, j)``:
    the mentions ``first`` and ``then`` of each, and whether their names are ``close``."""

    __slots__ = ("close", "first", "then")

    def __init__(self, table: _Table, rules: CoreferenceRules) -> None:
        import numpy as np

        keys = _compared(table, rules)
        n, count = len(table.mentions), len(table.signatures)
        first, then = keys // n, keys % n
        node = np.array(table.node, dtype=np.int64)
        days: dict[object, int] = {}
        day = np.array(
            [-1 if d is None else days.setdefault(d, len(days)) for d in table.day],
            dtype=np.int64,
        )
        same_day = (day[first] >= 0) & (day[first] == day[then])
        a, b = node[first], node[then]
        # each pair of signatures (and whether the mentions share a day) is scored once
        codes = (np.minimum(a, b) * count + np.maximum(a, b)) * 2 + same_day
        pairs = distinct(codes)
        each = np.searchsorted(pairs, codes)
        kinds, sigs = kind_table(rules.compatible), table.signatures
        values, close = [], []
        for pair in pairs.tolist():
            x, y = divmod(pair >> 1, count)
            value = score(sigs[x], sigs[y], kinds, same_day=bool(pair & 1))
            values.append(value)
            close.append(value > 0 and close_names(sigs[x], sigs[y]))
        # the few distinct scores, strongest first: 0, 1, … (a small int sorts in linear time)
        levels = {v: k for k, v in enumerate(sorted(set(values), reverse=True))}
        small = np.int16 if len(levels) < 2**15 else np.int64
        level = np.array([levels[v] for v in values], dtype=small)[each]
        keep = np.flatnonzero(np.array(values, dtype=np.float64)[each] > 0)
        # keys are ascending already: a stable sort by score keeps (i, j) order in each score
        keep = keep[np.argsort(level[keep], kind="stable")]
        self.first: list[int] = first[keep].tolist()
        self.then: list[int] = then[keep].tolist()
        self.close: list[bool] = np.array(close, dtype=np.bool_)[each[keep]].tolist()


class _Clusters:
    """Union–find whose joins keep every cluster's dates mutually compatible.

    Each cluster keeps the set of its distinct dates, so the check on a join
    costs the product of distinct dates, not of members. A refused join stays
    refused: clusters only grow, so it is remembered by the roots.
    """

    def __init__(self, spans: Sequence[When | None]) -> None:
        self.span = spans
        self.parent = list(range(len(spans)))
        # kept for clusters of two or more only; a single mention is its own member and span
        self.members: dict[int, list[int]] = {}
        self.spans: dict[int, set[When | None]] = {}
        self.refused: set[tuple[int, int, bool, int | None]] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, *, close: bool, window: int | None = None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        keep, drop = min(ra, rb), max(ra, rb)
        refusal = (keep, drop, close, window)
        if refusal in self.refused:
            return False
        spans_a = self.spans.get(ra) or {self.span[ra]}
        spans_b = self.spans.get(rb) or {self.span[rb]}
        for x in spans_a:
            for y in spans_b:
                if not dates_compatible(x, y, close=close, window=window):
                    self.refused.add(refusal)
                    return False
        self.parent[drop] = keep
        members = self.members
        kept, dropped = members.pop(keep, None) or [keep], members.pop(drop, None) or [drop]
        if len(kept) < len(dropped):
            kept, dropped = dropped, kept
        kept.extend(dropped)  # into the larger list: members are sorted once, at the end
        members[keep] = kept
        spans = self.spans
        spans.pop(ra, None)
        spans.pop(rb, None)
        if len(spans_a) < len(spans_b):
            spans_a, spans_b = spans_b, spans_a
        spans_a |= spans_b
        spans[keep] = spans_a
        return True

    def groups(self) -> list[list[int]]:
        """Every cluster's members, ascending; clusters in the order of their root."""
        return [
            sorted(self.members.get(i) or [i])
            for i, parent in enumerate(self.parent)
            if parent == i
        ]


def cluster_mentions(
    mentions: Sequence[Mention], rules: CoreferenceRules | None = None
) -> list[list[Mention]]:
    """Group mentions into events; the result does not depend on input order.

    Mentions must be given in a canonical order (the caller sorts them by
    document and offset) for the clustering itself to be order-independent.
    """
    rules = rules or default_rules()
    table = _Table(mentions, rules)
    pairs = _Pairs(table, rules)
    clusters = _Clusters([table.of(i).span for i in range(len(mentions))])
    parent = clusters.parent
    for i, j, close in zip(pairs.first, pairs.then, pairs.close, strict=True):
        if parent[i] == parent[j]:  # already one cluster (the common case): nothing to do
            continue
        clusters.join(i, j, close=close)
    kinds = kind_table(rules.compatible)
    places = {place for m in mentions if (place := place_key(m)) is not None}
    for i, j in identity_pairs(mentions, _act_groups(rules), places):
        if parent[i] != parent[j] and kinds[table.of(i).code][table.of(j).code]:
            # one act on one object by one agent, told a few days or a month apart: a conflict
            clusters.join(i, j, close=True, window=ACT_WINDOW_DAYS)
    for first, *rest in _one_clause_acts(mentions, rules):
        for other in rest:  # "Turkey lifted its veto on Finland's and Sweden's bids": one act
            clusters.join(first, other, close=True)
    _attach_generic(table, clusters, kinds)
    groups = [[mentions[i] for i in members] for members in clusters.groups()]
    groups.sort(key=lambda g: (g[0].evidence.document, g[0].evidence.start, g[0].name))
    return groups


def _one_clause_acts(mentions: Sequence[Mention], rules: CoreferenceRules) -> list[list[int]]:
    """The act mentions one clause makes of one act on several objects, by index: the
    same document, evidence span and act group (one per object acted on)."""
    groups = _act_groups(rules)
    by_clause: dict[tuple[str, int, int, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.act is not None:
            ev = m.evidence
            by_clause[(ev.document, ev.start, ev.end, groups.get(m.act, m.act))].append(i)
    return [members for members in by_clause.values() if len(members) > 1]


def _act_of_no_kind(mention: Mention) -> bool:
    """An act that is no occasion or instrument ("the EU signs the declaration", kind
    ``other``): "the meeting" does not point back to it."""
    return mention.act is not None and mention.kind is EventKind.OTHER


def _attach_generic(table: _Table, clusters: _Clusters, kinds: KindTable) -> None:
    """Join each generic mention to the single same-document cluster it may refer to.

    That is the one cluster of a compatible kind, or, when there are several,
    the one cluster of its own kind; otherwise it stays alone.
    """
    mentions = table.mentions
    # what a generic mention may point back to, by document: (index, signature)
    by_document: dict[str, list[tuple[int, Signature]]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        if not (sig := table.of(i)).generic and not _act_of_no_kind(mention):
            by_document[mention.evidence.document].append((i, sig))
    for i, mention in enumerate(mentions):
        sig = table.of(i)
        if not sig.generic:
            continue
        nearby = [
            other
            for other, known in by_document.get(mention.evidence.document, ())
            if kinds[known.code][sig.code] and dates_compatible(known.span, sig.span, close=False)
        ]
        candidates = {clusters.find(other) for other in nearby}
        if len(candidates) > 1:  # "a declaration" beside a summit and a declaration: the latter
            candidates = {
                clusters.find(other) for other in nearby if mentions[other].kind is mention.kind
            }
        if len(candidates) == 1:
            clusters.join(i, candidates.pop(), close=False)
