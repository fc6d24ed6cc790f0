"""Tests for govtimeline.extract.acts.agents: the tree helpers other readers share."""

from __future__ import annotations

import pytest
from spacy.language import Language

from govtimeline.extract.acts.agents import is_infinitive
from govtimeline.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Kenya plans to join the accord.", "join", True),
        ("Kenya joined the accord.", "joined", False),
        ("Kenya will join the accord.", "join", False),  # no "to"
    ],
)
def test_an_infinitive_is_a_base_verb_with_its_to(
    nlp: Language, text: str, word: str, expected: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert is_infinitive(token) is expected
