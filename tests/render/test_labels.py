"""Tests for govtimeline.render._labels: sub-rows so that labels never overlap."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from govtimeline.render._labels import Item, Side, pack_lane


def test_events_far_apart_share_one_row_labels_on_the_right() -> None:
    items = [Item(start=0, end=10, width=50), Item(start=200, end=210, width=50)]
    placed = pack_lane(items, left=0, right=1000, cap=5)
    assert [p.row for p in placed] == [0, 0]
    assert [p.side for p in placed] == [Side.RIGHT, Side.RIGHT]
    assert placed[0].label_start == 14  # mark end + pad


def test_a_label_in_the_way_pushes_the_next_event_down() -> None:
    items = [Item(start=0, end=10, width=100), Item(start=50, end=60, width=20)]
    assert [p.row for p in pack_lane(items, left=0, right=1000, cap=5)] == [0, 1]


def test_a_label_near_the_right_edge_goes_left() -> None:
    (placed,) = pack_lane([Item(start=950, end=960, width=100)], left=0, right=1000, cap=5)
    assert placed.side is Side.LEFT
    assert placed.label_start == 950 - 4 - 100


def test_a_label_that_fits_nowhere_is_hidden() -> None:
    (placed,) = pack_lane([Item(start=40, end=50, width=100)], left=0, right=100, cap=5)
    assert placed.side is Side.HIDDEN


def test_beyond_the_cap_marks_lose_their_labels() -> None:
    items = [Item(start=i, end=i + 1, width=300) for i in range(10)]
    placed = pack_lane(items, left=0, right=1000, cap=3)
    assert sum(p.side is not Side.HIDDEN for p in placed) == 3
    assert {p.row for p in placed if p.side is Side.HIDDEN} == {3}  # a row of bare marks


items_strategy = st.lists(
    st.builds(
        lambda start, length, width: Item(start=start, end=start + length, width=width),
        st.floats(0, 900),
        st.floats(0, 80),
        st.floats(1, 300),
    ),
    max_size=40,
).map(lambda xs: sorted(xs, key=lambda i: (i.start, i.end)))


@given(items_strategy, st.integers(1, 8))
def test_labels_in_one_row_never_overlap(items: list[Item], cap: int) -> None:
    placed = pack_lane(items, left=0, right=1000, cap=cap)
    assert all(0 <= p.row <= cap for p in placed)
    shown = [
        (p.row, p.label_start, p.label_start + item.width)
        for item, p in zip(items, placed, strict=True)
        if p.side is not Side.HIDDEN
    ]
    for (row_a, a0, a1), (row_b, b0, b1) in itertools.combinations(shown, 2):
        assert row_a != row_b or min(a1, b1) <= max(a0, b0)
    for _row, start, end in shown:
        assert start >= 0
        assert end <= 1000


@given(items_strategy, st.integers(1, 8))
def test_bare_marks_never_cover_a_label(items: list[Item], cap: int) -> None:
    # guards the crowded gallery chart, where unlabelled marks were drawn over labels
    placed = pack_lane(items, left=0, right=1000, cap=cap)
    labels = [
        (p.row, p.label_start, p.label_start + item.width)
        for item, p in zip(items, placed, strict=True)
        if p.side is not Side.HIDDEN
    ]
    for item, p in zip(items, placed, strict=True):
        if p.side is Side.HIDDEN:
            for row, start, end in labels:
                assert row != p.row or min(item.end, end) <= max(item.start, start)
