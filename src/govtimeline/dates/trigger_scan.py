"""Trigger words: the words every date expression contains at least one of, and their scan.

The finder looks for dates only around these (:func:`triggers`), then tries
the grammar of :mod:`.grammar` from a few words before each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from govtimeline.dates.lexicon import load_lexicon
from govtimeline.lang import trie_regex

__all__ = ["TOKEN", "trigger_words", "triggers"]

_TRIGGER_WORDS = (
    "eve noon midnight midday fiscal now currently recently lately future past present nowadays "
    "weekend weekends period"
)


_UNTRIGGERED_NUMBERS = frozenset(
    ["a", "an", "some", "many", "few", "a few", "a couple of", "couple of"]
)


@cache
def trigger_words(lang: str = "en") -> tuple[frozenset[str], frozenset[str]]:
    """Words every date expression contains at least one of: (any case, as written).

    The finder looks only around these (digits, month, weekday and season
    names, unit words, number and ordinal words, today/yesterday…), then tries
    the grammar from a few words before each: much faster than trying the
    whole grammar at every word. A phrase of several words ("last night",
    "the future") is found through its last word. The first set holds
    lower-case words matched in any case; the second, names matched only
    capitalised or in capitals (English and German months, weekdays and
    holidays: "may" is not a trigger, "May" is).
    """
    lex = load_lexicon(lang)
    cased = lang in ("en", "de")
    phrases = [
        *lex.relative_days,
        *lex.refs,
        *lex.day_parts,
        *lex.parts_of_day,
        *lex.year_words,
        *lex.decade_words,
        *lex.sets,
        *lex.seasons,
        *lex.ordinals,
        *(n for n in lex.numbers if n not in _UNTRIGGERED_NUMBERS),
        *_TRIGGER_WORDS.split(),
    ]
    any_case = {p.split()[-1].lower() for p in phrases}
    any_case |= {u for unit in lex.units for u in (unit, unit + "s")}
    names = [*lex.months, *lex.weekdays]
    written: set[str] = set()
    for name in names:
        if cased:
            written |= {name.capitalize(), name.upper()}
        else:
            any_case.add(name)
    for holiday in lex.holidays:
        head = re.split(r"[\s']", holiday)[-1] or holiday.split()[0]
        written |= {head.capitalize(), head.upper()}
    return frozenset(any_case), frozenset(written)


TOKEN = re.compile(r"[^\W\d_]+|\d+")
"""Words and digit runs: the units :func:`trigger_words` are checked against."""

_LETTERS = r"[^\W\d_]"


@cache
def _trigger_scan(lang: str) -> re.Pattern[str]:
    """Where a trigger word can be, in lower-case text: see :func:`triggers`."""
    any_case, written = trigger_words(lang)
    word = re.compile(rf"{_LETTERS}+")
    forms = sorted({w.lower() for w in (*any_case, *written) if word.fullmatch(w)})
    return re.compile(
        rf"\b(?:(?:{trie_regex(forms) or '(?!x)x'})(?!{_LETTERS})|[^\x00-\x7f\W\d_]{_LETTERS}*)"
    )


_RUNS = re.compile(r"[\d_]+")  # one class: the engine skips to its next character at once
_PIECES = re.compile(r"\d+|_+")  # a run of both, in its digit and underscore runs
_LETTER_RUN = re.compile(rf"{_LETTERS}+")


def triggers(text: str, lang: str = "en") -> Iterator[tuple[int, int, str]]:
    """The :data:`TOKEN` tokens of ``text`` that are trigger words or digit runs, in order.

    The same tokens as checking every token against :func:`trigger_words`,
    found faster: one scan of the lower-case text finds at the start of each
    word a word that lower-cased is a trigger word or one beginning with a
    non-ASCII letter, another every run of digits and underscores (split
    where it holds both); a run of letters just after one ("1990s", "_May")
    is read on its own. Each hit is checked with the exact rule. (Two scans
    cost less than one of both: a scan for one character class skips to its
    next character at once.)
    """
    any_case, written = trigger_words(lang)
    lowered = text.lower()

    def rule(word: str) -> bool:
        return word[0].isdigit() or word in written or word.lower() in any_case

    if len(lowered) != len(text):  # lower-casing changed a length ("İ"): token by token
        for token in TOKEN.finditer(text):
            if rule(token.group()):
                yield token.start(), token.end(), token.group()
        return
    words = [(m.start(), m.end(), False) for m in _trigger_scan(lang).finditer(lowered)]
    runs = [(m.start(), m.end(), True) for m in _RUNS.finditer(text)]
    for start, end, run in sorted(words + runs):  # two sorted lists, apart: a merge
        word = text[start:end]
        if not run:
            if rule(word):
                yield start, end, word
            continue
        if word.isdigit():
            yield start, end, word
        elif word.strip("_"):  # "1_000": its digit runs
            for piece in _PIECES.finditer(text, start, end):
                if piece.group()[0] != "_":
                    yield piece.start(), piece.end(), piece.group()
        letters = _LETTER_RUN.match(text, end)  # "1990s", "x_May": the letters after
        if letters is not None and rule(letters.group()):
            yield letters.start(), letters.end(), letters.group()
