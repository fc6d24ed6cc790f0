"""Tests for govtimeline.reconstruct: coreference, dates, conflicts, anchors, positions."""

from __future__ import annotations

import random
from datetime import date

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.reconstruct.events import topic_name
from govtimeline.testing import extractions


def doc(doc_id: str, published: gt.When | None = None) -> gt.Document:
    return gt.Document(id=doc_id, text="(text not needed here)", published=published)


def mention(
    doc_id: str, start: int, name: str, kind: str, when: gt.When | None = None, **extra: object
) -> gt.Mention:
    evidence = gt.Evidence(document=doc_id, start=start, end=start + len(name), quote=name + ".")
    return gt.Mention(evidence=evidence, name=name, kind=kind, when=when, **extra)  # type: ignore[arg-type]


def x(
    doc_id: str,
    *mentions: gt.Mention,
    published: gt.When | None = None,
    positions: tuple[gt.Position, ...] = (),
) -> gt.Extraction:
    return gt.Extraction(document=doc(doc_id, published), mentions=mentions, positions=positions)


def position(doc_id: str, actor: str, topic: str, stance: str, when: gt.When | None) -> gt.Position:
    ev = gt.Evidence(document=doc_id, start=0, end=10, quote=f"{actor} {stance} {topic}.")
    return gt.Position(actor=actor, topic=topic, stance=stance, when=when, evidence=[ev])


SEPT = gt.When.day


def debate_corpus() -> list[gt.Extraction]:
    """Three reports of one council debate: one misdated, one relative, one by weekday."""
    a = x(
        "a",
        mention(
            "a",
            10,
            "the Freedonia Council meeting on robotics",
            "debate",
            SEPT(2031, 3, 10),
            body="Freedonia Council",
        ),
    )
    b = x(
        "b",
        mention("b", 5, "the launch of the Robotics Forum", "launch", SEPT(2031, 3, 13)),
        mention(
            "b",
            90,
            "a Freedonia Council debate",
            "debate",
            None,
            body="Freedonia Council",
            relative_offset="-P1D",
            relative_to="the launch",
        ),
        published=SEPT(2031, 4, 1),
    )
    c = x(
        "c",
        mention(
            "c",
            0,
            "a Freedonia Council debate on robotics",
            "debate",
            None,
            body="Freedonia Council",
            date_text="on Wednesday",
        ),
    )
    return [a, b, c]


def test_relative_date_weekday_and_conflict() -> None:
    tl = gt.reconstruct(debate_corpus())
    debates = [e for e in tl.events if e.kind is gt.EventKind.DEBATE]
    assert len(debates) == 1
    debate = debates[0]
    # 13 March 2031 minus one day is Wednesday 12 March; document a says 10 March.
    assert debate.when == SEPT(2031, 3, 12)
    assert debate.documents == ("a", "b", "c")
    (conflict,) = tl.conflicts
    assert conflict.event == debate.id
    assert conflict.chosen == "2031-03-12"
    assert {c.value for c in conflict.claims} == {"2031-03-10", "2031-03-12"}
    assert "Wednesday" in conflict.reason
    assert "10 March 2031 (a)" in conflict.reason


def test_coarser_date_is_agreement_not_conflict() -> None:
    tl = gt.reconstruct(
        [
            x("a", mention("a", 0, "the Lisbon Accord on data", "treaty", gt.When.month(2030, 6))),
            x("b", mention("b", 0, "the Lisbon Accord", "treaty", SEPT(2030, 6, 14))),
            x("c", mention("c", 0, "Lisbon Accord", "treaty", gt.When.year(2030))),
        ]
    )
    (event,) = tl.events
    assert event.when == SEPT(2030, 6, 14)
    assert tl.conflicts == ()
    assert "the Lisbon Accord" in event.aliases


def test_look_alike_events_stay_apart() -> None:
    tl = gt.reconstruct(
        [
            x(
                "a",
                mention(
                    "a",
                    0,
                    "the resolution creating the Ocean Panel",
                    "resolution",
                    gt.When.month(2030, 8),
                    body="Assembly",
                ),
            ),
            x(
                "b",
                mention(
                    "b",
                    0,
                    "a vote on the Ocean Panel",
                    "vote",
                    gt.When.month(2031, 2),
                    body="Assembly",
                ),
            ),
            x(
                "c",
                mention("c", 0, "the Harbour Summit", "summit", gt.When.year(2028)),
                mention("c", 50, "the Harbour Summit", "summit", gt.When.year(2029)),
            ),
        ]
    )
    assert len(tl.events) == 4
    assert tl.conflicts == ()


def test_event_relative_offsets_resolve_through_the_graph() -> None:
    tl = gt.reconstruct(
        [
            x("a", mention("a", 0, "the Northland Compute Plan", "plan", SEPT(2032, 7, 20))),
            x(
                "b",
                mention(
                    "b",
                    0,
                    "Southland's compute plan",
                    "plan",
                    None,
                    relative_offset="P3D",
                    relative_to="the Northland Compute Plan",
                ),
                mention(
                    "b",
                    40,
                    "the Harbour Summit",
                    "summit",
                    None,
                    relative_offset="P1Y",
                    relative_to="the Northland Compute Plan",
                ),
            ),
        ]
    )
    by_name = {e.name: e for e in tl.events}
    assert any(e.when == SEPT(2032, 7, 23) for e in tl.events if e.kind is gt.EventKind.PLAN)
    summit = next(e for e in tl.events if e.kind is gt.EventKind.SUMMIT)
    assert summit.when == gt.When.month(2033, 7)
    assert "Northland Compute Plan" in by_name


def test_cycles_of_relative_statements_terminate() -> None:
    tl = gt.reconstruct(
        [
            x(
                "a",
                mention(
                    "a",
                    0,
                    "the Alpha Forum",
                    "summit",
                    None,
                    relative_offset="P1D",
                    relative_to="the Beta Forum",
                ),
                mention(
                    "a",
                    30,
                    "the Beta Forum",
                    "summit",
                    None,
                    relative_offset="-P1D",
                    relative_to="the Alpha Forum",
                ),
            ),
        ]
    )
    assert all(e.when is None for e in tl.events)


def test_anchors_published_inferred_and_none() -> None:
    tl = gt.reconstruct(
        [
            x("dated", published=SEPT(2030, 1, 2)),
            x("undated", mention("undated", 0, "the Vienna talks", "debate", SEPT(2030, 5, 6))),
            x("empty"),
        ]
    )
    anchors = {a.document: a for a in tl.anchors}
    assert anchors["dated"].how == "published"
    assert anchors["undated"].how == "inferred"
    assert anchors["undated"].when is not None
    assert anchors["undated"].when.earliest == date(2030, 5, 6)
    assert anchors["empty"].how == "none"
    assert anchors["empty"].when is None


def test_positions_merge_and_change() -> None:
    tl = gt.reconstruct(
        [
            x(
                "a",
                positions=(position("a", "Ruritania", "ocean data", "support", SEPT(2029, 4, 1)),),
            ),
            x(
                "b",
                positions=(position("b", "Ruritania", "ocean data", "support", SEPT(2029, 4, 3)),),
            ),
            x(
                "c",
                positions=(position("c", "Ruritania", "ocean data", "oppose", gt.When.year(2031)),),
            ),
        ]
    )
    assert len(tl.positions) == 2
    support = tl.positions[0]
    assert support.stance is gt.Stance.SUPPORT
    assert {e.document for e in support.evidence} == {"a", "b"}
    (change,) = tl.changes(actor="Ruritania")
    assert (change.from_stance, change.to_stance) == (gt.Stance.SUPPORT, gt.Stance.OPPOSE)


def test_shuffling_documents_gives_identical_json() -> None:
    corpus = debate_corpus()
    expected = gt.reconstruct(corpus).to_json()
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(corpus)
        assert gt.reconstruct(corpus).to_json() == expected


@settings(max_examples=40, deadline=None)
@given(st.lists(extractions(), max_size=4, unique_by=lambda e: e.document.id), st.randoms())
def test_order_independence_on_generated_extractions(
    items: list[gt.Extraction], rnd: random.Random
) -> None:
    expected = gt.reconstruct(items).to_json()
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert gt.reconstruct(shuffled).to_json() == expected


def test_duplicate_ids_are_refused() -> None:
    import pytest

    with pytest.raises(gt.InputError, match="duplicate"):
        gt.reconstruct([x("a"), x("a")])


def test_diff_reports_added_removed_redated_and_changed() -> None:
    old = gt.reconstruct(
        [
            x(
                "a",
                mention("a", 0, "the Lisbon Accord", "treaty", gt.When.month(2030, 6)),
                positions=(
                    position("a", "Ruritania", "ocean data", "support", gt.When.year(2030)),
                ),
            ),
            x("b", mention("b", 0, "the Harbour Summit", "summit", gt.When.year(2028))),
        ]
    )
    new = gt.reconstruct(
        [
            x(
                "a",
                mention("a", 0, "the Lisbon Accord", "treaty", SEPT(2030, 6, 14)),
                positions=(position("a", "Ruritania", "ocean data", "oppose", gt.When.year(2030)),),
            ),
            x("c", mention("c", 0, "the Vienna talks", "debate", gt.When.year(2031))),
        ]
    )
    d = gt.diff(old, new)
    assert [e.name for e in d.events_added] == ["Vienna talks"]
    assert [e.name for e in d.events_removed] == ["Harbour Summit"]
    (redated,) = d.events_redated
    assert (redated.old, redated.new) == (gt.When.month(2030, 6), SEPT(2030, 6, 14))
    (changed,) = d.positions_changed
    assert changed.to_stance is gt.Stance.OPPOSE
    text = gt.render_diff_text(d)
    assert "+ event  2031  Vienna talks" in text
    assert "June 2030 -> 14 June 2030" in text  # dates in words (issue 18)
    assert gt.diff(new, new).is_empty
    assert gt.render_diff_text(gt.diff(new, new)) == "No differences.\n"


def test_named_undated_references_are_kept_off_the_timeline() -> None:
    tl = gt.reconstruct(
        [
            x(
                "a",
                mention("a", 0, "the declaration", "declaration"),
                mention("a", 40, "the Harbour Declaration", "declaration"),
            )
        ]
    )
    assert tl.events == ()
    assert [e.name for e in tl.references] == ["Harbour Declaration"]
    assert len(tl.references[0].mentions) == 2  # "the declaration" joined the named one
    alone = gt.reconstruct([x("b", mention("b", 0, "the declaration", "declaration"))])
    assert alone.events == ()


def test_undated_events_stay_on_the_timeline_when_placeable() -> None:
    """A planned event, or one tied to a date no anchor resolves, is still a timeline entry."""
    planned = mention("a", 0, "the Harbour Summit", "summit", status=gt.EventStatus.PLANNED)
    unresolved = mention("b", 0, "the Lakeside Forum", "summit", date_text="on Tuesday")
    tl = gt.reconstruct([x("a", planned), x("b", unresolved)])
    assert sorted(e.name for e in tl.events) == ["Harbour Summit", "Lakeside Forum"]
    assert tl.references == ()


def test_a_relative_statement_dates_its_reference_backwards() -> None:
    """'The talks came a day after the speech': the talks dated elsewhere date the speech."""
    talks = mention("a", 0, "the Harbour talks", "debate", relative_offset="P1D")
    talks = attrs.evolve(talks, relative_to="the Governor's speech")
    speech = mention("a", 60, "the Governor's speech", "statement")
    dated_talks = mention("b", 0, "the Harbour talks", "debate", SEPT(2031, 9, 24))
    tl = gt.reconstruct([x("a", talks, speech), x("b", dated_talks)])
    (speech_event,) = [e for e in tl.events if e.kind is gt.EventKind.STATEMENT]
    assert speech_event.when == SEPT(2031, 9, 23)


def test_a_weekday_narrows_the_anchor_of_an_undated_report() -> None:
    weekday = mention("a", 0, "the Harbour talks", "debate", date_text="on Wednesday")
    dated = mention("b", 0, "the Harbour talks", "debate", SEPT(2031, 9, 24))
    tl = gt.reconstruct([x("a", weekday), x("b", dated, published=SEPT(2031, 9, 30))])
    anchor = next(a for a in tl.anchors if a.document == "a")
    assert anchor.how == "inferred"
    assert anchor.when == gt.When.between(date(2031, 9, 24), date(2031, 9, 30))
    assert "Harbour talks" in anchor.reason


def test_a_position_dated_by_a_rejected_claim_follows_its_event() -> None:
    right = mention("a", 0, "the Harbour talks", "debate", SEPT(2031, 9, 24))
    also = mention("b", 0, "the Harbour talks", "debate", SEPT(2031, 9, 24))
    wrong = mention("c", 0, "the Harbour talks", "debate", SEPT(2031, 9, 22))
    act = attrs.evolve(
        position("c", "Chile", "ocean treaties", "oppose", SEPT(2031, 9, 22)), event="@0"
    )
    tl = gt.reconstruct([x("a", right), x("b", also), x("c", wrong, positions=(act,))])
    assert tl.conflicts
    (p,) = tl.positions
    assert p.when == SEPT(2031, 9, 24)


def test_an_undated_retelling_joins_the_act_its_report_dates() -> None:
    dated = position("a", "Chile", "ocean treaties", "oppose", SEPT(2031, 9, 24))
    undated = position("a", "Chile", "ocean treaties", "oppose", None)
    undated = attrs.evolve(
        undated, evidence=[gt.Evidence(document="a", start=40, end=60, quote="Chile said no.")]
    )
    elsewhere = position("b", "Chile", "ocean treaties", "oppose", None)
    tl = gt.reconstruct([x("a", positions=(dated, undated)), x("b", positions=(elsewhere,))])
    dated_out, undated_out = tl.positions
    assert dated_out.when == SEPT(2031, 9, 24)
    assert len(dated_out.evidence) == 2  # the retelling joined the dated act
    assert undated_out.when is None  # another report's undated claim stays apart
    assert [e.document for e in undated_out.evidence] == ["b"]


def test_a_generic_mention_prefers_the_cluster_of_its_own_kind() -> None:
    summit = mention("a", 0, "the Harbour Summit", "summit", SEPT(2031, 9, 24))
    declaration = mention("a", 40, "the Ocean Declaration", "declaration", SEPT(2031, 9, 24))
    generic = mention("a", 90, "a declaration", "declaration", SEPT(2031, 9, 24))
    tl = gt.reconstruct([x("a", summit, declaration, generic)])
    names = {e.name: len(e.mentions) for e in tl.events}
    assert names == {"Harbour Summit": 1, "Ocean Declaration": 2}


def test_a_lone_generic_mention_is_kept_as_a_reference_named_by_its_own_words() -> None:
    # "the two-day meeting" with no name, body or place of its own is no event a reader (or
    # another source) can tell apart: it is kept, as a reference, not placed on the timeline
    meeting = mention("a", 0, "the two-day meeting", "debate", SEPT(2031, 9, 24))
    tl = gt.reconstruct([x("a", meeting)])
    assert tl.events == ()
    assert [e.name for e in tl.references] == ["Two-day meeting"]


def test_a_coarse_date_never_chains_two_acts() -> None:
    february = position("a", "Chile", "ocean treaties", "oppose", gt.When.day(2031, 2, 10))
    september = position("b", "Chile", "ocean treaties", "oppose", gt.When.day(2031, 9, 24))
    year = position("c", "Chile", "ocean treaties", "oppose", gt.When.year(2031))
    tl = gt.reconstruct(
        [x("a", positions=(february,)), x("b", positions=(september,)), x("c", positions=(year,))]
    )
    assert sorted(p.when.edtf for p in tl.positions if p.when) == [
        "2031",
        "2031-02-10",
        "2031-09-24",
    ]


def test_one_document_one_kind_one_day_is_one_event() -> None:
    text = (
        "MC15 opened in Bogota on 14 June 2028. The Fifteenth Ministerial Conference "
        "opened on 14 June 2028 with a call for restraint."
    )
    doc = gt.Document(id="a", text=text, published=gt.When.day(2028, 6, 20))
    tl = gt.reconstruct([gt.extract(doc)])
    summits = [e for e in tl.events if e.kind is gt.EventKind.SUMMIT]
    assert len(summits) == 1
    assert summits[0].when == gt.When.day(2028, 6, 14)


def test_an_act_of_no_kind_named_by_generic_words_keeps_its_phrasing() -> None:
    rules = mention(
        "a",
        0,
        "harbour obligations taken effect",
        "other",
        SEPT(2031, 9, 24),
        act="enter_into_force",
    )
    tl = gt.reconstruct([x("a", rules)])
    assert [e.name for e in tl.events + tl.references] == ["Harbour obligations taken effect"]


def test_a_position_on_an_instrument_is_named_by_the_instrument_not_the_act_on_it() -> None:
    day = SEPT(2031, 5, 3)
    signed = mention("a", 0, "European Union signs Harbour Declaration", "declaration", day)
    signed = attrs.evolve(signed, act="sign", object="harbour declaration")
    named = mention("a", 200, "the Harbour Declaration", "declaration", day)
    on_it = attrs.evolve(
        position("a", "Kenya", "the Harbour Declaration", "support", day),
        evidence=(named.evidence,),
    )
    tl = gt.reconstruct([x("a", signed, named, positions=(on_it,))])
    (event,) = tl.events
    (p,) = tl.positions
    assert p.event == event.id
    assert p.topic == "Harbour Declaration"
    assert topic_name(event) == "Harbour Declaration"
