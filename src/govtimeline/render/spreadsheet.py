"""Timelines as CSV that a spreadsheet opens safely (the ``pandas`` extra).

``govtimeline report timeline.json -o events.csv`` writes :func:`to_csv`. A cell whose
text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets ("CSV injection"): such a cell is written with a
leading apostrophe, which spreadsheets show as text and hide. Numbers, dates and the other
cells are written as :func:`govtimeline.to_frame` holds them.
"""

from __future__ import annotations

from typing import Any

from govtimeline.model import Timeline
from govtimeline.render.dataframe import to_frame

__all__ = ["FORMULA_STARTS", "neutralise", "to_csv"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""


def neutralise(value: Any) -> Any:
    """``value``, with an apostrophe in front when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(tl: Timeline, table: str = "events") -> str:
    """The ``table`` ("events" or "positions") of :func:`govtimeline.to_frame` as CSV text,
    the document ids of a row joined by ", ", formula cells neutralised (see the module
    docstring)."""
    frame = to_frame(tl, table)
    frame["documents"] = frame["documents"].map(", ".join)  # a list of ids: one cell
    text = frame.select_dtypes(include=["object", "string"]).columns
    for column in text:
        frame[column] = frame[column].map(neutralise)
    result: str = frame.to_csv(index=False)
    return result
