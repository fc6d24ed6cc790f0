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
smallest shingle hashes are compared, and the cost grows with the corpus, not
its square. Each group of copies is named by its smallest document id, so the
result does not depend on the order of the documents.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from govtimeline.model import Document

__all__ = ["COPY_SIMILARITY", "SHINGLE_WORDS", "copy_sources"]

COPY_SIMILARITY = 0.6
"""Share of shingles two texts must have in common to be copies of one story."""
SHINGLE_WORDS = 8
"""Words per shingle: long enough that two independent reports rarely share one."""
_SKETCH = 6
"""Smallest shingle hashes per text that find the candidates."""
_MIN_SHINGLES = 12
"""Texts shorter than this many shingles are never called copies (a headline alone)."""
_WORD = re.compile(r"\w+")


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text.casefold())
    return frozenset(
        _hash(" ".join(words[i : i + SHINGLE_WORDS]))
        for i in range(max(0, len(words) - SHINGLE_WORDS + 1))
    )


def copy_sources(documents: Sequence[Document]) -> Mapping[str, str]:
    """Each document id that is a copy, mapped to the id naming its group of copies.

    Documents that copy nobody are left out: their source is themselves.
    """
    shingles = {d.id: _shingles(d.text) for d in documents}
    ids = sorted(i for i, s in shingles.items() if len(s) >= _MIN_SHINGLES)
    buckets: dict[int, list[str]] = defaultdict(list)
    for doc_id in ids:
        for h in sorted(shingles[doc_id])[:_SKETCH]:
            buckets[h].append(doc_id)
    parent = {doc_id: doc_id for doc_id in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    compared: set[tuple[str, str]] = set()
    for h in sorted(buckets):
        members = buckets[h]
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if (a, b) in compared or find(a) == find(b):
                    continue
                compared.add((a, b))
                sa, sb = shingles[a], shingles[b]
                if len(sa & sb) >= COPY_SIMILARITY * len(sa | sb):
                    ra, rb = find(a), find(b)
                    parent[max(ra, rb)] = min(ra, rb)
    roots = {doc_id: find(doc_id) for doc_id in ids}
    sizes = Counter(roots.values())
    return {doc_id: root for doc_id, root in roots.items() if sizes[root] > 1}
