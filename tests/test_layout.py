"""Tests for govtimeline.extract.layout: prose versus page furniture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtimeline.errors import InputError
from govtimeline.extract.layout import is_headline, load_layout_rules, prose
from govtimeline.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Ministers Agree New Rules on Fishing Quotas at Harbour Talks", True),
        ("Lakeland and Ruritania Sign Water Pact", True),
        ("Ministers agreed new rules on fishing quotas at the talks.", False),
        ("The goals of the forum are clear:", False),
        ("Ruritania's envoy", False),  # two words: a label, not a headline
        ("What the minister said about quotas", False),  # sentence case
    ],
)
def test_is_headline(line: str, headline: bool) -> None:
    assert is_headline(line) is headline


def _kept(text: str) -> list[str]:
    return [s.text for s in prose(text, split_sentences(text))]


def test_furniture_is_left_out_and_prose_kept() -> None:
    text = (
        "Harbour Nations Sign Fishing Accord After Long Talks\n"
        "By Jane Doe\n"
        "Photo: Harbour Press\n"
        "The ministers signed the accord on 3 May 2024. By contrast, the talks of 2019 failed.\n"
        "See also\n"
        "Lakeland Votes on Budget by 2031\n"
        "Ruritania Opens Embassy\n"
        "A second paragraph of prose, long enough to end the block of links that came before it, "
        "follows here with details of the accord and of the vote that approved it in June.\n"
        "Copyright 2024 Harbour Press. All rights reserved."
    )
    kept = _kept(text)
    assert kept[0] == "The ministers signed the accord on 3 May 2024."
    assert kept[1] == "By contrast, the talks of 2019 failed."  # "By" opening prose is no byline
    assert kept[2].startswith("A second paragraph of prose")
    assert len(kept) == 3


def test_a_marker_word_inside_prose_is_prose() -> None:
    text = "Related talks resumed on Monday.\nTags were attached to every crate."
    assert _kept(text) == [
        "Related talks resumed on Monday.",
        "Tags were attached to every crate.",
    ]


def test_user_rules_file(tmp_path: Path) -> None:
    path = tmp_path / "layout.json"
    path.write_text(
        json.dumps(
            {
                "section_markers": ["elsewhere"],
                "line_patterns": ["Sponsored: .*"],
                "block_line_chars": 80,
            }
        ),
        "utf-8",
    )
    rules = load_layout_rules(path)
    text = "Sponsored: buy boats\nThe council met on Monday.\nElsewhere\nBoats for sale\n"
    assert [s.text for s in prose(text, split_sentences(text), rules)] == [
        "The council met on Monday."
    ]


def test_bad_rules_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "layout.json"
    path.write_text('{"section_markers": []}', "utf-8")
    with pytest.raises(InputError, match=r"layout\.json"):
        load_layout_rules(path)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
@settings(max_examples=200, deadline=None)
def test_prose_of_any_text_is_an_ordered_subset(text: str) -> None:
    sentences = split_sentences(text)
    kept = prose(text, sentences)
    assert all(s in sentences for s in kept)
    assert [s.start for s in kept] == sorted(s.start for s in kept)


def test_furniture_detection_is_linear_on_long_junk() -> None:
    """A 2 MB page of short capitalised lines and link blocks is read in one pass."""
    line = "See also\nRuritania Wins Cup Final Against Lakeland\n"
    text = line * 40_000
    assert prose(text, split_sentences(text)) == []
