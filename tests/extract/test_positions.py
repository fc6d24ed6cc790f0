"""Positions read from acts (component ``positions``), in the project's own sentences, and the
position steps of reconstruction."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.reconstruct.positions import MERGE_WINDOW_DAYS, merge_positions

PUBLISHED = gt.When.day(2031, 6, 2)


def _positions(text: str, published: gt.When | None = PUBLISHED) -> list[gt.Position]:
    return list(gt.extract(gt.Document(id="t", text=text, published=published)).positions)


def _triples(text: str, published: gt.When | None = PUBLISHED) -> set[tuple[str, str, str]]:
    return {(p.actor, p.stance.value, p.topic) for p in _positions(text, published)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # coordinated subjects both take the stance
            "Norway and Chile declined to sign the Harbour Declaration.",
            {
                ("Norway", "oppose", "Harbour Declaration"),
                ("Chile", "oppose", "Harbour Declaration"),
            },
        ),
        (  # a possessive actor owns the object; it is not the subject, and the title is the object
            "Canada welcomed the G7's Harbour Declaration.",
            {("Canada", "support", "Harbour Declaration")},
        ),
        (  # a possessive actor followed by an office speaks
            "Brazil's foreign minister expressed support for the Harbour Declaration.",
            {("Brazil", "support", "Harbour Declaration")},
        ),
        (  # "broad support" is support somebody else gives, not Mexico's
            "Despite broad support, Mexico rejected the Harbour Declaration.",
            {("Mexico", "oppose", "Harbour Declaration")},
        ),
        (  # a concessive clause is a clause of its own; "it" is its subject
            "While Peru supports ocean protection, it rejected the Harbour Declaration.",
            {("Peru", "oppose", "Harbour Declaration"), ("Peru", "support", "ocean protection")},
        ),
        (  # a refusal governs the infinitive after its subjects
            "The refusal of Norway and Chile to sign the Harbour Declaration was a surprise.",
            {
                ("Norway", "oppose", "Harbour Declaration"),
                ("Chile", "oppose", "Harbour Declaration"),
            },
        ),
        (  # a relative clause hangs the cue on the event before it
            "Ministers met at the Harbour Summit, which Kenya endorsed.",
            {("Kenya", "support", "Harbour Summit")},
        ),
        (  # a question asserts nothing
            "Why does Canada reject the Harbour Declaration?",
            set(),
        ),
        (  # an actor inside an event's name is not its subject
            "A UN resolution, which members endorsed, set up the Harbour Panel.",
            set(),
        ),
        (  # a preference "rather than" something is opposition to it
            "Kenya favours regional codes rather than pursuing a global regulatory framework.",
            {
                ("Kenya", "support", "regional codes"),
                ("Kenya", "oppose", "global regulatory framework"),
            },
        ),
        (  # an object outside the lexicon is a topic when it names something
            "Meanwhile, Chile has sought to oppose any limits from the WTO on fisheries.",
            {("Chile", "oppose", "limits from the WTO on fisheries")},
        ),
        (  # ... and is no topic when it names nothing
            "Chile has sought to oppose the idea.",
            set(),
        ),
        (  # the author signing its own order backs it (the order is also an event)
            "On 2 May 2031, Canada signed an executive order on fisheries.",
            {("Canada", "support", "executive order on fisheries")},
        ),
        (  # the first thing the cue reaches is its topic
            "Kenya came out in strong opposition to global AI governance, doubting the Harbour Forum.",
            {("Kenya", "oppose", "global AI governance")},
        ),
        (  # a denied opposition is no stance either way
            "Norway had not formally rejected the Harbour Declaration at that stage.",
            set(),
        ),
        (  # "not only" is no negation
            "Norway not only backed the Harbour Declaration but also funded it.",
            {("Norway", "support", "Harbour Declaration")},
        ),
        (  # a cue inside an event's name is no act of Chile's, and who leads it is not
            # part of its name; Kenya is no subject there
            "Chile endorsed a Kenya-led Harbour Resolution.",
            {("Chile", "support", "Harbour Resolution")},
        ),
        (  # a collective decision is the organisation's stance (and an event)
            "The General Assembly adopted the Harbour Resolution by consensus.",
            {("UN General Assembly", "support", "Harbour Resolution")},
        ),
        (  # ... and a state adopting it takes a stance on it
            "Chile adopted the Harbour Resolution.",
            {("Chile", "support", "Harbour Resolution")},
        ),
        (  # a speaker saying that a named body should act supports it
            "Egypt, speaking on behalf of the African Union, stressed that the Harbour Forum "
            "should take concrete steps on fisheries.",
            {("African Union", "support", "Harbour Forum")},
        ),
        (  # ... and opposes it when it should be ended
            "Chile argued that the Harbour Forum should be scrapped.",
            {("Chile", "oppose", "Harbour Forum")},
        ),
        (  # ... but what should act must be named
            "Chile argued that the country should act quickly.",
            set(),
        ),
        (  # a warning that something would do harm is against it
            "Chile warned that automated fishing quotas would harm coastal communities.",
            {("Chile", "oppose", "automated fishing quotas")},
        ),
    ],
)
def test_position_rules(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


def test_coordinated_objects_each_take_the_stance_and_their_own_date() -> None:
    text = (
        "Chile then built on the Harbour Declaration in 2029 and the Lima Accord, "
        "along with the Quito Protocol, in 2030."
    )
    got = {(p.topic, p.when.edtf if p.when else None) for p in _positions(text)}
    assert got == {
        ("Harbour Declaration", "2029"),
        ("Lima Accord", "2030"),
        ("Quito Protocol", "2030"),
    }


def test_a_date_before_the_cue_dates_every_coordinated_object() -> None:
    text = "In 2029, Chile endorsed the Harbour Declaration and the Lima Accord."
    got = {(p.topic, p.when.edtf if p.when else None) for p in _positions(text)}
    assert got == {("Harbour Declaration", "2029"), ("Lima Accord", "2029")}


def test_an_era_named_for_a_leader_stands_for_the_state() -> None:
    text = "In 2022, Biden-era diplomacy built on the Harbour Declaration."
    assert _triples(text) == {("United States", "support", "Harbour Declaration")}


def test_a_quotation_that_names_nobody_belongs_to_the_speech_it_continues() -> None:
    text = (
        "Speaking at the Harbour Summit on 3 May 2025, UN Secretary-General António Guterres "
        "said the risks were growing.\n"
        "“Oceans cannot wait,” Guterres said. “We back the Harbour Accord.”"
    )
    (p,) = _positions(text, published=None)
    assert (p.actor, p.stance.value, p.topic, p.via) == (
        "United Nations",
        "support",
        "Harbour Accord",
        "António Guterres",
    )
    assert p.when == gt.When.day(2025, 5, 3)


def test_a_pronoun_continues_the_speech_and_anything_else_ends_it() -> None:
    said = "“Oceans cannot wait,” Guterres said on 3 May 2025. "
    framed = "“We back the Harbour Accord,” she added."
    assert [p.actor for p in _positions(said + framed, published=None)] == ["United Nations"]
    broken = said + "The talks went on. “We back the Harbour Accord.”"
    assert _positions(broken, published=None) == []


def test_each_clause_keeps_its_own_date() -> None:
    positions = _positions(
        "In 2029, Canada endorsed the Harbour Declaration; in 2031, it signed the Ocean Treaty."
    )
    dates = {p.topic: p.when for p in positions}
    assert dates["Harbour Declaration"] == gt.When.year(2029)
    assert dates["Ocean Treaty"] == gt.When.year(2031)


def _acts(text: str, published: gt.When | str | None = PUBLISHED) -> tuple[gt.Act, ...]:
    return gt.extract(gt.Document(id="t", text=text, published=published)).acts


def test_the_story_time_carries_to_the_next_sentence_and_says_so() -> None:
    text = (
        "The Harbour Summit opened on 3 May 2031 in Lisbon.\n"
        "Kenya, however, rejected the Ocean Treaty there."
    )
    (p,) = _positions(text, published=None)
    assert p.when == gt.When.day(2031, 5, 3)
    (act,) = [a for a in _acts(text, None) if a.object and a.object.name == "Ocean Treaty"]
    assert act.dated_by == "story"


def test_in_an_undated_report_the_story_time_carries_across_paragraphs() -> None:
    text = "The Harbour Summit opened on 3 May 2031 in Lisbon.\n\nKenya rejected the Ocean Treaty."
    (p,) = _positions(text, published=None)
    assert p.when == gt.When.day(2031, 5, 3)


def test_an_act_at_an_undated_event_is_linked_for_reconstruction() -> None:
    text = "At the Harbour Summit, Canada rejected the Ocean Treaty."
    x = gt.extract(gt.Document(id="t", text=text))
    (p,) = x.positions
    summit = next(m for m in x.mentions if m.name.endswith("Harbour Summit"))
    assert p.when is None
    assert p.event == f"@{summit.evidence.start}"


def _doc_extraction(doc_id: str, text: str, published: gt.When | None) -> gt.Extraction:
    return gt.extract(gt.Document(id=doc_id, text=text, published=published))


def test_reconstruction_dates_positions_through_their_events() -> None:
    undated = _doc_extraction(
        "a",
        "At the Harbour Summit on Wednesday, Canada rejected the Ocean Treaty.\n\n"
        "Also on Wednesday, Kenya expressed support for the Ocean Treaty.",
        None,
    )
    dated = _doc_extraction(
        "b", "The Harbour Summit was held on 4 June 2031 in Lisbon.", gt.When.day(2031, 6, 9)
    )
    tl = gt.reconstruct([undated, dated])
    summit = next(e for e in tl.events if e.name.endswith("Harbour Summit"))
    assert summit.when == gt.When.day(2031, 6, 4)
    by_actor = {p.actor: p for p in tl.positions}
    assert by_actor["Canada"].when == summit.when  # the act took place at the summit
    assert by_actor["Canada"].event == summit.id
    assert by_actor["Kenya"].when == summit.when  # "on Wednesday" in the same report


def test_reconstruction_names_topics_by_their_events() -> None:
    a = _doc_extraction("a", "On 4 June 2031 France signed the Harbour Declaration.", None)
    b = _doc_extraction(
        "b", "France signed the Harbour Declaration of Lisbon on 4 June 2031.", None
    )
    tl = gt.reconstruct([a, b])
    (declaration,) = [e for e in tl.events if e.kind is gt.EventKind.DECLARATION]
    topics = {p.topic for p in tl.positions if p.actor == "France"}
    assert declaration.name in topics


def test_a_generic_topic_takes_the_name_of_the_event_it_joined() -> None:
    text = (
        "The Harbour Summit was held in Lisbon on 4 June 2031. "
        "At the Harbour Summit, Chile declined to sign a declaration promoting fisheries."
    )
    tl = gt.reconstruct([_doc_extraction("a", text, gt.When.day(2031, 6, 9))])
    (summit,) = [e for e in tl.events if e.kind is gt.EventKind.SUMMIT]
    (p,) = [p for p in tl.positions if p.actor == "Chile"]
    assert p.topic == summit.name  # "a declaration" joined the summit, whose name it takes
    assert p.when == summit.when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plain object of three words or more says what the stance is about
            "Chile objected to limits on plastic production.",
            {("Chile", "oppose", "limits on plastic production")},
        ),
        (  # one of two words says nothing
            "Chile welcomed the outcome.",
            set(),
        ),
        (  # ", along with X," before a second verb goes with that clause, not with the objects
            "Norway endorsed Sweden's membership of NATO last year but, along with Chile, "
            "had held out for months.",
            {("Norway", "support", "Sweden's NATO membership")},
        ),
        (  # another's act received: the possessor acts, the verb's negation is the act's
            "Chile should not expect Norway's support for the Harbour Accord.",
            {("Norway", "oppose", "Harbour Accord")},
        ),
        (
            "Chile won Norway's backing for the Harbour Accord.",
            {("Norway", "support", "Harbour Accord")},
        ),
        (  # losing it turns it
            "Chile lost Norway's support for the Harbour Accord.",
            {("Norway", "oppose", "Harbour Accord")},
        ),
        (  # "it" is of its number: not the institutions, the accord named before
            "The Harbour Accord was drafted in Valmora. Fishing boards and research institutions "
            "had discussed its articles for years before it was approved by the Harbour Council.",
            {("Harbour Council", "support", "Harbour Accord")},
        ),
    ],
)
def test_plain_objects(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


def test_an_undated_act_in_a_dated_report_takes_the_day_of_publication_and_says_so() -> None:
    # news reports what has just happened: the day it was published, marked as such
    (p,) = _positions("Chile rejected the Ocean Treaty.", published=gt.When.day(2031, 6, 2))
    assert p.when == gt.When.day(2031, 6, 2)
    (act,) = _acts("Chile rejected the Ocean Treaty.")
    assert act.dated_by == "publication"


def _evidence_keys(p: gt.Position) -> list[tuple[str, int, int]]:
    return [(e.document, e.start, e.end) for e in p.evidence]


def _close(a: gt.When, b: gt.When) -> bool:
    gap = max(a.earliest, b.earliest) - min(a.latest, b.latest)
    return a.overlaps(b) or gap.days <= MERGE_WINDOW_DAYS


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 40), st.integers(0, 3)),
        min_size=1,
        max_size=12,
    )
)
def test_dated_positions_merge_by_the_rule_as_written(spans: list[tuple[int, int, int]]) -> None:
    # the merge finds acts by bisection; it must agree with the rule as written: finest
    # dates first, a position joins the one act whose finest date is close to its own
    # (several: the one sharing its document, else none), else it opens an act
    start = date(2031, 1, 1)
    positions = [
        gt.Position(
            actor="Chile",
            topic="the Harbour Treaty",
            stance="support",
            when=gt.When.between(start + timedelta(a), start + timedelta(a + n)),
            evidence=[gt.Evidence(document=f"d{doc}", start=i, end=i + 5, quote="Chile signed.")],
        )
        for i, (a, n, doc) in enumerate(spans)
    ]
    runs: list[list[gt.Position]] = []
    for p in sorted(positions, key=lambda p: (p.when.days, p.when, _evidence_keys(p))):  # type: ignore[union-attr]
        assert p.when is not None
        near = [r for r in runs if r[0].when is not None and _close(r[0].when, p.when)]
        if len(near) > 1:
            docs = {e.document for e in p.evidence}
            near = [r for r in near if docs & {e.document for q in r for e in q.evidence}] or near
        if len(near) == 1:
            near[0].append(p)
        else:
            runs.append([p])
    expected = sorted(sorted(k for q in run for k in _evidence_keys(q)) for run in runs)
    merged = merge_positions(positions)
    assert sorted(sorted(_evidence_keys(p)) for p in merged) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt, speaking on behalf of the African Union, welcomed the Harbour Declaration.",
            ("African Union", "Egypt"),
        ),
        (
            "Speaking on behalf of the African Union, Egypt welcomed the Harbour Declaration.",
            ("African Union", "Egypt"),
        ),
        (  # the group named after the act is not whom the subject speaks for
            "Egypt welcomed the Harbour Declaration, which was read on behalf of the African Union.",
            ("Egypt", None),
        ),
    ],
)
def test_a_speaker_on_behalf_of_a_group_stands_for_it(
    text: str, expected: tuple[str, str | None]
) -> None:
    (p,) = _positions(text)
    assert (p.actor, p.via) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a short definite phrase points back to what the document named before
            "Ministers adopted the Harbour Protocol on Ocean Noise. Chile also supported the protocol.",
            ("Chile", "support", "Harbour Protocol on Ocean Noise"),
        ),
        (  # ... a capitalised name with no event head counts too
            "The Kelp Restoration Goal was agreed. Peru welcomed the restoration goal.",
            ("Peru", "support", "Kelp Restoration Goal"),
        ),
        (  # a new thing with a policy head is a topic of its own
            "Peru endorsed a fishing moratorium.",
            ("Peru", "support", "fishing moratorium"),
        ),
        (  # an object cut before its own participle clause
            "Peru endorsed the coastal fisheries agreement struck at the Lima talks.",
            ("Peru", "support", "coastal fisheries agreement"),
        ),
        (  # "as did" shares the act
            "Chile voted against the Harbour Resolution, as did Peru.",
            ("Peru", "oppose", "Harbour Resolution"),
        ),
        (  # a bare vote is about the last stance's topic
            "Chile voted against the Harbour Resolution. Norway abstained.",
            ("Norway", "abstain", "Harbour Resolution"),
        ),
        (  # a condition makes support mixed
            "Peru welcomed the Harbour Fund in principle.",
            ("Peru", "mixed", "Harbour Fund"),
        ),
        (  # ... and so does a reservation after "but"
            "Peru welcomed the Harbour Fund but warned that it was too small.",
            ("Peru", "mixed", "Harbour Fund"),
        ),
        (  # advocacy with an adopting verb supports what should be adopted
            "Peru stressed that the Forum should adopt a ban on bottom trawling.",
            ("Peru", "support", "ban on bottom trawling"),
        ),
        (  # a statement's participle speaks for its authors
            "Chile and Peru issued a joint statement reaffirming their support for the Ocean Charter.",
            ("Peru", "support", "Ocean Charter"),
        ),
        (  # a person the gazetteer does not know speaks for the body named before their title
            "The head of the World Health Organization, Director General Ana Ruiz, stressed "
            "that the assembly should adopt a pathogen access annex.",
            ("World Health Organization", "support", "pathogen access annex"),
        ),
    ],
)
def test_objects_and_stances_beyond_the_lexicon(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # a short definite phrase that points nowhere is no topic
        "Chile supported the pause.",
        # "similar" names something else
        "Chile blocked a similar text at the Harbour Summit.",
        # a participle after a common noun is what that noun does
        "Chile and Peru, which chair a group of countries pushing for an ambitious treaty, met.",
        # leading is a stance on events only
        "Chile led a group of coastal states.",
        # a date inside a relative clause does not date the main act (no stance on the text)
        "Chile, which opposed the idea in 2029, welcomed talks.",
    ],
)
def test_what_is_not_a_position(text: str) -> None:
    assert _triples(text) == set()


def test_a_date_inside_a_relative_clause_does_not_date_the_act() -> None:
    text = "Chile, which blocked a similar text in October 2027, endorsed the Harbour Protocol."
    (p,) = [p for p in _positions(text) if p.topic == "Harbour Protocol"]
    assert p.when == gt.When.day(2031, 6, 2)  # the day of publication, not October 2027


def test_a_date_of_the_objects_own_clause_does_not_date_the_act() -> None:
    text = "Kenya endorsed the coastal fisheries deal struck at the Lima talks on 3 May 2031."
    (p,) = _positions(text, published=gt.When.day(2031, 7, 20))
    assert p.when == gt.When.day(2031, 7, 20)  # not 3 May: that dates the deal


def test_a_venue_inside_a_relative_clause_is_not_the_acts() -> None:
    text = (
        "Chile, which blocked a similar text at the Harbour Summit in October 2029, "
        "endorsed the Lima Accord."
    )
    (p,) = [p for p in _positions(text) if p.topic == "Lima Accord"]
    assert p.when == gt.When.day(2031, 6, 2)


def test_two_names_joined_by_and_are_remembered_apart() -> None:
    text = (
        "Ministers adopted the Ocean Noise Protocol and the Lima Ocean Declaration on Friday. "
        "Peru backed the protocol."
    )
    assert ("Peru", "support", "Ocean Noise Protocol") in _triples(text)


def test_a_bare_vote_follows_the_last_vote_across_a_paragraph() -> None:
    text = "Chile voted against the Harbour Resolution.\n\nNorway abstained."
    assert ("Norway", "abstain", "Harbour Resolution") in _triples(text)


def test_actors_after_a_passive_by_take_the_stance_on_what_precedes() -> None:
    text = "The Harbour Resolution, tabled by Chile and Peru, passed on 3 May 2031."
    assert {
        ("Chile", "support", "Harbour Resolution"),
        ("Peru", "support", "Harbour Resolution"),
    } <= (_triples(text))
    assert ("Chile", "oppose", "Harbour Plan") in _triples("The Harbour Plan was blocked by Chile.")


def test_a_thing_introduced_with_a_policy_head_can_be_pointed_back_to() -> None:
    text = "The Assembly adopted a levy on bunker fuel on Friday. Chile voted against the levy."
    assert ("Chile", "oppose", "levy on bunker fuel") in _triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body voting to create something supports it
            "The UN Security Council voted on Tuesday to create a panel of fisheries experts.",
            ("UN Security Council", "support", "panel of fisheries experts"),
        ),
        (  # "the text" points back to what the story's stances are about
            "Chile endorsed the Harbour Resolution. Peru, which co-sponsored the text, voted "
            "in favour.",
            ("Peru", "support", "Harbour Resolution"),
        ),
        (  # a bare vote shared by "as did"
            "Chile endorsed the Harbour Resolution. Cuba voted against, as did Peru.",
            ("Peru", "oppose", "Harbour Resolution"),
        ),
        (  # "voted no" is opposition
            "Chile endorsed the Harbour Resolution. Cuba also voted no.",
            ("Cuba", "oppose", "Harbour Resolution"),
        ),
        (  # a duration is not part of what was campaigned for; the fuller name is remembered
            "The assembly approved the bunker fuel levy. Fiji, which has campaigned for a levy "
            "for more than a decade, backed the levy.",
            ("Fiji", "support", "bunker fuel levy"),
        ),
    ],
)
def test_votes_and_back_references(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)
