"""The sinks that show a timeline to people: charts, reports, notebooks, tables.

- :mod:`.plot`: matplotlib charts (timeline, positions, diff), with the private
  ``_chart``, ``_labels`` and ``_plot_changes``;
- :mod:`.report`: the HTML and Markdown reports; :mod:`.export`: charts as file bytes;
- :mod:`.jupyter`: the notebook display; :mod:`.timelinejs`: TimelineJS3 JSON;
- :mod:`.dataframe`: pandas DataFrames; :mod:`.datetext`: dates in words.

Importing this package fills the model's render slot, which ``tl.plot()``, ``tl.to_html()``,
``str(diff)`` and the notebook display call. The chart modules load matplotlib, so they are
imported when first used, not here.
"""

from __future__ import annotations

from govtimeline.render import _hooks
from govtimeline.render.dataframe import to_frame
from govtimeline.render.report import render_diff_text, render_html, render_markdown
from govtimeline.render.timelinejs import to_timelinejs

__all__ = ["render_diff_text", "render_html", "render_markdown", "to_frame", "to_timelinejs"]

_hooks.install()
