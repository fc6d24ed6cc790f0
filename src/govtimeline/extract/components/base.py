"""What a component is: a named step over a :class:`~govtimeline.extract.work.WorkDoc`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.work import WorkDoc

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["Component"]


@attrs.frozen(kw_only=True)
class Component:
    """A named extraction step: it reads the fields it ``requires`` and fills those it
    ``assigns`` (spaCy's ``Language`` components are the model)."""

    name: str
    """Unique within a pipeline."""
    requires: tuple[str, ...]
    """WorkDoc fields it reads (besides ``document`` and ``anchor``)."""
    assigns: tuple[str, ...]
    """WorkDoc fields it fills."""
    run: Callable[[WorkDoc, Resources], WorkDoc] = attrs.field(repr=False)
    """The step itself: a pure function of the work so far and the shared resources."""

    def __call__(self, work: WorkDoc, resources: Resources) -> WorkDoc:
        return self.run(work, resources)
