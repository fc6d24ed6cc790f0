"""The second words of the grammar's alternatives (``govtimeline.dates.follows``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtimeline.dates.follows import Follows, follows, next_word
from govtimeline.dates.grammar import compiled
from govtimeline.dates.lexicon import LANGUAGES


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("25 percent", 2, "percent"),
        ("25 Percent", 2, "percent"),  # compared in lower case
        ("3.5 million", 1, "#"),  # a digit after the full stop
        ("Q1 2025", 1, "#"),  # a digit right after the letters
        ("25th of May", 2, "th"),  # the letters right after the digits
        ("the  — (first) quarter", 3, "first"),  # spaces and punctuation are passed over
        ("under_score", 5, "score"),  # so is an underscore
        ("in 2025.", 7, ""),  # nothing but punctuation to the end
        ("", 0, ""),
        ("the décembre", 3, None),  # a non-ASCII letter: nothing is narrowed
    ],
)
def test_the_next_word_is_the_run_of_letters_or_a_digit_after_the_first_word(
    text: str, end: int, expected: str | None
) -> None:
    assert next_word(text, end) == expected


@pytest.mark.parametrize(
    ("name", "first", "second", "allowed"),
    [
        ("duration", "##", "days", True),
        ("duration", "##", "percent", False),  # "25 percent" is no duration
        ("duration", "the", "past", True),  # "the past five years"
        ("duration", "the", "government", False),
        ("quarter", "the", "third", True),
        ("quarter", "the", "government", False),  # ("the comparable quarter": "com…")
        ("dm", "##", "may", True),  # "25 May" (case is not told apart here)
        ("dm", "##", "million", False),
        ("dm", "##", "th", True),  # "25th of May"
        ("year", "####", "", True),  # "in 2025." : anything may follow a year
        ("year", "####", "percent", True),
        ("time", "#", "pm", True),
        ("time", "#", "#", True),  # "4:30": a digit after the separator
        ("weekday", "friday", "night", True),
        ("event_rel", "##", "days", True),
        ("event_rel", "##", "people", False),
    ],
)
def test_what_can_follow_a_first_word(name: str, first: str, second: str, allowed: bool) -> None:
    rules = compiled("en")
    assert rules.follows(rules.order[name]).allows(first, second) is allowed


def test_an_expression_the_walk_cannot_bound_is_always_tried() -> None:
    assert follows(r"(?P<x>a)(?P=x)b").allows("a", "anything")  # a back reference: any letter
    assert Follows(always=True).allows("x", "y")
    assert follows(r"\w+ days").always  # a first word of any letters: not bounded


def test_a_second_word_is_followed_a_few_letters_then_taken_as_a_prefix() -> None:
    seen = follows(r"the\s+(?:quarterly|quarters)\b", re.IGNORECASE)
    assert seen.allows("the", "quarterly")
    assert seen.allows("the", "quarrel")  # only its first letters are compared
    assert not seen.allows("the", "company")


WORDS = [
    "the",
    "The",
    "a",
    "an",
    "25",
    "3",
    "1998",
    "12",
    "5th",
    "first",
    "third",
    "quarter",
    "days",
    "day",
    "years",
    "percent",
    "million",
    "May",
    "may",
    "Friday",
    "night",
    "last",
    "next",
    "week",
    "ago",
    "earlier",
    "in",
    "of",
    "to",
    "and",
    "p.m.",
    "a.m.",
    "noon",
    "GMT",
    "EST",
    "fiscal",
    "year",
    "mid",
    "-",
    "—",
    ",",
    ".",
    ":",
    "/",
    "'s",
    "½",
    "_",
    "décembre",
    "mars",
    "de",
    "Oktober",
    "lunes",
    "Q1",
    "1990s",
    "eve",
    "before",
    "the",
]
texts = st.lists(st.sampled_from(WORDS), max_size=14).map(
    lambda ws: "".join(w + (" " if i % 4 else "") for i, w in enumerate(ws))
)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(LANGUAGES))
def test_every_alternative_that_matches_at_a_word_is_tried_there(text: str, lang: str) -> None:
    """The narrowing is a superset: an alternative left out cannot match at that word."""
    rules = compiled(lang)
    for m in re.finditer(r"\b(?:\d+|[^\W\d_]+|_)", text):
        start, token = m.start(), m.group()
        tried = set(rules.begins_at(text, start, token))
        for index in range(len(rules.names)):
            if rules.alternative(index).match(text, start) is not None:
                assert index in tried, (text, start, rules.names[index])
