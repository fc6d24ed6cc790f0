"""Wire copies: near-duplicate texts count once as a source.

Ten sites running one agency story are one source telling the story ten
times. They stay documents (each is read, and cited as evidence), but when the
sources of an event's date are counted (:mod:`.dating`), a story and its copies
count once: ten copies of a misdated wire story must not outvote two
independent reports.

Two texts are copies when most of their word 8-grams ("shingles") are shared
(Jaccard similarity at least :data:`COPY_SIMILARITY`): a copy with its own
headline, a dateline, a shortened ending or a paragraph added still is one.
Candidates are found by min-hashing, so only texts that share one of their few
smallest shingle hashes are compared; shingles found in more than
:data:`MAX_COPIES` texts (templates, a site's furniture) are left out of those
sketches, so no bucket holds more than that many texts and the cost grows with
the corpus, not its square. Each group of copies is named by its smallest document id, so the
result does not depend on the order of the documents.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from govtimeline.model import Document

__all__ = ["COPY_SIMILARITY", "MAX_COPIES", "SHINGLE_WORDS", "copy_sources"]

COPY_SIMILARITY = 0.6
"""Share of shingles two texts must have in common to be copies of one story."""
SHINGLE_WORDS = 8
"""Words per shingle: long enough that two independent reports rarely share one."""
MAX_COPIES = 50
"""A shingle in more texts than this is boilerplate, not a copied story's: a story run
more often than this is not recognised as copies (its texts count as sources each)."""
_SKETCH = 6
_ESTIMATE = 32
"""Smallest hashes per text that estimate two texts' similarity before it is counted."""
_MARGIN = 0.25
"""How far below the threshold an estimate may fall and still be counted exactly."""
"""Smallest shingle hashes per text that find the candidates."""
_MIN_SHINGLES = 12
"""Texts shorter than this many shingles are never called copies (a headline alone)."""
_WORD = re.compile(r"\w+")


def _shingles(text: str, codes: dict[str, int]) -> frozenset[int]:
    """The text's word 8-grams as integers: each word is coded once (CRC-32, the same in
    every process), and an 8-gram is the hash of its codes (a tuple of ints hashes alike
    in every process too, unlike a string)."""
    words = [
        codes.get(w) or codes.setdefault(w, zlib.crc32(w.encode()) or 1)
        for w in _WORD.findall(text.casefold())
    ]
    # zip builds the 8-tuples words[i : i + 8] in C: the same tuples, the same hashes
    return frozenset(map(hash, zip(*(words[k:] for k in range(SHINGLE_WORDS)), strict=False)))


def copy_sources(documents: Sequence[Document]) -> Mapping[str, str]:
    """Each document id that is a copy, mapped to the id naming its group of copies.

    Documents that copy nobody are left out: their source is themselves.
    """
    codes: dict[str, int] = {}
    shingles = {d.id: _shingles(d.text, codes) for d in documents}
    ids = sorted(i for i, s in shingles.items() if len(s) >= _MIN_SHINGLES)
    spread = Counter(h for doc_id in ids for h in shingles[doc_id])
    sketches: dict[str, frozenset[int]] = {}
    buckets: dict[int, list[str]] = defaultdict(list)
    for doc_id in ids:
        # a shingle many texts share is boilerplate (a template, a site's furniture),
        # no evidence of copying: the sketches are taken from the rarer ones
        rare = [h for h in shingles[doc_id] if spread[h] <= MAX_COPIES]
        smallest = heapq.nsmallest(_ESTIMATE, rare)
        sketches[doc_id] = frozenset(smallest)
        for h in smallest[:_SKETCH]:
            buckets[h].append(doc_id)
    parent = {doc_id: doc_id for doc_id in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for h in sorted(buckets):
        members = buckets[h]  # at most MAX_COPIES: the comparisons stay linear
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if find(a) != find(b) and _copies(shingles, sketches, a, b):
                    ra, rb = find(a), find(b)
                    parent[max(ra, rb)] = min(ra, rb)
    roots = {doc_id: find(doc_id) for doc_id in ids}
    sizes = Counter(roots.values())
    return {doc_id: root for doc_id, root in roots.items() if sizes[root] > 1}


def _copies(
    shingles: Mapping[str, frozenset[int]],
    sketches: Mapping[str, frozenset[int]],
    a: str,
    b: str,
) -> bool:
    """Whether two texts share most of their shingles: estimated on their sketches (the
    smallest hashes of their union that both hold), then counted when it is close."""
    sa, sb = sketches[a], sketches[b]
    both = sa & sb
    if not both:
        return False
    # the estimate counts at most all of `both` among min(32, |sa | sb|) hashes: when even
    # that falls short, no need to sort the union
    most = len(both) / min(_ESTIMATE, len(sa) + len(sb) - len(both))
    if most < COPY_SIMILARITY - _MARGIN:
        return False
    union = sorted(sa | sb)[:_ESTIMATE]
    estimate = sum(1 for h in union if h in both) / len(union)
    if estimate < COPY_SIMILARITY - _MARGIN:
        return False
    full_a, full_b = shingles[a], shingles[b]
    return len(full_a & full_b) >= COPY_SIMILARITY * len(full_a | full_b)
