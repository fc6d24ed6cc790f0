"""Language data and the helpers that read it, shared by the stages that read text.

- ``_patterns``: :func:`trie_regex` (one alternation of many phrases), :func:`words_pattern`
  (a word list as one whole-word pattern) and :data:`NEVER`;
- ``_schema``: :func:`load_lexicon` and :func:`check_keys`, the one check every lexicon
  loader runs, and the shape of each lexicon file (:data:`FRAMES`, :data:`EVENTS`…):
  a misspelt or unknown key is an :class:`~govtimeline.errors.InputError` naming the file
  and the key.
"""

from __future__ import annotations

from govtimeline.lang._patterns import NEVER, trie_regex, words_pattern
from govtimeline.lang._schema import (
    CATALOGUE,
    CATALOGUE_EVENT,
    COREFERENCE,
    EVENTS,
    FRAMES,
    GAZETTEER,
    LAYOUT,
    SPEAKERS,
    TOPICS,
    check_keys,
    load_lexicon,
    read_lexicon_file,
)

__all__ = [
    "CATALOGUE",
    "CATALOGUE_EVENT",
    "COREFERENCE",
    "EVENTS",
    "FRAMES",
    "GAZETTEER",
    "LAYOUT",
    "NEVER",
    "SPEAKERS",
    "TOPICS",
    "check_keys",
    "load_lexicon",
    "read_lexicon_file",
    "trie_regex",
    "words_pattern",
]
