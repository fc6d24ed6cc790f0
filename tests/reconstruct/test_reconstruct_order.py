"""Reconstruction gives one output whatever the order, process or hash seed.

Reconstruction has fast paths (indexes, integer pair keys ranked by score,
sorted-neighbourhood blocks, a paused garbage collector); these tests fail if
one of them makes the Timeline JSON depend on the order of documents or of
their records, on string hashing, or leaves the interpreter changed.
"""

from __future__ import annotations

import gc
import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import govtimeline as gt
from govtimeline.reconstruct.coref import _MAX_BLOCK

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.synth import synthetic_corpus  # noqa: E402


@pytest.fixture(scope="module")
def synthetic() -> list[gt.Extraction]:
    """50 synthetic reports over 12 events: shared events, misdated reports, positions."""
    return [gt.extract(d) for d in synthetic_corpus(50, pool=12)]


def _shuffled_records(x: gt.Extraction, rng: random.Random) -> gt.Extraction:
    mentions, positions = list(x.mentions), list(x.positions)
    rng.shuffle(mentions)
    rng.shuffle(positions)
    return attrs.evolve(x, mentions=mentions, positions=positions)


def test_a_shuffled_synthetic_corpus_gives_identical_json(
    synthetic: list[gt.Extraction],
) -> None:
    expected = gt.reconstruct(synthetic).to_json()
    tl = gt.Timeline.from_json(expected)
    assert tl.conflicts  # the corpus has misdated reports: the conflict path is exercised
    assert any(len(e.mentions) > 5 for e in tl.events)
    rng = random.Random(11)
    for _ in range(3):
        corpus = list(synthetic)
        rng.shuffle(corpus)
        assert gt.reconstruct(corpus).to_json() == expected


def test_shuffled_records_inside_each_document_give_identical_json(
    synthetic: list[gt.Extraction],
) -> None:
    expected = gt.reconstruct(synthetic).to_json()
    rng = random.Random(5)
    assert gt.reconstruct([_shuffled_records(x, rng) for x in synthetic]).to_json() == expected


def _summit_reports(n: int) -> list[gt.Extraction]:
    """``n`` reports of one summit and its declaration: one block far above _MAX_BLOCK."""
    out = []
    for i in range(n):
        doc = f"r{i:03d}"
        day = 12 + (i % 3 if i % 10 == 0 else 0)  # one report in ten is a day or two off
        when = gt.When.day(2031, 5, day) if i % 4 else gt.When.month(2031, 5)
        names = [
            ("the Harbour Summit", "summit", when),
            ("the Harbour Declaration", "declaration", None),
        ]
        mentions = [
            gt.Mention(
                evidence=gt.Evidence(
                    document=doc, start=40 * k, end=40 * k + len(name), quote=f"{name} met."
                ),
                name=name,
                kind=kind,  # type: ignore[arg-type]
                when=w,
            )
            for k, (name, kind, w) in enumerate(names)
        ]
        document = gt.Document(id=doc, text="(not needed)", published=gt.When.day(2031, 6, 1))
        out.append(gt.Extraction(document=document, mentions=mentions))
    return out


def test_the_sorted_neighbourhood_path_is_order_independent() -> None:
    corpus = _summit_reports(260)
    assert sum(len(x.mentions) for x in corpus) > 2 * _MAX_BLOCK
    expected = gt.reconstruct(corpus).to_json()
    tl = gt.Timeline.from_json(expected)
    summits = [e for e in tl.events if e.kind is gt.EventKind.SUMMIT]
    assert len(summits) == 1  # the misdated reports are a conflict, not a second summit
    assert tl.conflicts
    rng = random.Random(3)
    for _ in range(2):
        rng.shuffle(corpus)
        assert gt.reconstruct(corpus).to_json() == expected


_CHILD = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
import govtimeline as gt
from benchmarks.synth import synthetic_corpus
docs = synthetic_corpus(30, pool=10)
print(hashlib.sha256(gt.reconstruct(docs).to_json().encode()).hexdigest())
"""


def test_identical_json_under_other_hash_seeds() -> None:
    here = gt.reconstruct(synthetic_corpus(30, pool=10)).to_json()
    expected = hashlib.sha256(here.encode()).hexdigest()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(ROOT)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        assert out.stdout.strip() == expected


def test_the_garbage_collector_is_left_as_it_was(synthetic: list[gt.Extraction]) -> None:
    assert gc.isenabled()
    gt.reconstruct(synthetic[:5])
    assert gc.isenabled()
    with pytest.raises(gt.InputError):
        gt.reconstruct(synthetic[:5], catalogue=ROOT / "no-such-catalogue.json")
    assert gc.isenabled()
    gc.disable()
    try:
        gt.reconstruct(synthetic[:5])
        assert not gc.isenabled()
    finally:
        gc.enable()
