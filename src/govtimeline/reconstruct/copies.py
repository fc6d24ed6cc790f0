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

The shingles of the whole corpus are hashed, counted and sketched as numpy arrays, and
the candidate pairs whose sketches share too few hashes to reach the estimate's threshold
are left out in bulk: only the few others are compared one by one (:func:`_copies`).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from govtimeline.model import Document
from govtimeline.reconstruct._arrays import distinct

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["COPY_SIMILARITY", "MAX_COPIES", "SHINGLE_WORDS", "copy_sources", "shingle_hashes"]

COPY_SIMILARITY = 0.6
"""Share of shingles two texts must have in common to be copies of one story."""
SHINGLE_WORDS = 8
"""Words per shingle: long enough that two independent reports rarely share one."""
MAX_COPIES = 50
"""A shingle in more texts than this is boilerplate, not a copied story's: a story run
more often than this is not recognised as copies (its texts count as sources each)."""
_SKETCH = 6
"""Smallest shingle hashes per text that find the candidates."""
_ESTIMATE = 32
"""Smallest hashes per text that estimate two texts' similarity before it is counted."""
_MARGIN = 0.25
"""How far below the threshold an estimate may fall and still be counted exactly."""
_MIN_SHINGLES = 12
"""Texts shorter than this many shingles are never called copies (a headline alone)."""
_WORD = re.compile(r"\w+")

# CPython's hash of a tuple (xxHash-style, Objects/tupleobject.c), on 64-bit words
_PRIME_1 = 11400714785074694791
_PRIME_2 = 14029467366897019727
_PRIME_5 = 2870177450012600261
_MINUS_ONE = (1 << 64) - 1
_MINUS_ONE_HASH = 1546275796


def _codes(text: str, codes: dict[str, int]) -> npt.NDArray[np.uint64]:
    """The text's words, each coded once (CRC-32, the same in every process; never 0)."""
    import numpy as np

    words = _WORD.findall(text.casefold())
    for w in set(words).difference(codes):
        codes[w] = zlib.crc32(w.encode()) or 1
    return np.fromiter(map(codes.__getitem__, words), dtype=np.uint64, count=len(words))


def shingle_hashes(
    codes: npt.NDArray[np.uint64], ends: npt.NDArray[np.int64]
) -> list[npt.NDArray[np.int64]]:
    """Each text's distinct word 8-grams, ascending, as the hash of the tuple of their codes.

    ``codes`` holds the word codes of all texts one after the other, ``ends`` where each
    text's words end. The hash is Python's ``hash(tuple(codes[i : i + 8]))`` (a tuple of
    small ints hashes alike in every process, unlike a string; CPython's tuple hash on a
    64-bit build, pinned by a test), computed for every 8-gram of the corpus at once.
    """
    import numpy as np

    k = SHINGLE_WORDS
    count = max(len(codes) - k + 1, 0)
    acc = np.full(count, _PRIME_5, dtype=np.uint64)
    with np.errstate(over="ignore"):  # the hash works modulo 2**64
        for at in range(k):
            acc += codes[at : at + count] * np.uint64(_PRIME_2)
            acc = (acc << np.uint64(31)) | (acc >> np.uint64(33))
            acc *= np.uint64(_PRIME_1)
        acc += np.uint64(k ^ (_PRIME_5 ^ 3527539))
    acc[acc == np.uint64(_MINUS_ONE)] = _MINUS_ONE_HASH
    hashes = acc.view(np.int64)
    out = []
    start = 0
    for end in ends.tolist():  # a text's 8-grams start at least 8 words before its end
        out.append(distinct(hashes[start : max(end - k + 1, start)]))
        start = end
    return out


def copy_sources(documents: Sequence[Document]) -> Mapping[str, str]:
    """Each document id that is a copy, mapped to the id naming its group of copies.

    Documents that copy nobody are left out: their source is themselves.
    """
    import numpy as np

    codes: dict[str, int] = {}
    coded = {d.id: _codes(d.text, codes) for d in documents}
    ids = list(coded)
    ends = np.cumsum([len(coded[i]) for i in ids], dtype=np.int64)
    words = np.concatenate([coded[i] for i in ids] or [np.empty(0, dtype=np.uint64)])
    shingles = dict(zip(ids, shingle_hashes(words, ends), strict=True))
    ids = sorted(i for i, s in shingles.items() if len(s) >= _MIN_SHINGLES)
    n = len(ids)
    owner, hashes, rank = _sketches([shingles[i] for i in ids])
    bounds = np.searchsorted(owner, np.arange(n + 1))
    sketches = {
        doc_id: frozenset(hashes[bounds[k] : bounds[k + 1]].tolist())
        for k, doc_id in enumerate(ids)
    }
    # candidates share one of their few smallest hashes; the pairs whose sketches share
    # too few hashes to reach the estimate's threshold are left out at once, in bulk
    keys = rank < _SKETCH
    candidates = distinct(_sharing(owner[keys], hashes[keys], n))
    pairs, shared = np.unique(_sharing(owner, hashes, n), return_counts=True)
    both = shared[np.searchsorted(pairs, candidates)]
    size = np.diff(bounds)
    first, then = candidates // max(n, 1), candidates % max(n, 1)
    most = both / np.minimum(_ESTIMATE, size[first] + size[then] - both)
    likely = most >= COPY_SIMILARITY - _MARGIN
    parent = {doc_id: doc_id for doc_id in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in zip(first[likely].tolist(), then[likely].tolist(), strict=True):
        a, b = ids[i], ids[j]
        if find(a) != find(b) and _copies(shingles, sketches, a, b):
            ra, rb = find(a), find(b)
            parent[max(ra, rb)] = min(ra, rb)
    roots = {doc_id: find(doc_id) for doc_id in ids}
    sizes = Counter(roots.values())
    return {doc_id: root for doc_id, root in roots.items() if sizes[root] > 1}


def _sketches(
    texts: Sequence[npt.NDArray[np.int64]],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each text's sketch: its smallest :data:`_ESTIMATE` shingle hashes, ascending, among
    those in at most :data:`MAX_COPIES` texts, as rows (text's index, hash, rank in it).

    A shingle many texts share is boilerplate (a template, a site's furniture), no evidence
    of copying: the sketches are taken from the rarer ones.
    """
    import numpy as np

    every = np.concatenate([*texts, np.empty(0, dtype=np.int64)])
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(t) for t in texts])
    values, spread = np.unique(every, return_counts=True)
    rare = spread[np.searchsorted(values, every)] <= MAX_COPIES
    owner, hashes = owner[rare], every[rare]
    rank = np.arange(len(owner), dtype=np.int64) - np.searchsorted(owner, owner)
    keep = rank < _ESTIMATE
    return owner[keep], hashes[keep], rank[keep]


def _sharing(
    owner: npt.NDArray[np.int64], hashes: npt.NDArray[np.int64], n: int
) -> npt.NDArray[np.int64]:
    """The pairs of texts ``a < b`` that hold one hash, as ``a * n + b``, once per hash they
    share. A hash is in at most :data:`MAX_COPIES` texts, so the pairs stay linear."""
    import numpy as np

    order = np.lexsort((owner, hashes))
    h, o = hashes[order], owner[order]
    found = [np.empty(0, dtype=np.int64)]
    for gap in range(1, len(h)):  # texts ``gap`` apart among those holding one hash
        same = h[:-gap] == h[gap:]
        if not same.any():
            break
        found.append(o[:-gap][same] * n + o[gap:][same])
    return np.concatenate(found)


def _copies(
    shingles: Mapping[str, npt.NDArray[np.int64]],
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
    import numpy as np

    full_a, full_b = shingles[a], shingles[b]
    shared = len(np.intersect1d(full_a, full_b, assume_unique=True))
    return shared >= COPY_SIMILARITY * (len(full_a) + len(full_b) - shared)
