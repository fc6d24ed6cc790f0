"""The working record extraction's components read and extend: :class:`WorkDoc`.

Each component (:mod:`govtimeline.extract.components`) takes a WorkDoc and returns a
new one with the fields it *assigns* filled; it may read only the fields it *requires*
(and ``document``/``anchor``, always there). :class:`govtimeline.extract.Extractor`
checks the order once, when it is built, the way spaCy's ``analyze_pipes`` does.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from govtimeline.extract.acts.context import ParsedSentence
from govtimeline.extract.gazetteer import ActorMention
from govtimeline.extract.sentences import Sentence
from govtimeline.model import Act, Document, Mention, Position, TimeExpression

__all__ = ["FIELDS", "WorkDoc"]


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class WorkDoc:
    """One document on its way through the extraction pipeline."""

    document: Document
    """The document being read."""
    anchor: date | None = None
    """Its publication date when known to the day: what relative dates count from."""
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=_tuple)
    """Its prose sentences (page furniture left out)."""
    dates: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_tuple)
    """Every time expression in its text."""
    actors: tuple[ActorMention, ...] = attrs.field(default=(), converter=_tuple)
    """Actor mentions (gazetteer and quoted people), in text order."""
    occasions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    """Mentions of occasions and named instruments (summits, declarations …)."""
    parsed: tuple[ParsedSentence, ...] = attrs.field(default=(), converter=_tuple)
    """The sentences worth parsing, with their parse and the findings mapped onto tokens."""
    acts: tuple[Act, ...] = attrs.field(default=(), converter=_tuple)
    """Governance acts read from the parse."""
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    """Event mentions: occasions and the acts that are events."""
    positions: tuple[Position, ...] = attrs.field(default=(), converter=_tuple)
    """Positions derived from the acts."""


FIELDS = frozenset(f.name for f in attrs.fields(WorkDoc)) - {"document", "anchor"}
"""The fields components may require and assign."""
