"""The model imports no sink: its methods call slots that io, render and analysis fill.

See ``govtimeline.model._hooks`` (issue 17).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import matplotlib
import pytest

import govtimeline as gt
from govtimeline.model._hooks import ANALYST, RENDERER, SERIALIZER, Slot, wanted


def _timeline() -> gt.Timeline:
    evidence = gt.Evidence(document="d", start=0, end=5, quote="(a sentence)")
    return gt.Timeline(
        documents=[gt.Document(id="d", text="(a sentence)")],
        events=[gt.Event(id="e", name="Harbour Summit", kind="summit", when=gt.When.year(2030))],
        positions=[
            gt.Position(
                actor="Ruritania",
                topic="ocean data",
                stance=stance,
                when=gt.When.year(year),
                evidence=[evidence],
            )
            for stance, year in (("support", 2030), ("oppose", 2031))
        ],
    )


def test_import_fills_every_slot() -> None:
    assert repr(SERIALIZER.peek()) == "<govtimeline.io>"
    assert repr(RENDERER.peek()) == "<govtimeline.render>"
    assert ANALYST.peek() is gt.analysis.changes  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("slot", "call"),
    [
        (SERIALIZER, lambda tl: tl.to_json()),
        (SERIALIZER, lambda tl: gt.Timeline.from_json("{}")),
        (RENDERER, lambda tl: tl.to_html()),
        (RENDERER, lambda tl: tl.plot()),
        (RENDERER, lambda tl: gt.diff(tl, tl).plot()),
        (ANALYST, lambda tl: tl.changes()),
        (ANALYST, lambda tl: tl.stance("Ruritania", "ocean data", at=date(2031, 1, 1))),
    ],
)
def test_an_empty_slot_names_the_package_to_import(
    slot: Slot[Any], call: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(slot, "_value", None)
    with pytest.raises(gt.GovTimelineError, match=f"{slot.filled_by} is not imported yet"):
        call(_timeline())


def test_without_a_renderer_a_notebook_gets_plain_text_and_str_the_repr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(RENDERER, "_value", None)
    tl = _timeline()
    assert tl._repr_mimebundle_() == {"text/plain": repr(tl)}
    assert tl._repr_mimebundle_(exclude=["text/plain"]) == {}
    assert tl._repr_html_() is None
    d = gt.diff(tl, gt.Timeline())
    assert str(d) == repr(d)


class _Recorder:
    """A renderer of one's own: the slot takes anything with the Renderer methods."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> str:
            self.calls.append((name, kwargs))
            return f"<{name}>"

        return record


def test_the_methods_pass_their_arguments_to_the_slot(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(RENDERER, "_value", recorder)
    tl = _timeline()
    assert tl.to_html(tmp_path / "r.html", title="T") == "<to_html>"
    assert tl.savefig(tmp_path / "c.svg", kind="positions", topic="ocean data") == "<savefig>"  # type: ignore[comparison-overlap]
    assert tl.plot(lanes="body", title="T") == "<plot>"  # type: ignore[comparison-overlap]
    assert tl._repr_mimebundle_(include=["text/plain"]) == "<mimebundle>"  # type: ignore[comparison-overlap]
    assert recorder.calls == [
        ("to_html", {"title": "T", "path": tmp_path / "r.html"}),
        ("savefig", {"kind": "positions", "lanes": "kind", "topic": "ocean data", "dpi": 150}),
        ("plot", {"lanes": "body", "ax": None, "title": "T"}),
        ("mimebundle", {"include": ["text/plain"], "exclude": None}),
    ]


def test_the_slot_methods_give_what_the_verbs_give() -> None:
    tl = _timeline()
    assert tl.to_json() == gt.to_json(tl)
    assert gt.Timeline.from_json(tl.to_json()) == gt.from_json(gt.to_json(tl)) == tl
    with matplotlib.rc_context({"svg.hashsalt": "same ids in both charts"}):
        assert tl.to_html(title="T") == gt.render_html(tl, title="T")
    assert tl.to_markdown() == gt.render_markdown(tl)
    assert tl.to_timelinejs() == gt.to_timelinejs(tl)
    assert tl.changes() == gt.position_changes(tl.positions)
    at = date(2030, 6, 1)
    assert tl.stance("Ruritania", "ocean data", at=at) is gt.Stance.SUPPORT
    assert (
        gt.stance_at(tl.positions, actor="Ruritania", topic="ocean data", at=at)
        is gt.Stance.SUPPORT
    )
    d = gt.diff(gt.Timeline(), tl)
    assert str(d) == gt.render_diff_text(d)


@pytest.mark.parametrize(
    ("include", "exclude", "shown"),
    [
        (None, None, True),
        (["text/html"], None, True),
        (["text/plain"], None, False),
        (None, ["text/html"], False),
        (["text/html"], ["text/html"], False),
    ],
)
def test_wanted_follows_include_then_exclude(
    include: list[str] | None, exclude: list[str] | None, shown: bool
) -> None:
    assert wanted("text/html", include, exclude) is shown


def test_a_slot_says_what_fills_it() -> None:
    slot: Slot[int] = Slot("my.package")
    assert repr(slot) == "<Slot for my.package: empty>"
    with pytest.raises(gt.GovTimelineError, match=r"import govtimeline \(or my\.package\) first"):
        slot.get()
    slot.fill(3)
    assert (slot.get(), slot.peek(), repr(slot)) == (3, 3, "<Slot for my.package: filled with 3>")
