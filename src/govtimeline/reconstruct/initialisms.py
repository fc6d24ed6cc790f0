"""Initialisms spelled out by another name's words: "ai" by "artificial intelligence".

Sources name one thing with and without its initialisms ("the Global AI Governance
Initiative", "the Global Artificial Intelligence Governance Initiative"; "the UN
Ocean Panel", "the United Nations Ocean Panel"). Comparing the words of two names, an
initialism of one is replaced by the words of the other that spell it, in a row, so
that the two compare as the same words. No list of initialisms is needed, and a word
is only ever spelled out by words the other name has.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["INITIALISM_LETTERS", "spell_out"]

INITIALISM_LETTERS = range(2, 7)
"""How many letters an initialism that a name may spell out has ("ai", "wto", "unesco")."""


def spell_out(words: Sequence[str], other: Sequence[str]) -> set[str]:
    """The set of ``words`` (lower-cased), each initialism the ``other`` words spell out
    in a row replaced by them ("ai" by "artificial", "intelligence")."""
    out = set(words)
    present = set(other)
    for w in words:
        if w in present or len(w) not in INITIALISM_LETTERS or not w.isalpha():
            continue
        n = len(w)
        for i in range(len(other) - n + 1):
            run = other[i : i + n]
            if "".join(x[:1] for x in run) == w:
                out.discard(w)
                out.update(run)
                break
    return out
