"""Timelines as pandas DataFrames (the optional ``pandas`` extra).

``tl.to_frame()`` gives one row per event, ``tl.to_frame("positions")`` one
row per position. Dates come three ways: ``date`` in words at the true
precision, ``edtf`` exact and machine-readable, and ``earliest``/``latest``
as ``datetime64[s]`` bounds (NaT when undated) for filtering and sorting;
``precision`` says which unit the date is known to.

``documents`` is a list column (the ids of the documents behind each row;
``frame.explode("documents")`` gives one row per link). ``kind``, ``status``,
``stance`` and ``precision`` are categoricals over the *whole* enum, so frames of two
timelines concatenate without falling back to ``object``; ``precision`` is ordered
from the finest unit to the coarsest (``frame[frame.precision <= "month"]`` keeps the
dates known to the month or better). ``index="id"`` makes a column the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from govtimeline.errors import MissingExtraError, OutputError
from govtimeline.model import EventKind, EventStatus, Stance, Timeline
from govtimeline.model.when import Precision, When
from govtimeline.render.datetext import describe_range

__all__ = ["CATEGORIES", "EVENT_COLUMNS", "POSITION_COLUMNS", "TABLES", "to_frame"]

TABLES = ("events", "positions")
"""What :func:`to_frame` can tabulate."""
EVENT_COLUMNS = (
    "id",
    "name",
    "kind",
    "status",
    "date",
    "edtf",
    "precision",
    "earliest",
    "latest",
    "location",
    "body",
    "documents",
    "mentions",
    "contested",
)
"""Columns of the events table, in order."""
POSITION_COLUMNS = (
    "actor",
    "via",
    "topic",
    "stance",
    "date",
    "edtf",
    "precision",
    "earliest",
    "latest",
    "event",
    "documents",
    "quote",
)
"""Columns of the positions table, in order."""


CATEGORIES: dict[str, tuple[tuple[str, ...], bool]] = {
    "kind": (tuple(k.value for k in EventKind), False),
    "status": (tuple(s.value for s in EventStatus), False),
    "stance": (tuple(s.value for s in Stance), False),
    "precision": (tuple(p.value for p in sorted(Precision, key=lambda p: p.rank)), True),
}
"""Each categorical column: its categories (every value of its enum) and whether ordered."""


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingExtraError("Timeline.to_frame", "pandas") from None
    return pandas


def _dates(pd: Any, days: Sequence[str | None]) -> Any:
    import numpy as np

    values = np.array([d or "NaT" for d in days], dtype="datetime64[D]").astype("datetime64[s]")
    return pd.Series(values, dtype="datetime64[s]")


def _when_columns(when: When | None, end: When | None = None) -> dict[str, Any]:
    last = end or when
    return {
        "date": describe_range(when, end) if when else None,
        "edtf": (when.edtf + (f"/{end.edtf}" if end and end != when else "")) if when else None,
        "precision": when.precision.value if when else None,
        "earliest": when.earliest.isoformat() if when else None,
        "latest": last.latest.isoformat() if last else None,
    }


def to_frame(tl: Timeline, table: str = "events", *, index: str | None = None) -> Any:
    """A DataFrame of ``tl``'s events or positions (see the module docstring).

    ``index`` names a column to use as the index (``"id"`` for events).
    """
    if table not in TABLES:
        raise OutputError(f"to_frame: table must be one of {list(TABLES)}, got {table!r}")
    pd = _pandas()
    contested = {c.event for c in tl.conflicts}
    columns: tuple[str, ...]
    if table == "events":
        columns = EVENT_COLUMNS
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind.value,
                "status": e.status.value,
                **_when_columns(e.when, e.end),
                "location": e.location,
                "body": e.body,
                "documents": list(e.documents),
                "mentions": len(e.mentions),
                "contested": e.id in contested,
            }
            for e in tl.events
        ]
    else:
        columns = POSITION_COLUMNS
        rows = [
            {
                "actor": p.actor,
                "via": p.via,
                "topic": p.topic,
                "stance": p.stance.value,
                **_when_columns(p.when),
                "event": p.event,
                "documents": list(p.documents),
                "quote": p.evidence[0].quote if p.evidence else None,
            }
            for p in tl.positions
        ]
    frame = pd.DataFrame(rows, columns=list(columns))
    for column in ("earliest", "latest"):
        frame[column] = _dates(pd, [row[column] for row in rows])
    for column, (categories, ordered) in CATEGORIES.items():
        if column in frame:
            dtype = pd.CategoricalDtype(list(categories), ordered=ordered)
            frame[column] = frame[column].astype(dtype)
    if index is None:
        return frame
    if index not in columns:
        raise OutputError(
            f"to_frame: index must be one of the {table} columns {list(columns)}, got {index!r}"
        )
    return frame.set_index(index)
