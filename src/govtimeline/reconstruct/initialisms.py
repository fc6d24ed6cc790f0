"""Initialisms spelled out by another name's words: "ai" by "artificial intelligence".

Sources name one thing with and without its initialisms ("the Global AI Governance
Initiative", "the Global Artificial Intelligence Governance Initiative"; "the UN
Ocean Panel", "the United Nations Ocean Panel"). Comparing the words of names, an
initialism of one is replaced by the words of another that spell it, in a row, so
that they compare as the same words. No list of initialisms is needed, and a word
is only ever spelled out by words another name has.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

__all__ = ["INITIALISM_LETTERS", "spell_out", "spell_out_each"]

INITIALISM_LETTERS = range(2, 7)
"""How many letters an initialism that a name may spell out has ("ai", "wto", "unesco")."""


def spell_out(words: Sequence[str], other: Sequence[str]) -> set[str]:
    """The set of ``words`` (lower-cased), each initialism the ``other`` words spell out
    in a row replaced by them ("ai" by "artificial", "intelligence")."""
    return spell_out_each([words, other])[0]


def spell_out_each(names: Sequence[Sequence[str]]) -> list[set[str]]:
    """Each name's set of words, each initialism in it replaced by the words of the first
    other name (in order) that spell it in a row and do not hold it as a word. The runs
    of words are indexed by their initials once, so many names cost their words, not
    their pairs."""
    runs: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for k, words in enumerate(names):
        seen: set[str] = set()
        for n in INITIALISM_LETTERS:
            for i in range(len(words) - n + 1):
                run = tuple(words[i : i + n])
                key = "".join(w[:1] for w in run)
                if key not in seen:  # each name's first run of those initials
                    seen.add(key)
                    runs[key].append((k, run))
    held = [set(words) for words in names]
    out = []
    for k, words in enumerate(names):
        spelled = set(words)
        for w in words:
            if len(w) not in INITIALISM_LETTERS or not w.isalpha():
                continue
            found = next((run for j, run in runs.get(w, ()) if j != k and w not in held[j]), None)
            if found is not None:
                spelled.discard(w)
                spelled.update(found)
        out.append(spelled)
    return out
