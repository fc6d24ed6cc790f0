"""Many documents at once: ``gt.extract_many``.

Extraction is pure and per-document, so it runs in a process pool. Results
come back in input order and are identical to serial extraction. A document
that fails does not stop the batch: its error is collected (which document,
what went wrong) and every other result is kept. The pool and the progress bar
are :mod:`govtimeline._pool`'s, which ``gt.reconstruct(processes=…)`` shares.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Literal

import attrs

from govtimeline._pool import extract_each
from govtimeline.errors import ArgumentError, ExtractionError, one_of
from govtimeline.model import Document, Extraction
from govtimeline.model._printing import clip, plural

__all__ = ["BatchResult", "extract_many"]

log = logging.getLogger(__name__)


@attrs.frozen(kw_only=True)
class BatchResult:
    """Extractions in input order, and the documents that failed.

    It iterates its extractions, so ``gt.reconstruct(gt.extract_many(docs))`` works;
    ``len()`` counts them, and its ``repr`` and ``str`` say which documents failed.
    """

    extractions: tuple[Extraction, ...]
    """One per document that succeeded, in input order."""
    errors: tuple[ExtractionError, ...] = ()
    """One per document that failed, naming it."""

    def __iter__(self) -> Iterator[Extraction]:
        return iter(self.extractions)

    def __len__(self) -> int:
        return len(self.extractions)

    @property
    def failed(self) -> tuple[str, ...]:
        """Ids of the documents that failed, in input order."""
        return tuple(e.document for e in self.errors)

    def __repr__(self) -> str:
        """``<BatchResult: 9 extractions, 1 failed: 'bad'>``."""
        failed = ", ".join(repr(clip(d, 30)) for d in self.failed[:3])
        more = f" and {len(self.failed) - 3} more" if len(self.failed) > 3 else ""
        tail = f": {failed}{more}" if self.failed else ""
        return f"<BatchResult: {plural(len(self), 'extraction')}, {len(self.errors)} failed{tail}>"

    def __str__(self) -> str:
        """How many documents were extracted, then each failure with its reason."""
        lines = [f"{plural(len(self), 'document')} extracted, {len(self.errors)} failed"]
        lines += [f"  - {error}" for error in self.errors]
        return "\n".join(lines)


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
    returned in :attr:`BatchResult.errors`. ``progress=True`` shows a progress bar
    (``tqdm.auto``: a widget in Jupyter, text in a terminal) when someone is watching
    and tqdm (the ``progress`` extra) is installed; it prints nothing under CI, when
    stderr is not a terminal, or without tqdm.
    """
    _check_arguments(processes, chunksize, on_error)
    outcome = extract_each(list(docs), processes=processes, chunksize=chunksize, progress=progress)
    extractions = tuple(r for r in outcome if isinstance(r, Extraction))
    errors = tuple(r for r in outcome if isinstance(r, ExtractionError))
    for error in errors:
        log.warning("extraction failed: %s", error)
    if errors and on_error == "raise":
        raise errors[0]
    return BatchResult(extractions=extractions, errors=errors)
