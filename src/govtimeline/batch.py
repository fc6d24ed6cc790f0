"""Many documents at once: ``gt.extract_many``.

Extraction is pure and per-document, so it runs in a process pool. Results
come back in input order and are identical to serial extraction. A document
that fails does not stop the batch: its error is collected (which document,
what went wrong) and every other result is kept.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Literal

import attrs

from govtimeline.errors import ArgumentError, ExtractionError, one_of
from govtimeline.model import Document, Extraction
from govtimeline.reconstruct import extract_or_error

__all__ = ["BatchResult", "extract_many"]

log = logging.getLogger(__name__)


@attrs.frozen(kw_only=True)
class BatchResult:
    """Extractions in input order, and the documents that failed."""

    extractions: tuple[Extraction, ...]
    """One per document that succeeded, in input order."""
    errors: tuple[ExtractionError, ...] = ()
    """One per document that failed, naming it."""


def _one(doc: Document) -> Extraction | ExtractionError:
    return extract_or_error(doc)


def _progress(
    items: Iterator[Extraction | ExtractionError], total: int | None, enabled: bool
) -> Iterator[Extraction | ExtractionError]:
    if not enabled or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return iter(tqdm(items, total=total, unit="doc", desc="extract"))


def _check_arguments(processes: object, chunksize: object, on_error: object) -> None:
    """:class:`ArgumentError` naming the argument of :func:`extract_many` that cannot be used."""
    one_of("extract_many(on_error)", on_error, ("collect", "raise"))
    for name, value, least in (("processes", processes, 0), ("chunksize", chunksize, 1)):
        if value is None and name == "processes":
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise ArgumentError(
                f"expected a whole number of at least {least}, got {value!r:.60}",
                argument=f"extract_many({name})",
            )


def extract_many(
    docs: Iterable[Document],
    *,
    processes: int | None = None,
    chunksize: int = 16,
    progress: bool = True,
    on_error: Literal["collect", "raise"] = "collect",
) -> BatchResult:
    """Extract every document, in a pool of ``processes`` (None or 1: in this process).

    With ``on_error="raise"`` the first failure is raised after the batch ends
    (so the others are still computed); with ``"collect"`` failures are
    returned in :attr:`BatchResult.errors`. A progress bar is shown on an
    interactive terminal when tqdm (the ``progress`` extra) is installed.
    """
    _check_arguments(processes, chunksize, on_error)
    items = list(docs)
    if processes is None or processes <= 1 or len(items) < 2:
        results: Iterator[Extraction | ExtractionError] = map(_one, items)
        outcome = list(_progress(results, len(items), progress))
    else:
        with ProcessPoolExecutor(max_workers=processes) as pool:
            outcome = list(
                _progress(pool.map(_one, items, chunksize=chunksize), len(items), progress)
            )
    extractions = tuple(r for r in outcome if isinstance(r, Extraction))
    errors = tuple(r for r in outcome if isinstance(r, ExtractionError))
    for error in errors:
        log.warning("extraction failed: %s", error)
    if errors and on_error == "raise":
        raise errors[0]
    return BatchResult(extractions=extractions, errors=errors)
