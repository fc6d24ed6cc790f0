"""Tests for govtimeline.reconstruct.coref: the clustering against the rule as written.

``cluster_mentions`` scores each pair of distinct signatures once, generates the pairs of
the sorted-neighbourhood windows with numpy, remembers refused joins and merges clusters
in place. :func:`_as_written` is the rule without any of that: every compared pair of
mentions scored from its two mentions, all pairs sorted strongest first, then by (i, j),
each join checked against every member's date. The two must agree on any input.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.model import EventKind, Mention
from govtimeline.reconstruct import coref
from govtimeline.reconstruct.coref import CoreferenceRules, cluster_mentions, default_rules
from govtimeline.reconstruct.identity import identity_pairs, place_key
from govtimeline.reconstruct.signatures import close_names, dates_compatible, kind_table, score


def _compared(mentions: Sequence[Mention], rules: CoreferenceRules) -> set[tuple[int, int]]:
    sigs = [coref.signature(m, rules) for m in mentions]
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, (m, sig) in enumerate(zip(mentions, sigs, strict=True)):
        if sig.generic:
            continue
        family = rules.family(sig.kind)
        keys: list[tuple[object, ...]] = [("token", t) for t in sig.tokens]
        keys += [("body", sig.body)] if sig.body else []
        keys += [("day", m.evidence.document, sig.kind, sig.day)] if sig.day else []
        for key in keys:
            blocks[(family, *key)].append(i)
    pairs: set[tuple[int, int]] = set()
    for block in blocks.values():
        if len(block) <= coref._MAX_BLOCK:
            pairs.update(itertools.combinations(block, 2))
            continue
        ordered = sorted(
            block,
            key=lambda i: (
                (s.span.earliest if (s := sigs[i]).span else date.max),
                mentions[i].name,
                i,
            ),
        )
        for p, a in enumerate(ordered):
            for b in ordered[p + 1 : p + 1 + coref._WINDOW]:
                pairs.add((min(a, b), max(a, b)))
    return pairs


def _as_written(mentions: Sequence[Mention], rules: CoreferenceRules) -> list[list[Mention]]:
    kinds = kind_table(rules.compatible)
    sigs = [coref.signature(m, rules) for m in mentions]

    def same_day(i: int, j: int) -> bool:
        same_document = mentions[i].evidence.document == mentions[j].evidence.document
        return same_document and sigs[i].kind is sigs[j].kind and sigs[i].day == sigs[j].day

    ranked = sorted(
        (-value, i, j)
        for i, j in _compared(mentions, rules)
        if (
            value := score(
                sigs[i], sigs[j], kinds, same_day=sigs[i].day is not None and same_day(i, j)
            )
        )
        > 0
    )
    cluster = {i: {i} for i in range(len(mentions))}

    def join(i: int, j: int, close: bool, window: int | None = None) -> None:
        a, b = cluster[i], cluster[j]
        if a is not b and all(
            dates_compatible(sigs[x].span, sigs[y].span, close=close, window=window)
            for x in a
            for y in b
        ):
            merged = a | b
            for k in merged:
                cluster[k] = merged

    for _, i, j in ranked:
        join(i, j, close_names(sigs[i], sigs[j]))
    places = {p for m in mentions if (p := place_key(m))}
    for i, j in identity_pairs(mentions, dict(rules.act_groups), places):
        if kinds[sigs[i].code][sigs[j].code]:  # one act told a few days apart: a conflict
            join(i, j, True, coref.ACT_WINDOW_DAYS)
    for i, m in enumerate(mentions):  # a generic mention: the one cluster of its document
        if not sigs[i].generic:
            continue
        nearby = [
            k
            for k, other in enumerate(mentions)
            if not sigs[k].generic
            and other.evidence.document == m.evidence.document
            and kinds[sigs[k].code][sigs[i].code]
            and dates_compatible(sigs[k].span, sigs[i].span, close=False)
            and not (other.act is not None and other.kind is EventKind.OTHER)
        ]
        candidates = {id(cluster[k]): k for k in nearby}
        if len(candidates) > 1:
            candidates = {id(cluster[k]): k for k in nearby if mentions[k].kind is m.kind}
        if len(candidates) == 1:
            join(i, next(iter(candidates.values())), False)
    groups = sorted({id(c): sorted(c) for c in cluster.values()}.values())
    out = [[mentions[i] for i in g] for g in groups]
    out.sort(key=lambda g: (g[0].evidence.document, g[0].evidence.start, g[0].name))
    return out


_NAMES = [
    "the Harbour Summit",
    "Harbour Summit",
    "the Harbour Ocean Summit",
    "the Ocean Treaty",
    "MC15",
    "the Fifteenth Ministerial Conference",
    "the summit",
    "the meeting",
]
_DATES = [
    None,
    gt.When.day(2031, 5, 12),
    gt.When.day(2031, 5, 14),
    gt.When.day(2031, 5, 19),
    gt.When.month(2031, 5),
    gt.When.day(2031, 6, 5),  # within an act's window of 12 May, not close to it
    gt.When.day(2032, 2, 3),
]


@st.composite
def _mentions(draw: st.DrawFn, max_size: int = 24) -> list[Mention]:
    rows = draw(
        st.lists(
            st.tuples(
                st.integers(0, 4),  # document
                st.sampled_from(_NAMES),
                st.sampled_from(["summit", "declaration", "treaty", "statement", "other"]),
                st.sampled_from(_DATES),
                st.sampled_from([None, "United Nations", "G20"]),
                st.sampled_from([None, ("sign", "ocean treaty"), ("ratify", "ocean treaty")]),
                st.sampled_from([None, "Lisbon", "the Hague"]),
            ),
            max_size=max_size,
        )
    )
    mentions = [
        Mention(
            evidence=gt.Evidence(document=f"d{doc}", start=10 * k, end=10 * k + 5, quote="q"),
            name=name,
            kind=kind,
            when=when,
            body=body,
            act=act[0] if act else None,
            object=act[1] if act else None,
            agents=("Chile",) if act else (),
            location=location,
        )
        for k, (doc, name, kind, when, body, act, location) in enumerate(rows)
    ]
    return sorted(mentions, key=lambda m: (m.evidence.document, m.evidence.start))


def _same(got: list[list[Mention]], expected: list[list[Mention]]) -> bool:
    return [[id(m) for m in g] for g in got] == [[id(m) for m in g] for g in expected]


@settings(max_examples=120, deadline=None)
@given(_mentions())
def test_clusters_are_those_of_the_rule_as_written(mentions: list[Mention]) -> None:
    rules = default_rules()
    assert _same(cluster_mentions(mentions, rules), _as_written(mentions, rules))


@pytest.mark.usefixtures("small_blocks")
@settings(max_examples=120, deadline=None)
@given(_mentions(max_size=40))
def test_the_sorted_neighbourhood_path_is_the_rule_as_written(mentions: list[Mention]) -> None:
    rules = default_rules()
    assert _same(cluster_mentions(mentions, rules), _as_written(mentions, rules))


@pytest.fixture(scope="module")
def small_blocks() -> Iterator[None]:
    """Blocks of more than 6 mentions take the sorted-neighbourhood path, with windows of 3."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(coref, "_MAX_BLOCK", 6)
        patch.setattr(coref, "_WINDOW", 3)
        yield


def test_no_mentions_and_one_mention() -> None:
    assert cluster_mentions([]) == []
    one = Mention(
        evidence=gt.Evidence(document="d", start=0, end=5, quote="q"),
        name="the Harbour Summit",
        kind="summit",
    )
    assert cluster_mentions([one]) == [[one]]


@pytest.mark.usefixtures("small_blocks")
def test_a_window_reaches_so_many_mentions_not_so_many_signatures() -> None:
    # Found by comparing a prototype that merged equal signatures before pairing them (it
    # joined the statement): nine equal summit mentions fill the windows, so the statement
    # at the end of the block meets only the last three, and none of them can take it in.
    # The sorted-neighbourhood method counts mentions; merging them first changes the answer.
    def mention(k: int, kind: str, when: gt.When | None = None) -> Mention:
        evidence = gt.Evidence(document="d0", start=10 * k, end=10 * k + 5, quote="q")
        return Mention(evidence=evidence, name="the Harbour Summit", kind=kind, when=when)

    mentions = [mention(k, "summit") for k in range(9)]
    mentions += [mention(9, "declaration", gt.When.day(2031, 5, 12)), mention(10, "statement")]
    rules = default_rules()
    clusters = cluster_mentions(mentions, rules)
    assert _same(clusters, _as_written(mentions, rules))
    assert [m.kind.value for m in clusters[-1]] == ["statement"]


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("the MC13 meeting", {"mc13"}),
        ("COP-28 summit", {"cop28"}),
        ("G20 summit", {"g20"}),
        ("the 2024 summit", set()),  # a year is a date, not a name
    ],
)
def test_a_word_keeps_the_number_written_with_it(name: str, tokens: set[str]) -> None:
    assert coref.name_tokens(name, default_rules()) == tokens


def test_two_editions_of_a_series_named_by_number_stay_apart() -> None:
    def m(doc: str, name: str) -> Mention:
        ev = gt.Evidence(document=doc, start=0, end=len(name), quote=name + ".")
        return Mention(evidence=ev, name=name, kind=EventKind.SUMMIT)

    groups = cluster_mentions(
        [m("a", "the MC13 talks"), m("b", "the MC14 talks"), m("c", "MC13 talks")], default_rules()
    )
    assert sorted(sorted(x.evidence.document for x in g) for g in groups) == [["a", "c"], ["b"]]
