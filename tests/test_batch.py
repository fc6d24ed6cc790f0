"""Tests for govtimeline.batch: order, parity with serial, errors collected."""

from __future__ import annotations

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
