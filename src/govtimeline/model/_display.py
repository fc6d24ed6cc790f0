"""The Jupyter display of the model records that render (internal).

The mixin asks the :data:`~govtimeline.model._hooks.RENDERER` slot, which
:mod:`govtimeline.render` fills, for the representations IPython asked for
(``include``/``exclude``). With the slot empty it offers ``text/plain`` only.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from govtimeline.model._hooks import RENDERER, wanted


class _Displayed:
    """Jupyter display through the render slot (one render path: :mod:`govtimeline.render.jupyter`)."""

    __slots__ = ()

    def _repr_mimebundle_(
        self,
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        **kwargs: Any,
    ) -> dict[str, str]:
        renderer = RENDERER.peek()
        if renderer is not None:
            return renderer.mimebundle(self, include=include, exclude=exclude)  # type: ignore[arg-type]
        return {"text/plain": repr(self)} if wanted("text/plain", include, exclude) else {}

    def _repr_html_(self) -> str | None:
        renderer = RENDERER.peek()
        if renderer is None:
            return None
        return renderer.mimebundle(self, include=("text/html",), exclude=None)["text/html"]  # type: ignore[arg-type]
