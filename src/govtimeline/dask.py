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

A file that cannot be read or a document that cannot be extracted costs nothing else:
the worker returns its error (an :class:`~govtimeline.errors.InputError` naming the file,
an :class:`~govtimeline.errors.ExtractionError` naming the document) in its place, and
:func:`reconstruct_bag` reports them all as :func:`govtimeline.reconstruct` does
(``on_error="raise"``: a :class:`~govtimeline.reconstruct.ReconstructError` carrying the
timeline of the rest; ``"skip"``: logged).

On Spark the same shape is ``rdd.mapPartitions(lambda part: [[gt.extract(d) for d in part]])
.treeReduce(operator.add)`` followed by ``gt.reconstruct`` on the driver.
Install with ``pip install 'govtimeline[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from govtimeline._pool import extract_one
from govtimeline.errors import GovTimelineError, InputError, MissingExtraError, one_of
from govtimeline.io import ReadError, read
from govtimeline.model import Document, Extraction, Timeline
from govtimeline.reconstruct import reconstruct_results

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
    read becomes its :class:`~govtimeline.errors.InputError` (naming it) in the bag,
    reported by :func:`reconstruct_bag`; document ids must be unique across files, as
    for :func:`govtimeline.reconstruct`.
    """
    bag = _bag()
    names = sorted({str(p) for p in paths})
    count = partitions or max(1, len(names) // 100)
    return bag.from_sequence(names, npartitions=max(1, min(count, len(names) or 1))).map_partitions(
        read_partition
    )


def read_partition(paths: Iterable[str]) -> list[Document | InputError]:
    """Read one partition's files (runs on a worker); a failure takes its file's place."""
    out: list[Document | InputError] = []
    for path in paths:
        try:
            out.extend(read(path))
        except ReadError as exc:  # a folder or a file of records: the good ones are kept
            out.extend(exc.documents)
            out.extend(exc.failures)
        except InputError as exc:
            out.append(exc)
    return out


def extract_partition(
    docs: Iterable[Document | GovTimelineError],
) -> list[Extraction | GovTimelineError]:
    """Extract one partition's documents (runs on a worker).

    A document that fails gives its :class:`~govtimeline.errors.ExtractionError` in its
    place; an error already in the bag (a file that could not be read) passes through.
    """
    return [d if isinstance(d, GovTimelineError) else extract_one(d) for d in docs]


def concat(
    parts: Iterable[list[Extraction | GovTimelineError]],
) -> list[Extraction | GovTimelineError]:
    """Join partial results; associative, so the reduction tree's shape does not matter."""
    out: list[Extraction | GovTimelineError] = []
    for part in parts:
        out.extend(part)
    return out


def reconstruct_bag(
    bag: Any,
    *,
    split_every: int = 8,
    on_error: Literal["raise", "skip"] = "raise",
    **compute: Any,
) -> Timeline:
    """Extract every document of a bag on the cluster and reconstruct the timeline.

    Failures are reported as :func:`govtimeline.reconstruct` reports them (see the module
    docstring); ``compute`` goes to Dask's ``compute`` (``scheduler=…``).
    """
    one_of("reconstruct_bag(on_error)", on_error, ("raise", "skip"))
    partials = bag.map_partitions(extract_partition)
    reduced = partials.reduction(list, concat, split_every=split_every)
    results: list[Extraction | GovTimelineError] = reduced.compute(**compute)
    return reconstruct_results(results, on_error=on_error)
