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

On Spark the same shape is ``rdd.mapPartitions(lambda part: [[gt.extract(d) for d in part]])
.treeReduce(operator.add)`` followed by ``gt.reconstruct`` on the driver.
Install with ``pip install 'govtimeline[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from govtimeline.errors import MissingExtraError
from govtimeline.extract import extract
from govtimeline.model import Document, Extraction, Timeline
from govtimeline.reconstruct import reconstruct

__all__ = ["concat", "extract_partition", "from_documents", "reconstruct_bag"]


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
