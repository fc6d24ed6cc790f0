"""gt.reconstruct on failing documents and on misuse: nothing lost, every failure named."""

from __future__ import annotations

import logging
import pickle
import sys
from datetime import date
from pathlib import Path

import pytest

import govtimeline as gt

GOOD = [
    gt.Document(id="good-1", text="Leaders met at the Harbour Summit on 3 May 2030."),
    gt.Document(
        id="good-2", text="The Harbour Summit ended on 4 May 2030.", published="2030-05-05"
    ),
]
UNKNOWN_LANGUAGE = gt.Document(id="bad", text="Quelque chose.", lang="xx")


def _alone() -> gt.Timeline:
    return gt.reconstruct(GOOD)


def test_one_failing_document_costs_nothing_else_and_is_named() -> None:
    # a failing document lost every other one, and the error did not name it
    with pytest.raises(gt.ReconstructError, match=r"'bad'.*1 of 3 inputs failed") as raised:
        gt.reconstruct([GOOD[0], UNKNOWN_LANGUAGE, GOOD[1]])
    error = raised.value
    assert isinstance(error, gt.ExtractionError)
    assert [f.document for f in error.failures] == ["bad"]  # type: ignore[attr-defined]
    assert error.timeline.to_json() == _alone().to_json()


def test_skip_returns_the_timeline_of_the_others_and_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="govtimeline.reconstruct"):
        tl = gt.reconstruct([UNKNOWN_LANGUAGE, *GOOD], on_error="skip")
    assert tl.to_json() == _alone().to_json()
    assert "'bad'" in caplog.text


def test_an_unexpected_error_in_extraction_names_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # extract wrapped only DateParseError: any other error escaped bare, naming nothing
    module = sys.modules["govtimeline._pool"]  # the pool calls extract, document by document
    real = module.extract

    def failing(doc: gt.Document) -> gt.Extraction:
        if doc.id == "good-2":
            raise KeyError("a bug")
        return real(doc)

    monkeypatch.setattr(module, "extract", failing)
    with pytest.raises(gt.ReconstructError) as raised:
        gt.reconstruct(GOOD)
    (failure,) = raised.value.failures
    assert isinstance(failure, gt.ExtractionError)
    assert str(failure) == "document 'good-2': KeyError: 'a bug'"
    assert [d.id for d in raised.value.timeline.documents] == ["good-1"]


def test_the_error_pickles_with_its_timeline() -> None:
    with pytest.raises(gt.ReconstructError) as raised:
        gt.reconstruct([UNKNOWN_LANGUAGE, *GOOD])
    copy = pickle.loads(pickle.dumps(raised.value))
    assert copy.timeline == raised.value.timeline
    assert str(copy) == str(raised.value)


@pytest.mark.parametrize(
    ("items", "message"),
    [
        # reconstruct(one_document) raised a bare TypeError ('Document' is not iterable)
        (GOOD[0], r"^reconstruct\(items\): .* got one Document; pass \[it\] instead"),
        # a path or a text iterated character by character
        ("articles/", r"^reconstruct\(items\): .* got str; read files with gt.read"),
        (Path("articles"), r"^reconstruct\(items\): .* got PosixPath"),
        (None, r"^reconstruct\(items\): .* got NoneType"),
        (3, r"^reconstruct\(items\): .* got int"),
    ],
)
def test_misused_items_name_the_argument(items: object, message: str) -> None:
    with pytest.raises(gt.ArgumentError, match=message):
        gt.reconstruct(items)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("catalogue", "message"),
    [
        # catalogue=[1] failed deep inside the linker with an AttributeError
        ([1], r"^reconstruct\(catalogue\): expected CatalogueEntry values .* got int"),
        ([{"id": "x"}], r"got dict; load a file with gt.load_catalogue"),
        (7, r"got int"),
    ],
)
def test_a_misused_catalogue_names_the_argument(catalogue: object, message: str) -> None:
    with pytest.raises(gt.ArgumentError, match=message):
        gt.reconstruct(GOOD, catalogue=catalogue)  # type: ignore[arg-type]


def test_an_unknown_on_error_is_refused_not_taken_for_skip() -> None:
    with pytest.raises(gt.ArgumentError, match=r"reconstruct\(on_error\): .* got 'rasie'"):
        gt.reconstruct([UNKNOWN_LANGUAGE, *GOOD], on_error="rasie")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # anchors.document_anchor: the inferred window (a year after the latest date) overflowed
        ("The licence runs to 9999-12-31.", "anchors: latest + 365 days past date.max"),
        ("The licence ran out on 9999-12-25.", "anchors: the same, a week before the end"),
        ("The register opened on 0001-01-01.", "anchors: the start of the calendar"),
    ],
)
def test_an_undated_document_with_a_sentinel_date_is_anchored(text: str, cause: str) -> None:
    tl = gt.reconstruct([gt.Document(id="sentinel", text=text)])
    assert [d.id for d in tl.documents] == ["sentinel"], cause
    (anchor,) = tl.anchors
    assert anchor.when is not None
    assert anchor.when.latest <= date.max
    assert gt.Timeline.from_json(tl.to_json()) == tl


@pytest.mark.parametrize(
    "when",
    [
        # positions._runs: the merge window (7 days) around a position at the calendar's ends
        gt.When.day(date.max),
        gt.When.year(9999),
        gt.When.day(date.min),
        gt.When.year(1),
    ],
    ids=str,
)
def test_positions_dated_at_the_calendar_ends_merge_without_overflow(when: gt.When) -> None:
    ev = gt.Evidence(document="p", start=0, end=9, quote="Ruritania rejected the plan.")
    position = gt.Position(
        actor="Ruritania", topic="plan", stance="oppose", when=when, evidence=[ev]
    )
    x = gt.Extraction(document=gt.Document(id="p", text=ev.quote), positions=[position, position])
    (merged,) = gt.reconstruct([x]).positions
    assert merged.when == when


def test_an_event_dated_at_the_calendar_end_narrows_an_anchor_without_overflow() -> None:
    # anchors.anchor_by_weekday: a day + 6 days past date.max
    from govtimeline.reconstruct.anchors import anchor_by_weekday

    last = gt.When.day(date.max)
    mention = gt.Mention(
        evidence=gt.Evidence(document="u", start=0, end=6, quote="On Friday it met."),
        name="the Harbour Summit",
        kind="summit",
        date_text="on Friday",
    )
    event = gt.Event(
        id="e", name="the Harbour Summit", kind="summit", when=last, mentions=[mention]
    )
    x = gt.Extraction(document=gt.Document(id="u", text="On Friday it met."), mentions=[mention])
    anchor = gt.DocumentAnchor(document="u", when=None, how="none", reason="undated")
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    narrowed = anchor_by_weekday(anchor, x, [event], weekdays)
    assert weekdays[date.max.weekday()] == "friday"
    assert narrowed.when == gt.When.between(date.max, date.max)


def test_documents_failing_for_one_reason_are_named_together_after_it() -> None:
    from govtimeline.reconstruct import ReconstructError

    same = [gt.ExtractionError("the parser is missing", document=d) for d in ("a", "b", "c")]
    other = gt.ExtractionError("text too long", document="d")
    error = ReconstructError([*same, other], gt.Timeline())
    lines = str(error).splitlines()[1:]
    assert lines == [
        "  - documents 'a', 'b', 'c': the parser is missing",
        "  - document 'd': text too long",
    ]
    assert error.document == "a, b, c, d"
