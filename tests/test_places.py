"""Tests for govtimeline.reconstruct.places: an event's location and location conflicts."""

from __future__ import annotations

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
