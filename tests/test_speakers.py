"""Tests for govtimeline.extract.speakers: quoted people the gazetteer does not know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.extract import default_gazetteer, load_gazetteer
from govtimeline.extract.sentences import split_sentences
from govtimeline.extract.speakers import find_speakers
from govtimeline.testing import count_steps


def _speakers(text: str) -> list[tuple[str, str, str | None]]:
    g = default_gazetteer()
    known = g.find(text)
    return [
        (a.surface, a.actor.name, a.actor.affiliation)
        for a in find_speakers(text, split_sentences(text), known, g)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb before the name, appositive after; an unknown body is kept as written
        (
            "The draft is weak, said Jane Doe, Ruritania's envoy.",
            [("Jane Doe", "Jane Doe", "Ruritania")],
        ),
        # appositive between commas; "ambassador to the UN" serves Kenya, not the UN
        (
            "Jane Doe, Kenya's ambassador to the UN, said the text was weak.",
            [("Jane Doe", "Jane Doe", "Kenya")],
        ),
        # the description before the name
        (
            "Kenya's foreign minister, Jane Doe, said the country would sign.",
            [("Jane Doe", "Jane Doe", "Kenya")],
        ),
        # "according to", body through a demonym
        (
            "The deal is off, according to Jane Doe, a spokesperson for the Brazilian foreign ministry.",
            [("Jane Doe", "Jane Doe", "Brazil")],
        ),
        # a title with a demonym before it
        (
            "Kenyan Foreign Minister Jane Doe said the plan was sound.",
            [("Jane Doe", "Jane Doe", "Kenya")],
        ),
        # a title alone: a person, body unknown
        (
            "Foreign Minister Jane Doe said the plan was sound.",
            [("Jane Doe", "Jane Doe", None)],
        ),
        # "of <body>" between the name and the verb
        (
            "Jane Doe of the African Union said the plan was sound.",
            [("Jane Doe", "Jane Doe", "African Union")],
        ),
        # typographic apostrophe, not quoted: a role appositive still makes a person
        (
            "On Friday, Chile’s Vice Minister of Trade, Jane Doe, expressed support for it.",
            [("Jane Doe", "Jane Doe", "Chile")],
        ),
        # surname after a first mention, quoted or not
        (
            "Jane Doe met ministers on Monday. Later, Doe told reporters the talks failed.",
            [("Jane Doe", "Jane Doe", None), ("Doe", "Jane Doe", None)],
        ),
        (
            "Jane Doe, Chile's envoy, arrived. Ms Doe said talks would resume.",
            [("Jane Doe", "Jane Doe", "Chile"), ("Doe", "Jane Doe", "Chile")],
        ),
        # a surname the text also uses as a common word is not a later mention
        (
            "Jane Long, Chile's envoy, said talks would be long. Long delays followed.",
            [("Jane Long", "Jane Long", "Chile")],
        ),
        # "the minister" refers back to the last speaker with that role
        (
            "Jane Doe, Chile's trade minister, arrived on Monday. The minister said the deal was dead.",
            [("Jane Doe", "Jane Doe", "Chile"), ("The minister", "Jane Doe", "Chile")],
        ),
        (
            "Kenya's envoy, John Roe, and Jane Doe, Chile's trade minister, met. "
            "According to the envoy, talks went well.",
            [
                ("John Roe", "John Roe", "Kenya"),
                ("Jane Doe", "Jane Doe", "Chile"),
                ("the envoy", "John Roe", "Kenya"),
            ],
        ),
        # a person the gazetteer knows, introduced with a title, is an antecedent too
        (
            "Foreign Minister Wang Yi arrived. The minister said talks would resume.",
            [("The minister", "Wang Yi", "China")],
        ),
        (
            "President Emmanuel Macron arrived. Later the president said no.",
            [("the president", "Emmanuel Macron", "France")],
        ),
        # quotations before the speaker
        (
            "“It is over,” Jane Doe, Ruritania's envoy, told the Security Council.",
            [("Jane Doe", "Jane Doe", "Ruritania")],
        ),
        # a former official speaks for no one
        (
            "Jane Doe, a former Kenyan diplomat, said the plan was sound.",
            [("Jane Doe", "Jane Doe", None)],
        ),
        # sentence-initial words are not part of the name; the title goes with the office
        (
            "Yesterday Jane Doe said the plan was sound.",
            [("Jane Doe", "Jane Doe", None)],
        ),
        (
            "New York Governor Kathy Roe said so.",
            [("Kathy Roe", "Kathy Roe", None)],
        ),
        # the office between the verb and the name, the body through a metonym
        (
            "The talks failed, said White House spokeswoman Jane Doe.",
            [("Jane Doe", "Jane Doe", "United States")],
        ),
        # a lower-case office right before the name
        (
            "Kenyan foreign minister Jane Doe said the plan was sound.",
            [("Jane Doe", "Jane Doe", "Kenya")],
        ),
        # a company as written; the title is not part of the name
        (
            "Acme Chief Executive Sam Roe said the rules were fine.",
            [("Sam Roe", "Sam Roe", "Acme")],
        ),
        (
            "Dr. Jane Doe, director of the Ruritanian AI Institute, said it was premature.",
            [("Jane Doe", "Jane Doe", "Ruritanian AI Institute")],
        ),
        # name prefixes and hyphens are still names
        ("Jane McDonald said so.", [("Jane McDonald", "Jane McDonald", None)]),
        ("Jean-Luc Roe said so.", [("Jean-Luc Roe", "Jean-Luc Roe", None)]),
        # capitals beyond ASCII; a typographic apostrophe in the body's name
        (
            "Émile Durand, Côte d’Ivoire’s envoy, said so.",
            [("Émile Durand", "Émile Durand", "Ivory Coast")],
        ),
        ("Łukasz Nowak told reporters so.", [("Łukasz Nowak", "Łukasz Nowak", None)]),
        # particles inside names
        (
            "Ana de la Cruz, Peru's envoy, said the plan was sound.",
            [("Ana de la Cruz", "Ana de la Cruz", "Peru")],
        ),
    ],
)
def test_speakers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks were useful, said the White House.",  # a known institution
        "Reuters reported the deal.",  # one capitalised word is not a name
        "Officials said Tuesday that it failed.",
        "Human Rights Watch said the plan was flawed.",  # an institution's name
        "The Associated Press reported that the European Commission said no.",
        "The AI Safety Institute said it would publish.",
        "Foreign Ministry spokesperson said the talks failed.",
        "Prime Minister said nothing.",  # a title without a name
        "Jane Doe arrived in Lisbon.",  # a name, neither quoted nor described
        "Doe told reporters the talks failed.",  # a surname never introduced
        "The minister said the deal was dead.",  # no earlier minister
        "Emmanuel Macron said France would sign.",  # known to the gazetteer
        "In March, New York said the rules would change.",
        "Acme and Google DeepMind said they would comply.",  # a capital inside: a company
        "The plan would help Jane Doe, officials said.",  # the officials speak, not Jane Doe
        "In a statement, the Kenyan foreign ministry said it would sign.",
    ],
)
def test_not_speakers(text: str) -> None:
    assert _speakers(text) == []


def test_speaker_positions_go_to_the_body_with_the_person_as_via() -> None:
    doc = gt.Document(
        id="s",
        text=(
            "Kenya's foreign minister, Jane Doe, said the country would reject the Harbour "
            "Declaration on 3 March 2031. The plan is flawed, said John Roe, Ruritania's envoy, "
            "who also rejected the Harbour Declaration."
        ),
        published=gt.When.day(2031, 5, 20),
    )
    x = gt.extract(doc)
    people = {a.name: a for a in x.actors if a.kind is gt.ActorKind.PERSON}
    assert people["Jane Doe"].affiliation == "Kenya"
    assert people["John Roe"].affiliation == "Ruritania"  # as written: no such actor is known
    assert [(p.actor, p.stance, p.topic, p.via) for p in x.positions] == [
        ("Kenya", gt.Stance.OPPOSE, "Harbour Declaration", "Jane Doe")
    ]  # Ruritania is not a known actor: its envoy's stance is attributed to no one


def test_a_user_gazetteer_gives_the_body(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"states": [{"name": "Ruritania", "demonyms": ["Ruritanian"]}]}))
    g = load_gazetteer(path)
    doc = gt.Document(
        id="r",
        text="The Ruritanian envoy, John Roe, said Ruritania would endorse the Harbour Accord in 2031.",
    )
    x = gt.extract(doc, gazetteer=g)
    assert [(p.actor, p.via) for p in x.positions] == [("Ruritania", "John Roe")]


_WORDS = [
    "said",
    "told",
    "according to",
    "Jane",
    "Doe",
    "Ruritania's",
    "envoy",
    "the minister",
    "Foreign Minister",
    "Kenya",
    "Kenyan",
    "former",
    "of the",
    "UN",
    ",",
    ".",
    "“",
    "”",
    "'s",
    "Mr",
    "de",
    "la",
    "X",
    "\n\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=80))
def test_any_text_gives_well_formed_mentions(words: list[str]) -> None:
    text = " ".join(words)
    g = default_gazetteer()
    known = g.find(text)
    found = find_speakers(text, split_sentences(text), known, g)
    for a in found:
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start : a.end] == a.surface
        assert a.actor.kind is gt.ActorKind.PERSON
        assert not any(k.start < a.end and a.start < k.end for k in known)
    assert [a.start for a in found] == sorted(a.start for a in found)


def _steps(text: str) -> int:
    g = default_gazetteer()
    sentences = split_sentences(text)
    known = g.find(text)
    return count_steps(lambda: find_speakers(text, sentences, known, g))


@settings(max_examples=5, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=20, max_size=40))
def test_work_is_linear_in_the_text(words: list[str]) -> None:
    """Eight times the text (one unbroken sentence of names, verbs and roles) costs about
    eight times the steps, not sixty-four (counted, never timed)."""
    unit = " ".join(words) + " Jane Doe, Kenya's envoy, said Mary Roe told "
    small, large = unit * 20, unit * 160
    assert _steps(large) <= 12 * _steps(small)


def test_a_wire_story() -> None:
    """A story of our own with the usual ways of quoting people, and institutions that are not."""
    text = (Path(__file__).parent / "data" / "speakers_wire.txt").read_text(encoding="utf-8")
    x = gt.extract(gt.Document(id="wire", text=text, published=gt.When.day(2031, 3, 7)))
    people = {a.name: a.affiliation for a in x.actors if a.kind is gt.ActorKind.PERSON}
    assert people == {
        "Li Wei": "China",  # "a senior official at China's Ministry of Foreign Affairs"
        "Karen Holt": "United States",  # "Washington's envoy, Karen Holt, told"
        "Ana Souza": "Brazil",  # "Brazilian Foreign Minister Ana Souza said"
        "Peter Otieno": "Kenya",  # "said Peter Otieno, Kenya's permanent representative"
        "Maria Klein": "European Commission",  # "Commission spokesperson Maria Klein"
        "Sam Carter": None,  # "who heads policy at Anthropic": no office named
        "Vladimir Putin": "Russia",  # in the gazetteer
    }
    assert ("Brazil", gt.Stance.SUPPORT, "Ana Souza") in [
        (p.actor, p.stance, p.via) for p in x.positions
    ]
