"""Charts as file contents: pure functions from a timeline (or Axes) to bytes.

:meth:`Timeline.savefig <govtimeline.model.Timeline.savefig>` and
:func:`govtimeline.render.report.save_chart` write what these return, atomically.
The format comes from the file suffix: ``.svg``, ``.png`` or ``.pdf``.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from govtimeline.errors import OutputError
from govtimeline.model import Timeline
from govtimeline.render._chart import quiet_glyphs

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["CHART_FORMATS", "CHART_KINDS", "chart_bytes", "render_chart"]

CHART_FORMATS = ("svg", "png", "pdf")
"""File formats a chart can be saved in."""
CHART_KINDS = ("timeline", "positions")
"""Charts :func:`render_chart` can draw."""


def _check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in CHART_FORMATS:
        raise OutputError(
            f"cannot save a chart as {fmt or 'a file without a suffix'!r}: "
            f"use a path ending in {', '.join('.' + f for f in CHART_FORMATS)}"
        )
    return fmt


def chart_bytes(ax: Axes, fmt: str, *, dpi: float = 150) -> bytes:
    """The figure of ``ax`` as SVG, PNG or PDF bytes; the figure is closed.

    No creation date is written into the file, and SVG ids are drawn from a fixed
    ``svg.hashsalt`` (``rcParams["svg.hashsalt"]`` when set, else "govtimeline"), so the
    same chart gives the same SVG and PDF.
    """
    import matplotlib
    import matplotlib.pyplot as plt

    figure = ax.get_figure(root=True)
    assert figure is not None
    buffer = io.BytesIO()
    try:
        fmt = _check_format(fmt)
        # no creation date (the same chart gives the same file) and no creator URL
        metadata = {
            "svg": {"Date": None, "Creator": None},
            "pdf": {"CreationDate": None, "Creator": None},
        }.get(fmt, {})
        salt = matplotlib.rcParams["svg.hashsalt"] or "govtimeline"  # a salt set by the user wins
        with quiet_glyphs(), matplotlib.rc_context({"svg.hashsalt": salt}):
            figure.savefig(buffer, format=fmt, bbox_inches="tight", dpi=dpi, metadata=metadata)
    finally:
        plt.close(figure)
    data = buffer.getvalue()
    if fmt == "svg":  # matplotlib repeats every label in an XML comment: drop them
        data = re.sub(rb"<!--.*?-->", b"", data, flags=re.S)
    return data


def render_chart(
    tl: Timeline,
    *,
    kind: str = "timeline",
    fmt: str = "png",
    lanes: str = "kind",
    topic: str | None = None,
    dpi: float = 150,
) -> bytes:
    """Draw the ``kind`` chart of ``tl`` ("timeline" or "positions") and return its file bytes."""
    from govtimeline.render.plot import plot_positions, plot_timeline

    fmt = _check_format(fmt)
    if kind == "timeline":
        ax = plot_timeline(tl, lanes=lanes)  # type: ignore[arg-type]
    elif kind == "positions":
        ax = plot_positions(tl, topic=topic)
    else:
        raise OutputError(f"kind must be one of {list(CHART_KINDS)}, got {kind!r}")
    return chart_bytes(ax, fmt, dpi=dpi)
