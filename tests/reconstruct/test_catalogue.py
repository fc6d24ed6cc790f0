"""Tests for govtimeline.reconstruct.catalogue: linking mentions to known events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.reconstruct.catalogue import CATALOGUE_SOURCE, bundled_catalogue


def _x(doc: str, name: str, kind: str, when: gt.When | None = None) -> gt.Extraction:
    evidence = gt.Evidence(document=doc, start=0, end=len(name), quote=name + " met.")
    mention = gt.Mention(evidence=evidence, name=name, kind=kind, when=when)
    return gt.Extraction(document=gt.Document(id=doc, text="(text)"), mentions=[mention])


HARBOUR = gt.CatalogueEntry(
    id="harbour-summit-2031",
    name="Harbour Summit of Lisbon",
    kind="summit",
    aliases=("Lisbon Harbour Summit", "Harbour Summit"),
    when="2031-05-04",
    end="2031-05-05",
    location="Lisbon",
)


def test_mentions_link_to_the_entry_and_merge() -> None:
    tl = gt.reconstruct(
        [_x("a", "the Harbour Summit", "summit"), _x("b", "Lisbon Harbour Summit", "summit")],
        catalogue=[HARBOUR],
    )
    (event,) = tl.events
    assert (event.id, event.name, event.location) == (
        "harbour-summit-2031",
        "Harbour Summit of Lisbon",
        "Lisbon",
    )
    assert (event.when, event.end) == (gt.When.day(2031, 5, 4), gt.When.day(2031, 5, 5))
    assert event.documents == ("a", "b")


def test_a_source_disagreeing_with_the_catalogue_is_a_conflict() -> None:
    tl = gt.reconstruct(
        [_x("a", "the Harbour Summit", "summit", gt.When.day(2031, 5, 9))], catalogue=[HARBOUR]
    )
    (event,) = tl.events
    (conflict,) = tl.conflicts
    documents = sorted(c.evidence.document for c in conflict.claims)
    assert documents == sorted(["a", CATALOGUE_SOURCE])
    assert event.when is not None


def test_contradicting_dates_or_kinds_do_not_link() -> None:
    other_year = _x("a", "the Harbour Summit", "summit", gt.When.year(2029))
    wrong_kind = _x("b", "the Harbour Summit", "executive_order")
    tl = gt.reconstruct([other_year, wrong_kind], catalogue=[HARBOUR])
    assert all(e.id != "harbour-summit-2031" for e in tl.events)


def test_without_a_catalogue_nothing_changes() -> None:
    items = [_x("a", "the Harbour Summit", "summit", gt.When.day(2031, 5, 4))]
    assert gt.reconstruct(items).to_json() == gt.reconstruct(items, catalogue=[]).to_json()


def test_catalogue_file(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    path.write_text(json.dumps({"events": [{"id": "x", "name": "X Summit", "kind": "summit"}]}))
    (entry,) = gt.load_catalogue(path)
    assert (entry.id, entry.kind, entry.when) == ("x", gt.EventKind.SUMMIT, None)
    tl = gt.reconstruct([_x("a", "the X Summit", "summit")], catalogue=path)
    assert [e.id for e in tl.references] == ["x"]  # undated even by the catalogue


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read the catalogue"),
        ('{"events": [{"id": "x", "kind": "summit"}]}', "event 0 has no 'name'"),
        ('{"events": [{"id": "x", "name": "X", "kind": "party"}]}', "event 0"),
        (
            '[{"id": "x", "name": "X", "kind": "summit"}, {"id": "x", "name": "Y", "kind": "vote"}]',
            "appears twice",
        ),
    ],
)
def test_bad_catalogue_files_are_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(gt.InputError, match=message) as raised:
        gt.load_catalogue(path)
    assert "bad.json" in str(raised.value)


def test_the_bundled_catalogue_loads() -> None:
    entries = bundled_catalogue()
    assert len(entries) >= 10
    assert len({e.id for e in entries}) == len(entries)
