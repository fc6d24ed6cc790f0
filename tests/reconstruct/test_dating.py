"""Tests for govtimeline.reconstruct.dating: the rule that picks an event's date, row by row.

Each row is one outcome of the rule in the module docstring: agreement is no conflict,
the finest claims are the candidates, the candidate most documents support wins, ties go
to the finer date and then the earlier one, and a named weekday supports an exact day.
"""

from __future__ import annotations

import pytest

import govtimeline as gt
from govtimeline.reconstruct.dating import DateClaim, choose_date

W = gt.When


def _evidence(document: str, start: int = 0) -> gt.Evidence:
    return gt.Evidence(document=document, start=start, end=start + 1, quote="(a sentence)")


def claim(
    document: str,
    when: gt.When,
    *,
    how: str = "stated",
    until: gt.When | None = None,
    start: int = 0,
) -> DateClaim:
    return DateClaim(when=when, evidence=_evidence(document, start), how=how, until=until)


TUESDAY = 1  # 24 September 2030 is a Tuesday, 22 September a Sunday


@pytest.mark.parametrize(
    ("claims", "weekdays", "when", "end", "rejected", "reason"),
    [
        pytest.param([], (), None, None, [], "no date stated", id="no claims"),
        pytest.param(
            [claim("a", W.day(2030, 9, 24))],
            (),
            "2030-09-24",
            None,
            [],
            "24 September 2030: agreed by 1 document (a)",
            id="one claim",
        ),
        pytest.param(
            [claim("a", W.day(2030, 9, 24)), claim("b", W.month(2030, 9))],
            (),
            "2030-09-24",
            None,
            [],
            "24 September 2030: agreed by 2 documents (a, b)",
            id="a coarser claim agrees: no conflict, the finer date",
        ),
        pytest.param(
            [
                claim("a", W.day(2030, 9, 24)),
                claim("b", W.day(2030, 9, 24)),
                claim("c", W.day(2030, 9, 22)),
            ],
            (),
            "2030-09-24",
            None,
            ["c"],
            "24 September 2030: agreed by 2 documents (a, b); rejected: 22 September 2030 (c)",
            id="most documents win",
        ),
        pytest.param(
            [claim("a", W.day(2030, 9, 22)), claim("b", W.month(2030, 10))],
            (),
            "2030-09-22",
            None,
            ["b"],
            "22 September 2030: agreed by 1 document (a); rejected: October 2030 (b); "
            "tie broken by precision, then by the earlier date",
            id="a tie goes to the finer date",
        ),
        pytest.param(
            [claim("b", W.day(2030, 9, 24)), claim("a", W.day(2030, 9, 22))],
            (),
            "2030-09-22",
            None,
            ["b"],
            "22 September 2030: agreed by 1 document (a); rejected: 24 September 2030 (b); "
            "tie broken by precision, then by the earlier date",
            id="then to the earlier date",
        ),
        pytest.param(
            [claim("a", W.day(2030, 9, 22)), claim("b", W.day(2030, 9, 24))],
            ((TUESDAY, _evidence("c")),),
            "2030-09-24",
            None,
            ["a"],
            "24 September 2030: agreed by 2 documents (b, c), consistent with the weekday named "
            "(Tuesday); rejected: 22 September 2030 (a)",
            id="a document naming the weekday supports that day",
        ),
        pytest.param(
            [claim("a", W.month(2030, 9)), claim("b", W.month(2030, 10))],
            ((TUESDAY, _evidence("c")),),
            "2030-09",
            None,
            ["b"],
            "September 2030: agreed by 1 document (a); rejected: October 2030 (b); "
            "tie broken by precision, then by the earlier date",
            id="a weekday supports no month",
        ),
        pytest.param(
            [claim("a", W.day(2030, 9, 24), how="relative"), claim("b", W.day(2030, 9, 24))],
            (),
            "2030-09-24",
            None,
            [],
            "24 September 2030: agreed by 2 documents (a, b), including a date derived from another "
            "event",
            id="a derived date is said so",
        ),
        pytest.param(
            [
                claim("a", W.day(2031, 2, 10), until=W.day(2031, 2, 11)),
                claim("b", W.month(2031, 2)),
            ],
            (),
            "2031-02-10",
            "2031-02-11",
            [],
            "10 February 2031: agreed by 2 documents (a, b)",
            id="a range keeps its end",
        ),
        pytest.param(
            [
                claim("a", W.day(2030, 9, 24)),
                claim("a", W.day(2030, 9, 22), start=5),
                claim("b", W.day(2030, 9, 22)),
            ],
            (),
            "2030-09-22",
            None,
            ["a"],
            "22 September 2030: agreed by 2 documents (a, b); rejected: 24 September 2030 (a)",
            id="documents count, not claims",
        ),
    ],
)
def test_choose_date(
    claims: list[DateClaim],
    weekdays: tuple[tuple[int, gt.Evidence], ...],
    when: str | None,
    end: str | None,
    rejected: list[str],
    reason: str,
) -> None:
    choice = choose_date(claims, weekdays)
    assert (choice.when.edtf if choice.when else None) == when
    assert (choice.end.edtf if choice.end else None) == end
    assert sorted(c.document for c in choice.disagreeing) == rejected
    assert choice.reason == reason
    assert (
        choose_date(list(reversed(claims)), weekdays) == choice
    )  # the order of claims is no input


def test_a_disagreement_is_a_conflict_keeping_every_claim() -> None:
    choice = choose_date(
        [
            claim("a", W.day(2030, 9, 24)),
            claim("b", W.day(2030, 9, 24)),
            claim("c", W.day(2030, 9, 22)),
        ]
    )
    conflict = choice.conflict("debate")
    assert conflict is not None
    assert (conflict.event, conflict.field, conflict.chosen) == ("debate", "when", "2030-09-24")
    assert [(c.value, c.evidence.document) for c in conflict.claims] == [
        ("2030-09-22", "c"),
        ("2030-09-24", "a"),
        ("2030-09-24", "b"),
    ]
    assert conflict.reason == choice.reason


def test_agreement_is_no_conflict() -> None:
    choice = choose_date([claim("a", W.day(2030, 9, 24)), claim("b", W.month(2030, 9))])
    assert choice.conflict("debate") is None
