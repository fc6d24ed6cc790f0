"""Tests for the grammar's shortcuts: first words, trigger scan and cue scan are exact.

Each shortcut is derived from the grammar and the lexicons; these tests
check it against the plain rule it replaces (try the whole grammar at every
start, check every token, scan each tense's cues on its own) on generated
text, including case-folding exceptions (ſ, K, İ), digits inside words,
underscores and non-ASCII letters.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtimeline.dates.grammar import _words, compiled
from govtimeline.dates.lexicon import LANGUAGES, load_lexicon
from govtimeline.dates.resolve import (
    Tense,
    _cue_matches,
    _cue_patterns,
    _cues_in,
    _groups,
    _progressive_pattern,
    _progressives,
)
from govtimeline.dates.starts import first_words
from govtimeline.dates.trigger_scan import TOKEN, trigger_words, triggers


@pytest.mark.parametrize(
    ("pattern", "folded", "exact", "digit"),
    [
        (r"(?:the\s+)?(?-i:May|June)\s+\d+", {"the"}, {"May", "June"}, False),
        (r"(?:in|on)\s+\d{4}", {"in", "on"}, set(), False),
        (r"\d+\s+days?", set(), set(), True),
        (r"Q(?P<q>[1-4])", {"q"}, set(), False),  # "Q3": the word is "Q", then a digit
        (r"(?:early|mid)[\s-]+\d{4}", {"early", "mid"}, set(), False),
        (r"now(?!\w)", {"now"}, set(), False),  # no letter may follow: a whole word
    ],
)
def test_first_words_of_a_pattern(
    pattern: str, folded: set[str], exact: set[str], digit: bool
) -> None:
    words = first_words(pattern)
    assert (set(words.folded), set(words.exact), words.digit) == (folded, exact, digit)
    assert not words.anything


@pytest.mark.parametrize(
    ("pattern", "lengths", "at_least"),
    [
        (r"\d{4}-\d{2}", {4}, None),  # an ISO date begins with four digits
        (r"(?:3[01]|[12]\d|0?[1-9])\s+May", {1, 2}, None),  # a day of the month
        (r"\d+\s+days", set(), 1),  # a count: any length
        (r"(?:1[6-9]|20)\d\d(?!\w)", {4}, None),
    ],
)
def test_first_digit_runs_of_a_pattern(
    pattern: str, lengths: set[int], at_least: int | None
) -> None:
    words = first_words(pattern)
    assert (set(words.digit_lengths), words.digit_open) == (lengths, at_least)


@pytest.mark.parametrize("pattern", [r"\w+ ago", r"[^ ]+day", r".*"])
def test_first_words_that_cannot_be_bounded_are_anything(pattern: str) -> None:
    assert first_words(pattern).anything


def test_a_word_left_open_by_a_repeat_is_a_prefix() -> None:
    words = first_words(r"week\w*")
    assert "week" in words.open_folded
    assert not words.anything


WORDS = [
    "May",
    "may",
    "MAY",
    "the",
    "The",
    "last",
    "Friday",
    "Sept.",
    "September",
    "early",
    "in",
    "of",
    "fiscal",
    "Q3",
    "1990s",
    "3rd",
    "2025",
    "24",
    "10",
    "a.m.",
    "two",
    "years",
    "ago",
    "every",
    "now",
    "today",
    "tonight",
    "Christmas",
    "the weekend",
    "ſeptember",  # ſ folds to s in the engine, not in str.lower()
    "\u212aelvin",  # a Kelvin sign: K in the engine, not in str.lower()
    "İn",  # lower-cases to two characters
    "²2025",
    "_May",
    "x_2025",
    "COVID19",
    "mars",
    "mai",
    "décembre",
    "März",
    "lunes",
    "de",
    "—",
    "–",
    "~",
    ",",
    ".",
    "\u00a0",
    "\u200f",
    "\n",
]
texts = st.lists(st.sampled_from(WORDS), max_size=25).map(
    lambda ws: "".join(w + (" " if i % 3 else "") for i, w in enumerate(ws))
)


def _starts(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\b(?:\d+|[^\W\d_]+|_)", text)]


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(LANGUAGES))
def test_narrowed_grammar_matches_like_the_whole_grammar(text: str, lang: str) -> None:
    rules = compiled(lang)
    whole = rules.pattern
    for start, token in _starts(text):
        expected = whole.match(text, start)
        got = rules.match(text, start, token)
        assert (got and (got.lastgroup, got.span())) == (
            expected and (expected.lastgroup, expected.span())
        ), (text, start)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.text(max_size=60)), st.sampled_from(LANGUAGES))
def test_trigger_scan_finds_exactly_the_trigger_tokens(text: str, lang: str) -> None:
    any_case, written = trigger_words(lang)
    expected = [
        (t.start(), t.end(), t.group())
        for t in TOKEN.finditer(text)
        if t.group()[0].isdigit() or t.group() in written or t.group().lower() in any_case
    ]
    assert list(triggers(text, lang)) == expected


def test_will_have_been_needs_two_cue_scans() -> None:
    """A future cue ("will have") and a past cue ("have been") can overlap: separate scans."""
    groups = _groups(("will have", "will"), ("have been", "was"))
    assert len(groups) == 2
    assert not any({"will have", "have been"} <= {cue for _, cue in group} for group in groups)


CUE_WORDS = ["will", "have", "been", "was", "is", "expected", "to", "said", "the", "'ll", "he"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=12).map(" ".join))
def test_one_cue_scan_finds_what_one_scan_per_tense_finds(clause: str) -> None:
    lex = load_lexicon("en")
    got = sorted((t.value, m.span()) for t, m in _cue_matches(_cue_patterns(lex), clause))
    expected = []
    for tense, cues in ((Tense.FUTURE, lex.future_cues), (Tense.PAST, lex.past_cues)):
        words = "|".join(
            re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True)
        )
        pattern = re.compile(rf"(?<![\w'])(?:{words})(?!\w)", re.IGNORECASE)
        expected += [(tense.value, m.span()) for m in pattern.finditer(clause)]
    assert got == sorted(expected)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*CUE_WORDS, "Will", "WAS", "Said", "EXPECTED", "wİll", "ſaid", "\u212a"]),
        max_size=12,
    ).map(" ".join),
    st.sampled_from(LANGUAGES),
)
def test_cues_of_a_lower_cased_ascii_clause_are_the_cues_ignoring_case(
    clause: str, lang: str
) -> None:
    """The folded scan of ASCII clauses finds what the case-blind scan finds, where it finds it."""
    lex = load_lexicon(lang)
    got = [(t, m.span(), m.group().lower()) for t, m in _cues_in(clause, lex)]
    expected = [
        (t, m.span(), m.group().lower()) for t, m in _cue_matches(_cue_patterns(lex), clause)
    ]
    assert got == expected


PROGRESSIVE_WORDS = ["are", "IS", "Were", "taking", "HOLDING", "Meeting", "not", "Currently"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PROGRESSIVE_WORDS, "being", "sing", "ſinging", "'s"]), max_size=10
    ).map(" ".join),
    st.sampled_from(LANGUAGES),
)
def test_progressives_of_a_lower_cased_ascii_clause_are_those_ignoring_case(
    clause: str, lang: str
) -> None:
    lex = load_lexicon(lang)
    whole = _progressive_pattern(lex.progressive_auxiliaries)
    expected = [
        m.span() for m in whole.finditer(clause) if m["verb"].lower() not in lex.not_participles
    ]
    assert [m.span() for m in _progressives(clause, lex)] == expected


LEXICON_WORDS = sorted(
    {
        w
        for lang in LANGUAGES
        for lex in [load_lexicon(lang)]
        for words in (lex.numbers, lex.units, lex.refs, lex.day_parts, lex.ordinals, lex.sets)
        for w in words
    }
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*LEXICON_WORDS, "ab", "abc", "a b", "a  b", "x.y"]), min_size=1),
    st.lists(st.sampled_from([*LEXICON_WORDS, "b", "c", " ", "  ", "s", "-", "."]), max_size=8),
    st.booleans(),
    st.sampled_from([r"(?!\w)", r"s?\s+x", r"(?![\w-])\s*", ""]),
)
def test_lexicon_words_as_a_trie_match_like_the_longest_first_alternation(
    words: list[str], pieces: list[str], any_space: bool, after: str
) -> None:
    """The grammar's word lists (`_words`) are tries: the same match as the words sorted
    longest first and joined by "|", whatever follows them in the alternative."""
    escaped = (re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    plain = "|".join(e.replace(r"\ ", r"\s+") if any_space else e for e in escaped)
    text = "".join(pieces)
    for start in range(len(text) + 1):
        for flags in (0, re.IGNORECASE):
            expected = re.compile(f"(?P<w>{plain}){after}", flags).match(text, start)
            got = re.compile(f"(?P<w>{_words(words, any_space=any_space)}){after}", flags).match(
                text, start
            )
            assert (got and (got.span(), got.span("w"))) == (
                expected and (expected.span(), expected.span("w"))
            ), (words, text, start)
