"""The parse prefilter: every sentence the act lexicon can read passes it; sentences with
no one to act or nothing to act with are left unparsed."""

from __future__ import annotations

import pytest

import govtimeline as gt
from govtimeline.extract import Extractor
from govtimeline.extract.frames import default_frames
from govtimeline.extract.prefilter import act_words, inflections

LEX = default_frames()
WORDS = act_words(LEX)


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("adopt", {"adopts", "adopted", "adopting"}),
        ("ratify", {"ratifies", "ratified"}),
        ("ban", {"banned", "banning"}),
        ("hold", {"held"}),
        ("withdraw", {"withdrew", "withdrawn"}),
        ("become", {"became"}),
        ("sink", {"sank", "sunk"}),
        ("approve", {"approved", "approving"}),
    ],
)
def test_inflections_cover_regular_and_irregular_forms(lemma: str, forms: set[str]) -> None:
    assert forms <= inflections(lemma)


def test_every_example_of_the_lexicon_passes_the_word_test() -> None:
    entries = (*LEX.verbs, *LEX.controllers, *LEX.nominals)
    missed = [e.text for entry in entries for e in entry.examples if not WORDS.search(e.text)]
    assert missed == []


def _parsed(text: str) -> list[str]:
    work = Extractor().run(gt.Document(id="p", text=text, published="2031-05-06"))
    return [ps.sentence.text for ps in work.parsed]


def test_sentences_with_nothing_to_act_with_are_not_parsed() -> None:
    text = (
        "Chile borders Peru and Bolivia. The weather was mild. "
        "Chile signed the Harbour Accord. Rules on ocean noise take effect in 2032."
    )
    assert _parsed(text) == [
        "Chile signed the Harbour Accord.",
        "Rules on ocean noise take effect in 2032.",
    ]
