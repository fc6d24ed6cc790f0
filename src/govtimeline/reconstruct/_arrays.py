"""Array helpers shared by the stages of reconstruction that work on numpy arrays
(:mod:`.coref`, :mod:`.identity`, :mod:`.copies`). Internal."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["distinct"]


def distinct(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The distinct values, ascending (by sorting: numpy's hashing ``unique`` is slower)."""
    import numpy as np

    ordered = np.sort(values)
    first = np.ones(min(len(ordered), 1), dtype=np.bool_)  # the first value, when there is one
    kept: npt.NDArray[np.int64] = ordered[np.concatenate((first, ordered[1:] != ordered[:-1]))]
    return kept
