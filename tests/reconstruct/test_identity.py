"""Tests for govtimeline.reconstruct.identity: events joined and kept apart by what they are."""

from __future__ import annotations

import random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.reconstruct.coref import cluster_mentions, default_rules
from govtimeline.reconstruct.identity import acts_compatible, identity_pairs

W = gt.When
GROUPS = dict(default_rules().act_groups)
_starts: dict[str, int] = {}


def act(
    document: str,
    name: str,
    act_class: str,
    obj: str,
    when: gt.When | None,
    agents: tuple[str, ...] = ("Ruritania",),
    kind: str = "other",
) -> gt.Mention:
    start = _starts.get(document, 0)
    _starts[document] = start + 100
    ev = gt.Evidence(document=document, start=start, end=start + len(name), quote=name + ".")
    return gt.Mention(
        evidence=ev,
        name=name,
        kind=kind,
        when=when,
        date_text=None if when is None else str(when),  # a date its clause states
        act=act_class,
        object=obj,
        agents=agents,
    )


def occasion(
    document: str,
    name: str,
    when: gt.When | None,
    location: str | None = None,
    until: gt.When | None = None,
) -> gt.Mention:
    start = _starts.get(document, 0)
    _starts[document] = start + 100
    ev = gt.Evidence(document=document, start=start, end=start + len(name), quote=name + ".")
    return gt.Mention(
        evidence=ev, name=name, kind="summit", when=when, until=until, location=location
    )


def _groups(mentions: list[gt.Mention]) -> list[list[str]]:
    ordered = sorted(mentions, key=lambda m: (m.evidence.document, m.evidence.start))
    return sorted(
        sorted(f"{m.evidence.document}:{m.name}" for m in g) for g in cluster_mentions(ordered)
    )


MEMBERSHIP_R = "membership|ruritania|harbour league"
MEMBERSHIP_F = "membership|freedonia|harbour league"


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        (("ratify", MEMBERSHIP_R), ("approve", MEMBERSHIP_R), True),  # one approval, two verbs
        (("ratify", MEMBERSHIP_R), ("ratify", MEMBERSHIP_F), False),  # two objects
        (("withdraw", "sea charter"), ("sign", "sea charter"), False),  # two acts
        (("revoke", "executive order"), ("issue_order", "executive order"), False),
        (
            ("sign", "sea charter"),
            ("sign", "sea charter fisheries"),
            True,
        ),  # one contains the other
        (("sign", "sea charter"), ("sign", "harbour accord"), False),
        # an initialism spelled out by the other name ("ai", "un")
        (
            ("launch", "global ai safety pact"),
            ("launch", "global artificial intelligence safety pact"),
            True,
        ),
        (("join", "un ocean panel"), ("join", "united nations ocean panel"), True),
        (("launch", "global ai safety pact"), ("launch", "global aviation safety pact"), False),
        (("sign", "ai charter"), ("sign", "artificial reef charter"), False),
    ],
)
def test_the_veto(a: tuple[str, str], b: tuple[str, str], compatible: bool) -> None:
    ma = act("a", "A", a[0], a[1], None)
    mb = act("b", "B", b[0], b[1], None)
    assert acts_compatible(ma, mb, GROUPS) is compatible


def test_one_act_told_by_two_sources_a_day_apart_is_one_event_with_a_conflict() -> None:
    notice = act(
        "a",
        "Order on ports",
        "issue_order",
        "executive order",
        W.day(2031, 2, 3),
        kind="executive_order",
    )
    report = act(
        "b",
        "Decree of Ruritania",
        "issue_order",
        "executive order",
        W.day(2031, 2, 4),
        kind="executive_order",
    )
    assert _groups([notice, report]) == [["a:Order on ports", "b:Decree of Ruritania"]]
    tl = gt.reconstruct(
        [
            gt.Extraction(document=gt.Document(id=d, text="(not needed)"), mentions=[m])
            for d, m in (("a", notice), ("b", report))
        ]
    )
    assert len(tl.events) == 1
    assert [c.field for c in tl.conflicts] == ["when"]


def test_one_act_a_month_apart_is_one_act_misdated_further_apart_two_acts() -> None:
    first = act("a", "Ruritania ratifies", "ratify", MEMBERSHIP_R, W.day(2031, 3, 30))
    later = act("b", "Ruritania endorses", "endorse", MEMBERSHIP_R, W.month(2031, 4))
    again = act("c", "Ruritania approves", "approve", MEMBERSHIP_R, W.year(2034))
    assert _groups([first, later, again]) == [
        ["a:Ruritania ratifies", "b:Ruritania endorses"],
        ["c:Ruritania approves"],
    ]


def test_distinct_acts_on_one_instrument_stay_apart() -> None:
    notified = act(
        "a", "Ruritania notifies withdrawal", "withdraw", "sea charter", W.day(2031, 1, 5)
    )
    signed = act("b", "Ruritania signs the charter", "sign", "sea charter", W.day(2031, 1, 5))
    assert len(_groups([notified, signed])) == 2


def test_two_ratifications_by_one_parliament_stay_apart() -> None:
    one = act(
        "a",
        "Ruritania ratifies the bid",
        "ratify",
        MEMBERSHIP_R,
        W.day(2031, 3, 27),
        ("Freedonia",),
    )
    two = act(
        "b",
        "Ruritania ratifies the bid",
        "ratify",
        MEMBERSHIP_F,
        W.day(2032, 2, 26),
        ("Freedonia",),
    )
    assert len(_groups([one, two])) == 2


def test_other_agents_make_other_acts() -> None:
    a = act("a", "Ruritania signs", "sign", "sea charter", W.day(2031, 1, 5), ("Ruritania",))
    b = act("b", "Freedonia signs", "sign", "sea charter", W.day(2031, 1, 6), ("Freedonia",))
    assert identity_pairs([a, b], GROUPS) == []


def test_one_report_telling_two_acts_alike_tells_two_acts() -> None:
    a = act("a", "the first order", "issue_order", "executive order", W.day(2031, 1, 20))
    b = act("a", "the second order", "issue_order", "executive order", W.day(2031, 1, 23))
    assert identity_pairs([a, b], GROUPS) == []


def test_occasions_at_one_place_on_one_day_are_one() -> None:
    a = occasion("a", "the League summit", W.day(2031, 6, 24), "The Hague")
    b = occasion("b", "the Hague summit", W.day(2031, 6, 24))
    other_day = occasion("c", "the Hague summit", W.day(2032, 6, 24))
    assert _groups([a, b, other_day]) == [
        ["a:the League summit", "b:the Hague summit"],
        ["c:the Hague summit"],
    ]


def test_an_undated_summit_elsewhere_never_joins_by_name() -> None:
    madrid = occasion("a", "a League summit", None, "Madrid")
    hague = occasion("b", "the League summit", W.day(2031, 6, 24), "The Hague")
    assert len(_groups([madrid, hague])) == 2


@given(st.randoms(use_true_random=False))
def test_the_groups_do_not_depend_on_the_order(rnd: random.Random) -> None:
    mentions = [
        act("a", "an order", "issue_order", "executive order", W.day(2031, 2, 3)),
        act("b", "the decree", "issue_order", "executive order", W.day(2031, 2, 4)),
        occasion("a", "the League summit", W.day(2031, 6, 24), "The Hague"),
        occasion("c", "the Hague summit", W.day(2031, 6, 24)),
        act("c", "Ruritania ratifies", "ratify", MEMBERSHIP_R, W.day(2031, 3, 30)),
    ]
    expected = _groups(mentions)
    rnd.shuffle(mentions)
    assert _groups(mentions) == expected


def test_a_planned_summit_at_a_place_joins_the_summit_held_there() -> None:
    # "ministers will gather for a summit in Lisbon in April" / "the Lisbon summit, 14-16 April"
    plan = occasion("a", "a ministerial summit", W.month(2031, 4), "Lisbon")
    held = occasion("b", "the Lisbon summit", W.day(2031, 4, 14), until=W.day(2031, 4, 16))
    other_month = occasion("c", "a summit", W.month(2031, 9), "Lisbon")
    assert _groups([plan, held, other_month]) == [
        ["a:a ministerial summit", "b:the Lisbon summit"],
        ["c:a summit"],
    ]


def test_two_summits_known_only_to_the_month_are_not_one_by_place() -> None:
    a = occasion("a", "a summit", W.month(2031, 4), "Lisbon")
    b = occasion("b", "a meeting of leaders", W.month(2031, 4), "Lisbon")
    assert identity_pairs([a, b], GROUPS, ["lisbon"]) == []


def test_one_report_telling_an_act_twice_on_overlapping_dates_tells_one_act() -> None:
    # "an executive order" of February, "the order, issued on 3 February" (no agent named)
    month = act("a", "an order", "issue_order", "executive order", W.month(2031, 2))
    day = act("a", "the order", "issue_order", "executive order", W.day(2031, 2, 3), ())
    other = act("b", "a decree", "issue_order", "executive order", W.day(2031, 2, 4))
    assert identity_pairs([month, day, other], GROUPS) == [(0, 1), (0, 2)]


def test_an_act_nobody_is_named_for_joins_another_report_only_through_its_own() -> None:
    anonymous = act("a", "the order", "issue_order", "executive order", W.day(2031, 2, 3), ())
    other = act("b", "a decree", "issue_order", "executive order", W.day(2031, 2, 4))
    assert identity_pairs([anonymous, other], GROUPS) == []


def test_occasions_in_one_state_in_one_week_are_one() -> None:
    # a summit at a state's capital, and one the same state holds that month
    seoul = occasion("a", "the Harbour Summit", W.day(2031, 5, 21), "Seoul")
    held = attrs.evolve(occasion("b", "a summit", W.month(2031, 5)), body="South Korea")
    later = attrs.evolve(occasion("c", "a summit", W.month(2031, 9)), body="South Korea")
    elsewhere = occasion("d", "a summit", W.day(2031, 5, 21), "Tokyo")
    assert _groups([seoul, held, later, elsewhere]) == [
        ["a:the Harbour Summit", "b:a summit"],
        ["c:a summit"],
        ["d:a summit"],
    ]


def test_a_signing_by_several_parties_is_no_one_party_s_occasion() -> None:
    # the first party named is not the signing's body: another report, naming another
    # party first and describing the accord otherwise, tells the same signing
    texts = {
        "a": ("Kenya, Peru and Chile signed a fishing export accord on Friday.", "2031-05-10"),
        "b": (
            "Peru signed separate but identical fishing export accords on 9 May 2031.",
            "2031-05-12",
        ),
    }
    xs = [gt.extract(gt.Document(id=k, text=t, published=p)) for k, (t, p) in sorted(texts.items())]
    signings = [e for e in gt.reconstruct(xs).events if any(m.act == "sign" for m in e.mentions)]
    assert len(signings) == 1
    assert {m.evidence.document for m in signings[0].mentions} == {"a", "b"}


def test_one_act_on_two_objects_in_one_clause_is_one_event() -> None:
    text = "On 28 June 2031, Kenya lifted its veto on Chile's and Peru's NATO membership bids."
    x = gt.extract(gt.Document(id="a", text=text, published="2031-06-29"))
    lifts = [m for m in x.mentions if m.act == "lift_objection"]
    assert len(lifts) == 2  # one mention per object acted on
    events = [e for e in gt.reconstruct([x]).events if any(m.act for m in e.mentions)]
    assert len(events) == 1


def test_two_acts_of_one_clause_on_two_objects_stay_apart() -> None:
    text = "On 28 June 2031, Hungary ratified Chile's NATO membership and delayed Peru's."
    x = gt.extract(gt.Document(id="a", text=text, published="2031-06-29"))
    acts = {m.act for e in gt.reconstruct([x]).events for m in e.mentions if m.act}
    events = [e for e in gt.reconstruct([x]).events if any(m.act for m in e.mentions)]
    assert len(events) == len(acts)
