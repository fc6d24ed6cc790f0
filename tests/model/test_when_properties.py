"""Property tests for When: ordering, containment and value round trips."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtimeline import Mod, When
from govtimeline.model.when import unit_bounds
from govtimeline.testing import whens

MANY = settings(max_examples=500, deadline=None)


@MANY
@given(whens(), whens())
def test_ordering_is_total_and_antisymmetric(a: When, b: When) -> None:
    assert (a < b) + (b < a) + (a == b) == 1


@MANY
@given(whens(), whens(), whens())
def test_ordering_is_transitive(a: When, b: When, c: When) -> None:
    x, y, z = sorted((a, b, c))
    assert x <= y <= z
    assert x <= z


@MANY
@given(whens(), whens())
def test_containment_implies_overlap_and_intersection(a: When, b: When) -> None:
    if a.contains(b):
        assert a.overlaps(b)
        common = a.intersection(b)
        assert common is not None
        assert a.contains(common)
    if a.before(b):
        assert not a.overlaps(b)
        assert b.after(a)
        assert a.intersection(b) is None


@MANY
@given(whens(), whens(), whens())
def test_containment_is_transitive(a: When, b: When, c: When) -> None:
    if a.contains(b) and b.contains(c):
        assert a.contains(c)


@MANY
@given(whens())
def test_every_when_contains_itself_and_its_bounds(a: When) -> None:
    assert a.contains(a)
    assert a.contains(a.earliest)
    assert a.contains(a.latest)
    assert a.days >= 1


@MANY
@given(whens())
def test_edtf_round_trips_unless_narrowed(a: When) -> None:
    if a.mod in (None, Mod.APPROX):
        assert When.parse(a.edtf) == a


@MANY
@given(whens())
def test_timex_round_trips_for_exact_plain_values(a: When) -> None:
    if a.is_exact and a.mod is None:
        assert When.parse(a.timex) == a


@MANY
@given(whens())
def test_exact_is_bounds_in_one_unit(a: When) -> None:
    assert a.is_exact == (
        unit_bounds(a.earliest, a.precision) == unit_bounds(a.latest, a.precision)
    )


@MANY
@given(whens(), st.integers(-4000, 4000))
def test_shift_keeps_precision_and_length(a: When, days: int) -> None:
    if a.mod is None and 1950 < a.earliest.year < 2050:
        moved = a.shift(days)
        assert moved.precision is a.precision
        assert moved.contains(a.earliest.__class__.fromordinal(a.earliest.toordinal() + days))
