"""Telling the prose of a news text from the page furniture around it.

Scraped articles carry headlines, bylines, photo credits, copyright lines and
blocks of links ("See also", "Related", "Tags") whose dates and capitalised
titles are not statements of the article. Event mentions and positions are
read from prose sentences only; dates are still found everywhere (a copyright
year or a "Published" line still helps to date the document).

Furniture, driven by ``data/layout.json``:

* a line matching one of the ``line_patterns`` (copyright, credits, bylines);
* a ``section_markers`` line ("See also") and the short lines after it;
* a headline: a line of its own, without final punctuation, set in title case
  (most of its longer words capitalised). Headlines repeat the text below them,
  in a register (capitals everywhere, verbs dropped) that misleads the title
  and stance rules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import attrs

from govtimeline.errors import InputError
from govtimeline.extract.sentences import Sentence, is_headline
from govtimeline.lang import LAYOUT, check_keys

__all__ = ["LayoutRules", "default_layout_rules", "is_headline", "load_layout_rules", "prose"]


@attrs.frozen(kw_only=True)
class LayoutRules:
    """What counts as page furniture (see ``data/layout.json``)."""

    section_markers: frozenset[str]
    """Lines that open a block of links or labels (lower case, no trailing colon)."""
    line_patterns: tuple[re.Pattern[str], ...]
    """A whole line matching one of these is furniture."""
    block_line_chars: int
    """Lines after a section marker up to this length belong to its block."""


def _rules_from(raw: dict[str, object], source: str) -> LayoutRules:
    check_keys(raw, LAYOUT, source=source)
    markers = raw.get("section_markers")
    patterns = raw.get("line_patterns")
    width = raw.get("block_line_chars")
    if not (isinstance(markers, list) and isinstance(patterns, list) and isinstance(width, int)):
        raise InputError(
            "not a layout rules file: expected lists 'section_markers' and 'line_patterns' "
            "and a whole number 'block_line_chars'",
            source=source,
        )
    try:
        compiled = tuple(re.compile(str(p)) for p in patterns)
    except re.error as exc:
        raise InputError(f"bad pattern in 'line_patterns' ({exc})", source=source) from None
    return LayoutRules(
        section_markers=frozenset(str(m).casefold() for m in markers),
        line_patterns=compiled,
        block_line_chars=width,
    )


@cache
def default_layout_rules() -> LayoutRules:
    """The rules shipped in ``govtimeline/data/layout.json``."""
    text = resources.files("govtimeline").joinpath("data/layout.json").read_text("utf-8")
    return _rules_from(json.loads(text), "govtimeline/data/layout.json")


def load_layout_rules(path: str | Path) -> LayoutRules:
    """Rules from a JSON file of the same shape as ``data/layout.json``."""
    try:
        raw = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read layout rules ({exc})", source=str(path)) from None
    if not isinstance(raw, dict):
        raise InputError("not a layout rules file (expected an object)", source=str(path))
    return _rules_from(raw, str(path))


def _furniture_lines(text: str, rules: LayoutRules) -> list[tuple[int, int]]:
    """Offsets of the lines that are furniture."""
    spans: list[tuple[int, int]] = []
    in_block = False
    offset = 0
    for raw in text.splitlines(keepends=True):
        start, end = offset, offset + len(raw)
        offset = end
        line = raw.strip()
        if not line:
            continue
        key = line.rstrip(":").strip().casefold()
        if key in rules.section_markers:
            in_block = True
            spans.append((start, end))
            continue
        if in_block and len(line) <= rules.block_line_chars:
            spans.append((start, end))
            continue
        in_block = False
        if is_headline(line) or any(p.fullmatch(line) for p in rules.line_patterns):
            spans.append((start, end))
    return spans


def prose(
    text: str, sentences: Sequence[Sentence], rules: LayoutRules | None = None
) -> list[Sentence]:
    """The sentences of ``text`` that are not page furniture, in order."""
    rules = rules or default_layout_rules()
    furniture = _furniture_lines(text, rules)
    out: list[Sentence] = []
    i = 0
    for s in sentences:
        while i < len(furniture) and furniture[i][1] <= s.start:
            i += 1
        if i < len(furniture) and furniture[i][0] <= s.start and s.end <= furniture[i][1]:
            continue  # the whole sentence is one furniture line
        out.append(s)
    return out
