"""The same pipeline on a Dask cluster: ``govtimeline.dask``.

Extraction runs per document on the workers; partial results are reduced in
a tree by concatenation (associative, so any grouping gives the same list),
and :func:`govtimeline.reconstruct` runs once on the gathered extractions,
which are small next to the texts. Because reconstruction sorts its input,
the Timeline is byte-identical to a serial run.

::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")          # or LocalCluster() for one machine
    tl = govtimeline.dask.reconstruct_bag(govtimeline.dask.from_documents(docs))
    tl = govtimeline.dask.reconstruct_bag(govtimeline.dask.from_files(paths))  # read on the workers

``from_documents`` puts the texts in the task graph (Dask warns above a few
MB); ``from_files`` puts only the paths there and reads each file on a
worker with :func:`govtimeline.read`, so large corpora on shared storage
never pass through the client.

On Spark the same shape is ``rdd.mapPartitions(lambda part: [[gt.extract(d) for d in part]])
.treeReduce(operator.add)`` followed by ``gt.reconstruct`` on the driver.
Install with ``pip install 'govtimeline[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from govtimeline.errors import MissingExtraError
from govtimeline.extract import extract
from govtimeline.io import read
from govtimeline.model import Document, Extraction, Timeline
from govtimeline.reconstruct import reconstruct

__all__ = [
    "concat",
    "extract_partition",
    "from_documents",
    "from_files",
    "read_partition",
    "reconstruct_bag",
]


def _bag() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise MissingExtraError("govtimeline.dask", "dask") from None
    return dask.bag


def from_documents(docs: Sequence[Document], *, partitions: int | None = None) -> Any:
    """A Dask bag of documents (``partitions`` defaults to about 100 documents each)."""
    bag = _bag()
    count = partitions or max(1, len(docs) // 100)
    return bag.from_sequence(list(docs), npartitions=count)


def from_files(paths: Iterable[str | Path], *, partitions: int | None = None) -> Any:
    """A Dask bag of the documents in ``paths`` (files or folders), read on the workers.

    The task graph holds the paths only. Files are taken in sorted order;
    ``partitions`` defaults to about 100 paths each. A file that cannot be
    read raises its :class:`~govtimeline.errors.InputError` (naming it) from
    the worker; document ids must be unique across files, as for
    :func:`govtimeline.reconstruct`.
    """
    bag = _bag()
    names = sorted({str(p) for p in paths})
    count = partitions or max(1, len(names) // 100)
    return bag.from_sequence(names, npartitions=max(1, min(count, len(names) or 1))).map_partitions(
        read_partition
    )


def read_partition(paths: Iterable[str]) -> list[Document]:
    """Read one partition's files (runs on a worker)."""
    out: list[Document] = []
    for path in paths:
        out.extend(read(path))
    return out


def extract_partition(docs: Iterable[Document]) -> list[Extraction]:
    """Extract one partition's documents (runs on a worker)."""
    return [extract(d) for d in docs]


def concat(parts: Iterable[list[Extraction]]) -> list[Extraction]:
    """Join partial results; associative, so the reduction tree's shape does not matter."""
    out: list[Extraction] = []
    for part in parts:
        out.extend(part)
    return out


def reconstruct_bag(bag: Any, *, split_every: int = 8, **compute: Any) -> Timeline:
    """Extract every document of a bag on the cluster and reconstruct the timeline."""
    partials = bag.map_partitions(extract_partition)
    reduced = partials.reduction(list, concat, split_every=split_every)
    extractions: list[Extraction] = reduced.compute(**compute)
    return reconstruct(extractions)
