"""The report does not contradict itself (issue 18).

On the bundled examples it listed the OECD principles as "never dated" beside a May 2019
position on them, and the Sources list showed empty fields
(``[05_council_of_europe_2024; ; 2024-09-06]``).
"""

from __future__ import annotations

import re

import govtimeline as gt

_EV = gt.Evidence(document="wire", start=0, end=10, quote="Ruritania endorsed the principles.")


def _timeline() -> gt.Timeline:
    principles = gt.Event(
        id="principles",
        name="Harbour principles",
        kind="declaration",
        mentions=[gt.Mention(evidence=_EV, name="the Harbour principles", kind="declaration")],
    )
    undated_only = gt.Event(id="charter", name="Old Charter", kind="treaty")
    said, inferred = (
        gt.Position(
            actor="Ruritania",
            topic=topic,
            stance="support",
            when=gt.When.month(2019, 5),
            event="principles",
            evidence=[_EV],
            inferred=topic == "ocean governance",  # read from the stance on the principles
        )
        for topic in ("Harbour principles", "ocean governance")
    )
    return gt.Timeline(
        documents=[
            gt.Document(id="wire", text="x", title="Wire story", published="2019-05-23"),
            gt.Document(id="bare", text="x"),
        ],
        references=[principles, undated_only],
        positions=[said, inferred],
    )


def test_a_reference_with_a_dated_position_is_not_called_never_dated() -> None:
    tl = _timeline()
    for text in (tl.to_html(), tl.to_markdown()):
        assert "never dated" not in text
        assert "Mentioned, not dated as events" in text
        assert text.count("positions on it: Ruritania: support (May 2019)") == 1
    markdown_items = [line for line in tl.to_markdown().splitlines() if line.startswith("- ")]
    assert "- Old Charter (treaty)" in markdown_items  # no empty field, no claim of a date


def test_sources_list_only_the_fields_a_source_has() -> None:
    page = _timeline().to_html()
    fields = re.findall(r"<span class='muted'>\[([^\]]*)\]</span>", page)
    assert fields == ["wire; 23 May 2019", "bare; undated"]
    assert not any("; ;" in f or f.endswith("; ") for f in fields)


def test_markdown_takes_a_title() -> None:
    assert _timeline().to_markdown(title="Harbour | story").startswith("# Harbour \\| story\n")
    assert gt.render_markdown(_timeline()).startswith("# Timeline\n")
