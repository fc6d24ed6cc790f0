"""Tests for govtimeline._pool: extraction in a pool, and a progress bar only when watched."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

import pytest

import govtimeline as gt
from govtimeline import _pool

DOCS = [
    gt.Document(id="a", text="The Harbour Summit opened on 3 May 2030.", published="2030-05-04"),
    gt.Document(id="b", text="Ruritania signed the Lima Accord in 2031.", published="2031-12-01"),
    gt.Document(id="c", text="Talks on the Lima Accord ended in 2029.", published="2029-12-01"),
]


class _Shell:
    config: ClassVar[dict[str, object]] = {
        "IPKernelApp": {}
    }  # what a Jupyter kernel's IPython shell carries


class _Recorder:
    """Stands in for tqdm.auto.tqdm: records how it was called and passes items through."""

    calls: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, items: Iterable[Any], **options: Any) -> None:
        self.items = items
        _Recorder.calls.append(options)

    def __iter__(self) -> Any:
        return iter(self.items)


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a person watched a terminal."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)


def test_a_terminal_or_a_notebook_is_watched_and_ci_never(
    monkeypatch: pytest.MonkeyPatch, watched: None
) -> None:
    assert _pool.interactive()
    monkeypatch.setenv("CI", "true")
    assert not _pool.interactive()
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert not _pool.interactive()  # stderr piped to a file
    ipython = types.ModuleType("IPython")
    ipython.get_ipython = lambda: _Shell()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", ipython)
    assert _pool.interactive()  # a Jupyter kernel: stderr is no terminal, yet someone watches


def test_the_bar_is_tqdm_auto_when_watched(monkeypatch: pytest.MonkeyPatch, watched: None) -> None:
    fake = types.ModuleType("tqdm.auto")
    fake.tqdm = _Recorder  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm.auto", fake)
    _Recorder.calls.clear()
    out = _pool.progress_bar([1, 2, 3], total=3, desc="extract", enabled=True)
    assert list(out) == [1, 2, 3]
    assert _Recorder.calls == [{"total": 3, "desc": "extract", "unit": "doc"}]
    _Recorder.calls.clear()
    gt.extract_many(DOCS, progress=True)
    gt.reconstruct(DOCS, progress=True)
    assert [call["total"] for call in _Recorder.calls] == [3, 3]
    assert _pool.progress_bar([1], total=1, desc="x", enabled=False) == [1]


def test_the_real_tqdm_runs_when_installed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)  # capsys's stderr
    out = _pool.progress_bar(iter(range(5)), total=5, desc="extract", enabled=True)
    assert list(out) == [0, 1, 2, 3, 4]
    assert "5/5" in capsys.readouterr().err


def test_silent_without_tqdm_or_when_no_one_watches(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    items = [1, 2]
    monkeypatch.setattr(_pool, "interactive", lambda: True)
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    assert _pool.progress_bar(items, total=2, desc="x", enabled=True) is items
    monkeypatch.setattr(_pool, "interactive", lambda: False)
    monkeypatch.delitem(sys.modules, "tqdm")
    monkeypatch.delitem(sys.modules, "tqdm.auto")
    assert _pool.progress_bar(items, total=2, desc="x", enabled=True) is items
    gt.extract_many(DOCS)
    assert capsys.readouterr().err == ""


def test_reconstruct_extracts_in_processes_with_the_serial_result() -> None:
    serial = gt.reconstruct(DOCS, progress=False)
    assert gt.reconstruct(DOCS, processes=2, progress=False) == serial
    assert gt.reconstruct(gt.extract_many(DOCS, processes=2, progress=False)) == serial
    mixed = [gt.extract(DOCS[0]), *DOCS[1:]]
    assert gt.reconstruct(mixed, processes=2, progress=False) == serial


def test_reconstruct_raises_the_error_of_a_document_that_fails() -> None:
    bad = gt.Document(id="bad", text="Quelque chose.", lang="xx")
    with pytest.raises(gt.ExtractionError, match="'bad'"):
        gt.reconstruct([*DOCS, bad], progress=False)
    with pytest.raises(gt.InputError, match="expected a Document or an Extraction, got str"):
        gt.reconstruct(["a.txt"])  # type: ignore[list-item]


def test_a_packed_extraction_is_the_extraction() -> None:
    for doc in [*DOCS, *gt.read(gt.examples_path())]:
        extraction = gt.extract(doc)
        assert _pool.unpack(doc, _pool.pack(doc, extraction)) == extraction


def test_a_packed_news_report_is_smaller_than_its_text() -> None:
    # a worker sent each Extraction with its whole Document: 3.8 times the text of a 3 KB
    # report (issue 19; the bundled articles, a few hundred bytes each, pack to 2-4 times)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.synth import synthetic_corpus

    for doc in synthetic_corpus(4):
        assert len(_pool.pack(doc, gt.extract(doc))) <= 1.5 * len(doc.text.encode())


def test_a_document_that_extraction_changed_is_sent_whole() -> None:
    import attrs

    doc = DOCS[0]
    changed = attrs.evolve(gt.extract(doc), document=attrs.evolve(doc, title="set by a stage"))
    assert _pool.unpack(doc, _pool.pack(doc, changed)).document.title == "set by a stage"


def test_the_pool_is_warmed_before_it_forks(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    warmed: list[bool] = []
    monkeypatch.setattr(_pool, "warm", lambda: warmed.append(True))
    result = _pool.extract_each(DOCS, processes=2, progress=False)
    assert result == [gt.extract(d) for d in DOCS]
    assert warmed == ([True] if multiprocessing.get_start_method() == "fork" else [])
