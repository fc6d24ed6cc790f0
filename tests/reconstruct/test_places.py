"""Tests for govtimeline.reconstruct.places: an event's location and location conflicts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.reconstruct.places import choose_location


def _mention(doc: str, location: str | None, start: int = 0) -> gt.Mention:
    evidence = gt.Evidence(document=doc, start=start, end=start + 10, quote="The summit met.")
    return gt.Mention(
        evidence=evidence, name="the Harbour Summit", kind="summit", location=location
    )


def test_nested_places_agree() -> None:
    choice = choose_location([_mention("a", "Bletchley"), _mention("b", "Bletchley Park")])
    assert choice.location == "Bletchley Park"
    assert choice.conflict("e") is None


def test_most_documents_win_and_the_rest_is_a_conflict() -> None:
    choice = choose_location(
        [_mention("a", "Lisbon"), _mention("b", "Lisbon"), _mention("c", "Geneva")]
    )
    assert choice.location == "Lisbon"
    conflict = choice.conflict("e")
    assert conflict is not None
    assert conflict.field == "location"
    assert sorted(c.value for c in conflict.claims) == ["Geneva", "Lisbon", "Lisbon"]
    assert "rejected: Geneva (c)" in conflict.reason


def test_a_source_contradicting_itself_is_no_conflict_between_sources() -> None:
    choice = choose_location([_mention("a", "Lisbon"), _mention("a", "Geneva", start=50)])
    assert choice.location == "Geneva"  # tie: more specific, then alphabetical
    assert choice.conflict("e") is None


def test_no_place() -> None:
    assert choose_location([_mention("a", None)]).location is None


def test_reconstruction_reports_location_conflicts() -> None:
    def x(doc: str, location: str) -> gt.Extraction:
        m = _mention(doc, location)
        m = gt.Mention(
            evidence=m.evidence,
            name="the Harbour Summit",
            kind="summit",
            when=gt.When.day(2031, 5, 4),
            location=location,
        )
        return gt.Extraction(document=gt.Document(id=doc, text="(text)"), mentions=[m])

    tl = gt.reconstruct([x("a", "Lisbon"), x("b", "Lisbon"), x("c", "Porto")])
    (event,) = tl.events
    assert event.location == "Lisbon"
    (conflict,) = tl.conflicts
    assert (conflict.field, conflict.chosen) == ("location", "Lisbon")


# The rule as first written (every claim compared with every candidate); the fast
# path compares distinct places only and must choose exactly the same.
def _reference_choice(mentions: list[gt.Mention]) -> tuple[object, ...]:
    def agree(a: str, b: str) -> bool:
        wa, wb = a.casefold().split(), b.casefold().split()
        short, long = sorted((wa, wb), key=len)
        return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))

    claims = sorted(
        ((m.location, m.evidence.document, m.evidence.start) for m in mentions if m.location),
        key=lambda c: c,
    )
    if not claims:
        return (None, ())
    places = sorted({c[0] for c in claims}, key=lambda p: (-len(p), p))
    candidates: list[str] = []
    for place in places:
        if not any(agree(place, kept) for kept in candidates):
            candidates.append(place)

    def support(candidate: str) -> set[str]:
        return {doc for value, doc, _ in claims if agree(value, candidate)}

    chosen = sorted(candidates, key=lambda p: (-len(support(p)), -len(p), p))[0]
    backers = support(chosen)
    rejected = tuple(c for c in claims if not agree(c[0], chosen) and c[1] not in backers)
    return (chosen, rejected)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("abcde"),
            st.sampled_from(
                ["Lisbon", "lisbon", "Lisbon Port", "Old Lisbon Port", "Geneva", "Port", None]
            ),
        ),
        max_size=12,
    )
)
def test_the_choice_is_the_rule_as_written(claims: list[tuple[str, str | None]]) -> None:
    mentions = [_mention(doc, place, start=10 * i) for i, (doc, place) in enumerate(claims)]
    choice = choose_location(mentions)
    chosen, rejected = _reference_choice(mentions)
    assert choice.location == chosen
    assert tuple((c.value, c.evidence.document, c.evidence.start) for c in choice.disagreeing) == (
        rejected
    )
