"""govtimeline.testing: the clock-free step counter the linearity tests rely on."""

from __future__ import annotations

from datetime import date

import govtimeline as gt
from govtimeline.testing import count_steps


def _outside(n: int) -> int:
    return sum(range(n))


def test_steps_count_only_govtimeline_code() -> None:
    assert count_steps(lambda: _outside(1000)) == 0
    assert count_steps(lambda: gt.When.day(2025, 1, 1)) > 0


def test_steps_are_deterministic_and_add_up() -> None:
    """The same work counts the same; ten times the work counts ten times (so a quadratic
    path, ten times the input costing a hundred times the work, cannot pass a linear bound)."""
    text = "The summit met on 3 May 2031 and again on Tuesday."

    def once() -> None:
        gt.find_dates(text, anchor=date(2031, 5, 9))

    once()
    one = count_steps(once)
    assert one == count_steps(once)
    assert count_steps(lambda: [once() for _ in range(10)]) == 10 * one


def test_an_outer_tracer_is_restored() -> None:
    import sys

    def tracer(frame: object, event: str, arg: object) -> None:
        return None

    sys.settrace(tracer)
    try:
        count_steps(lambda: gt.When.day(2025, 1, 1))
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(None)
