"""Tests for govtimeline.model.offsets."""

from __future__ import annotations

import pytest

import govtimeline as gt
from govtimeline.model.offsets import apply_offset, parse_offset


@pytest.mark.parametrize(
    ("offset", "parts"),
    [
        ("-P1D", (0, 0, -1)),
        ("P3D", (0, 0, 3)),
        ("P2W", (0, 0, 14)),
        ("P1Y", (1, 0, 0)),
        ("-P1Y2M", (-1, -2, 0)),
        ("P", None),
        ("PXY", None),
        ("1D", None),
    ],
)
def test_parse_offset(offset: str, parts: tuple[int, int, int] | None) -> None:
    assert parse_offset(offset) == parts


@pytest.mark.parametrize(
    ("base", "offset", "expected"),
    [
        (gt.When.day(2031, 3, 13), "-P1D", gt.When.day(2031, 3, 12)),
        (gt.When.day(2031, 7, 20), "P3D", gt.When.day(2031, 7, 23)),
        (gt.When.day(2031, 2, 10), "P1Y", gt.When.month(2032, 2)),
        (gt.When.quarter(1989, 3), "-P1Y", gt.When.quarter(1988, 3)),
        (gt.When.year(2030), "P1Y", gt.When.year(2031)),
    ],
)
def test_apply_offset(base: gt.When, offset: str, expected: gt.When) -> None:
    assert apply_offset(base, offset) == expected
