"""Rules of govtimeline.extract.acts (reader, objects, dating), each in the project's own
sentences with the cases it must leave alone."""

from __future__ import annotations

import pytest

import govtimeline as gt

PUBLISHED = "2031-06-01"


def _acts(text: str) -> tuple[gt.Act, ...]:
    return gt.extract(gt.Document(id="d", text=text, published=PUBLISHED)).acts


def _one(text: str, act: str) -> gt.Act:
    found = [a for a in _acts(text) if a.act == act]
    assert len(found) == 1, [(a.act, a.agents, a.name) for a in _acts(text)]
    return found[0]


def test_the_author_of_a_framing_report_publishes_it() -> None:
    act = _one(
        "In a report published in May, the Harbour Council recommended a ban on trawling.",
        "publish",
    )
    assert act.agents == ("Harbour Council",)
    assert act.when == gt.When.month(2031, 5)


def test_a_framing_document_outside_an_in_phrase_has_no_author() -> None:
    # the report is the object here, not the frame of the clause
    act = _one("The Harbour Council praised a report published in May.", "publish")
    assert act.agents == ()


def test_a_framing_report_makes_its_author_the_body_of_the_event() -> None:
    text = "In a report published on 4 May, the Harbour Council recommended a ban on trawling."
    tl = gt.reconstruct([gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))])
    (event,) = [e for e in tl.events if e.kind is gt.EventKind.REPORT]
    assert event.body == "Harbour Council"
    assert event.when == gt.When.day(2031, 5, 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Norway launched a new initiative called the Harbour Compact on 3 May.",
            "Harbour Compact",
        ),
        ("Chile unveiled a strategy entitled Ocean Futures on 3 May.", "Ocean Futures"),
        ("Peru launched a plan known as Blue Coast on 3 May.", "Blue Coast"),
    ],
)
def test_a_designation_names_the_object(text: str, name: str) -> None:
    act = next(a for a in _acts(text) if a.object is not None)
    assert act.object is not None
    assert act.object.name == name
    assert act.when == gt.When.day(2031, 5, 3)


def test_a_noun_with_no_designation_keeps_its_own_name() -> None:
    act = next(a for a in _acts("Norway launched a new initiative on 3 May.") if a.object)
    assert act.object is not None
    assert act.object.name == "new initiative"


def test_an_act_by_no_named_agent_on_a_named_instrument_is_kept() -> None:
    act = _one("The committee endorsed the Harbour Plan on 4 May.", "endorse")
    assert (act.agents, act.object.name if act.object else None) == ((), "Harbour Plan")


def test_an_act_by_no_named_agent_on_an_unnamed_thing_is_not() -> None:
    assert [a for a in _acts("The committee endorsed a plan on 4 May.") if a.act == "endorse"] == []


def test_an_object_after_a_parenthesis_is_the_object() -> None:
    act = _one("Chile ratified (on 3 May) the Harbour Accord.", "ratify")
    assert act.object is not None
    assert act.object.name == "Harbour Accord"
    assert act.when == gt.When.day(2031, 5, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Council adopted the Ocean Plan by consensus on 8 May.",
        "The Ocean Plan was approved without a vote on 8 May.",
    ],
)
def test_a_date_after_a_manner_noun_dates_the_act(text: str) -> None:
    act = next(a for a in _acts(text) if a.act in ("adopt", "approve"))
    assert act.when == gt.When.day(2031, 5, 8)


def test_a_past_perfect_with_no_date_of_its_own_is_undated() -> None:
    text = "Chile signed the Harbour Accord on 3 May. Peru had ratified the Reef Accord."
    act = _one(text, "ratify")
    assert act.when is None
    assert act.stated == gt.When.day(2031, 6, 1)  # the report still states it


def test_a_past_perfect_with_a_date_keeps_it() -> None:
    act = _one("Peru had ratified the Reef Accord in 2029.", "ratify")
    assert act.when == gt.When.year(2029)


def test_an_act_name_says_its_verb_once() -> None:
    act = _one("The European Union voted to delay the Harbour Act.", "delay")
    assert act.name == "European Union delays Harbour Act"


def test_an_act_name_lists_three_agents_then_counts_the_others() -> None:
    act = _one("Brazil, India, Chile, Peru and Kenya signed the Reef Accord on 2 May.", "sign")
    assert len(act.agents) == 5
    assert act.name == "Brazil, India, Chile and 2 others sign Reef Accord"
    three = _one("Chile, Peru and Kenya signed the Reef Accord on 2 May.", "sign")
    assert three.name == "Chile, Peru and Kenya sign Reef Accord"


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru have yet to ratify the Harbour Accord.",
        "Kenya is yet to sign the Reef Accord.",
    ],
)
def test_an_act_yet_to_be_done_is_neither_done_nor_refused(text: str) -> None:
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    assert [a.act for a in x.acts if a.act in ("ratify", "sign")] == []
    assert x.positions == ()


def test_yet_elsewhere_leaves_the_act_alone() -> None:
    act = _one("Chile has ratified the Harbour Accord, yet Peru objects.", "ratify")
    assert act.agents == ("Chile",)


def test_who_reports_a_passive_act_as_done_did_not_do_it() -> None:
    act = _one("Chile announced that the Harbour Declaration had been signed.", "sign")
    assert act.agents == ()


def test_who_announces_a_passive_act_to_come_decides_it() -> None:
    act = _one("Chile announced that the Reef Accord would be delayed.", "delay")
    assert act.agents == ("Chile",)


def test_an_act_noun_after_agree_to_is_the_agents_act() -> None:
    act = _one(
        "Members of the Harbour League agreed to the extension of the Reef Moratorium.", "extend"
    )
    assert act.agents == ("Harbour League",)
    assert act.name == "Harbour League extends Reef Moratorium"


def test_agree_to_an_instrument_stays_an_agreement() -> None:
    assert _one("Spain agreed to the Harbour Declaration.", "agree").agents == ("Spain",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Harbour Council completed the adoption of the Reef Resolution.",
            "Harbour Council adopts Reef Resolution",
        ),
        (
            "Chile announced its withdrawal from the Reef Accord.",
            "Chile withdraws from Reef Accord",
        ),
    ],
)
def test_an_act_noun_is_named_by_its_verb(text: str, name: str) -> None:
    (act,) = [a for a in _acts(text) if a.act in ("adopt", "withdraw")]
    assert act.name == name
    assert act.object is not None
    assert act.object.name.startswith("Reef")  # a treaty, not the last body named


def test_a_second_participle_of_a_passive_has_its_own_agents() -> None:
    text = "The Reef Resolution, spearheaded by Peru and co-sponsored by Kenya and Chile, passed."
    by = {a.name: a.agents for a in _acts(text) if a.act == "endorse"}
    assert by == {
        "Peru spearheads Reef Resolution": ("Peru",),
        "Kenya and Chile co-sponsor Reef Resolution": ("Kenya", "Chile"),
    }


def test_by_a_manner_noun_names_no_agent() -> None:
    assert _one("The Reef Resolution was adopted by consensus.", "adopt").agents == ()


def test_a_described_instrument_is_not_another_one_named_before() -> None:
    text = "Chile signed the Harbour Accord on 3 May. Peru backed the first resolution on reefs."
    act = _one(text, "support")
    assert act.object is not None
    assert act.object.name != "Harbour Accord"
    kenya = [a for a in _acts(text + " Kenya signed the agreement.") if a.agents == ("Kenya",)]
    assert [a.object.name for a in kenya if a.object] == ["Harbour Accord"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Harbour Assembly adopted a Chinese-sponsored resolution on reefs.", "China"),
        ("A US-backed plan on fishing was approved on 4 May.", "United States"),
    ],
)
def test_a_name_hyphened_to_a_backing_participle_backs_the_thing(text: str, agent: str) -> None:
    backers = [a for a in _acts(text) if a.act in ("endorse", "support")]
    assert [a.agents for a in backers] == [(agent,)]


@pytest.mark.parametrize(
    "text",
    [
        "They fear state-backed fishing fleets.",
        "A US-led coalition met in Valmora.",
        "A Paris-based group met.",
    ],
)
def test_a_kind_or_a_leader_hyphened_to_a_participle_backs_nothing(text: str) -> None:
    assert [a for a in _acts(text) if a.act in ("endorse", "support")] == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The Harbour Assembly adopted the Reef Resolution with U.S. support on 3 May.",
            "United States",
        ),
        ("Chile signed the Reef Resolution on 3 May with support from Kenya.", "Kenya"),
    ],
)
def test_support_an_act_comes_with_backs_its_object(text: str, agent: str) -> None:
    (act,) = [a for a in _acts(text) if a.act == "support"]
    assert act.agents == (agent,)
    assert act.object is not None
    assert act.object.name == "Reef Resolution"
    assert act.when == gt.When.day(2031, 5, 3)


def test_support_with_no_act_or_thing_backs_nothing() -> None:
    assert [a for a in _acts("Chile left with support.") if a.act == "support"] == []


def test_a_dateline_is_no_agent() -> None:
    act = _one("UNITED NATIONS -- The Harbour Assembly adopted the Reef Resolution.", "adopt")
    assert "UNITED NATIONS" not in act.agents


def test_an_object_after_a_dashed_aside_is_the_object() -> None:
    act = _one(
        "The Harbour Committee adopted—by consensus on 8 May—a global fishing treaty.", "adopt"
    )
    assert act.object is not None
    assert act.object.name == "global fishing treaty"
    assert act.agents == ("Harbour Committee",)
    assert act.when == gt.When.day(2031, 5, 8)


def _positions(text: str) -> list[tuple[str, gt.Stance, str]]:
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    return [(p.actor, p.stance, p.topic) for p in x.positions]


@pytest.mark.parametrize(
    "text",
    [
        "Chile was elected to the UN Human Rights Council on Tuesday.",
        "Chile was elected a member of the UN Human Rights Council on Tuesday.",
    ],
)
def test_a_member_elected_stood_for_its_seat(text: str) -> None:
    act = _one(text, "elect")
    assert act.name == "Chile elected to UN Human Rights Council"
    topic = "Chile's UN Human Rights Council membership"
    assert ("Chile", gt.Stance.SUPPORT, topic) in _positions(text)


def test_the_electing_body_and_the_member_both_hold_the_position() -> None:
    text = "The UN General Assembly elected Chile to the UN Human Rights Council."
    topic = "Chile's UN Human Rights Council membership"
    assert set(_positions(text)) >= {
        ("UN General Assembly", gt.Stance.SUPPORT, topic),
        ("Chile", gt.Stance.SUPPORT, topic),
    }


def test_a_member_not_elected_holds_no_position() -> None:
    assert _positions("Chile was not elected to the UN Human Rights Council.") == []


def test_a_bare_election_is_to_the_body_the_text_is_about() -> None:
    text = (
        "The UN Human Rights Council has 47 members. "
        "On Tuesday Chile was elected, with 17 other states, for a three-year term."
    )
    act = _one(text, "elect")
    assert act.name == "Chile elected to UN Human Rights Council"
    topic = "Chile's UN Human Rights Council membership"
    assert ("Chile", gt.Stance.SUPPORT, topic) in _positions(text)


@pytest.mark.parametrize(
    "text", ["The mayor was elected for a second term.", "Ortiz was elected chair of the club."]
)
def test_an_election_with_no_body_or_no_named_member_is_no_membership(text: str) -> None:
    assert not [p for p in _positions(text) if "membership" in p[2]]


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it could no longer be part of the Harbour Council.",
        "Norway will no more fund the Harbour Council.",
    ],
)
def test_no_longer_negates_the_act(text: str) -> None:
    assert not [p for p in _positions(text) if p[1] is gt.Stance.SUPPORT]


def test_a_body_described_by_its_parent_is_the_body_named_before() -> None:
    text = (
        "The United States left the UN Human Rights Council on Tuesday. "
        "Its envoy said the United States could not be part of a UN body that ignored abuses."
    )
    topics = {p[2] for p in _positions(text)}
    assert "United States' UN Human Rights Council membership" in topics
    assert "United States' United Nations membership" not in topics


def test_their_after_several_subjects_is_all_of_them() -> None:
    text = (
        "Chile and Peru applied to join the Harbour Council in May. "
        "The Harbour Council accepted their bids in June."
    )
    topics = {p[2] for p in _positions(text) if p[0] == "Harbour Council"}
    assert topics == {"Chile's Harbour Council membership", "Peru's Harbour Council membership"}


def test_their_with_several_subjects_of_its_own_is_theirs() -> None:
    text = (
        "Chile and Peru applied to join the Harbour Council in May. "
        "Fiji and Samoa withdrew their bids in June."
    )
    withdrawn = {(a, t) for (a, stance, t) in _positions(text) if stance is gt.Stance.OPPOSE}
    assert withdrawn == {
        ("Fiji", "Fiji's Harbour Council membership"),
        ("Samoa", "Samoa's Harbour Council membership"),
    }


def test_they_after_several_subjects_is_all_of_them() -> None:
    text = (
        "Chile and Peru applied to join the Harbour Council in May. "
        "They withdrew from the Reef Accord in June."
    )
    act = _one(text, "withdraw")
    assert act.agents == ("Chile", "Peru")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Norway approved the withdrawal from the Reef Convention.", gt.Stance.OPPOSE),
        ("Norway backed an exit from the Reef Convention.", gt.Stance.OPPOSE),
        ("Norway rejected the ratification of the Reef Convention.", gt.Stance.OPPOSE),
        ("Norway opposed the withdrawal from the Reef Convention.", gt.Stance.SUPPORT),
    ],
)
def test_a_stance_on_an_act_is_a_stance_on_what_it_acts_on(text: str, stance: gt.Stance) -> None:
    assert ("Norway", stance, "Reef Convention") in _positions(text)


def test_a_stance_on_another_s_act_stays_on_that_act() -> None:
    text = "Norway welcomed Peru's withdrawal from the Reef Convention."
    assert not [p for p in _positions(text) if p[0] == "Norway" and p[2] == "Reef Convention"]


def test_a_noun_that_is_only_a_verb_controller_controls_nothing() -> None:
    # "help" is a verb controller ("helped draft"); the noun "help" is none
    text = "Peru turned to Chile for help in fighting the blockade. Peru plans to sign the Reef Accord."
    acts = _acts(text)
    assert [a.act for a in acts if a.act == "sign"] == ["sign"]


def test_a_list_the_parser_hung_as_an_apposition_is_a_list() -> None:
    # the parser reads "Chile, Costa Rica and Peru" as Chile with "Rica" in apposition
    text = "Chile, Costa Rica and Peru announced their withdrawal from the Reef Convention."
    act_agents = {a for act in _acts(text) for a in act.agents}
    assert act_agents == {"Chile", "Costa Rica", "Peru"}


def test_an_apposition_that_is_no_list_is_not_coordinated() -> None:
    text = "The head of NATO, Jens Stoltenberg, welcomed the Reef Accord."
    assert [len(act.agents) for act in _acts(text)] == [1]


def test_the_bodies_of_a_plural_noun_s_of_list_are_all_agents() -> None:
    text = "The governments of Chile and Peru signed the Reef Accord on 3 May."
    assert _one(text, "sign").agents == ("Chile", "Peru")


@pytest.mark.parametrize("group", ["The two countries", "Both states"])
def test_a_counted_group_is_the_list_named_before(group: str) -> None:
    text = f"Chile and Peru signed the Reef Accord in May. {group} ratified it in June."
    assert _one(text, "ratify").agents == ("Chile", "Peru")


def test_a_counted_group_of_another_size_is_not_the_list() -> None:
    text = "Chile and Peru signed the Reef Accord in May. The three countries ratified it."
    assert [a for a in _acts(text) if a.act == "ratify" and a.agents == ("Chile", "Peru")] == []


def test_an_irregular_verb_names_its_agentless_act_with_its_participle() -> None:
    act = _one("Three states said they were leaving the Reef Convention.", "withdraw")
    assert act.name == "Reef Convention left"


@pytest.mark.parametrize(
    "text",
    [
        "Norway signed the law on withdrawal from the Reef Convention.",
        "Norway signed the decree on its exit from the Reef Convention.",
    ],
)
def test_a_stance_on_an_instrument_carrying_an_act_is_on_that_act(text: str) -> None:
    assert ("Norway", gt.Stance.OPPOSE, "Reef Convention") in _positions(text)


def test_an_agentless_composed_act_is_named_by_the_act_it_carries() -> None:
    act = _one("The bill on the ratification of the Reef Convention was approved.", "approve")
    assert act.name == "bill on ratification of Reef Convention approved"


def test_a_passive_decision_at_a_body_s_occasion_is_the_body_s() -> None:
    text = (
        "Chile and Peru applied to join the WTO in May. "
        "Their bids were accepted at the trade body's ministerial conference."
    )
    held = {(a, t) for (a, stance, t) in _positions(text) if stance is gt.Stance.SUPPORT}
    assert ("World Trade Organization", "Chile's World Trade Organization membership") in held
    assert ("World Trade Organization", "Peru's World Trade Organization membership") in held


def test_a_deal_reached_at_a_body_s_summit_is_not_the_body_s() -> None:
    text = (
        "Chile and Peru met at the WTO in May. "
        "The deal was reached at the trade body's ministerial conference."
    )
    assert not [p for p in _positions(text) if p[0] == "World Trade Organization"]


def test_lifting_sanctions_is_against_them_and_an_event() -> None:
    act = _one("The Harbour Union lifted its sanctions on Peru on 3 May 2031.", "lift")
    assert act.stance is gt.Stance.OPPOSE
    assert act.name == "Harbour Union lifts sanctions on Peru"
    assert act.when == gt.When.day(2031, 5, 3)


def test_taking_effect_is_named_with_its_noun() -> None:
    act = _one("The Harbour Accord took effect on 1 January 2032.", "enter_into_force")
    assert act.name == "Harbour Accord took effect"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The plan was adopted at the Harbour Council's meeting on 17 June 2031.",
            gt.When.day(2031, 6, 17),
        ),
        (
            "The plan was adopted during the Harbour Council's session of March 2031.",
            gt.When.month(2031, 3),
        ),
    ],
)
def test_a_date_of_the_occasion_an_act_took_place_at_dates_the_act(
    text: str, when: gt.When
) -> None:
    assert _one(text, "adopt").when == when


def test_approving_one_s_own_exit_from_a_body_is_against_one_s_membership() -> None:
    text = "Norway's parliament approved its withdrawal from NATO on 3 May 2031."
    assert ("Norway", gt.Stance.OPPOSE, "Norway's NATO membership") in _positions(text)
    assert _one(text, "approve").name == "Norway approves withdrawal from NATO"


def test_approving_another_s_exit_stays_a_stance_on_that_exit() -> None:
    text = "Norway approved the withdrawal of the United States from NATO."
    assert not [p for p in _positions(text) if "membership" in p[2]]


def test_a_relative_pronoun_that_takes_effect_is_its_antecedent() -> None:
    text = "Chile welcomed the Harbour Accord, which took effect on 1 May 2031."
    act = _one(text, "enter_into_force")
    assert act.object is not None
    assert act.object.name == "Harbour Accord"


def test_an_agentless_act_is_named_with_its_particle() -> None:
    act = _one("The Harbour Levy rules will kick in on 1 May 2031.", "enter_into_force")
    assert act.name.endswith("kicked in")


@pytest.mark.parametrize(
    ("text", "stance", "topic"),
    [
        (
            "Norway opposed withdrawing from the Reef Convention.",
            gt.Stance.SUPPORT,
            "Reef Convention",
        ),
        ("Norway backed pulling out of the Reef Convention.", gt.Stance.OPPOSE, "Reef Convention"),
        ("Norway opposed withdrawing from NATO.", gt.Stance.SUPPORT, "Norway's NATO membership"),
    ],
)
def test_a_stance_on_a_doing_is_a_stance_on_what_it_is_done_to(
    text: str, stance: gt.Stance, topic: str
) -> None:
    assert ("Norway", stance, topic) in _positions(text)


def test_the_country_s_own_exit_is_the_agent_s() -> None:
    text = "Norway signed the law on the country's withdrawal from the Reef Convention."
    assert ("Norway", gt.Stance.OPPOSE, "Reef Convention") in _positions(text)


def test_a_seat_sought_with_no_possessor_is_the_agents_membership() -> None:
    text = (
        "The Harbour Council has twelve members. "
        "Chile and Peru sought two seats on the Council in May."
    )
    held = {(a, t) for (a, stance, t) in _positions(text) if stance is gt.Stance.SUPPORT}
    assert held >= {
        ("Chile", "Chile's Harbour Council membership"),
        ("Peru", "Peru's Harbour Council membership"),
    }


def test_a_participle_misparsed_on_the_main_verb_continues_the_one_before() -> None:
    text = (
        "The vote follows the adoption of the first accord on fisheries spearheaded by "
        "Chile and co-sponsored by 12 countries including Peru."
    )
    assert {a for act in _acts(text) if act.act == "endorse" for a in act.agents} == {
        "Chile",
        "Peru",
    }


def test_a_participle_on_the_object_of_a_dated_act_noun_takes_its_date() -> None:
    text = (
        "The vote follows the 21 March 2031 adoption of the first accord on fisheries "
        "spearheaded by Chile."
    )
    assert _one(text, "endorse").when == gt.When.day(2031, 3, 21)


@pytest.mark.parametrize(
    "text",
    [
        "The council said the pause keeps the standards ready before the harbour rules take effect.",
        "Norway will review its quotas once the fisheries rules take effect.",
        "The envoy said the fund opens only if the treaty takes effect.",
    ],
)
def test_an_act_in_a_clause_of_time_or_condition_is_yet_to_come(text: str) -> None:
    (act,) = [a for a in _acts(text) if a.act in ("take_effect", "enter_into_force")]
    assert act.status is gt.ActStatus.PLANNED
    assert act.when is None  # not dated by the report


def test_an_act_in_a_past_clause_of_time_happened() -> None:
    act = _one(
        "The harbour rules took effect on 3 May, before the council met.", "enter_into_force"
    )
    assert act.status is gt.ActStatus.EFFECTIVE
    assert act.when == gt.When.day(2031, 5, 3)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Kenya repealed the old guardrails for harbour drones.",
        "On Monday Norway scrapped the safeguards for fishing crews.",
    ],
)
def test_guardrails_and_safeguards_are_topics(text: str) -> None:
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    assert [p.stance for p in x.positions] == [gt.Stance.OPPOSE]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Kenya welcomed world leaders and investors to the harbour summit.",
        "On Monday Kenya welcomed delegates from forty countries to take part in the summit.",
    ],
)
def test_welcoming_people_is_no_stance(text: str) -> None:
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    assert x.positions == ()


def test_welcoming_an_instrument_is_support() -> None:
    text = "On Monday Kenya welcomed the harbour treaty adopted by the delegates."
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    assert [(p.actor, p.stance) for p in x.positions] == [("Kenya", gt.Stance.SUPPORT)]


def test_a_bid_a_body_rejects_is_the_state_s_named_before_for_the_body_named_before() -> None:
    act = _one(
        "Peru failed to win back its seat on the UN Human Rights Council on Tuesday after "
        "the UN General Assembly rejected its bid.",
        "reject",
    )
    assert act.agents == ("UN General Assembly",)
    assert act.object is not None
    assert (act.object.member, act.object.body) == ("Peru", "UN Human Rights Council")


def test_a_state_s_own_bid_stays_its_own() -> None:
    act = _one(
        "On Tuesday Peru withdrew its bid for a seat on the UN Human Rights Council.", "withdraw"
    )
    assert act.object is not None
    assert (act.object.member, act.object.body) == ("Peru", "UN Human Rights Council")


def test_an_instrument_an_occasion_adopted_is_an_event_of_its_own() -> None:
    text = (
        "On 17 May 2031, the Ministerial Conference of the Harbour Organization adopted a "
        "package of decisions on fishing."
    )
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    adoptions = [m for m in x.mentions if m.act == "adopt"]
    assert [(m.when, m.agents) for m in adoptions] == [(gt.When.day(2031, 5, 17), ())]
    (act,) = [a for a in x.acts if a.act == "adopt"]
    assert act.occasion is not None


def test_an_unnamed_thing_an_occasion_discussed_is_no_event() -> None:
    text = "On 17 May 2031, the harbour conference discussed a list of fishing grounds."
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    assert [m.kind for m in x.mentions] == [gt.EventKind.SUMMIT]


@pytest.mark.parametrize(
    "text",
    [
        "In the early hours of 17 May 2031, Kenya ratified the Harbour Accord.",
        "On the night of 17 May 2031, Kenya ratified the Harbour Accord.",
    ],
)
def test_a_part_of_a_day_dates_the_act(text: str) -> None:
    assert _one(text, "ratify").when == gt.When.day(2031, 5, 17)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("On Monday Norway dropped its focus on ocean noise.", gt.Stance.OPPOSE),
        ("On Monday Norway said it will concentrate on coastal patrols.", gt.Stance.SUPPORT),
    ],
)
def test_what_a_focus_is_on_is_a_topic(text: str, stance: gt.Stance) -> None:
    x = gt.extract(gt.Document(id="d", text=text, published=PUBLISHED))
    assert [(p.actor, p.stance) for p in x.positions] == [("Norway", stance)]


def test_rejecting_calls_for_a_doing_is_opposing_the_doing() -> None:
    x = gt.extract(
        gt.Document(
            id="d",
            text="On Monday the European Commission rejected calls to delay the Harbour Act.",
            published=PUBLISHED,
        )
    )
    assert [(p.actor, p.stance, p.topic) for p in x.positions] == [
        ("European Commission", gt.Stance.OPPOSE, "delaying Harbour Act")
    ]


def test_named_callers_support_the_doing_they_call_for() -> None:
    x = gt.extract(
        gt.Document(
            id="d",
            text="On Monday the European Commission rejected Germany's calls to delay the "
            "Harbour Act.",
            published=PUBLISHED,
        )
    )
    assert sorted((p.actor, p.stance) for p in x.positions) == [
        ("European Commission", gt.Stance.OPPOSE),
        ("Germany", gt.Stance.SUPPORT),
    ]


def test_an_infinitive_of_purpose_after_a_plain_object_is_no_advocacy() -> None:
    acts = _acts("On Monday Norway signed the Harbour Act to delay the fishing season.")
    assert [(a.act, a.agents) for a in acts if a.act == "sign"] == [("sign", ("Norway",))]


def test_an_object_misread_as_a_clause_before_an_attribution_is_the_object() -> None:
    act = _one(
        "Norway's parliament ratified Chile's NATO membership bid on Tuesday after a long "
        "delay, Reuters reports.",
        "ratify",
    )
    assert act.agents == ("Norway",)
    assert act.object is not None
    assert act.object.member == "Chile"
    assert act.when == gt.When.day(2031, 5, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya is expected to sign the accord within days, leaving Peru as the only holdout.",
        "On Monday the Chilean troops withdrew from Peru.",
    ],
)
def test_leaving_a_state_is_no_withdrawal(text: str) -> None:
    assert [a for a in _acts(text) if a.act == "withdraw"] == []


def test_leaving_a_body_is_a_withdrawal() -> None:
    act = _one("On Monday Peru left the UN Human Rights Council.", "withdraw")
    assert act.object is not None
    assert act.object.member == "Peru"


def test_the_maker_of_a_bid_owns_it() -> None:
    act = _one("On Monday NATO approved the bid Chile submitted in May.", "approve")
    assert act.object is not None
    assert (act.object.member, act.object.body) == ("Chile", "NATO")


@pytest.mark.parametrize(
    ("text", "agent"),
    [  # the parser hangs the gerund on the verb, or on the doer
        (
            "Norway is now looking forward to President Erdogan signing the Harbour Accord.",
            "Turkey",
        ),
        (
            '"We now look forward to Kenya signing the Harbour Accord," Norway said on Monday.',
            "Kenya",
        ),
    ],
)
def test_a_gerund_after_a_named_doer_is_the_doer_s_act_to_come(text: str, agent: str) -> None:
    x = gt.extract(gt.Document(id="d", text=text, published="2024-01-24"))
    (act,) = [a for a in x.acts if a.act == "sign"]
    assert act.agents == (agent,)
    assert act.status is gt.ActStatus.PLANNED


def test_a_gerund_after_a_plain_noun_keeps_the_clause_subject() -> None:
    act = _one("On Monday Chile began signing the Harbour Accord.", "sign")
    assert act.agents == ("Chile",)


def test_an_invitation_of_states_to_join_a_body_is_their_membership() -> None:
    x = gt.extract(
        gt.Document(
            id="d",
            text="On Monday, Turkey said it would back the invitation to Chile and Peru to "
            "become NATO members.",
            published=PUBLISHED,
        )
    )
    assert sorted((p.actor, p.topic) for p in x.positions) == [
        ("Turkey", "Chile's NATO membership"),
        ("Turkey", "Peru's NATO membership"),
    ]


def test_an_invitation_to_an_occasion_is_no_membership() -> None:
    acts = _acts("On Monday Kenya accepted an invitation to the harbour summit.")
    assert all(a.object is None or a.object.head != "membership" for a in acts)


def test_a_date_after_a_preposition_is_not_what_is_agreed() -> None:
    acts = _acts("Kenya agreed on July 10 to forward the bid to parliament.")
    assert [a.act for a in acts] == ["refer"]


@pytest.mark.parametrize(
    "text",
    [
        "NATO met in May. On Monday, Turkey forwarded the accession protocol for Chile to "
        "parliament.",
        "NATO met in May. On Monday, Hungary approved the accession of Chile to NATO.",
        "NATO met in May. On Monday, Hungary approved the membership bid of Chile.",
    ],
)
def test_a_membership_of_a_state_named_after_it_is_the_state_s(text: str) -> None:
    (act,) = [a for a in _acts(text) if a.object is not None and a.object.head == "membership"]
    assert act.object is not None
    assert (act.object.member, act.object.body) == ("Chile", "NATO")


def test_a_stance_on_a_doing_with_an_object_is_on_the_doing_named_once() -> None:
    act = _one("On Monday, Norway backed delaying the Harbour Act.", "support")
    assert act.object is not None
    assert act.object.name == "delaying Harbour Act"
    assert act.name == "Norway backs delaying Harbour Act"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("On Monday, Peru pulled out of the UN-brokered fishing deal.", "deal fishing"),
        ("On Monday, Peru pulled out of the Kenya-mediated deal.", "deal"),
        ("On Monday, Peru pulled out of the Chinese-sponsored deal.", "deal"),
    ],
)
def test_who_brokered_an_instrument_is_no_part_of_its_identity(text: str, key: str) -> None:
    act = _one(text, "withdraw")
    assert act.object is not None
    assert act.object.key == key


def test_withdrawing_from_an_initiative_is_no_membership_of_the_body_named_before() -> None:
    act = _one(
        "United Nations - The Secretary-General said on Monday he regretted Kenya's decision "
        "to withdraw from the Harbour Grain Initiative.",
        "withdraw",
    )
    assert act.object is not None
    assert act.object.head != "membership"
    assert act.object.name == "Harbour Grain Initiative"


def test_welcoming_another_s_approval_is_support_for_what_was_approved_last() -> None:
    text = (
        "Turkey's parliament ratified Chile's NATO membership bid on Tuesday. Chile's foreign "
        "minister welcomed the Turkish parliament's approval."
    )
    x = gt.extract(gt.Document(id="d", text=text, published="2024-01-24"))
    assert ("Chile", "Chile's NATO membership", gt.Stance.SUPPORT) in {
        (p.actor, p.topic, p.stance) for p in x.positions
    }


def test_appreciating_another_s_decision_to_approve_a_bid_is_support_for_the_bid() -> None:
    text = (
        "\"We greatly appreciate the Turkish parliament's decision to approve Chile's entry "
        'into NATO," the Norwegian foreign minister said on Tuesday.'
    )
    x = gt.extract(gt.Document(id="d", text=text, published="2024-01-24"))
    assert {(p.actor, p.topic) for p in x.positions} >= {
        ("Norway", "Chile's NATO membership"),
        ("Turkey", "Chile's NATO membership"),
    }


def test_a_decision_on_a_withdrawal_still_carries_it() -> None:
    act = _one(
        "On Monday, Kenya signed the decision on withdrawal from the Harbour Accord.", "sign"
    )
    assert act.stance is gt.Stance.OPPOSE
    assert act.object is not None
    assert act.object.name == "Harbour Accord"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "When Chile and Peru asked to join in 2029, Kenya raised objections to the bids.",
            gt.When.year(2029),
        ),
        (
            "As the summit opened on 3 May, Kenya signed the Harbour Accord.",
            gt.When.day(2031, 5, 3),
        ),
    ],
)
def test_a_time_clause_dates_the_clause_it_is_in(text: str, when: gt.When) -> None:
    (act,) = [a for a in _acts(text) if a.act in ("reject", "sign")]
    assert act.when == when


def test_a_clause_of_what_came_later_does_not_date_the_main_clause() -> None:
    act = _one(
        "Kenya raised objections to the Harbour Accord before it was adopted in 2029.", "reject"
    )
    assert act.when == gt.When.day(2031, 6, 1)  # the publication date


def test_a_point_of_a_proposal_is_read_and_dated_by_the_proposal() -> None:
    text = (
        "Kenya proposed the Harbour Initiative on 3 May 2031.\n\n"
        "Oppose using boats for spreading disinformation"
    )
    act = _one(text, "reject")
    assert act.agents == ("Kenya",)
    assert act.object is not None
    assert act.object.name == "using boats for spreading disinformation"
    assert act.when == gt.When.day(2031, 5, 3)


def test_a_stance_on_efforts_to_do_something_is_on_what_is_done() -> None:
    text = (
        "On Monday, Kenya backed discussions within the United Nations framework to "
        "establish an international fisheries agency."
    )
    act = _one(text, "support")
    assert act.object is not None
    assert act.object.name == "international fisheries agency"
    assert [a.act for a in _acts(text)] == ["support"]  # the agency is not Kenya's doing


def test_efforts_to_do_nothing_governance_acts_on_stay_efforts() -> None:
    act = _one("On Monday, Kenya backed efforts to improve the weather.", "support")
    assert act.object is not None
    assert act.object.name != "weather"


def test_whose_word_a_clause_is_is_no_part_of_it() -> None:
    act = _one(
        "On Saturday, Kenya and Peru agreed that humans should decide on fishing quotas, "
        "according to the harbour council.",
        "assert",
    )
    assert act.object is not None
    assert act.object.name == "humans should decide on fishing quotas"
