"""Tests for govtimeline.reconstruct._arrays."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from govtimeline.reconstruct._arrays import distinct


@given(st.lists(st.integers(-(2**63), 2**63 - 1)))
def test_distinct_is_the_sorted_set(values: list[int]) -> None:
    assert distinct(np.array(values, dtype=np.int64)).tolist() == sorted(set(values))


def test_distinct_of_nothing_is_nothing() -> None:
    assert distinct(np.empty(0, dtype=np.int64)).tolist() == []
