"""Tests for govtimeline.reconstruct.signatures: what coreference compares, and the score."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.model import EventKind
from govtimeline.reconstruct.coref import default_rules, signature
from govtimeline.reconstruct.signatures import (
    Signature,
    close_names,
    dates_compatible,
    kind_table,
    score,
)

KINDS = kind_table(default_rules().compatible)
MAY_12 = gt.When.day(2031, 5, 12)


def _sig(
    tokens: str = "harbour",
    *,
    kind: EventKind = EventKind.SUMMIT,
    body: str | None = None,
    span: gt.When | None = None,
) -> Signature:
    return Signature(kind=kind, tokens=frozenset(tokens.split()), body=body, span=span)


@pytest.mark.parametrize(
    ("a", "b", "same_day", "expected"),
    [
        # one name, one kind: Jaccard 1 plus 0.25 for the kind
        (_sig(), _sig(), False, 1.25),
        (_sig(body="un"), _sig(body="un"), False, 1.75),
        # half the tokens shared is a name match
        (_sig("harbour ocean"), _sig("harbour"), False, 0.75),
        # one token of three shared is not, and nothing else joins them
        (_sig("harbour ocean data"), _sig("harbour"), False, 0.0),
        # ... unless the two are dated to one day in one document
        (_sig("harbour ocean data"), _sig("harbour"), True, 1 / 3 + 0.25),
        # one body, and one side without a name: "the UN meeting" and "the UN's Ocean Summit"
        (_sig("", body="un"), _sig("ocean", body="un"), False, 0.75),
        # two bodies never join, nor two incompatible kinds
        (_sig(body="un"), _sig(body="g20"), False, 0.0),
        (_sig(), _sig(kind=EventKind.TREATY), False, 0.0),
        # a kind with "other" may
        (_sig(), _sig(kind=EventKind.OTHER), False, 1.0),
        # dates that cannot be one event: a year apart, or a fortnight apart
        (_sig(span=MAY_12), _sig(span=gt.When.day(2032, 5, 12)), False, 0.0),
        (_sig(span=MAY_12), _sig(span=gt.When.day(2031, 5, 26)), False, 0.0),
        # two days apart, a strong name: one event, a conflict to report
        (_sig(span=MAY_12), _sig(span=gt.When.day(2031, 5, 14)), False, 1.25),
        # a month agrees with a day in it
        (_sig(span=MAY_12), _sig(span=gt.When.month(2031, 5)), False, 1.25),
    ],
)
def test_score(a: Signature, b: Signature, same_day: bool, expected: float) -> None:
    assert score(a, b, KINDS, same_day=same_day) == pytest.approx(expected)
    assert score(b, a, KINDS, same_day=same_day) == score(a, b, KINDS, same_day=same_day)


_signatures = st.builds(
    _sig,
    st.sampled_from(["harbour", "harbour ocean", "ocean treaty", "mc15", ""]),
    kind=st.sampled_from([EventKind.SUMMIT, EventKind.DECLARATION, EventKind.OTHER]),
    body=st.sampled_from([None, "un", "g20"]),
    span=st.sampled_from([None, MAY_12, gt.When.day(2031, 5, 15), gt.When.month(2031, 5)]),
)


@given(_signatures, _signatures, st.booleans())
def test_the_score_is_symmetric_and_never_negative(a: Signature, b: Signature, day: bool) -> None:
    value = score(a, b, KINDS, same_day=day)
    assert value == score(b, a, KINDS, same_day=day) >= 0
    assert value >= score(a, b, KINDS)  # one day in one document only ever helps
    assert close_names(a, b) == close_names(b, a)


def test_equal_mentions_have_one_signature_and_a_generic_one_is_marked() -> None:
    rules = default_rules()
    evidence = [gt.Evidence(document=d, start=0, end=5, quote="q") for d in ("a", "b")]
    summit, again = (
        gt.Mention(evidence=e, name=name, kind="summit", when=MAY_12, body="UN")
        for e, name in zip(evidence, ["the Harbour Summit", "Harbour summit"], strict=True)
    )
    assert signature(summit, rules) == signature(again, rules)
    assert signature(summit, rules).day == MAY_12.earliest
    generic = gt.Mention(evidence=evidence[0], name="the summit", kind="summit")
    assert signature(generic, rules).generic
    assert not signature(summit, rules).generic


def test_a_range_is_one_span_and_no_day() -> None:
    evidence = gt.Evidence(document="a", start=0, end=5, quote="q")
    mention = gt.Mention(
        evidence=evidence,
        name="the Harbour Summit",
        kind="summit",
        when=MAY_12,
        until=gt.When.day(2031, 5, 13),
    )
    sig = signature(mention, default_rules())
    assert sig.span is not None
    assert sig.span.days == 2
    assert sig.day is None


@pytest.mark.parametrize(
    ("a", "b", "close", "expected"),
    [
        (None, MAY_12, False, True),
        (MAY_12, gt.When.month(2031, 5), False, True),
        (MAY_12, gt.When.day(2031, 5, 19), False, False),
        (MAY_12, gt.When.day(2031, 5, 19), True, True),
        (MAY_12, gt.When.day(2031, 5, 20), True, False),
        (gt.When.month(2031, 5), gt.When.day(2031, 6, 2), True, False),  # a month is no day
    ],
)
def test_dates_compatible(
    a: gt.When | None, b: gt.When | None, close: bool, expected: bool
) -> None:
    assert dates_compatible(a, b, close=close) is expected
