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
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import attrs

from govtimeline.lang import COREFERENCE, load_lexicon, read_lexicon_file
from govtimeline.model import EventKind, Mention
from govtimeline.model.when import When
from govtimeline.reconstruct.identity import (
    act_identity,
    identities_compatible,
    identity_pairs,
    place_key,
)

__all__ = [
    "CoreferenceRules",
    "cluster_mentions",
    "default_rules",
    "load_coreference",
    "name_tokens",
    "phrase_key",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d{4}")
_MAX_BLOCK = 200  # blocks up to this size compare all pairs
_WINDOW = 25  # in larger blocks, each mention meets this many neighbours
_CLOSE_DAYS = 7
ACT_WINDOW_DAYS = 31
"""One act by one agent on one object, dated this many days apart or less by two
sources, is one act misdated (a conflict); further apart, it is the act repeated."""
_LENGTHS = (
    "-day",
    "-week",
    "-month",
    "-year",
    "-hour",
    "-long",
)  # "a two-day meeting"  # day-precise dates this close may still be one event (a conflict)


@attrs.frozen(kw_only=True)
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
    tokens = {_stem(w) for w in _WORD.findall(text)}
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


def _span(m: Mention) -> When | None:
    if m.when is None:
        return None
    if m.until is None:
        return m.when
    return When.between(m.when, m.until, m.when.precision)


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


_KIND_CODES = {kind: code for code, kind in enumerate(EventKind)}


class _Item:
    """One mention with what comparisons need, computed once."""

    __slots__ = (
        "body",
        "code",
        "day",
        "generic",
        "identity",
        "index",
        "kind",
        "mention",
        "order",
        "place",
        "span",
        "tokens",
    )

    def __init__(
        self, index: int, mention: Mention, rules: CoreferenceRules, groups: dict[str, str]
    ) -> None:
        self.index = index
        self.mention = mention
        self.kind = mention.kind
        self.code = _KIND_CODES[mention.kind]  # an int: enum hashing is slow in tight loops
        self.tokens = name_tokens(mention.name, rules)
        self.span = _span(mention)
        self.body = mention.body.casefold() if mention.body else None
        self.generic = not self.tokens and self.body is None
        self.identity = act_identity(mention, groups)  # the veto of .identity
        self.place = place_key(mention)
        # one document, one kind, one day: "MC15" and "the Fifteenth Ministerial Conference"
        self.day = (
            f"{mention.evidence.document}|{mention.kind.value}|{self.span.earliest}"
            if self.span is not None and self.span.days == 1 and self.span.is_exact
            else None
        )
        # the sorted-neighbourhood order: date, then name
        self.order = (self.span.earliest if self.span else date.max, mention.name, index)


def _items(mentions: Sequence[Mention], rules: CoreferenceRules) -> list[_Item]:
    groups = dict(rules.act_groups)
    return [_Item(i, m, rules, groups) for i, m in enumerate(mentions)]


def _blocks(items: Iterable[_Item], rules: CoreferenceRules) -> list[list[_Item]]:
    families = {kind: rules.family(kind) for kind in EventKind}
    index: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for item in items:
        family = families[item.kind]
        for token in item.tokens:
            index[(family, "t:" + token)].append(item)
        if item.body:
            index[(family, "b:" + item.body)].append(item)
        if item.day:
            index[(family, "d:" + item.day)].append(item)
    return [index[key] for key in sorted(index)]


def _neighbours(block: list[_Item]) -> Iterable[tuple[_Item, list[_Item]]]:
    """Pairs to compare in a block, as each item with the items it meets: all
    the later ones in a small block; in a large one (a much-reported event),
    its nearest neighbours in date and name order (the sorted-neighbourhood
    method), so cost stays linear."""
    if len(block) <= _MAX_BLOCK:
        for i, a in enumerate(block):
            yield a, block[i + 1 :]
        return
    ordered = sorted(block, key=lambda it: it.order)
    for i, a in enumerate(ordered):
        yield a, ordered[i + 1 : i + 1 + _WINDOW]


_Compatible = list[list[bool]]


def _compatible_kinds(rules: CoreferenceRules) -> _Compatible:
    """``rules.kinds_compatible`` as a table indexed by kind codes."""
    return [[rules.kinds_compatible(a, b) for b in EventKind] for a in EventKind]


def _score(a: _Item, b: _Item, compatible: _Compatible) -> float:
    """How strongly two mentions look like one event; 0 means never join."""
    if not compatible[a.code][b.code] or not identities_compatible(a.identity, b.identity):
        return 0.0
    shared = a.tokens & b.tokens
    union = len(a.tokens) + len(b.tokens) - len(shared)
    jaccard = len(shared) / union if union else 0.0
    same_body = a.body is not None and a.body == b.body
    name_match = bool(shared) and (jaccard >= 0.5 or len(shared) >= 2)
    same_day = a.day is not None and a.day == b.day
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


class _Clusters:
    """Union–find whose joins keep every cluster's dates mutually compatible.

    Each cluster keeps the set of its distinct dates, so the check on a join
    costs the product of distinct dates, not of members.
    """

    def __init__(self, items: Sequence[_Item]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        # kept for clusters of two or more only; a single item is its own member and span
        self.members: dict[int, list[_Item]] = {}
        self.spans: dict[int, set[When | None]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, *, close: bool, window: int | None = None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        spans_a = self.spans.get(ra) or {self.items[ra].span}
        spans_b = self.spans.get(rb) or {self.items[rb].span}
        for x in spans_a:
            for y in spans_b:
                if not dates_compatible(x, y, close=close, window=window):
                    return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        kept = self.members.pop(keep, [self.items[keep]])
        self.members[keep] = kept + self.members.pop(drop, [self.items[drop]])
        self.spans.pop(drop, None)
        self.spans[keep] = spans_a | spans_b
        return True

    def groups(self) -> list[list[_Item]]:
        """Every cluster's items, clusters in the order of their root."""
        return [
            self.members.get(i) or [self.items[i]]
            for i, parent in enumerate(self.parent)
            if parent == i
        ]


def _doc(item: _Item) -> str:
    return item.mention.evidence.document


def cluster_mentions(
    mentions: Sequence[Mention], rules: CoreferenceRules | None = None
) -> list[list[Mention]]:
    """Group mentions into events; the result does not depend on input order.

    Mentions must be given in a canonical order (the caller sorts them by
    document and offset) for the clustering itself to be order-independent.
    """
    rules = rules or default_rules()
    items = _items(mentions, rules)
    specific = [it for it in items if not it.generic]
    compatible = _compatible_kinds(rules)
    n = len(items)
    seen: set[int] = set()  # pair (i, j), i < j, as i * n + j: each scored once
    by_score: dict[float, list[int]] = defaultdict(list)
    for block in _blocks(specific, rules):
        for a, others in _neighbours(block):
            ia = a.index
            for b in others:
                ib = b.index
                key = ia * n + ib if ia < ib else ib * n + ia
                if key not in seen:
                    seen.add(key)
                    score = _score(a, b, compatible)
                    if score > 0:
                        by_score[score].append(key)
    del seen
    clusters = _Clusters(items)
    parent = clusters.parent
    for score in sorted(by_score, reverse=True):  # strongest first, then by (i, j)
        for key in sorted(by_score.pop(score)):  # the key orders pairs as (i, j) does
            i, j = divmod(key, n)
            if parent[i] == parent[j]:  # already one cluster (the common case): nothing to do
                continue
            strong = bool(items[i].tokens & items[j].tokens)
            clusters.join(i, j, close=strong)
    places = {place for m in mentions if (place := place_key(m)) is not None}
    for i, j in identity_pairs(mentions, dict(rules.act_groups), places):
        if parent[i] != parent[j] and compatible[items[i].code][items[j].code]:
            # one act on one object by one agent, told a few days or a month apart: a conflict
            clusters.join(i, j, close=True, window=ACT_WINDOW_DAYS)
    _attach_generic(items, clusters, compatible)
    groups = [
        [it.mention for it in sorted(members, key=lambda it: it.index)]
        for members in clusters.groups()
    ]
    groups.sort(key=lambda g: (g[0].evidence.document, g[0].evidence.start, g[0].name))
    return groups


def _act_of_no_kind(mention: Mention) -> bool:
    """An act that is no occasion or instrument ("the EU signs the declaration", kind
    ``other``): "the meeting" does not point back to it."""
    return mention.act is not None and mention.kind is EventKind.OTHER


def _attach_generic(items: list[_Item], clusters: _Clusters, compatible: _Compatible) -> None:
    """Join each generic mention to the single same-document cluster it may refer to.

    That is the one cluster of a compatible kind, or, when there are several,
    the one cluster of its own kind; otherwise it stays alone.
    """
    by_document: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        if not item.generic:
            by_document[_doc(item)].append(item)
    for item in items:
        if not item.generic:
            continue
        nearby = [
            other
            for other in by_document.get(_doc(item), ())
            if compatible[other.code][item.code]
            and dates_compatible(other.span, item.span, close=False)
            and not _act_of_no_kind(other.mention)
        ]
        candidates = {clusters.find(other.index) for other in nearby}
        if len(candidates) > 1:  # "a declaration" beside a summit and a declaration: the latter
            candidates = {
                clusters.find(other.index)
                for other in nearby
                if other.mention.kind is item.mention.kind
            }
        if len(candidates) == 1:
            clusters.join(item.index, candidates.pop(), close=False)
