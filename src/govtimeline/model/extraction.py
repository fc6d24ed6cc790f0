"""Everything one document says: the output of :func:`govtimeline.extract`."""

from __future__ import annotations

import attrs

from govtimeline.model._validators import _tuple
from govtimeline.model.acts import Act
from govtimeline.model.positions import Position
from govtimeline.model.records import Actor, Document, Mention, TimeExpression

__all__ = ["Extraction"]


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything one document says: the output of :func:`govtimeline.extract`."""

    document: Document
    """The document it came from."""
    dates: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_tuple)
    """Every time expression found."""
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    """Event mentions."""
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    """Actors named."""
    positions: tuple[Position, ...] = attrs.field(default=(), converter=_tuple)
    """Positions taken."""
    acts: tuple[Act, ...] = attrs.field(default=(), converter=_tuple)
    """The governance acts read from its clauses, in text order; mentions of acts and
    positions are derived from them."""
