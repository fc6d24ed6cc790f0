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
    year_stated: bool = True,
) -> DateClaim:
    return DateClaim(
        when=when,
        evidence=_evidence(document, start),
        how=how,
        until=until,
        year_stated=year_stated,
    )


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
            "24 September 2030: agreed by 2 documents (a, b); rejected: 22 September 2030 (c); "
            "rule: most sources",
            id="most documents win",
        ),
        pytest.param(
            [claim("a", W.day(2030, 9, 22)), claim("b", W.month(2030, 10))],
            (),
            "2030-09-22",
            None,
            ["b"],
            "22 September 2030: agreed by 1 document (a); rejected: October 2030 (b); rule: finer",
            id="a tie goes to the finer date",
        ),
        pytest.param(
            [claim("b", W.day(2030, 9, 24)), claim("a", W.day(2030, 9, 22))],
            (),
            "2030-09-22",
            None,
            ["b"],
            "22 September 2030: agreed by 1 document (a); rejected: 24 September 2030 (b); "
            "rule: earlier",
            id="then to the earlier date",
        ),
        pytest.param(
            [claim("a", W.day(2030, 9, 22), year_stated=False), claim("b", W.day(2030, 9, 24))],
            (),
            "2030-09-24",
            None,
            ["a"],
            "24 September 2030: agreed by 1 document (b); rejected: 22 September 2030 (a); "
            "rule: year stated",
            id="a tie goes to the date stated with its year",
        ),
        pytest.param(
            [claim("a", W.day(2030, 9, 22)), claim("b", W.day(2030, 9, 24))],
            ((TUESDAY, _evidence("c")),),
            "2030-09-24",
            None,
            ["a"],
            "24 September 2030: agreed by 2 documents (b, c), consistent with the weekday named "
            "(Tuesday); rejected: 22 September 2030 (a); rule: most sources",
            id="a document naming the weekday supports that day",
        ),
        pytest.param(
            [claim("a", W.month(2030, 9)), claim("b", W.month(2030, 10))],
            ((TUESDAY, _evidence("c")),),
            "2030-09",
            None,
            ["b"],
            "September 2030: agreed by 1 document (a); rejected: October 2030 (b); rule: earlier",
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
            "22 September 2030: agreed by 2 documents (a, b); rejected: 24 September 2030 (a); "
            "rule: most sources",
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


def planned(document: str, when: gt.When, until: gt.When | None = None) -> DateClaim:
    return DateClaim(
        when=when, evidence=_evidence(document), how="stated", until=until, planned=True
    )


def test_a_report_after_the_fact_outweighs_an_announcement() -> None:
    # "will be opened on 22 September" against "was opened on 23 September"
    choice = choose_date(
        [planned("notice", W.day(2030, 9, 22)), claim("report", W.day(2030, 9, 23))]
    )
    assert choice.when == W.day(2030, 9, 23)
    conflict = choice.conflict("opening")
    assert conflict is not None
    assert conflict.rule == "after the fact"
    assert conflict.reason.endswith("rule: after the fact")


def test_without_announcements_ties_still_go_to_the_earlier_date() -> None:
    choice = choose_date([claim("a", W.day(2030, 9, 22)), claim("b", W.day(2030, 9, 23))])
    assert choice.when == W.day(2030, 9, 22)
    assert choice.rule == "earlier"


def test_more_reports_outweigh_fewer_reports_and_any_announcements() -> None:
    claims = [
        claim("a", W.day(2030, 9, 23)),
        claim("b", W.day(2030, 9, 23)),
        claim("c", W.day(2030, 9, 22)),
        planned("d", W.day(2030, 9, 22)),
        planned("e", W.day(2030, 9, 22)),
    ]
    choice = choose_date(claims)
    assert choice.when == W.day(2030, 9, 23)
    assert choice.rule == "after the fact"


def test_an_announced_range_that_began_on_another_day_disagrees_on_the_start() -> None:
    # a preview: "from 15 to 20 February"; the report of the day: "began on Monday the 16th"
    preview = planned("preview", W.day(2031, 2, 15), until=W.day(2031, 2, 20))
    choice = choose_date([preview, claim("report", W.day(2031, 2, 16))])
    assert choice.when == W.day(2031, 2, 16)
    assert choice.end == W.day(2031, 2, 20)
    assert [c.document for c in choice.disagreeing] == ["preview"]
    conflict = choice.conflict("forum")
    assert conflict is not None
    assert conflict.field == "when"


def test_a_day_inside_a_told_range_is_agreement() -> None:
    # a day of the meeting, told after the fact, is no other start
    days = claim("a", W.day(2031, 2, 15), until=W.day(2031, 2, 20))
    choice = choose_date([days, claim("b", W.day(2031, 2, 17))])
    assert choice.conflict("forum") is None
    assert choice.end_conflict("forum") is None


def test_ranges_that_end_on_different_days_are_a_conflict_on_the_end() -> None:
    a = planned("a", W.day(2031, 6, 24), until=W.day(2031, 6, 26))
    b = planned("b", W.day(2031, 6, 24), until=W.day(2031, 6, 25))
    choice = choose_date([a, b])
    assert choice.when == W.day(2031, 6, 24)
    assert choice.conflict("summit") is None
    assert choice.end == W.day(2031, 6, 25)
    conflict = choice.end_conflict("summit")
    assert conflict is not None
    assert (conflict.field, conflict.chosen, conflict.rule) == ("end", "2031-06-25", "earlier")
    assert sorted((c.evidence.document, c.value) for c in conflict.claims) == [
        ("a", "2031-06-26"),
        ("b", "2031-06-25"),
    ]


def test_the_end_a_report_tells_outweighs_the_announced_end() -> None:
    # "scheduled to end on the 15th" and "closed in the early hours of the 17th"
    a = planned("a", W.day(2031, 6, 12), until=W.day(2031, 6, 15))
    b = claim("b", W.day(2031, 6, 12), until=W.day(2031, 6, 17))
    choice = choose_date([a, b])
    assert choice.end == W.day(2031, 6, 17)
    conflict = choice.end_conflict("conference")
    assert conflict is not None
    assert conflict.rule == "after the fact"


def test_one_document_giving_two_ends_is_no_conflict() -> None:
    a = claim("a", W.day(2031, 6, 24), until=W.day(2031, 6, 26))
    b = claim("a", W.day(2031, 6, 24), until=W.day(2031, 6, 25))
    assert choose_date([a, b]).end_conflict("summit") is None


def test_an_unknown_rule_is_refused() -> None:
    ev = _evidence("a")
    claims = [gt.Claim(value="2030", evidence=ev), gt.Claim(value="2031", evidence=ev)]
    with pytest.raises(gt.ModelError, match="unknown conflict rule"):
        gt.Conflict(event="e", field="when", claims=claims, chosen="2030", reason="r", rule="coin")


def test_one_report_dating_an_event_on_consecutive_days_tells_its_days() -> None:
    # "the summit opened on Tuesday" ... "ministers met on Wednesday", in one report
    choice = choose_date(
        [
            claim("a", W.day(2031, 5, 20)),
            claim("a", W.day(2031, 5, 21), start=9),
            claim("b", W.day(2031, 5, 20)),
        ]
    )
    assert (choice.when, choice.end) == (W.day(2031, 5, 20), W.day(2031, 5, 21))
    assert choice.conflict("summit") is None


def test_a_next_day_told_by_another_report_only_is_a_disagreement() -> None:
    choice = choose_date([claim("a", W.day(2031, 5, 20)), claim("b", W.day(2031, 5, 21))])
    assert choice.end is None
    assert choice.conflict("summit") is not None
