"""Hypothesis strategies for govtimeline's model, shared by our tests and yours.

Every model class has a strategy that builds only valid values::

    from hypothesis import given
    from govtimeline.testing import timelines

    @given(timelines())
    def test_my_renderer_never_fails(tl):
        render(tl)

:func:`count_steps` measures work without a clock: the number of lines of govtimeline's own
code a call runs, the same on a loaded machine as on an idle one, so a test can say "ten
times the text costs about ten times the work" without being flaky.

Hypothesis is a test dependency (``pip install 'govtimeline[test]'``); this
module imports it at import time, so only import it from tests.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from hypothesis import strategies as st

from govtimeline import model
from govtimeline.model.when import Mod, Precision, When

__all__ = [
    "SENTINEL_DATES",
    "act_objects",
    "actors",
    "acts",
    "anchors",
    "claims",
    "conflicts",
    "count_steps",
    "dates",
    "documents",
    "event_changes",
    "events",
    "evidence",
    "extractions",
    "identifiers",
    "mentions",
    "position_changes",
    "positions",
    "texts",
    "time_expressions",
    "timeline_diffs",
    "timelines",
    "whens",
]

SENTINEL_DATES = (
    date.min,
    date(1, 1, 2),
    date(1, 3, 1),
    date(1, 12, 31),
    date(9999, 1, 1),
    date(9999, 12, 1),
    date(9999, 12, 27),
    date.max,
)
"""Dates at and near the calendar's ends, as real databases write for "always" or
"unknown": anchors and publication dates that arithmetic must not overflow on."""

_SMALL = 4  # list sizes: enough to exercise merging without slowing tests down

_PACKAGE = str(Path(__file__).resolve().parent)


def count_steps(work: Callable[[], object]) -> int:
    """How many lines of govtimeline's own code ``work()`` runs (a clock-free measure of work).

    Deterministic for a given input, whatever the machine's load, so linear growth can be
    asserted tightly (``count_steps(big) <= 1.5 * factor * count_steps(small)``). Work inside
    C code (a regular expression, ``sorted``) counts as the one line that calls it: time
    those in ``benchmarks/``. Tracing makes ``work`` about three times slower.
    """
    steps = 0
    ours: dict[CodeType, bool] = {}

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        if event == "line":
            steps += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        code = frame.f_code
        known = ours.get(code)
        if known is None:
            known = ours[code] = code.co_filename.startswith(_PACKAGE)
        return local if known else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        work()
    finally:
        sys.settrace(previous)
    return steps


def texts(*, min_size: int = 0, max_size: int = 60) -> st.SearchStrategy[str]:
    """Unicode text without surrogates (it must survive UTF-8 and JSON)."""
    return st.text(alphabet=st.characters(codec="utf-8"), min_size=min_size, max_size=max_size)


def identifiers() -> st.SearchStrategy[str]:
    """Non-blank identifiers such as document or event ids."""
    return st.text(
        alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), whitelist_characters="-_."),
        min_size=1,
        max_size=16,
    )


def dates(min_year: int = 1900, max_year: int = 2100) -> st.SearchStrategy[date]:
    """Calendar dates within a range of years."""
    return st.dates(min_value=date(min_year, 1, 1), max_value=date(max_year, 12, 31))


@st.composite
def whens(
    draw: st.DrawFn,
    *,
    precisions: st.SearchStrategy[Precision] | None = None,
    min_year: int = 1900,
    max_year: int = 2100,
) -> When:
    """Any valid When: exact units (optionally early/mid/late/approx) or uncertain windows."""
    precision = draw(precisions if precisions is not None else st.sampled_from(Precision))
    first = draw(dates(min_year, max_year))
    shape = draw(st.sampled_from(("unit", "unit", "mod", "window")))
    if shape == "unit":
        return When.of_unit(first, precision)
    if shape == "mod":
        return When.of_unit(first, precision, draw(st.sampled_from(Mod)))
    second = draw(dates(min_year, max_year))
    low, high = sorted((first, second))
    return When.between(low, high, precision)


def _span() -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(0, 10_000), st.integers(0, 500)).map(lambda t: (t[0], t[0] + t[1]))


@st.composite
def evidence(draw: st.DrawFn, *, document: str | None = None) -> model.Evidence:
    """Evidence pointing at a span of a document."""
    start, end = draw(_span())
    return model.Evidence(
        document=document if document is not None else draw(identifiers()),
        start=start,
        end=end,
        quote=draw(texts()),
    )


def _optional_when() -> st.SearchStrategy[When | None]:
    return st.none() | whens()


@st.composite
def _ordered_pair(draw: st.DrawFn) -> tuple[When | None, When | None]:
    first = draw(_optional_when())
    if first is None or not draw(st.booleans()):
        return first, None
    low = min(first.earliest.year, 2100)
    second = draw(whens(min_year=low, max_year=min(low + 5, 2100)))
    if second.latest < first.earliest:
        return first, None
    return first, second


@st.composite
def documents(draw: st.DrawFn) -> model.Document:
    """Documents with random text and metadata."""
    return model.Document(
        id=draw(identifiers()),
        text=draw(texts(max_size=200)),
        published=draw(_optional_when()),
        title=draw(st.none() | texts()),
        source=draw(st.none() | texts(max_size=20)),
        url=draw(st.none() | st.just("https://example.org/a?b=1&c=<2>")),
        path=draw(st.none() | texts(max_size=20)),
        lang=draw(st.sampled_from(("en", "fr", "de", "es"))),
    )


@st.composite
def time_expressions(draw: st.DrawFn) -> model.TimeExpression:
    """Time expressions of every type and anchor kind."""
    start, end = draw(_span())
    when, until = draw(_ordered_pair())
    return model.TimeExpression(
        start=start,
        end=end,
        text=draw(texts(max_size=30)),
        timex_type=draw(st.sampled_from(model.TimexType)),
        timex_value=when.timex if when is not None else draw(st.none() | st.just("P3D")),
        when=when,
        until=until,
        anchor_kind=draw(st.sampled_from(model.AnchorKind)),
        offset=draw(st.none() | st.sampled_from(("-P1D", "P3D", "P1Y"))),
        reference=draw(st.none() | texts(max_size=20)),
        quoted=draw(st.booleans()),
        weekday=draw(st.none() | st.integers(0, 6)),
    )


@st.composite
def actors(draw: st.DrawFn) -> model.Actor:
    """Actors of every kind."""
    return model.Actor(
        name=draw(identifiers()),
        kind=draw(st.sampled_from(model.ActorKind)),
        aliases=draw(st.lists(texts(max_size=12), max_size=_SMALL)),
        affiliation=draw(st.none() | identifiers()),
    )


@st.composite
def mentions(draw: st.DrawFn, *, document: str | None = None) -> model.Mention:
    """Event mentions."""
    when, until = draw(_ordered_pair())
    return model.Mention(
        evidence=draw(evidence(document=document)),
        name=draw(texts(max_size=30)),
        kind=draw(st.sampled_from(model.EventKind)),
        when=when,
        until=until,
        date_text=draw(st.none() | texts(max_size=20)),
        relative_offset=draw(st.none() | st.sampled_from(("-P1D", "P3D", "P1Y"))),
        relative_to=draw(st.none() | texts(max_size=20)),
        body=draw(st.none() | identifiers()),
        location=draw(st.none() | texts(max_size=20)),
        edition=draw(st.none() | st.integers(1, 50)),
        topic=draw(st.none() | texts(max_size=20)),
        status=draw(st.sampled_from(model.EventStatus)),
        act=draw(st.none() | st.sampled_from(("sign", "ratify", "withdraw", "adopt"))),
        object=draw(st.none() | identifiers()),
        agents=draw(st.lists(identifiers(), max_size=3)),
        phrase=draw(st.none() | texts(max_size=30)),
    )


@st.composite
def act_objects(draw: st.DrawFn) -> model.ActObject:
    """What acts are on: names, memberships, descriptions."""
    member = draw(st.none() | identifiers())
    return model.ActObject(
        name=draw(texts(min_size=1, max_size=30).filter(str.strip)),
        key=draw(identifiers()),
        text=draw(texts(max_size=30)),
        kind=draw(st.none() | st.sampled_from(model.EventKind)),
        named=draw(st.booleans()),
        head=draw(st.sampled_from(("", "agreement", "membership", "body", "resolution"))),
        body=draw(identifiers()) if member is not None else None,
        member=member,
    )


@st.composite
def acts(draw: st.DrawFn, *, document: str | None = None) -> model.Act:
    """Acts of every class, status and polarity."""
    when, until = draw(_ordered_pair())
    agents = draw(st.lists(identifiers(), max_size=3))
    return model.Act(
        act=draw(st.sampled_from(("sign", "ratify", "withdraw", "vote_for", "host"))),
        frame=draw(st.sampled_from(("sign", "ratify", "withdraw_from", "vote_for", "host"))),
        agents=agents,
        via=draw(st.lists(st.just("") | identifiers(), min_size=len(agents), max_size=len(agents)))
        if draw(st.booleans())
        else (),
        negated=draw(st.booleans()),
        status=draw(st.sampled_from(model.ActStatus)),
        stance=draw(st.none() | st.sampled_from(model.Stance)),
        object=draw(st.none() | act_objects()),
        event_kind=draw(st.none() | st.sampled_from(model.EventKind)),
        when=when,
        until=until,
        stated=draw(_optional_when()),
        date_text=draw(st.none() | texts(max_size=20)),
        dated_by=draw(st.none() | st.sampled_from(("clause", "report", "story", "publication"))),
        occasion=draw(st.none() | st.integers(0, 500).map(lambda n: f"@{n}")),
        place=draw(st.none() | texts(max_size=20)),
        evidence=draw(evidence(document=document)),
        name=draw(texts(min_size=1, max_size=40).filter(str.strip)),
        phrase=draw(texts(max_size=40)),
    )


@st.composite
def events(draw: st.DrawFn, *, documents: Sequence[str] | None = None) -> model.Event:
    """Canonical events with mentions (in ``documents`` when given; none if it is empty)."""
    when, end = draw(_ordered_pair())
    sources = _sources(documents)
    return model.Event(
        id=draw(identifiers()),
        name=draw(texts(min_size=1, max_size=30).filter(str.strip)),
        kind=draw(st.sampled_from(model.EventKind)),
        when=when,
        end=end,
        location=draw(st.none() | texts(max_size=20)),
        body=draw(st.none() | identifiers()),
        aliases=draw(st.lists(texts(max_size=20), max_size=_SMALL)),
        mentions=[]
        if sources is None
        else draw(st.lists(mentions(document=draw(sources)), max_size=2)),
        status=draw(st.sampled_from(model.EventStatus)),
    )


def _sources(documents: Sequence[str] | None) -> st.SearchStrategy[str | None] | None:
    """Where evidence may point: anywhere (None given), one of ``documents``, or nowhere."""
    if documents is None:
        return st.just(None)
    return st.sampled_from(list(documents)) if documents else None


@st.composite
def positions(
    draw: st.DrawFn,
    *,
    actor: st.SearchStrategy[str] | None = None,
    topic: st.SearchStrategy[str] | None = None,
    documents: Sequence[str] | None = None,
    events: Sequence[str] | None = None,
) -> model.Position:
    """Positions, optionally drawn from given actor and topic strategies.

    With ``documents``, the evidence is in them (none if it is empty); with ``events``,
    the position is linked to one of them or to none.
    """
    sources = _sources(documents)
    return model.Position(
        actor=draw(actor if actor is not None else identifiers()),
        topic=draw(topic if topic is not None else identifiers()),
        stance=draw(st.sampled_from(model.Stance)),
        when=draw(_optional_when()),
        via=draw(st.none() | identifiers()),
        event=draw(
            st.none() | (identifiers() if events is None else st.sampled_from([*events, None]))
        ),
        evidence=[]
        if sources is None
        else draw(st.lists(evidence(document=draw(sources)), max_size=2)),
        date_text=draw(st.none() | texts(max_size=20)),
        inferred=draw(st.booleans()),
    )


@st.composite
def claims(draw: st.DrawFn, *, documents: Sequence[str] | None = None) -> model.Claim:
    """Claims about a date (from one of ``documents`` or a catalogue, when given)."""
    when = draw(whens())
    source = None if documents is None else draw(st.sampled_from([*documents, "catalogue"]))
    return model.Claim(value=when.edtf, evidence=draw(evidence(document=source)), when=when)


@st.composite
def conflicts(
    draw: st.DrawFn, *, documents: Sequence[str] | None = None, event: str | None = None
) -> model.Conflict:
    """Date conflicts with two or three claims (about ``event``, from ``documents``, if given)."""
    found = draw(st.lists(claims(documents=documents), min_size=2, max_size=3))
    return model.Conflict(
        event=draw(identifiers()) if event is None else event,
        field="when",
        claims=found,
        chosen=found[0].value,
        reason=draw(texts(max_size=40)),
    )


@st.composite
def anchors(draw: st.DrawFn, *, document: str | None = None) -> model.DocumentAnchor:
    """Document anchors (of ``document`` when given)."""
    when = draw(_optional_when())
    return model.DocumentAnchor(
        document=draw(identifiers()) if document is None else document,
        when=when,
        how="none" if when is None else draw(st.sampled_from(("published", "inferred"))),
        reason=draw(texts(max_size=40)),
    )


@st.composite
def extractions(draw: st.DrawFn) -> model.Extraction:
    """Per-document extractions whose evidence points at their document."""
    doc = draw(documents())
    return model.Extraction(
        document=doc,
        dates=draw(st.lists(time_expressions(), max_size=_SMALL)),
        mentions=draw(st.lists(mentions(document=doc.id), max_size=_SMALL)),
        actors=draw(st.lists(actors(), max_size=_SMALL)),
        positions=draw(st.lists(positions(), max_size=_SMALL)),
        acts=draw(st.lists(acts(document=doc.id), max_size=_SMALL)),
    )


@st.composite
def timelines(draw: st.DrawFn, *, max_events: int = _SMALL) -> model.Timeline:
    """Whole timelines: documents, events, positions, conflicts, actors, anchors.

    They follow the rules of a timeline file (``docs/schema.md``): ids are unique and
    every reference names a document or an event of the same timeline.
    """
    docs = draw(st.lists(documents(), max_size=3, unique_by=lambda d: d.id))
    ids = [d.id for d in docs]
    told = draw(st.lists(events(documents=ids), max_size=max_events + 2, unique_by=lambda e: e.id))
    split = draw(st.integers(max(0, len(told) - 2), len(told)))
    dated, references = told[:split], told[split:]
    linked = [e.id for e in told]
    return model.Timeline(
        documents=docs,
        events=dated,
        positions=draw(
            st.lists(
                positions(
                    actor=st.sampled_from(("United States", "China", "United Nations")),
                    topic=st.sampled_from(("global AI governance", "AI safety")),
                    documents=ids,
                    events=linked,
                ),
                max_size=6,
            )
        ),
        conflicts=[
            draw(conflicts(documents=ids, event=e.id)) for e in dated[:2] if draw(st.booleans())
        ],
        actors=draw(st.lists(actors(), max_size=3, unique_by=lambda a: a.name)),
        anchors=[draw(anchors(document=d)) for d in ids if draw(st.booleans())],
        references=references,
    )


@st.composite
def position_changes(draw: st.DrawFn) -> model.PositionChange:
    """Stance changes between two positions of one actor on one topic."""
    before = draw(positions())
    after = draw(positions(actor=st.just(before.actor), topic=st.just(before.topic)))
    return model.PositionChange(actor=before.actor, topic=before.topic, before=before, after=after)


@st.composite
def event_changes(draw: st.DrawFn) -> model.EventChange:
    """Re-dated events."""
    return model.EventChange(
        event=draw(identifiers()),
        name=draw(texts(max_size=20)),
        old=draw(_optional_when()),
        new=draw(_optional_when()),
    )


@st.composite
def timeline_diffs(draw: st.DrawFn) -> model.TimelineDiff:
    """Differences between two timelines."""
    return model.TimelineDiff(
        events_added=draw(st.lists(events(), max_size=2)),
        events_removed=draw(st.lists(events(), max_size=2)),
        events_redated=draw(st.lists(event_changes(), max_size=2)),
        positions_added=draw(st.lists(positions(), max_size=2)),
        positions_removed=draw(st.lists(positions(), max_size=2)),
        positions_changed=draw(st.lists(position_changes(), max_size=2)),
    )
