"""Picking the items that fall inside a sentence, in time proportional to the answer."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["SpanIndex"]

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items sorted by start offset, sliced by a sentence's offsets with bisection."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self._items = sorted(items, key=start)
        self._starts = [start(item) for item in self._items]

    def within(self, low: int, high: int) -> list[T]:
        """Items whose start lies in ``[low, high)``, in order."""
        return self._items[
            bisect.bisect_left(self._starts, low) : bisect.bisect_left(self._starts, high)
        ]
