"""Tests for govtimeline.lang._patterns: a trie-shaped alternation matches like the plain one."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govtimeline.lang import trie_regex

_WORDS = st.text(alphabet="ab ", min_size=1, max_size=6).map(lambda w: " ".join(w.split()))


def _plain(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_WORDS.filter(bool), min_size=1, max_size=8), st.text(alphabet="ab \n", max_size=40)
)
def test_any_space_trie_finds_what_the_longest_first_alternation_finds(
    forms: list[str], text: str
) -> None:
    trie = re.compile(r"\b(?:" + trie_regex(forms, any_space=True) + r")\b")
    plain = re.compile(r"\b(?:" + _plain(forms) + r")\b")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_space_matches_any_run_of_whitespace() -> None:
    pattern = re.compile(trie_regex(["voted in favour"], any_space=True))
    assert pattern.fullmatch("voted  in\nfavour")
    assert not re.compile(trie_regex(["voted in favour"])).fullmatch("voted  in favour")
