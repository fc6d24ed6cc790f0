"""Wire copies: near-duplicate texts count once as a source.

Ten sites running one agency story are one source telling the story ten
times. They stay documents (each is read, and cited as evidence), but when the
sources of an event's date are counted (:mod:`.dating`), a story and its copies
count once: ten copies of a misdated wire story must not outvote two
independent reports.

Two texts are copies when most of their word 8-grams ("shingles") are shared
(Jaccard similarity at least :data:`COPY_SIMILARITY`): a copy with its own
headline, a dateline, a shortened ending or a paragraph added still is one.
Candidates are found by min-hashing: only texts that share one of their few
smallest shingle hashes are compared. Each group of copies is named by its
smallest document id, so the result does not depend on the order of the
documents.

Texts written from templates (or with long boilerplate) all share their smallest
hashes, so every pair of them is a candidate. Each candidate is first bounded
from above, cheaply and exactly: every text is also a set of bits (a shingle's
hash modulo :data:`_BITS`), and two texts share at most as many shingles as they
share bits, plus the shingles a text loses to its own collisions. Only the pairs
that bound does not rule out have their shingles intersected; the result is the
same as intersecting every candidate pair.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

from govtimeline.model import Document

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

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
_BITS = 2048
"""Bits per text for the bound on shared shingles (a few hundred shingles collide little)."""


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _shingles(text: str, known: dict[str, int] | None = None) -> frozenset[int]:
    """The hashes of a text's word 8-grams; ``known`` keeps each 8-gram's hash, as texts
    from one template repeat most of theirs."""
    known = {} if known is None else known
    words = _WORD.findall(text.casefold())
    grams = [
        " ".join(words[i : i + SHINGLE_WORDS])
        for i in range(max(0, len(words) - SHINGLE_WORDS + 1))
    ]
    for gram in set(grams).difference(known):
        known[gram] = _hash(gram)
    return frozenset(map(known.__getitem__, grams))


def copy_sources(documents: Sequence[Document]) -> Mapping[str, str]:
    """Each document id that is a copy, mapped to the id naming its group of copies.

    Documents that copy nobody are left out: their source is themselves.
    """
    known: dict[str, int] = {}
    shingles = {d.id: _shingles(d.text, known) for d in documents}
    del known
    ids = sorted(i for i, s in shingles.items() if len(s) >= _MIN_SHINGLES)
    buckets: dict[int, list[int]] = defaultdict(list)
    for row, doc_id in enumerate(ids):
        for h in sorted(shingles[doc_id])[:_SKETCH]:
            buckets[h].append(row)
    # a pair is compared in the first bucket holding both; the largest buckets go first
    ordered = sorted((m for m in buckets.values() if len(m) > 1), key=lambda m: (-len(m), m))
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    bound = _Bound([shingles[doc_id] for doc_id in ids]) if ordered else None
    for k, members in enumerate(ordered):
        assert bound is not None
        for a, b in bound.possible(members, k):
            if find(a) == find(b):
                continue
            sa, sb = shingles[ids[a]], shingles[ids[b]]
            if len(sa & sb) >= COPY_SIMILARITY * len(sa | sb):
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    roots = {doc_id: ids[find(row)] for row, doc_id in enumerate(ids)}
    sizes = Counter(roots.values())
    return {doc_id: root for doc_id, root in roots.items() if sizes[root] > 1}


class _Bound:
    """An upper bound on the shingles two texts share, from their bits (see the module),
    and which of the largest buckets each text is in, so a pair is bounded once."""

    _MARKED = 63
    """How many of the largest buckets are marked on their members."""

    def __init__(self, texts: Sequence[frozenset[int]]) -> None:
        import numpy as np

        self.bits = np.zeros((len(texts), _BITS // 64), dtype=np.uint64)
        self.size = np.array([len(t) for t in texts], dtype=np.int64)
        for row, hashes in enumerate(texts):
            bits = np.unique(np.array([h % _BITS for h in hashes], dtype=np.int64))
            ones = np.left_shift(np.uint64(1), (bits % 64).astype(np.uint64))
            np.bitwise_or.at(self.bits[row], bits // 64, ones)
        self.lost = self.size - _popcount(self.bits)  # shingles that share a bit in one text
        self.marks = np.zeros(len(texts), dtype=np.uint64)  # the marked buckets of each text

    def possible(self, members: Sequence[int], k: int) -> Iterator[tuple[int, int]]:
        """The pairs of bucket ``k``'s ``members`` (in their order) not met in an earlier
        bucket that may share enough shingles to be copies: ``o >= t (|A| + |B| - o)``,
        that is ``o >= t / (1 + t) (|A| + |B|)``."""
        import numpy as np

        rows = np.asarray(members, dtype=np.int64)
        bits, size, lost = self.bits[rows], self.size[rows], self.lost[rows]
        marks = self.marks[rows]
        earlier = np.uint64((1 << min(k, self._MARKED)) - 1)
        share = COPY_SIMILARITY / (1 + COPY_SIMILARITY) * (1 - 1e-9)
        for x in range(len(rows) - 1):
            most = _popcount(bits[x + 1 :] & bits[x]) + np.minimum(lost[x], lost[x + 1 :])
            new = (marks[x + 1 :] & marks[x] & earlier) == 0
            fits = (most >= share * (size[x] + size[x + 1 :])) & new
            for y in np.flatnonzero(fits).tolist():
                yield members[x], members[x + 1 + y]
        if k < self._MARKED:
            self.marks[rows] |= np.uint64(1 << k)


def _popcount(words: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    """Set bits per row (``numpy.bitwise_count`` from numpy 2; a table of bytes before)."""
    import numpy as np

    count = getattr(np, "bitwise_count", None)
    if count is not None:
        counts: npt.NDArray[np.int64] = count(words).sum(axis=1, dtype=np.int64)
        return counts
    as_bytes = np.ascontiguousarray(words).view(np.uint8).reshape(len(words), -1)
    by_table: npt.NDArray[np.int64] = _byte_bits()[as_bytes].sum(axis=1, dtype=np.int64)
    return by_table


@cache
def _byte_bits() -> npt.NDArray[np.uint8]:
    """Set bits per byte value."""
    import numpy as np

    return np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)
