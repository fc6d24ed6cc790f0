"""Tests for govtimeline.reconstruct.copies: a wire story and its copies count once."""

from __future__ import annotations

import random

import attrs
from hypothesis import given
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.reconstruct.copies import copy_sources, shingle_hashes
from govtimeline.reconstruct.dating import DateClaim, choose_date
from govtimeline.testing import count_steps

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


def _templated(n: int) -> list[gt.Document]:
    """Reports made from one template with their own facts: much shared wording, no copies."""
    states = ["Ruritania", "Freedonia", "Valmora", "Chile", "Norway", "Kenya", "Peru", "Laos"]
    docs = []
    for i in range(n):
        a, b = states[i % 8], states[(i * 3 + 1) % 8]
        docs.append(
            _doc(
                f"r{i:05d}",
                f"Report {i}. {a} and {b} met on day {i % 28 + 1} of month {i % 12 + 1} in year "
                f"{2000 + i % 30} to discuss quota {i}. "
                + INDEPENDENT
                + f" Vote {i * 7}: {a} for.",
            )
        )
    return docs


def test_the_cost_grows_with_the_corpus_not_its_square() -> None:
    small = count_steps(lambda: copy_sources(_templated(200)))
    large = count_steps(lambda: copy_sources(_templated(800)))
    assert large <= 1.5 * 4 * small


@given(st.lists(st.lists(st.integers(1, 2**32 - 1), max_size=40), max_size=6))
def test_shingle_hashes_are_the_hashes_of_the_tuples_of_codes(texts: list[list[int]]) -> None:
    # the 8-grams of every text are hashed at once with numpy: Python's hash of the tuple
    import numpy as np

    codes = np.array([c for text in texts for c in text], dtype=np.uint64)
    ends = np.cumsum([len(text) for text in texts], dtype=np.int64)
    got = [h.tolist() for h in shingle_hashes(codes, ends)]
    want = [
        sorted({hash(t) for t in zip(*(text[k:] for k in range(8)), strict=False)})
        for text in texts
    ]
    assert got == want
