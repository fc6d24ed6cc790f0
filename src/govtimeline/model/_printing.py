"""How the records print (internal): the pieces their ``repr`` and ``str`` share.

Every record has a short ``repr`` (one line, ``<Event summit 'AI Action Summit' …>``)
and a readable ``str``, with dates in words (:mod:`govtimeline.model.datetext`);
EDTF stays on :attr:`~govtimeline.model.when.When.edtf` and in JSON. A timeline prints
as a summary (counts and the span of its dates), and position changes as a table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from govtimeline.model.datetext import describe_range
from govtimeline.model.kinds import Stance

if TYPE_CHECKING:
    from govtimeline.model.when import When

__all__ = ["clip", "date_words", "plural", "span_words", "stance_phrase", "table"]

_STANCE_PHRASES = {
    Stance.SUPPORT: "supports",
    Stance.OPPOSE: "opposes",
    Stance.ABSTAIN: "abstains on",
    Stance.MIXED: "is mixed on",
}


def plural(count: int, noun: str) -> str:
    """``3 events``, ``1 event``, ``2 aliases``."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {noun}{'es' if noun.endswith(('s', 'ch', 'sh', 'x')) else 's'}"


def clip(text: str, limit: int = 60) -> str:
    """``text`` on one line of printable characters, cut to ``limit`` with an ellipsis."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def date_words(when: When | None, end: When | None = None) -> str:
    """A date (or a range) in words; ``undated`` for None."""
    return "undated" if when is None else describe_range(when, end)


def span_words(spans: Iterable[tuple[When, When | None]]) -> str:
    """From the earliest start to the latest end of ``(start, end)`` pairs, in words ("" if none)."""
    pairs = list(spans)
    if not pairs:
        return ""
    first = min((start for start, _ in pairs), key=lambda w: (w.earliest, w.latest))
    last = max((end or start for start, end in pairs), key=lambda w: (w.latest, -w.days))
    if first == last:
        return date_words(first)
    return f"{date_words(first)} to {date_words(last)}"


def stance_phrase(stance: Stance) -> str:
    """The stance as a verb phrase: ``supports``, ``opposes``, ``abstains on``, ``is mixed on``."""
    return _STANCE_PHRASES[stance]


def table(header: Sequence[str], rows: Iterable[Sequence[str]], *, indent: str = "") -> str:
    """A plain-text table: a header line and one line per row, columns padded to align."""
    lines = [tuple(header), *(tuple(row) for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        indent
        + "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )
