"""The act lexicon (``data/frames.json``): every frame's own test table, and the loader.

Each verb frame, controller and nominal carries ``examples`` (sentences of the project's own
it must read, with what it must find) and ``not`` (sentences it must not read as a
position or an event). This module turns them into one parametrized test each, the way
HeidelTime keeps an EXAMPLE line beside each rule.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.extract.components.act_mentions import mention_of_act
from govtimeline.extract.components.positions import positions_of
from govtimeline.extract.frames import Example, default_frames, load_frames

PUBLISHED = "2031-06-02"
LEXICON = default_frames()
ENTRIES = [
    *(("verb", f.name, f.examples, f.counterexamples) for f in LEXICON.verbs),
    *(("controller", c.name, c.examples, c.counterexamples) for c in LEXICON.controllers),
    *(("nominal", n.name, n.examples, n.counterexamples) for n in LEXICON.nominals),
]
POSITIVE = [
    pytest.param(kind, name, example, id=f"{kind}:{name}:{example.text[:40]}")
    for kind, name, examples, _ in ENTRIES
    for example in examples
]
NEGATIVE = [
    pytest.param(kind, name, text, id=f"{kind}:{name}:{text[:40]}")
    for kind, name, _, texts in ENTRIES
    for text in texts
]


def _extraction(text: str) -> gt.Extraction:
    return gt.extract(gt.Document(id="t", text=text, published=PUBLISHED))


def _reads(act: gt.Act, kind: str, name: str, example: Example) -> bool:
    if kind == "verb" and act.frame != name:
        return False
    if kind == "nominal" and act.frame != name:
        return False
    if (act.object.name if act.object is not None else "") != example.object:
        return False  # "" for an act on nothing ("the leaders met in Lisbon")
    if example.agent and example.agent not in act.agents:
        return False
    return example.stance is None or act.stance is example.stance


@pytest.mark.parametrize(("kind", "name", "example"), POSITIVE)
def test_each_frame_reads_its_examples(kind: str, name: str, example: Example) -> None:
    acts = _extraction(example.text).acts
    found = [(a.frame, a.agents, a.stance, a.object and a.object.name) for a in acts]
    assert any(_reads(a, kind, name, example) for a in acts), found


@pytest.mark.parametrize(("kind", "name", "text"), NEGATIVE)
def test_a_frame_reads_no_stance_and_no_event_into_its_counterexamples(
    kind: str, name: str, text: str
) -> None:
    x = _extraction(text)
    acts = [a for a in x.acts if kind == "controller" or a.frame == name]
    assert positions_of(acts, x.mentions, LEXICON) == []
    assert [a.name for a in acts if mention_of_act(a) is not None] == []


@pytest.mark.parametrize(
    ("kind", "name", "examples", "texts"), ENTRIES, ids=[e[1] for e in ENTRIES]
)
def test_every_entry_has_an_example_and_a_counterexample(
    kind: str, name: str, examples: tuple[Example, ...], texts: tuple[str, ...]
) -> None:
    assert examples, f"{kind} {name} has no examples"
    assert texts, f"{kind} {name} has no counterexamples"


# ------------------------------------------------------------------ the loader


def _write(tmp_path: Path, raw: object) -> Path:
    path = tmp_path / "frames.json"
    path.write_text(json.dumps(raw), "utf-8")
    return path


def test_a_user_file_adds_a_frame_and_replaces_one_by_name(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "verbs": {
                "torpedo": {"lemmas": ["torpedo"], "act": "reject", "stance": "oppose"},
                "sign": {"lemmas": ["ink"], "act": "sign", "stance": "support"},
            }
        },
    )
    lexicon = load_frames(path)
    names = {f.name for f in lexicon.verbs}
    assert {"torpedo", "sign", "ratify"} <= names
    (sign,) = [f for f in lexicon.verbs if f.name == "sign"]
    assert sign.lemmas == frozenset({"ink"})
    alone = load_frames(path, extend_default=False)
    assert {f.name for f in alone.verbs} == {"torpedo", "sign"}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"verbs": {"x": {"lemmas": ["x"], "act": "x", "stanse": "support"}}}, "verbs.x.stanse"),
        ({"verbs": {"x": {"lemmas": ["x"], "act": "x", "stance": "pro"}}}, "verbs.x.stance"),
        ({"verbs": {"x": {"lemmas": ["x"], "act": "x", "event": "party"}}}, "verbs.x.event"),
        ({"verbs": {"x": {"lemmas": ["x"], "act": "x", "object": "iobj"}}}, "verbs.x.object"),
        ({"verbs": {"x": {"lemmas": ["x"]}}}, "act"),
        ({"verbs": {"x": {"lemmas": ["x"], "act": "x", "topic": "no slot"}}}, "verbs.x.topic"),
        (
            {"verbs": {"x": {"lemmas": ["x"], "act": "x", "examples": [["only text"]]}}},
            "verbs.x.examples[0]",
        ),
        ({"controllers": {"x": {"lemmas": ["x"], "status": "done"}}}, "controllers.x.status"),
        ({"verb": {}}, "verb"),
    ],
)
def test_a_bad_entry_is_named_with_its_file_and_key(
    tmp_path: Path, raw: object, message: str
) -> None:
    path = _write(tmp_path, raw)
    with pytest.raises(gt.InputError) as raised:
        load_frames(path)
    assert str(path) in str(raised.value)
    assert message in str(raised.value)


def test_an_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "frames.json"
    path.write_text("{", "utf-8")
    with pytest.raises(gt.InputError, match="cannot read frame lexicon"):
        load_frames(path)


def test_frames_with_more_requirements_are_tried_first() -> None:
    frames = LEXICON.by_lemma["sign"]
    assert frames[0].specificity >= frames[-1].specificity
    assert frames[-1].name == "sign"


def test_hyphenated_lemmas_have_their_inflections() -> None:
    assert LEXICON.hyphenated["re-engaged"] == "re-engage"
    assert LEXICON.hyphenated["co-sponsoring"] == "co-sponsor"


def test_an_extractor_reads_with_a_user_lexicon(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {"verbs": {"torpedo": {"lemmas": ["torpedo"], "act": "reject", "stance": "oppose"}}},
    )
    ex = gt.Extractor(frames=load_frames(path))
    doc = gt.Document(id="t", text="Peru torpedoed the Harbour Accord.", published=PUBLISHED)
    assert [(p.actor, p.stance, p.topic) for p in ex(doc).positions] == [
        ("Peru", gt.Stance.OPPOSE, "Harbour Accord")
    ]


def test_a_frame_that_names_what_its_head_is_of_is_tried_before_one_with_heads_only() -> None:
    # "suspended its participation in X" is a withdrawal from X, not a dropped focus
    names = [f.name for f in LEXICON.by_lemma["suspend"]]
    assert names.index("suspend_part") < names.index("drop_focus")
