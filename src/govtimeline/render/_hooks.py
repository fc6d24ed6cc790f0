"""The model's render slot, filled when :mod:`govtimeline.render` is imported (internal).

Each method imports the module that draws or writes when first called, so
``import govtimeline`` loads neither matplotlib nor pandas.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govtimeline.model import Event, Position, Timeline, TimelineDiff
from govtimeline.model._hooks import RENDERER

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["install"]


class _Renderer:
    """What ``Timeline.plot()``, ``tl.to_html()``, ``str(diff)`` and the notebook display call."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<govtimeline.render>"

    def mimebundle(
        self,
        value: Timeline | TimelineDiff | Event | Position,
        *,
        include: Collection[str] | None,
        exclude: Collection[str] | None,
    ) -> dict[str, str]:
        from govtimeline.render.jupyter import mimebundle

        return mimebundle(value, include=include, exclude=exclude)

    def to_html(self, timeline: Timeline, *, title: str, path: str | Path | None) -> str:
        from govtimeline.io.writing import write_atomic
        from govtimeline.render.report import render_html

        page = render_html(timeline, title=title)
        if path is not None:
            write_atomic(path, page)
        return page

    def to_markdown(self, timeline: Timeline, *, title: str) -> str:
        from govtimeline.render.report import render_markdown

        return render_markdown(timeline, title=title)

    def to_timelinejs(self, timeline: Timeline, *, title: str) -> str:
        from govtimeline.render.timelinejs import to_timelinejs

        return to_timelinejs(timeline, title=title)

    def to_frame(self, timeline: Timeline, table: str, *, index: str | None) -> Any:
        from govtimeline.render.dataframe import to_frame

        return to_frame(timeline, table, index=index)

    def savefig(
        self,
        timeline: Timeline,
        path: str | Path,
        *,
        kind: str,
        lanes: str,
        topic: str | None,
        dpi: float,
    ) -> Path:
        from govtimeline.io.writing import write_atomic
        from govtimeline.render.export import render_chart

        fmt = Path(path).suffix.lstrip(".").lower()
        data = render_chart(timeline, kind=kind, fmt=fmt, lanes=lanes, topic=topic, dpi=dpi)
        return write_atomic(path, data)

    def plot(self, timeline: Timeline, *, lanes: str, ax: Axes | None, title: str | None) -> Axes:
        from govtimeline.render.plot import plot_timeline

        return plot_timeline(timeline, lanes=lanes, ax=ax, title=title)  # type: ignore[arg-type]

    def plot_positions(
        self,
        timeline: Timeline,
        *,
        topic: str | None,
        actors: Sequence[str] | None,
        ax: Axes | None,
    ) -> Axes:
        from govtimeline.render.plot import plot_positions

        return plot_positions(timeline, topic=topic, actors=actors, ax=ax)

    def plot_diff(self, diff: TimelineDiff, *, ax: Axes | None) -> Axes:
        from govtimeline.render.plot import plot_diff

        return plot_diff(diff, ax=ax)

    def diff_text(self, diff: TimelineDiff) -> str:
        from govtimeline.render.report import render_diff_text

        return render_diff_text(diff)


def install() -> None:
    """Fill the model's render slot."""
    RENDERER.fill(_Renderer())
