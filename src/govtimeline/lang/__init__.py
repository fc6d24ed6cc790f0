"""Language data and the helpers that compile it: shared by the stages that read text.

- ``_patterns``: :func:`trie_regex`, one regular-expression alternation of many phrases.
"""

from __future__ import annotations

from govtimeline.lang._patterns import trie_regex

__all__ = ["trie_regex"]
