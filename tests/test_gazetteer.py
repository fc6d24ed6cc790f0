"""Tests for govtimeline.extract.gazetteer and its data (countries.json, actors.json)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.extract import default_gazetteer, load_gazetteer
from govtimeline.lang import trie_regex as _trie_regex
from govtimeline.model import ActorKind

ROOT = Path(__file__).resolve().parent.parent


def _data(name: str) -> dict[str, object]:
    raw: dict[str, object] = json.loads(
        resources.files("govtimeline").joinpath(f"data/{name}").read_text("utf-8")
    )
    return raw


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.actor.name) for m in default_gazetteer().find(text)]


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        # short forms news uses
        ("Officials in the US capital disagreed.", "US", "United States"),
        ("The U.S. delegation left early.", "U.S.", "United States"),
        ("The UK abstained.", "UK", "United Kingdom"),
        ("Delegates from the UAE spoke.", "UAE", "United Arab Emirates"),
        ("The DPRK fired a missile.", "DPRK", "North Korea"),
        ("Team USA won.", "USA", "United States"),
        ("GBR finished second.", "GBR", "United Kingdom"),
        ("The ROK delegation agreed.", "ROK", "South Korea"),
        # canonical news names and ISO/official names
        ("South Korea hosted the talks.", "South Korea", "South Korea"),
        ("The Republic of Korea hosted.", "Republic of Korea", "South Korea"),
        ("The Islamic Republic of Iran objected.", "Islamic Republic of Iran", "Iran"),
        ("Iran objected.", "Iran", "Iran"),
        ("Viet Nam signed.", "Viet Nam", "Vietnam"),
        ("Vietnam signed.", "Vietnam", "Vietnam"),
        ("The Russian Federation vetoed it.", "Russian Federation", "Russia"),
        ("Côte d'Ivoire voted yes.", "Côte d'Ivoire", "Ivory Coast"),
        ("Türkiye voted yes.", "Türkiye", "Turkey"),
        ("Côte d’Ivoire voted yes.", "Côte d’Ivoire", "Ivory Coast"),  # typographic apostrophe
        ("Czechia voted yes.", "Czechia", "Czech Republic"),
        ("Swaziland, now Eswatini, voted.", "Swaziland", "Eswatini"),
        ("Burma's junta objected.", "Burma", "Myanmar"),
        ("DR Congo voted no.", "DR Congo", "Democratic Republic of the Congo"),
        ("Congo-Brazzaville voted no.", "Congo-Brazzaville", "Republic of the Congo"),
        ("The Holy See observed.", "Holy See", "Holy See"),
        ("The State of Palestine observed.", "State of Palestine", "Palestine"),
        ("Taiwan objected.", "Taiwan", "Taiwan"),
        ("Kosovo applied.", "Kosovo", "Kosovo"),
        ("Guinea-Bissau voted.", "Guinea-Bissau", "Guinea-Bissau"),
        ("Papua New Guinea voted.", "Papua New Guinea", "Papua New Guinea"),
        ("South Sudan voted.", "South Sudan", "South Sudan"),
        # demonyms
        ("A Brazilian proposal won.", "Brazilian", "Brazil"),
        ("Kenyan diplomats agreed.", "Kenyan", "Kenya"),
        ("The Equatorial Guinean envoy spoke.", "Equatorial Guinean", "Equatorial Guinea"),
        ("Nigerien troops left.", "Nigerien", "Niger"),
        # capitals as metonyms
        ("Washington rejected the text.", "Washington", "United States"),
        ("Beijing welcomed it.", "Beijing", "China"),
        ("Moscow vetoed it.", "Moscow", "Russia"),
        ("Tehran denied it.", "Tehran", "Iran"),
        ("Paris rejected the plan.", "Paris", "France"),
        ("Beijing's response was swift.", "Beijing", "China"),
        # ambiguous names where they stand alone
        ("Chad voted against.", "Chad", "Chad"),
        ("Jordan and Georgia abstained.", "Jordan", "Jordan"),
        # organisations and organs
        ("The G77 and China tabled it.", "G77 and China", "G77 and China"),
        ("The G77 tabled it.", "G77", "G77"),
        ("The G7 and the G20 met.", "G7", "G7"),
        ("UNESCO adopted it.", "UNESCO", "UNESCO"),
        ("The OECD published it.", "OECD", "OECD"),
        ("The European Parliament voted.", "European Parliament", "European Parliament"),
        ("The Council of the EU agreed.", "Council of the EU", "Council of the European Union"),
        ("The Council of Europe drafted it.", "Council of Europe", "Council of Europe"),
        ("GPAI members met.", "GPAI", "Global Partnership on AI"),
        ("The African Union endorsed it.", "African Union", "African Union"),
        ("ASEAN endorsed it.", "ASEAN", "ASEAN"),
        ("APEC endorsed it.", "APEC", "APEC"),
        ("BRICS endorsed it.", "BRICS", "BRICS"),
        ("NATO endorsed it.", "NATO", "NATO"),
        ("The WTO ruled.", "WTO", "World Trade Organization"),
        ("The WHO warned.", "WHO", "World Health Organization"),
        ("The ITU convened.", "ITU", "International Telecommunication Union"),
        ("The IAEA inspected.", "IAEA", "International Atomic Energy Agency"),
        ("The OSCE observed.", "OSCE", "OSCE"),
        ("The Arab League met.", "Arab League", "Arab League"),
        ("Mercosur met.", "Mercosur", "Mercosur"),
        ("The UNSC met.", "UNSC", "UN Security Council"),
        ("The UNGA voted.", "UNGA", "UN General Assembly"),
        ("The UN Security Council met.", "UN Security Council", "UN Security Council"),
        # institutions as metonyms
        ("The Kremlin denied it.", "Kremlin", "Russia"),
        ("Downing Street confirmed it.", "Downing Street", "United Kingdom"),
        # a leader's era names the leader ("Biden-era diplomacy")
        ("Biden-era diplomacy changed course.", "Biden", "Joe Biden"),
    ],
)
def test_actor_forms(text: str, surface: str, actor: str) -> None:
    assert (surface, actor) in _found(text), _found(text)


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        # a capital used as a place, not a government
        ("The Paris summit ended.", "France"),
        ("Talks in Beijing ended.", "China"),
        ("Leaders met at Washington on Monday.", "United States"),
        ("A year after Paris, little had changed.", "France"),
        ("The Washington Post reported it.", "United States"),
        ("The Moscow talks stalled.", "Russia"),
        ("The Tehran Declaration was signed.", "Iran"),
        # names that are also given names or other places
        ("Michael Jordan retired.", "Jordan"),
        ("Chad Smith spoke.", "Chad"),
        ("Atlanta, in Georgia Tech's labs.", "Georgia"),
        # forms that contain a country's name but are another thing
        ("Latin American states agreed.", "United States"),
        ("Ships in the South China Sea.", "China"),
        ("Voters in New Mexico.", "Mexico"),
        ("The Korean Peninsula.", "South Korea"),
        ("Fish in the Gulf of Mexico.", "Mexico"),
        ("Trade with Latin America grew.", "United States"),
        ("Emirates flights resumed.", "United Arab Emirates"),  # an airline, not "the Emirates"
        ("The German Foreign Office objected.", "United Kingdom"),
        ("A bloc of nations formed.", "European Union"),  # generic nouns are not aliases
        # "Congo" alone names two states: neither
        ("Congo voted.", "Republic of the Congo"),
        ("Congo voted.", "Democratic Republic of the Congo"),
        # a name joined by another hyphenated word modifies what follows (but one before a
        # participle of backing is the backer: test_a_name_before_a_backing_participle)
        ("A U.S.-led resolution passed.", "United States"),
        ("The China-based firm left.", "China"),
    ],
)
def test_not_actors(text: str, not_actor: str) -> None:
    assert not_actor not in [name for _, name in _found(text)], _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We CAN AND will act.",  # alpha-3 codes that spell words are not aliases
        "The EST and PER columns.",
        "TLS certificates and NPL staff.",
        "Ministers can chad iran usa.",  # lower case never matches
        "INDIA IS READY.",  # nor shouting headlines
    ],
)
def test_words_are_not_countries(text: str) -> None:
    assert [m for m in default_gazetteer().find(text) if m.actor.kind is ActorKind.STATE] == []


def test_every_un_member_and_observer() -> None:
    states = _data("countries.json")["states"]
    assert isinstance(states, list)
    status = [s["status"] for s in states]
    assert status.count("member") == 193
    assert status.count("observer") == 2
    g = default_gazetteer()
    for state in states:
        assert g.actors[state["name"]].kind is ActorKind.STATE


def test_every_surface_form_finds_its_actor() -> None:
    """Each form, written alone, is found whole and names the actor it is listed for."""
    g = default_gazetteer()
    for surface, name in g.surfaces.items():
        assert [(m.surface, m.actor.name) for m in g.find(surface)] == [(surface, name)], surface


def test_data_is_consistent() -> None:
    g = default_gazetteer()
    for person, tenures in g.tenures.items():
        for t in tenures:
            assert t.affiliation in g.actors, (person, t.affiliation)
            assert t.start is None or t.end is None or t.start < t.end, person
    actors = _data("actors.json")
    assert isinstance(actors, dict)
    for org in actors["organisations"]:
        assert org["parent"] is None or org["parent"] in g.actors, org


@pytest.mark.parametrize(
    ("person", "day", "body"),
    [
        ("Wang Yi", date(2022, 6, 1), "China"),
        ("Wang Yi", date(2023, 3, 1), None),  # Qin Gang was foreign minister then
        ("Qin Gang", date(2023, 3, 1), "China"),
        ("Wang Yi", date(2024, 6, 1), "China"),
        ("Boris Johnson", date(2019, 1, 1), None),  # between the Foreign Office and No 10
        ("Boris Johnson", date(2020, 1, 1), "United Kingdom"),
        ("Mark Rutte", date(2023, 1, 1), "Netherlands"),
        ("Mark Rutte", date(2025, 1, 1), "NATO"),
        ("Donald Tusk", date(2018, 1, 1), "European Council"),
        ("Donald Tusk", date(2024, 6, 1), "Poland"),
        ("Donald Trump", date(2022, 1, 1), None),
        ("Donald Trump", date(2025, 6, 1), "United States"),
        ("Antony Blinken", date(2025, 6, 1), None),
        ("Marco Rubio", date(2025, 6, 1), "United States"),
        ("António Guterres", date(2016, 6, 1), None),
        ("Ban Ki-moon", date(2016, 6, 1), "United Nations"),
        ("Olaf Scholz", date(2025, 6, 1), None),
        ("Friedrich Merz", date(2025, 6, 1), "Germany"),
        ("Shigeru Ishiba", date(2025, 1, 1), "Japan"),
        ("Yoon Suk Yeol", date(2025, 5, 1), None),  # removed from office in April 2025
    ],
)
def test_tenures(person: str, day: date, body: str | None) -> None:
    g = default_gazetteer()
    assert g.speaks_for(g.actors[person], day) == body


def test_trie_regex_matches_like_an_alternation() -> None:
    import re

    forms = [
        "UN",
        "UNGA",
        "UNESCO",
        "UN Security Council",
        "U.S.",
        "US",
        "G7",
        "G77",
        "G77 and China",
    ]
    trie = re.compile(r"(?<![\w.])(?:" + _trie_regex(forms) + r")(?![\w-])")
    flat = re.compile(
        r"(?<![\w.])(?:"
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])"
    )
    text = "The UN, UNGA and UNESCO; the UN Security Council, U.S. and US; G77 and China, G77, G7, UNX."
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in flat.finditer(text)]


def test_user_file_extends_every_section(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps(
            {
                "states": [
                    {
                        "name": "Ruritania",
                        "aliases": ["Kingdom of Ruritania"],
                        "demonyms": ["Ruritanian"],
                        "capital": "Strelsau",
                    }
                ],
                "organisations": [
                    {"name": "Ruritanian Space Agency", "aliases": ["RSA"], "parent": "Ruritania"}
                ],
                "people": [
                    {
                        "name": "Rudolf Rassendyll",
                        "aliases": ["Rassendyll"],
                        "affiliation": "Ruritania",
                        "from": "2030-01-01",
                        "to": None,
                    }
                ],
                "metonyms": {"Strelsau": "Ruritania", "Brussels": "Belgium"},
                "not_actors": ["Ruritanian Alps"],
            }
        ),
        encoding="utf-8",
    )
    g = load_gazetteer(path)
    text = (
        "Strelsau said the RSA and Rassendyll agreed; the Ruritanian Alps are cold; "
        "the Kingdom of Ruritania and Brussels objected; talks in Strelsau ended."
    )
    assert [(m.surface, m.actor.name) for m in g.find(text)] == [
        ("Strelsau", "Ruritania"),
        ("RSA", "Ruritanian Space Agency"),
        ("Rassendyll", "Rudolf Rassendyll"),
        ("Kingdom of Ruritania", "Ruritania"),
        ("Brussels", "Belgium"),  # the user's meaning of a form replaces the default one
    ]
    assert g.speaks_for(g.actors["Rudolf Rassendyll"], date(2031, 1, 1)) == "Ruritania"
    assert g.speaks_for(g.actors["Rudolf Rassendyll"], date(2029, 1, 1)) is None
    assert "France" in g.actors  # the default entries are still there
    with pytest.raises(gt.InputError, match="Belgium"):
        load_gazetteer(path, extend_default=False)  # alone, the file names an actor it lacks
    doc = gt.Document(
        id="r", text="Ruritanian officials endorsed the Harbour Accord in March 2031."
    )
    (p,) = gt.extract(doc, gazetteer=g).positions
    assert (p.actor, p.stance, p.topic) == ("Ruritania", gt.Stance.SUPPORT, "Harbour Accord")


def test_user_file_naming_an_unknown_actor_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"metonyms": {"Strelsau": "Ruritania"}}), encoding="utf-8")
    with pytest.raises(gt.InputError, match="Ruritania"):
        load_gazetteer(path)


def test_countries_file_is_up_to_date() -> None:
    pytest.importorskip("pycountry")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_countries.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_capital_naming_a_summit_is_its_place_not_its_body() -> None:
    doc = gt.Document(
        id="p",
        text="Leaders met at the Paris summit in February 2031. Paris later rejected the Harbour Accord.",
        published=gt.When.day(2031, 5, 20),
    )
    x = gt.extract(doc)
    summit = next(m for m in x.mentions if m.kind is gt.EventKind.SUMMIT)
    assert (summit.location, summit.body) == ("Paris", None)
    assert [(p.actor, p.stance) for p in x.positions] == [("France", gt.Stance.OPPOSE)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a city, a comma and its state: a place, as in a dateline
        ("Brussels, Belgium - Finland joined the alliance.", ["Belgium", "Finland"]),
        ("Talks in Geneva, Switzerland, ended.", ["Switzerland"]),
        # capitals listed for their states stay their states
        ("Brussels, Paris and Berlin objected.", ["European Union", "France", "Germany"]),
    ],
)
def test_a_city_followed_by_its_state_is_a_place(text: str, actors: list[str]) -> None:
    assert [a for _, a in _found(text)] == actors


def test_a_state_that_is_now_a_member_becomes_one() -> None:
    x = gt.extract(
        gt.Document(id="m", text="Finland is now a member of NATO.", published="2031-05-20")
    )
    (act,) = [a for a in x.acts if a.act == "join"]
    assert act.name == "Finland becomes member of NATO"


def test_a_name_before_a_backing_participle_is_the_backer() -> None:
    assert _found("The China-backed plan stalled.") == [("China", "China")]
    assert _found("A Kenyan-drafted text passed.") == [("Kenyan", "Kenya")]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Brussels (AP) — Chile met.", ["Chile"]),
        ("Report\nBrussels -- NATO met.", ["NATO"]),
        ("Brussels objected -- loudly.", ["European Union"]),
        ("NATO - allies agree a plan.", ["NATO"]),  # a headline naming its actor
        ("Chile met in Brussels -- as ever -- late.", ["Chile"]),
    ],
)
def test_a_dateline_names_no_actor(text: str, actors: list[str]) -> None:
    assert [a for _, a in _found(text)] == actors
