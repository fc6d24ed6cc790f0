"""Tests for govtimeline.extract: sentences, gazetteer, event mentions, positions."""

from __future__ import annotations

import json
import pickle
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.extract import default_gazetteer, load_gazetteer
from govtimeline.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. team met Dr. Ames on Sept. 3. Talks ended.",
            ["The U.S. team met Dr. Ames on Sept. 3.", "Talks ended."],
        ),
        (
            "LISBON, Mar 2 (Wire) – Ministers met. “It went well,” one said.",
            ["LISBON, Mar 2 (Wire) – Ministers met.", "“It went well,” one said."],
        ),
        (  # a heading on its own line ends before the text under it
            "Fishing quotas under review\nThe council met on Monday.",
            ["Fishing quotas under review", "The council met on Monday."],
        ),
        (  # a hard-wrapped sentence does not break where the line stops mid-phrase
            "The minister said the\nCouncil would meet again,\nLater in the spring.",
            ["The minister said the\nCouncil would meet again,\nLater in the spring."],
        ),
        (  # a list of bullets: one item each
            "Programmes:\n• Fisheries\n• Harbours",
            ["Programmes:", "• Fisheries", "• Harbours"],
        ),
        (
            "Headline without a stop\n\nBody starts here. It goes on!",
            ["Headline without a stop", "Body starts here.", "It goes on!"],
        ),
        ("J. K. Ruritan spoke. No. 5 was next.", ["J. K. Ruritan spoke.", "No. 5 was next."]),
        (  # a stored copy that lost the space between two sentences
            "The ministers met on Friday.The session was held in Lima.",
            ["The ministers met on Friday.", "The session was held in Lima."],
        ),
        (  # initials and abbreviations glued to a name stay whole
            "The U.S.President met Mr.Ames. Rates rose 3.5 percent.",
            ["The U.S.President met Mr.Ames.", "Rates rose 3.5 percent."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_gazetteer_prefers_longest_names_and_tenures() -> None:
    g = default_gazetteer()
    found = g.find("The UN Security Council and Washington heard the UN chief.")
    assert [(m.surface, m.actor.name) for m in found] == [
        ("UN Security Council", "UN Security Council"),
        ("Washington", "United States"),
        ("UN chief", "António Guterres"),
    ]
    harris = g.actors["Kamala Harris"]
    assert g.speaks_for(harris, date(2023, 11, 1)) == "United States"
    assert g.speaks_for(harris, date(2026, 1, 1)) is None


def test_user_gazetteer_extends_the_default(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps(
            {
                "states": [
                    {
                        "name": "Ruritania",
                        "aliases": ["Ruritanian Republic"],
                        "demonyms": ["Ruritanian"],
                    }
                ],
                "people": [
                    {
                        "name": "Jane Doe",
                        "aliases": [],
                        "affiliation": "Ruritania",
                        "from": "2020-01-01",
                        "to": None,
                    }
                ],
            }
        )
    )
    g = load_gazetteer(path)
    assert [
        m.actor.name for m in g.find("Jane Doe said Ruritania and the United States agreed.")
    ] == ["Jane Doe", "Ruritania", "United States"]
    doc = gt.Document(
        id="r",
        text="Jane Doe said Ruritania rejected the Harbour Accord on 3 March 2024.",
        published=gt.When.day(2024, 3, 5),
    )
    (position,) = [p for p in gt.extract(doc, gazetteer=g).positions if p.topic == "Harbour Accord"]
    assert (position.actor, position.stance, position.via) == (
        "Ruritania",
        gt.Stance.OPPOSE,
        "Jane Doe",
    )


def test_bad_gazetteer_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{")
    with pytest.raises(gt.InputError, match=r"bad\.json"):
        load_gazetteer(path)


PUBLISHED = gt.When.day(2031, 5, 20)


def _extract(text: str, published: gt.When | None = PUBLISHED) -> gt.Extraction:
    return gt.extract(gt.Document(id="t", text=text, published=published))


@pytest.mark.parametrize(
    ("text", "kind", "name", "when"),
    [
        (
            "Leaders signed the Harbour Declaration on 12 May 2031 in Lisbon.",
            "declaration",
            "Harbour Declaration",
            "2031-05-12",
        ),
        (
            "An April resolution of the General Assembly created the panel.",
            "resolution",
            "An April resolution of the General Assembly",
            "2031-04",
        ),
        (
            "The Lisbon summit, held on 3–4 March 2031, ended early.",
            "summit",
            "The Lisbon summit",
            "2031-03-03",
        ),
        (
            "The Freedonia Compute Strategy was published in 2029.",
            "plan",
            "Freedonia Compute Strategy",
            "2029",
        ),
        (
            "Ministers launched the Ocean Data Partnership on Tuesday.",
            "launch",
            "launch of the Ocean Data Partnership",
            "2031-05-20",
        ),
    ],
)
def test_event_mentions(text: str, kind: str, name: str, when: str) -> None:
    mentions = _extract(text).mentions
    found = [m for m in mentions if m.kind.value == kind]
    assert found, [(m.kind.value, m.name) for m in mentions]
    assert found[0].name == name
    assert found[0].when is not None
    assert found[0].when.edtf == when


def test_event_mention_details() -> None:
    x = _extract(
        "The third Harbour Summit will be held in Geneva in 2033. The UN Security Council debate on AI took place the day before the launch."
    )
    summit = next(m for m in x.mentions if m.kind is gt.EventKind.SUMMIT)
    assert (summit.edition, summit.location, summit.status) == (3, "Geneva", gt.EventStatus.PLANNED)
    debate = next(m for m in x.mentions if m.kind is gt.EventKind.DEBATE)
    assert (debate.body, debate.relative_offset, debate.relative_to) == (
        "UN Security Council",
        "-P1D",
        "the launch",
    )


@pytest.mark.parametrize(
    ("text", "actor", "stance", "topic"),
    [
        (
            "France signed the Harbour Declaration on 12 May 2031.",
            "France",
            "support",
            "Harbour Declaration",
        ),
        (
            "Japan did not sign the Harbour Declaration on 12 May 2031.",
            "Japan",
            "oppose",
            "Harbour Declaration",
        ),
        (
            "Brazil declined to sign the Harbour Declaration.",
            "Brazil",
            "oppose",
            "Harbour Declaration",
        ),
        (
            "India abstained on the Ocean Resolution in May 2031.",
            "India",
            "abstain",
            "Ocean Resolution",
        ),
        (
            # a capital stands for its government; "efforts at X" is a stance on X
            "Beijing welcomed efforts at capacity building in 2030.",
            "China",
            "support",
            "capacity building",
        ),
        (
            # a stance reported in a speaker's clause; the topic is the object as written
            "JD Vance said the United States opposed excessive regulation.",
            "United States",
            "oppose",
            "excessive regulation",
        ),
    ],
)
def test_positions(text: str, actor: str, stance: str, topic: str) -> None:
    positions = _extract(text).positions
    assert any((p.actor, p.stance.value, p.topic) == (actor, stance, topic) for p in positions), (
        positions
    )


def test_positions_are_dated_by_the_act_not_the_publication() -> None:
    (p, *_) = _extract("Canada endorsed the Harbour Declaration in March 2029.").positions
    assert p.when == gt.When.month(2029, 3)


def test_extraction_pickles_and_is_deterministic() -> None:
    text = "Leaders signed the Harbour Declaration on 12 May 2031 in Lisbon. France welcomed it."
    a, b = _extract(text), _extract(text)
    assert a == b
    assert pickle.loads(pickle.dumps(a)) == a


def test_unknown_language_names_the_document() -> None:
    with pytest.raises(gt.ExtractionError, match="'t'"):
        gt.extract(gt.Document(id="t", text="x", lang="xx"))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_extracts(text: str) -> None:
    x = gt.extract(gt.Document(id="h", text=text))
    for m in x.mentions:
        assert 0 <= m.evidence.start <= m.evidence.end <= len(text)


@pytest.mark.parametrize(
    ("text", "kind", "name", "when"),
    [
        (  # speaking to a body is a statement with that body
            "Addressing the UN General Assembly on 23 September 2031, the president spoke of oceans.",
            "statement",
            "address to the UN General Assembly",
            "2031-09-23",
        ),
        (  # founding an organisation of the gazetteer is its founding
            "In 2030, Canada helped found the Global Partnership on AI.",
            "founding",
            "creation of the Global Partnership on AI",
            "2030",
        ),
        (  # a date after ";" belongs to the next clause, not to the mention before it
            "In 2029, Chile endorsed the Harbour Principles; in 2031, it signed the Ocean Treaty.",
            "declaration",
            "Harbour Principles",
            "2029",
        ),
        (  # a round of talks is a meeting; "November" in a future sentence is next November
            "The first round of talks is scheduled for November in Montevideo.",
            "debate",
            "The first round of talks",
            "2031-11",
        ),
        (  # a deadline is not when the resolution was adopted
            "The resolution, adopted on 2 March 2031, asks for a treaty by the end of 2032.",
            "resolution",
            "The resolution",
            "2031-03-02",
        ),
        (  # a numbered meeting of a series
            "COP41 opened on 11 November 2030 in Lima.",
            "summit",
            "COP41",
            "2030-11-11",
        ),
        (  # the head comes before the complement: a conference of the parties to a treaty
            "The Ninth Review Conference of the Parties to the Treaty on Harbour Safety ended "
            "on 17 May 2030.",
            "summit",
            "Ninth Review Conference of the Parties to the Treaty on Harbour Safety",
            "2030-05-17",
        ),
        (  # an ordinal session of a body is a meeting
            "The Forty-first Harbour Assembly opened on 2 May 2030.",
            "debate",
            "Forty-first Harbour Assembly",
            "2030-05-02",
        ),
        (  # ... and so is what a resolution calls for
            "On 3 May 2030 the Assembly adopted a resolution calling for a pause on trawling.",
            "resolution",
            "a resolution calling for a pause",
            "2030-05-03",
        ),
        (  # a statement's subject is part of its name
            "On 3 May 2030 Chile issued a joint statement on forced labour in fishing.",
            "declaration",
            "a joint statement on forced labour",
            "2030-05-03",
        ),
        (  # an event named by its host; speaking at it makes it a statement
            "Speaking at an event hosted by the Harbour Policy Council on 3 May 2031, Doe spoke.",
            "statement",
            "Harbour Policy Council event",
            "2031-05-03",
        ),
        (  # ... and a plain gathering otherwise
            "Ministers met at a dinner organised by the World Ocean Forum in 2030.",
            "other",
            "World Ocean Forum dinner",
            "2030",
        ),
        (  # "of" between two capitals is inside a name
            "In 2030, Chile ratified the Council of Europe AI treaty.",
            "treaty",
            "the Council of Europe AI treaty",
            "2030",
        ),
        (  # two names joined by "and the" are two events when the first has a head
            "The Lima Accord and the Quito Protocol were signed in 2030.",
            "treaty",
            "Lima Accord",
            "2030",
        ),
        (  # ... and the second one stands on its own
            "Chile signed the Lima Accord and the Quito Protocol in 2030.",
            "treaty",
            "Lima Accord",
            "2030",
        ),
        (  # "the Future" in a name is no date; "the same month" is
            "In June 2030 a report came out. At the Summit of the Future the same month, leaders met.",
            "summit",
            "Summit of the Future",
            "2030-06",
        ),
    ],
)
def test_event_mentions_more(text: str, kind: str, name: str, when: str) -> None:
    found = [m for m in _extract(text).mentions if m.kind.value == kind]
    assert found, _extract(text).mentions
    assert (found[0].name, found[0].when.edtf if found[0].when else None) == (name, when)


def test_a_declaration_at_a_summit_is_the_summit() -> None:
    text = (
        "At the Harbour Summit held in Lisbon on 4 June 2031, Chile declined to sign a global "
        "declaration aimed at protecting oceans. The declaration was adopted by forty states."
    )
    tl = gt.reconstruct([gt.extract(gt.Document(id="t", text=text, published=PUBLISHED))])
    summits = [e for e in tl.events if e.kind is gt.EventKind.SUMMIT]
    assert [e.name for e in tl.events] == [summits[0].name]
    assert any("declaration" in alias for alias in summits[0].aliases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an institution is an event when the text says it was created
            "The Ocean Data Initiative launched in 2029 now has forty members.",
            [("launch", "launch of the Ocean Data Initiative", "2029")],
        ),
        (
            "The Harbour Cooperation Organisation (HCO), which was founded at the 2030 Lisbon "
            "forum, met again.",
            [
                ("founding", "creation of the Harbour Cooperation Organisation", "2030"),
                ("summit", "the 2030 Lisbon forum", "2030"),
            ],
        ),
        (  # an organisation that acts is not created: "the UN launched X"
            "On 3 May 2031 the United Nations launched the Ocean Dialogue.",
            [("launch", "launch of the Ocean Dialogue", "2031-05-03")],
        ),
        (  # a lone institution, never said to be created, is no event
            "The World Health Organization said on Monday that cases rose.",
            [],
        ),
    ],
)
def test_institutions_become_events_when_created(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(m.kind.value, m.name, m.when.edtf if m.when else None) for m in _extract(text).mentions]
    assert got == expected


def test_an_article_opens_a_trigger_phrase() -> None:
    names = [m.name for m in _extract("Chile argued that the treaty should cover waste.").mentions]
    assert names == ["the treaty"]


def test_a_one_word_organ_beside_another_name_is_not_that_organ() -> None:
    actors = default_gazetteer().find("The UN Environment Assembly met. The Assembly voted.")
    assert [(a.surface, a.actor.name) for a in actors] == [
        ("UN", "United Nations"),
        ("Assembly", "UN General Assembly"),
    ]


def test_an_endless_sentence_is_cut_at_clause_punctuation() -> None:
    from govtimeline.extract.sentences import MAX_SENTENCE_CHARS

    text = "Chile, Peru, " * 400 + "and Kenya met."
    pieces = split_sentences(text)
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(p.text.endswith(",") for p in pieces[:-1])  # cut after a comma
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_names_joined_by_and_the_split_only_after_a_head() -> None:
    names = [
        m.name for m in _extract("Chile signed the Lima Accord and the Quito Protocol.").mentions
    ]
    assert names == ["Lima Accord", "Quito Protocol"]
    one = [m.name for m in _extract("The Trade and the Environment Forum opened.").mentions]
    assert one == ["Trade and the Environment Forum"]


def test_an_event_hosted_by_nobody_named_is_no_event() -> None:
    assert _extract("It was an event hosted by friends of the family.").mentions == ()


def test_a_vague_period_dates_no_event() -> None:
    (m,) = _extract("Over the past decade the Harbour Forum has grown.").mentions
    assert m.when is None
