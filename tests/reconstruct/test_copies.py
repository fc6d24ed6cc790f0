"""Tests for govtimeline.reconstruct.copies: a wire story and its copies count once."""

from __future__ import annotations

import random

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.reconstruct import copies
from govtimeline.reconstruct.copies import copy_sources
from govtimeline.reconstruct.dating import DateClaim, choose_date

STORY = (
    "The coastal states of the Harbour League agreed on Tuesday to cap the number of "
    "fishing licences they issue each year, after three days of talks in the port city "
    "of Valmora. Ministers said the cap would take effect next spring and would be "
    "reviewed after two seasons. Freedonia, which had held out against any limit, "
    "accepted the text late on Monday once a clause on small boats was added. "
    "Environmental groups welcomed the deal but said the cap was set too high to let "
    "stocks recover, and called for independent monitoring of the catch."
)
INDEPENDENT = (
    "Fishing ministers meeting in Valmora have settled on a licence cap for the "
    "Harbour League. According to officials, Freedonia dropped its objection after "
    "negotiators carved out an exemption for small vessels. The limit starts next "
    "spring. Conservation campaigners were unimpressed, arguing that the ceiling is far "
    "above what scientists recommend and that nobody will check the figures."
)


def _doc(doc_id: str, text: str) -> gt.Document:
    return gt.Document(id=doc_id, text=text)


def test_a_copy_with_its_own_headline_and_a_cut_ending_is_a_copy() -> None:
    copy = "League caps fishing licences\n\n" + STORY.rsplit(" Environmental", 1)[0]
    docs = [_doc("wire", STORY), _doc("site", copy), _doc("own", INDEPENDENT)]
    assert copy_sources(docs) == {"site": "site", "wire": "site"}


def test_an_independent_report_of_the_same_facts_is_no_copy() -> None:
    assert copy_sources([_doc("a", STORY), _doc("b", INDEPENDENT)]) == {}


def test_short_texts_are_never_copies() -> None:
    assert (
        copy_sources([_doc("a", "League caps licences."), _doc("b", "League caps licences.")]) == {}
    )


@given(st.randoms(use_true_random=False))
def test_the_groups_do_not_depend_on_the_order(rnd: random.Random) -> None:
    docs = [_doc(f"copy-{i}", f"Update {i}. " + STORY) for i in range(5)] + [
        _doc("own", INDEPENDENT)
    ]
    rnd.shuffle(docs)
    assert copy_sources(docs) == {f"copy-{i}": "copy-0" for i in range(5)}


def _claim(document: str, when: gt.When) -> DateClaim:
    ev = gt.Evidence(document=document, start=0, end=1, quote="(a sentence)")
    return DateClaim(when=when, evidence=ev, how="stated")


def test_ten_copies_of_a_misdated_story_do_not_outvote_two_reports() -> None:
    claims = [_claim(f"copy-{i}", gt.When.day(2031, 9, 22)) for i in range(10)]
    claims += [_claim("a", gt.When.day(2031, 9, 23)), _claim("b", gt.When.day(2031, 9, 23))]
    sources = {f"copy-{i}": "copy-0" for i in range(10)}
    assert choose_date(claims).when == gt.When.day(2031, 9, 22)  # counted as documents
    choice = choose_date(claims, sources=sources)
    assert choice.when == gt.When.day(2031, 9, 23)
    assert choice.rule == "most sources"


def test_shuffling_and_copying_a_story_change_nothing_but_the_sources() -> None:
    docs = list(gt.read(gt.examples_path()))
    first = docs[0]
    copy = attrs_copy(first, "copy-of-" + first.id)
    plain = gt.reconstruct(docs)
    shuffled = [*docs, copy]
    random.Random(7).shuffle(shuffled)
    copied = gt.reconstruct(shuffled)

    def dates(tl: gt.Timeline) -> list[tuple[str, object, object]]:
        return sorted((e.name, e.when, e.end) for e in tl.events)

    assert dates(copied) == dates(plain)
    assert [(c.event, c.field, c.chosen) for c in copied.conflicts] == [
        (c.event, c.field, c.chosen) for c in plain.conflicts
    ]
    assert [(p.actor, p.topic, p.stance, p.when) for p in copied.positions] == [
        (p.actor, p.topic, p.stance, p.when) for p in plain.positions
    ]
    assert len(copied.documents) == len(plain.documents) + 1


def attrs_copy(doc: gt.Document, new_id: str) -> gt.Document:
    return attrs.evolve(doc, id=new_id, title=None)


def _as_written(documents: list[gt.Document]) -> dict[str, str]:
    """copy_sources without its bound: every candidate pair's shingles intersected."""
    shingles = {d.id: copies._shingles(d.text) for d in documents}
    ids = sorted(i for i, s in shingles.items() if len(s) >= copies._MIN_SHINGLES)
    buckets: dict[int, list[str]] = {}
    for doc_id in ids:
        for h in sorted(shingles[doc_id])[: copies._SKETCH]:
            buckets.setdefault(h, []).append(doc_id)
    group = {doc_id: {doc_id} for doc_id in ids}
    for members in buckets.values():
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                sa, sb = shingles[a], shingles[b]
                if len(sa & sb) >= copies.COPY_SIMILARITY * len(sa | sb):
                    merged = group[a] | group[b]
                    for doc_id in merged:
                        group[doc_id] = merged
    return {i: min(g) for i, g in group.items() if len(g) > 1}


_TEMPLATE = (
    "The ministers of the {0} met in {1} on {2} and agreed a plan on {3}. "
    "Officials said the plan would take effect in {4} and be reviewed after two years, "
    "while {5} said the text did not go far enough and called for a second round of talks."
)
_SLOTS = [
    ["Harbour League", "Ocean Forum", "Delta Council"],
    ["Valmora", "Lisbon", "Nairobi", "Oslo"],
    ["Tuesday", "Monday", "3 May", "the weekend"],
    ["fishing licences", "water rights", "data flows", "ports"],
    ["spring", "2031", "March"],
    ["Freedonia", "campaigners", "two members"],
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(*(st.integers(0, len(s) - 1) for s in _SLOTS)), min_size=2, max_size=40),
    st.lists(st.tuples(st.integers(0, 39), st.integers(0, 30)), max_size=8),
)
def test_the_bound_drops_no_copy_of_a_templated_corpus(
    fills: list[tuple[int, ...]], edits: list[tuple[int, int]]
) -> None:
    # texts from one template share their smallest hashes: every pair is a candidate, and
    # the bound must rule out only pairs that are no copies (a text, and copies of it
    # with a few words cut, are)
    texts = [_TEMPLATE.format(*(s[i] for s, i in zip(_SLOTS, f, strict=True))) for f in fills]
    for source, cut in edits:
        words = texts[source % len(texts)].split()
        texts.append(" ".join(words[:cut] + words[cut + 3 :]))
    docs = [_doc(f"d{i:02d}", text) for i, text in enumerate(texts)]
    assert copy_sources(docs) == _as_written(docs)
