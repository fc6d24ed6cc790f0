"""Tests for govtimeline.batch: order, parity with serial, errors collected."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.demo import examples_path


def test_two_processes_equal_serial() -> None:
    docs = gt.read(examples_path())
    serial = gt.extract_many(docs, progress=False)
    pooled = gt.extract_many(docs, processes=2, chunksize=2, progress=False)
    assert serial == pooled
    assert [x.document.id for x in pooled.extractions] == [d.id for d in docs]


def test_failures_are_collected_and_nothing_else_is_lost() -> None:
    docs = [
        gt.Document(id="good-1", text="Leaders met on 3 May 2030."),
        gt.Document(id="bad", text="Quelque chose.", lang="xx"),
        gt.Document(id="good-2", text="Talks ended in 2031."),
    ]
    result = gt.extract_many(docs, processes=2, progress=False)
    assert [x.document.id for x in result.extractions] == ["good-1", "good-2"]
    assert [e.document for e in result.errors] == ["bad"]
    with pytest.raises(gt.ExtractionError, match="'bad'"):
        gt.extract_many(docs, on_error="raise", progress=False)


def test_two_processes_give_the_serial_timeline_byte_for_byte() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.synth import synthetic_corpus

    docs = synthetic_corpus(40, pool=10)
    serial = gt.reconstruct(gt.extract_many(docs, progress=False).extractions).to_json()
    pooled = gt.extract_many(docs, processes=2, chunksize=3, progress=False)
    assert gt.reconstruct(pooled.extractions).to_json() == serial


def _docs() -> list[gt.Document]:
    return [
        gt.Document(id="good-1", text="Leaders met on 3 May 2030.", published="2030-05-04"),
        gt.Document(id="bad", text="Quelque chose.", lang="xx"),
        gt.Document(id="good-2", text="Talks ended in 2031.", published="2031-12-01"),
    ]


def test_a_batch_iterates_its_extractions_and_says_what_failed() -> None:
    # issue 18: gt.reconstruct(gt.extract_many(docs)) raised "'BatchResult' object is not iterable"
    batch = gt.extract_many(_docs(), progress=False)
    assert [x.document.id for x in batch] == ["good-1", "good-2"]
    assert len(batch) == 2
    assert batch.failed == ("bad",)
    assert repr(batch) == "<BatchResult: 2 extractions, 1 failed: 'bad'>"
    lines = str(batch).splitlines()
    assert lines[0] == "2 documents extracted, 1 failed"
    assert lines[1].startswith("  - document 'bad': ")
    tl = gt.reconstruct(batch)
    assert [d.id for d in tl.documents] == ["good-1", "good-2"]
    assert repr(gt.extract_many([], progress=False)) == "<BatchResult: 0 extractions, 0 failed>"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        # chunksize=0 reached ProcessPoolExecutor.map: a bare ValueError after the pool started
        ({"chunksize": 0, "processes": 2}, r"^extract_many\(chunksize\): expected a whole number"),
        ({"chunksize": "16"}, r"^extract_many\(chunksize\)"),
        ({"processes": -1}, r"^extract_many\(processes\)"),
        ({"processes": 1.5}, r"^extract_many\(processes\)"),
        # a typo in on_error silently meant "collect"
        ({"on_error": "rasie"}, r"^extract_many\(on_error\): expected 'collect' or 'raise'"),
    ],
)
def test_misused_arguments_are_named(arguments: dict[str, object], message: str) -> None:
    docs = [gt.Document(id="a", text="Leaders met on 3 May 2030.")] * 2
    with pytest.raises(gt.ArgumentError, match=message):
        gt.extract_many(docs, progress=False, **arguments)  # type: ignore[arg-type]


def test_an_unexpected_error_becomes_an_extraction_error_naming_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = sys.modules["govtimeline._pool"]  # the pool calls extract, document by document
    monkeypatch.setattr(module, "extract", lambda doc: 1 / 0)
    result = gt.extract_many([gt.Document(id="z", text="x")], progress=False)
    assert [str(e) for e in result.errors] == ["document 'z': ZeroDivisionError: division by zero"]
