"""Tests for govtimeline.reconstruct.topic_identity: one name per topic."""

from __future__ import annotations

import random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.reconstruct.topic_identity import topic_head, unify_topics


def _position(topic: str, stance: str = "support", actor: str = "Ruritania") -> gt.Position:
    ev = gt.Evidence(document="d", start=0, end=10, quote=f"{actor} on {topic}.")
    return gt.Position(
        actor=actor, topic=topic, stance=stance, when=gt.When.day(2024, 3, 1), evidence=[ev]
    )


def _topics(*topics: str, events: tuple[str, ...] = ()) -> list[str]:
    return [p.topic for p in unify_topics([_position(t) for t in topics], events)]


@pytest.mark.parametrize(
    ("topic", "head"),
    [
        ("the harbour moratorium", "moratorium"),
        ("the moratorium on customs duties", "moratorium"),
        ("Ruritania's accession", "accession"),
        ("the current draft treaty", "treaty"),
        ("of", None),
    ],
)
def test_the_head_is_the_last_word_before_a_preposition(topic: str, head: str | None) -> None:
    assert topic_head(topic) == head


@pytest.mark.parametrize(
    ("written", "unified"),
    [
        ("renewing the harbour moratorium", "the harbour moratorium"),
        ("the extension of the fishing quota", "the fishing quota"),
        ("prolonging the mission's mandate", "the mission's mandate"),
        ("Renewal of the Sea Charter", "the Sea Charter"),
    ],
)
def test_a_continuation_is_a_stance_on_what_it_continues(written: str, unified: str) -> None:
    assert _topics(written) == [unified]


@pytest.mark.parametrize(
    "topic", ["delaying the harbour moratorium", "the renewal", "ending the fishing quota"]
)
def test_other_actions_on_a_topic_keep_their_name(topic: str) -> None:
    # a delay or an end is not more of the same; a continuation of nothing named is kept
    assert _topics(topic) == [topic]


def test_a_shorter_name_takes_the_one_longer_topic_it_can_mean() -> None:
    assert (
        _topics("the moratorium", "the harbour moratorium", "the current moratorium")
        == ["the harbour moratorium"] * 3
    )


def test_a_shorter_name_that_two_topics_share_keeps_its_own() -> None:
    topics = ("accession", "Ruritania's NATO accession", "Freedonia's NATO accession")
    assert _topics(*topics) == list(topics)


def test_an_action_on_a_topic_is_no_longer_name_of_it() -> None:
    topics = ("Ruritania's accession", "delaying Ruritania's accession")
    assert _topics(*topics) == list(topics)


def test_different_heads_never_merge() -> None:
    topics = ("the harbour moratorium", "the harbour fee", "the harbour")
    assert _topics(*topics) == list(topics)


def test_an_event_name_is_never_renamed() -> None:
    topics = ("the accord", "Harbour Accord", "the Harbour Accord on fisheries")
    assert _topics(*topics, events=("Harbour Accord",)) == [
        "the Harbour Accord on fisheries",
        "Harbour Accord",
        "the Harbour Accord on fisheries",
    ]


@given(st.permutations(["the quota", "the fishing quota", "renewing the fishing quota", "quota"]))
def test_the_names_do_not_depend_on_the_order(order: list[str]) -> None:
    expected = dict(
        zip(
            ["the quota", "the fishing quota", "renewing the fishing quota", "quota"],
            _topics("the quota", "the fishing quota", "renewing the fishing quota", "quota"),
            strict=True,
        )
    )
    assert dict(zip(order, _topics(*order), strict=True)) == expected


def test_a_paraphrased_topic_gives_one_stance_change() -> None:
    positions = [
        _position("renewing the harbour moratorium", "oppose", "Ruritania"),
        _position("the harbour moratorium", "support", "Ruritania"),
    ]
    random.Random(3).shuffle(positions)
    tl = gt.Timeline(positions=unify_topics(positions))
    (change,) = tl.changes()
    assert (change.topic, change.before.stance, change.after.stance) == (
        "the harbour moratorium",
        gt.Stance.OPPOSE,
        gt.Stance.SUPPORT,
    )


def test_many_topics_with_one_head_cost_in_proportion() -> None:
    from govtimeline.testing import count_steps

    def run(n: int) -> int:
        positions = [_position(f"the zone{i} fishing quota") for i in range(n)]
        return count_steps(lambda: unify_topics(positions))

    assert run(800) <= 1.5 * 4 * run(200)


@pytest.mark.parametrize(
    ("written", "unified"),
    [
        ("delaying the Harbour Act's rules for fishing boats", "delaying the Harbour Act"),
        ("the obligations under the Reef Convention", "Reef Convention"),
        ("pausing the provisions of the Harbour Act", "pausing Harbour Act"),
    ],
)
def test_a_part_of_an_instrument_stands_for_the_instrument(written: str, unified: str) -> None:
    assert _topics(written) == [unified]


@pytest.mark.parametrize(
    "topic",
    [
        "Ruritania's rules for fishing boats",  # a state's rules: no instrument
        "the Harbour Act's spirit",  # no part
    ],
)
def test_other_possessives_keep_their_name(topic: str) -> None:
    assert _topics(topic) == [topic]


def test_an_initialism_is_the_words_that_spell_it() -> None:
    assert _topics("delaying the HR Act", "delaying the Ruritanian Harbour Rules Act") == [
        "delaying the Ruritanian Harbour Rules Act",
        "delaying the Ruritanian Harbour Rules Act",
    ]


def test_a_part_and_an_initialism_make_one_topic_for_a_stance_change() -> None:
    early = _position("delaying the Ruritanian Harbour Rules Act", "oppose", "Freedonia")
    late = attrs.evolve(
        _position("delaying the HR Act's rules for small ports", "support", "Freedonia"),
        when=gt.When.day(2024, 11, 1),
    )
    tl = gt.reconstruct(
        [gt.Extraction(document=gt.Document(id="d", text="x"), positions=(early, late))]
    )
    (change,) = tl.changes()
    assert (change.from_stance, change.to_stance) == (gt.Stance.OPPOSE, gt.Stance.SUPPORT)
