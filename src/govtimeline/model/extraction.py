"""Everything one document says: the output of :func:`govtimeline.extract`."""

from __future__ import annotations

import attrs

from govtimeline.model._printing import clip, plural
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

    def __repr__(self) -> str:
        """``<Extraction 'paris-2025': 6 dates, 4 mentions, 7 actors, 5 acts, 3 positions>``."""
        return f"<Extraction {clip(self.document.id, 40)!r}: {self._counts()}>"

    def __str__(self) -> str:
        """The counts, then each mention and position on a line of its own."""
        lines = [f"Extraction of {self.document.id}: {self._counts()}"]
        lines += [f"  mention  {m}" for m in self.mentions]
        lines += [f"  act      {a}" for a in self.acts]
        lines += [f"  position {p}" for p in self.positions]
        return "\n".join(lines)

    def _counts(self) -> str:
        return ", ".join(
            (
                plural(len(self.dates), "date"),
                plural(len(self.mentions), "mention"),
                plural(len(self.actors), "actor"),
                plural(len(self.acts), "act"),
                plural(len(self.positions), "position"),
            )
        )
