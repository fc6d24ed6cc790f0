"""Tests for govtimeline.extract.attributes: a mention's date, body and place."""

from __future__ import annotations

from datetime import date

import govtimeline as gt
from govtimeline.extract import default_gazetteer
from govtimeline.extract.attributes import NameSpan, location_of, named_owner, nearest_date
from govtimeline.extract.sentences import split_sentences


def _span(text: str, name: str, kind: str = "summit") -> NameSpan:
    start = text.index(name)
    return NameSpan(start, start + len(name), gt.EventKind(kind), name)


def test_a_date_right_after_another_name_is_that_name_s() -> None:
    text = "Leaders backed the Harbour Declaration in 2029 and the Ocean Treaty in 2031."
    (sentence,) = split_sentences(text)
    dates = gt.find_dates(text, anchor=date(2032, 1, 1))
    first, second = _span(text, "Harbour Declaration"), _span(text, "Ocean Treaty")
    assert nearest_date(sentence, first, dates, [first, second]).text == "2029"  # type: ignore[union-attr]
    assert nearest_date(sentence, second, dates, [first, second]).text == "2031"  # type: ignore[union-attr]


def test_vague_references_date_nothing() -> None:
    text = "The Harbour Summit will shape the future."
    (sentence,) = split_sentences(text)
    span = _span(text, "Harbour Summit")
    assert nearest_date(sentence, span, gt.find_dates(text, anchor=date(2031, 1, 1))) is None


def test_place_in_the_name_or_just_after_it() -> None:
    gazetteer = default_gazetteer()
    text = "The Harbour Summit, held on 4 May, met in Lisbon; ministers later flew to Geneva."
    (sentence,) = split_sentences(text)
    assert location_of(sentence, gazetteer, _span(text, "Harbour Summit")) == "Lisbon"
    far = (
        "The Harbour Summit opened. "
        + "Delegates argued about quotas for hours. " * 3
        + "In Geneva"
    )
    (first, *_) = split_sentences(far)
    assert location_of(first, gazetteer, _span(far, "Harbour Summit")) is None


def _mention_names(text: str) -> list[str]:
    x = gt.extract(gt.Document(id="d", text=text, published="2031-06-20"))
    return [m.name for m in x.mentions]


def test_a_described_owner_is_the_organisation_named_before() -> None:
    text = (
        "The WTO opened talks in Lima on Monday. Ministers hoped to finish at "
        "the trade body's second ministerial conference in a decade."
    )
    assert "World Trade Organization's second ministerial conference" in _mention_names(text)


def test_an_owner_with_no_organisation_before_stays_as_written() -> None:
    text = "Ministers hoped to finish at the fishing body's second ministerial conference."
    span = _span(text, "body's second ministerial conference")
    assert named_owner(span, [], frozenset(["body"])) == span
    assert named_owner(span, [], frozenset()) == span
