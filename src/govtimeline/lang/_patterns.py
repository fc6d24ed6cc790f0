"""One regular-expression alternation of many phrases, compiled as a trie.

"UN|UNGA|UNESCO" becomes "UN(?:GA|ESCO)?": the engine walks shared prefixes
once instead of trying every phrase at every position, which matters for
lexicons of hundreds or thousands of phrases matched across long text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["NEVER", "trie_regex", "words_pattern"]

NEVER = r"(?!)"
"""A pattern that matches nothing (for an empty word list)."""


def trie_regex(forms: Iterable[str], *, any_space: bool = False) -> str:
    """One alternation of ``forms`` as a trie: "UN|UNGA|UNESCO" → "UN(?:GA|ESCO)?".

    At each branch the longer continuations are tried first, so the match is
    the longest form that also satisfies the word boundaries around it. With
    ``any_space`` a space in a form matches any run of whitespace.
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def atom(char: str) -> str:
        return r"\s+" if any_space and char == " " else re.escape(char)

    def walk(node: dict[str, Any]) -> str:
        branches = [atom(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
        return body

    return walk(trie)


def words_pattern(words: Sequence[str], after: str = "") -> re.Pattern[str]:
    """Any of ``words`` as whole words, any spacing, any case, followed by ``after``.

    Longest match first (:func:`trie_regex`); :data:`NEVER` when ``words`` is empty.
    """
    if not words:
        return re.compile(NEVER)
    alternation = trie_regex((" ".join(w.split()) for w in words), any_space=True)
    return re.compile(r"\b(?:" + alternation + r")\b" + after, re.IGNORECASE)
