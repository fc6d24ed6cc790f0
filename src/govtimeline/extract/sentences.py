"""Sentence segmentation for news text.

A sentence ends at ``.``, ``!`` or ``?`` (optionally followed by a closing
quote or bracket) before white space and an upper-case letter, digit or
opening quote, or right before a capitalised word in a stored copy that lost
the space ("on Wednesday.The session"), unless the word before the full stop is a known abbreviation
("U.S.", "Sept.", "Dr.", "No.") or a single capital initial. Blank lines
always end a sentence, so headlines and datelines stand alone. A single line
break ends one too when the next line starts like a sentence (a capital, a
digit, a quote or a bullet) and the line before does not stop mid-phrase (on a
comma, a hyphen, a lower-case function word): that is a heading, a list item
or a byline over the text, not a hard-wrapped sentence.
"""

from __future__ import annotations

import re

import attrs

__all__ = [
    "ABBREVIATIONS",
    "MAX_SENTENCE_CHARS",
    "WRAPPED_LINE_CHARS",
    "Sentence",
    "is_headline",
    "split_sentences",
]

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "rep",
        "sen",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "art",
        "para",
        "fig",
        "ed",
        "eds",
        "pp",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "d.c",
        "n.y",
        "u.s.a",
    ]
)
"""Words (lower case, without the final full stop) after which a full stop does not end a sentence."""

_END = re.compile(
    r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[ \t]*[\"“‘(\[•*–—-]?[ \t]*[A-Z0-9])"
    # a stored copy that lost the space between sentences: "… on Wednesday.The session …"
    r"|(?<=[a-z0-9)])[.!?](?=[A-Z][a-z])"
)
# A line ending like this continues on the next line (a hard-wrapped sentence).
_CONTINUES = re.compile(
    r"(?:[,;(\[–—-]|\b(?:the|a|an|of|on|in|at|to|for|and|or|but|by|with|from|as|that|"
    r"which|who|said|says|told|its|their|his|her|our|is|are|was|were|be|been|than|into|"
    r"over|under|after|before|between|against|about|Mr|Mrs|Ms|Dr))[ \t]*$"
)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MIN_HEADLINE_WORDS = 3
_HEADLINE_CAPITALS = 0.7
_LONG_WORD = 4  # shorter words ("of", "the", "and", "to") stay lower case in title case
_INNER_END = re.compile(r"[a-z0-9][.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")
WRAPPED_LINE_CHARS = 50
"""A line at least this long that ends without punctuation, in a paragraph, is a line of
hard-wrapped prose: its line break does not end the sentence ("Vice President⏎JD Vance")."""


def is_headline(line: str) -> bool:
    """Whether a line of its own reads as a headline (title case, no final stop, no
    sentence ending inside it)."""
    line = line.strip()
    if not line or line[-1] in '.!?"”’:;,' or _INNER_END.search(line):
        return False
    words = _WORD.findall(line)
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    long_words = [w for w in words if len(w) >= _LONG_WORD] or words
    capitals = sum(1 for w in long_words if w[0].isupper())
    return capitals / len(long_words) >= _HEADLINE_CAPITALS


_BREAK = re.compile(r"[^\n]\n[ \t]*([^\s])")


def _hard_wrapped(text: str) -> bool:
    """Whether a text is hard-wrapped prose: most of its single line breaks fall inside a
    sentence (the next line goes on in lower case, or the line ends mid-phrase). Lists,
    captions and one-paragraph-per-line text are not."""
    breaks = inside = 0
    for m in _BREAK.finditer(text):
        breaks += 1
        line_end = m.start() + 1
        if m.group(1).islower() or _CONTINUES.search(text, max(0, line_end - 40), line_end):
            inside += 1
    return breaks >= 3 and inside * 2 >= breaks


def _wrapped(text: str, newline: int) -> bool:
    """Whether the line ending at ``newline``, in hard-wrapped text, is a long line of
    prose that goes on ("… Vice President⏎JD Vance told …")."""
    begin = text.rfind("\n", 0, newline) + 1
    line = text[begin:newline]
    if len(line.strip()) < WRAPPED_LINE_CHARS or is_headline(line):
        return False
    after = text[newline + 1 : newline + 40].lstrip(" \t")
    return not after.startswith(("•", "*", "–", "—", "-"))


@attrs.frozen
class Sentence:
    """A sentence: its offsets in the document and its text."""

    start: int
    end: int
    text: str


def _abbreviation_before(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with their offsets (white space trimmed)."""
    sentences: list[Sentence] = []
    start = 0
    wrapped = _hard_wrapped(text)
    for m in _END.finditer(text):
        if m.group().startswith((".", "!", "?")) and _abbreviation_before(text, m.start()):
            continue
        if m.group() == "\n" and (
            _CONTINUES.search(text, max(start, m.start() - 40), m.start())
            or (wrapped and _wrapped(text, m.start()))
        ):
            continue
        _append(sentences, text, start, m.end())
        start = m.end()
    _append(sentences, text, start, len(text))
    return sentences


MAX_SENTENCE_CHARS = 1000
"""A longer run of text without a sentence end (a list, a table, junk) is cut into pieces
of at most this length at clause punctuation, else at a space: later stages look at a
sentence as a whole, and must stay linear in the length of a document."""

_CUT = re.compile(r"[;:,][ \t\n]|[ \t\n]")


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    first = start + (len(chunk) - len(chunk.lstrip()))
    last = first + len(stripped)
    while last - first > MAX_SENTENCE_CHARS:
        limit = first + MAX_SENTENCE_CHARS
        cuts = [m.end() for m in _CUT.finditer(text, first + MAX_SENTENCE_CHARS // 2, limit)]
        clause = [c for c in cuts if text[c - 2] in ";:,"]
        cut = (clause or cuts or [limit])[-1]
        piece = text[first:cut].rstrip()
        out.append(Sentence(first, first + len(piece), piece))
        rest = text[cut:last]
        first = cut + (len(rest) - len(rest.lstrip()))
    if last > first:
        out.append(Sentence(first, last, text[first:last]))
