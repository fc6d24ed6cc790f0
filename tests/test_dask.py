"""Tests for govtimeline.dask: same timeline as serial, on a local cluster."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.demo import examples_path

dask_mod = pytest.importorskip("dask")
from govtimeline import dask as gtdask  # noqa: E402


def test_concat_is_associative_and_keeps_everything() -> None:
    xs = [gt.extract(d) for d in gt.read(examples_path())]
    a, b, c = xs[:3], xs[3:6], xs[6:]
    assert (
        gtdask.concat([gtdask.concat([a, b]), c]) == gtdask.concat([a, gtdask.concat([b, c])]) == xs
    )


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 6), st.randoms())
def test_any_partitioning_gives_the_serial_timeline(partitions: int, rnd: random.Random) -> None:
    docs = gt.read(examples_path())
    rnd.shuffle(docs)
    expected = gt.reconstruct(docs).to_json()
    bag = gtdask.from_documents(docs, partitions=partitions)
    assert gtdask.reconstruct_bag(bag, split_every=2, scheduler="synchronous").to_json() == expected


def test_local_cluster_with_two_workers() -> None:
    distributed = pytest.importorskip("distributed")
    docs = gt.read(examples_path())
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        tl = gtdask.reconstruct_bag(gtdask.from_documents(docs, partitions=4))
    assert tl.to_json() == gt.reconstruct(docs).to_json()


def test_a_synthetic_corpus_gives_the_serial_timeline_byte_for_byte() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.synth import synthetic_corpus

    docs = synthetic_corpus(40, pool=10)
    expected = gt.reconstruct(docs).to_json()
    bag = gtdask.from_documents(list(reversed(docs)), partitions=5)
    assert gtdask.reconstruct_bag(bag, split_every=2, scheduler="synchronous").to_json() == expected


def test_files_read_on_the_workers_give_the_serial_timeline(tmp_path: Path) -> None:
    docs = gt.read(examples_path())
    paths = []
    for doc in docs:
        path = tmp_path / f"{doc.id}.json"
        path.write_text(
            json.dumps(
                {
                    "id": doc.id,
                    "text": doc.text,
                    "published": doc.published.edtf if doc.published else None,
                }
            ),
            "utf-8",
        )
        paths.append(path)
    expected = gt.reconstruct(gt.read(tmp_path)).to_json()
    bag = gtdask.from_files(reversed(paths), partitions=3)
    assert gtdask.reconstruct_bag(bag, split_every=2, scheduler="synchronous").to_json() == expected


def test_an_unreadable_file_is_named_from_the_worker(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not text")
    with pytest.raises(gt.GovTimelineError, match=r"bad\.txt"):
        gtdask.reconstruct_bag(gtdask.from_files([bad]), scheduler="synchronous")


def test_failures_are_collected_per_document_and_the_rest_is_kept(tmp_path: Path) -> None:
    # one failing document failed the whole compute; its error did not name it
    (tmp_path / "good.txt").write_text("Leaders met at the Harbour Summit on 3 May 2030.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00b\x00a\x00d")  # UTF-16: cannot be read
    (tmp_path / "records.jsonl").write_text(
        '{"id": "r1", "text": "The summit ended on 4 May 2030."}\n'
        '{"id": "r2", "text": "Quelque chose.", "lang": "xx"}\n'
    )
    bag = gtdask.from_files(sorted(tmp_path.iterdir()), partitions=2)
    with pytest.raises(gt.ReconstructError) as raised:
        gtdask.reconstruct_bag(bag, scheduler="synchronous")
    failures = raised.value.failures
    assert sorted(type(f).__name__ for f in failures) == ["ExtractionError", "InputError"]
    assert [d.id for d in raised.value.timeline.documents] == ["good", "r1"]
    kept = gtdask.reconstruct_bag(bag, scheduler="synchronous", on_error="skip")
    assert kept == raised.value.timeline
    with pytest.raises(gt.ArgumentError, match=r"reconstruct_bag\(on_error\)"):
        gtdask.reconstruct_bag(bag, on_error="rasie")  # type: ignore[arg-type]


def test_errors_reach_a_distributed_client_whole(tmp_path: Path) -> None:
    # ReadError and MissingExtraError could not be unpickled: the client got a bare Exception
    distributed = pytest.importorskip("distributed")
    (tmp_path / "good.txt").write_text("Leaders met on 3 May 2030.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    docs = [
        gt.Document(id="good", text="Leaders met on 3 May 2030."),
        gt.Document(id="bad", text="Quelque chose.", lang="xx"),
    ]
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        with pytest.raises(gt.ReadError) as read_error:
            client.submit(gt.read, str(tmp_path)).result()
        with pytest.raises(gt.ReconstructError) as raised:
            gtdask.reconstruct_bag(gtdask.from_documents(docs, partitions=2))
    assert [d.id for d in read_error.value.documents] == ["good"]
    (failure,) = raised.value.failures
    assert isinstance(failure, gt.ExtractionError)
    assert failure.document == "bad"
