"""Tests for gt.Reconstructor: reconstruction with its lexicons passed in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.reconstruct.coref import default_rules
from govtimeline.reconstruct.topics import default_topics


def _extraction(doc_id: str, topic: str, stance: str, day: int) -> gt.Extraction:
    ev = gt.Evidence(document=doc_id, start=0, end=10, quote=f"Ruritania on {topic}.")
    position = gt.Position(
        actor="Ruritania", topic=topic, stance=stance, when=gt.When.day(2031, 3, day), evidence=[ev]
    )
    return gt.Extraction(document=gt.Document(id=doc_id, text="(not needed)"), positions=[position])


EXTRACTIONS = [
    _extraction("a", "renewing the harbour moratorium", "oppose", 1),
    _extraction("b", "the harbour moratorium", "support", 9),
]


def _shipped_topics(tmp_path: Path, **changes: object) -> Path:
    raw = json.loads(
        (Path(gt.__file__).parent / "data" / "topics.json").read_text(encoding="utf-8")
    )
    raw.update(changes)
    path = tmp_path / "topics.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_the_default_reconstructor_is_reconstruct() -> None:
    assert gt.Reconstructor()(EXTRACTIONS) == gt.reconstruct(EXTRACTIONS)
    assert gt.Reconstructor().rules == default_rules()
    assert gt.Reconstructor().topics == default_topics()


def test_a_users_topic_lexicon_replaces_the_shipped_one(tmp_path: Path) -> None:
    shipped = gt.Reconstructor()(EXTRACTIONS)
    assert [c.topic for c in shipped.changes()] == ["the harbour moratorium"]
    # without 'continuing' words, a renewal is a topic of its own: no change of stance
    own = gt.Reconstructor.from_files(topics=_shipped_topics(tmp_path, continuing=[]))
    assert list(own(EXTRACTIONS).changes()) == []


def test_a_users_coreference_rules_are_read_and_checked(tmp_path: Path) -> None:
    raw = json.loads(
        (Path(gt.__file__).parent / "data" / "coreference.json").read_text(encoding="utf-8")
    )
    path = tmp_path / "coreference.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert gt.load_coreference(path) == default_rules()
    raw["act_grups"] = raw.pop("act_groups")
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(gt.InputError, match="act_grups") as caught:
        gt.Reconstructor.from_files(coreference=path)
    assert str(path) in str(caught.value)


def test_a_misspelt_topic_key_names_the_file_and_key(tmp_path: Path) -> None:
    path = _shipped_topics(tmp_path, continuation=["renewing"])
    with pytest.raises(gt.InputError, match="continuation"):
        gt.load_topics(path)


def test_an_unreadable_lexicon_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(gt.InputError, match="cannot read a topic lexicon"):
        gt.load_topics(path)
    with pytest.raises(gt.InputError, match="cannot read coreference rules"):
        gt.load_coreference(tmp_path / "missing.json")
