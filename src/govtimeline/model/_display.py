"""The Jupyter display mixin of the model records that render (internal)."""

from __future__ import annotations


class _Displayed:
    """Jupyter display through :func:`govtimeline.jupyter.mimebundle` (one render path)."""

    __slots__ = ()

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        from govtimeline.jupyter import mimebundle

        return mimebundle(self)  # type: ignore[arg-type]

    def _repr_html_(self) -> str:
        from govtimeline.jupyter import mimebundle

        return mimebundle(self)["text/html"]  # type: ignore[arg-type]
