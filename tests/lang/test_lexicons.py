"""Lexicon files are checked: a misspelt key is an InputError naming the file and the key.

Every loader of a lexicon in ``govtimeline/data/`` runs :func:`govtimeline.lang.check_keys`
(issue 17). The consistency tests check what the shapes cannot: that the kind and stance
strings in the data name real ``EventKind`` and ``Stance`` values.
"""

from __future__ import annotations

import importlib.resources
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import govtimeline as gt
from govtimeline.extract.events import event_lexicon
from govtimeline.extract.frames import default_frames
from govtimeline.extract.gazetteer import _default_records
from govtimeline.extract.layout import default_layout_rules
from govtimeline.extract.speaker_lexicon import speaker_lexicon
from govtimeline.lang import (
    CATALOGUE,
    CATALOGUE_EVENT,
    COREFERENCE,
    EVENTS,
    FRAMES,
    GAZETTEER,
    LAYOUT,
    SPEAKERS,
    TOPICS,
    check_keys,
    load_lexicon,
)
from govtimeline.lang._schema import Names, Records, Shape, Table
from govtimeline.reconstruct.catalogue import bundled_catalogue
from govtimeline.reconstruct.coref import default_rules
from govtimeline.reconstruct.events import kind_words, kinds_named
from govtimeline.reconstruct.topics import default_topics

DATA = Path(gt.__file__).parent / "data"

SHAPES: dict[str, Shape] = {
    "frames.json": FRAMES,
    "topics.json": TOPICS,
    "events.json": EVENTS,
    "speakers.json": SPEAKERS,
    "coreference.json": COREFERENCE,
    "layout.json": LAYOUT,
    "actors.json": GAZETTEER,
    "countries.json": GAZETTEER,
    "catalogues/ai_governance.json": CATALOGUE,
}
NOT_LEXICONS = {
    "timeline.schema.json",  # generated from the model (tests/io/test_schema.py)
}
NOT_CHECKED_HERE = (
    "examples/",  # documents, read by gt.read
    "dates/",  # the date layer's word lists: their shape belongs to the date-layer issue
)


def _raw(name: str) -> Any:
    return json.loads((DATA / name).read_text("utf-8"))


def test_every_lexicon_file_has_a_shape() -> None:
    files = {str(p.relative_to(DATA)) for p in DATA.rglob("*.json")}
    lexicons = {f for f in files if f not in NOT_LEXICONS and not f.startswith(NOT_CHECKED_HERE)}
    assert lexicons == set(SHAPES)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_the_shipped_lexicons_have_their_shape(name: str) -> None:
    raw = _raw(name)
    assert check_keys(raw, SHAPES[name], source=name) is raw
    if name.startswith("catalogues/"):
        for i, event in enumerate(raw["events"]):
            check_keys(event, CATALOGUE_EVENT, source=name, at=f"events[{i}]")


# ----------------------------------------------------------------- check_keys

_SHAPE = Table(
    {
        "about": Table({}),
        "words": Records(Table({"name": Names(Table({"triggers": Table({})}))})),
    },
    required=frozenset({"words"}),
)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        # a misspelt key at the top, with the nearest allowed key
        ({"wrds": []}, "wrds: unknown key (did you mean 'words'? expected one of: about, words)"),
        # nested in a record and under a name the data chooses
        (
            {"words": [{"name": {"summit": {"triggres": {}}}}]},
            "words[0].name.summit.triggres: unknown key (did you mean 'triggers'?",
        ),
        # a key with no near neighbour lists what is allowed
        ({"words": [], "zzz": 1}, "zzz: unknown key (expected one of: about, words)"),
        ({"about": {}}, "the top level: missing key 'words'"),
        ({"words": {}}, "words: expected a list of objects, got dict"),
        ([], "the top level: expected an object, got list"),
    ],
)
def test_a_bad_key_is_named_with_the_file(raw: object, message: str) -> None:
    with pytest.raises(gt.InputError) as raised:
        check_keys(raw, _SHAPE, source="my/lexicon.json")
    assert str(raised.value).startswith(f"my/lexicon.json: {message}")
    assert raised.value.source == "my/lexicon.json"


def test_a_word_list_must_be_a_list_of_strings() -> None:
    with pytest.raises(gt.InputError, match=r"need_heads: expected a list of strings, got str"):
        check_keys({**_raw("frames.json"), "need_heads": "need"}, FRAMES, source="frames.json")
    with pytest.raises(gt.InputError, match=r"media: expected a list of strings, got list"):
        check_keys({**_raw("frames.json"), "media": [1]}, FRAMES, source="frames.json")


def test_where_a_record_sits_is_named() -> None:
    with pytest.raises(gt.InputError, match=r"cat\.json: events\[3\]\.locaton: unknown key"):
        check_keys(
            {"id": "x", "locaton": "Paris"}, CATALOGUE_EVENT, source="cat.json", at="events[3]"
        )


# ---------------------------------------------- every loader runs the check


def _misspelt(raw: Any, path: tuple[str | int, ...]) -> None:
    """Rename the last key of ``path`` in place: ``triggers`` becomes ``triggers_``."""
    *parents, key = path
    node = raw
    for step in parents:
        node = node[step]
    node[f"{key}_"] = node.pop(key)


LOADERS: list[tuple[str, tuple[str | int, ...], Callable[[], object]]] = [
    ("frames.json", ("need_heads",), default_frames.__wrapped__),
    ("frames.json", ("verbs", "sign", "lemmas"), default_frames.__wrapped__),
    (
        "topics.json",
        ("instrument_topics", "global AI governance", "words"),
        default_topics.__wrapped__,
    ),
    ("topics.json", ("continuing",), default_topics.__wrapped__),
    ("coreference.json", ("act_groups",), default_rules.__wrapped__),
    ("events.json", ("kinds", "summit", "triggers"), event_lexicon.__wrapped__),
    ("events.json", ("kinds", "vote", "named_by"), kind_words.__wrapped__),
    ("events.json", ("hosted_events", "nouns"), event_lexicon.__wrapped__),
    ("speakers.json", ("former",), speaker_lexicon.__wrapped__),
    ("coreference.json", ("generic",), default_rules.__wrapped__),
    ("layout.json", ("section_markers",), default_layout_rules.__wrapped__),
    ("actors.json", ("not_actors",), _default_records),
    ("countries.json", ("states", 0, "capital"), _default_records),
    ("catalogues/ai_governance.json", ("events", 0, "location"), bundled_catalogue.__wrapped__),
]


@pytest.mark.parametrize(("name", "path", "load"), LOADERS)
def test_every_loader_refuses_a_misspelt_key(
    name: str,
    path: tuple[str | int, ...],
    load: Callable[[], object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shutil.copytree(DATA, tmp_path / "data", ignore=shutil.ignore_patterns("examples"))
    raw = _raw(name)
    _misspelt(raw, path)
    (tmp_path / "data" / name).write_text(json.dumps(raw), "utf-8")
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    with pytest.raises(gt.InputError) as raised:
        load()
    assert name in raised.value.source
    assert f"{path[-1]}_: unknown key (did you mean {path[-1]!r}?" in str(raised.value)


def test_load_lexicon_names_a_file_that_is_not_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.json").write_text('{"kinds": ', "utf-8")
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    with pytest.raises(gt.InputError, match=r"govtimeline/data/events\.json: not valid JSON"):
        load_lexicon("events.json", EVENTS)


def test_a_word_naming_two_kinds_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(DATA, tmp_path / "data", ignore=shutil.ignore_patterns("examples"))
    raw = _raw("events.json")
    raw["kinds"]["vote"]["named_by"].append("summit")
    (tmp_path / "data" / "events.json").write_text(json.dumps(raw), "utf-8")
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    with pytest.raises(
        gt.InputError, match=r"kinds\.vote\.named_by: 'summit' already names summit"
    ):
        kind_words.__wrapped__()


# ------------------------------------------------------------- consistency

KINDS = {k.value for k in gt.EventKind}


def test_events_json_covers_every_event_kind() -> None:
    assert set(_raw("events.json")["kinds"]) == KINDS - {gt.EventKind.OTHER.value}


def test_kind_strings_in_events_json_are_kinds() -> None:
    raw = _raw("events.json")
    assert set(raw["numbered_meetings"].values()) <= KINDS
    assert set(raw["creation_verbs"]) <= KINDS


def test_kind_strings_in_topics_json_are_valid() -> None:
    for spec in _raw("topics.json")["instrument_topics"].values():
        assert set(spec["kinds"]) <= KINDS, spec["kinds"]


def test_kind_stance_and_status_strings_in_frames_json_are_valid() -> None:
    raw = _raw("frames.json")
    stances = {s.value for s in gt.Stance}
    statuses = {s.value for s in gt.ActStatus} if hasattr(gt, "ActStatus") else set()
    entries = [*raw["verbs"].values(), *raw["nominals"].values()]
    assert {e["stance"] for e in entries if e.get("stance")} <= stances
    assert {e["event"] for e in entries if e.get("event")} <= KINDS | {"object"}
    controls = [*raw["controllers"].values(), *raw["nominal_controllers"].values()]
    assert {e["status"] for e in [*entries, *controls] if e.get("status")} <= statuses


def test_kind_strings_in_coreference_json_are_valid() -> None:
    pairs = _raw("coreference.json")["compatible_kinds"]
    assert pairs
    for pair in pairs:
        assert len(set(pair)) == len(pair) == 2, pair
        assert set(pair) <= KINDS, pair


@pytest.mark.parametrize(
    ("phrase", "kinds"),
    [
        ("the day before the launch", {gt.EventKind.LAUNCH, gt.EventKind.FOUNDING}),
        ("three days after the talks", {gt.EventKind.DEBATE}),
        ("a week after the executive order", {gt.EventKind.EXECUTIVE_ORDER}),
        ("the Summits", {gt.EventKind.SUMMIT}),  # any case, plural listed
        ("after she spoke", {gt.EventKind.STATEMENT}),
        ("the treaty and the vote", {gt.EventKind.TREATY, gt.EventKind.VOTE}),
        ("a week later", set()),
        ("the launches", set()),  # only the words listed: no stemming
    ],
)
def test_kinds_named_reads_named_by(phrase: str, kinds: set[gt.EventKind]) -> None:
    assert kinds_named(phrase) == kinds
