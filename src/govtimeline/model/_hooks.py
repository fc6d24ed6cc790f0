"""The slots through which the packages above the model serve its convenience methods (internal).

The model imports no sink, not even inside a function. ``tl.to_json()``, ``tl.plot()``,
``tl.to_html()``, ``tl.changes()``, ``str(diff)`` and the Jupyter display call through one
of three slots, and the package that can answer fills its slot when it is imported:

- :data:`SERIALIZER`, filled by :mod:`govtimeline.io` (JSON);
- :data:`RENDERER`, filled by :mod:`govtimeline.render` (charts, reports, notebook display);
- :data:`ANALYST`, filled by :mod:`govtimeline.analysis` (stance over time).

``import govtimeline`` imports all three, and importing any ``govtimeline.*`` module runs
``govtimeline/__init__`` first, so the slots are full before user code runs. A method whose
slot is empty (only possible half-way through that import) raises
:class:`~govtimeline.errors.GovTimelineError` naming the package to import; the Jupyter
display falls back to ``text/plain`` instead.

This is attrs' ``set_disabled``/``disabled`` pair and Rich's Jupyter mixin turned round:
the model defines what it needs (the protocols below), the sinks provide it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from govtimeline.errors import GovTimelineError

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from govtimeline.model.diff import TimelineDiff
    from govtimeline.model.events import Event
    from govtimeline.model.kinds import Stance
    from govtimeline.model.positions import Position, PositionChanges
    from govtimeline.model.timeline import DateLike, Timeline
    from govtimeline.model.when import When

__all__ = [
    "ANALYST",
    "DATES",
    "RENDERER",
    "SERIALIZER",
    "Analyst",
    "DateReader",
    "Renderer",
    "Serializer",
    "Slot",
    "wanted",
]

T = TypeVar("T")


class Slot(Generic[T]):
    """One hook of the model: empty until the package named ``filled_by`` fills it."""

    __slots__ = ("_value", "filled_by")

    def __init__(self, filled_by: str) -> None:
        self.filled_by = filled_by
        """The package that fills the slot when imported."""
        self._value: T | None = None

    def __repr__(self) -> str:
        state = "empty" if self._value is None else f"filled with {self._value!r}"
        return f"<Slot for {self.filled_by}: {state}>"

    def fill(self, value: T) -> None:
        """Put ``value`` in the slot (the last fill wins)."""
        self._value = value

    def peek(self) -> T | None:
        """What the slot holds, or None while it is empty."""
        return self._value

    def get(self) -> T:
        """What the slot holds; :class:`GovTimelineError` while it is empty."""
        if self._value is None:
            raise GovTimelineError(
                f"{self.filled_by} is not imported yet, so this method cannot run: "
                f"import govtimeline (or {self.filled_by}) first"
            )
        return self._value


class Serializer(Protocol):
    """What :meth:`Timeline.to_json` and :meth:`Timeline.from_json` call."""

    def to_json(self, timeline: Timeline, *, indent: int | None) -> str:
        """The timeline as JSON (schema ``govtimeline.timeline/1``)."""

    def from_json(self, text: str | bytes) -> Timeline:
        """A timeline saved by :meth:`to_json`."""


class Renderer(Protocol):
    """What the charts, reports and the Jupyter display of the model call."""

    def mimebundle(
        self,
        value: Timeline | TimelineDiff | Event | Position,
        *,
        include: Collection[str] | None,
        exclude: Collection[str] | None,
    ) -> dict[str, str]:
        """The notebook representations of ``value`` that ``include``/``exclude`` let through."""

    def to_html(self, timeline: Timeline, *, title: str, path: str | Path | None) -> str:
        """The HTML report, also written to ``path`` when given."""

    def to_markdown(self, timeline: Timeline, *, title: str) -> str:
        """The Markdown report."""

    def to_timelinejs(self, timeline: Timeline, *, title: str) -> str:
        """TimelineJS3 JSON."""

    def to_frame(self, timeline: Timeline, table: str, *, index: str | None) -> Any:
        """A pandas DataFrame of the events or positions."""

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
        """Draw a chart and write it to ``path``."""

    def plot(self, timeline: Timeline, *, lanes: str, ax: Axes | None, title: str | None) -> Axes:
        """The events on a time axis."""

    def plot_positions(
        self,
        timeline: Timeline,
        *,
        topic: str | None,
        actors: Sequence[str] | None,
        ax: Axes | None,
    ) -> Axes:
        """Actors' stances over time."""

    def plot_diff(self, diff: TimelineDiff, *, ax: Axes | None) -> Axes:
        """Added, removed and re-dated events."""

    def diff_text(self, diff: TimelineDiff) -> str:
        """A plain-text account of a diff."""


class DateReader(Protocol):
    """What :func:`~govtimeline.model.published.parse_date_string` tries before dateparser."""

    def __call__(self, text: str, lang: str) -> When | None:
        """The date ``text`` is (read by the date grammar), or None."""


class Analyst(Protocol):
    """What :meth:`Timeline.changes` and :meth:`Timeline.stance` call."""

    def position_changes(
        self, positions: Iterable[Position], *, actor: str | None, topic: str | None
    ) -> PositionChanges:
        """Every change of stance, in date order."""

    def stance_at(
        self, positions: Iterable[Position], *, actor: str, topic: str, at: DateLike
    ) -> Stance | None:
        """The stance in force at ``at``."""


SERIALIZER: Slot[Serializer] = Slot("govtimeline.io")
"""Filled by :mod:`govtimeline.io`."""
RENDERER: Slot[Renderer] = Slot("govtimeline.render")
"""Filled by :mod:`govtimeline.render`."""
ANALYST: Slot[Analyst] = Slot("govtimeline.analysis")
"""Filled by :mod:`govtimeline.analysis`."""
DATES: Slot[DateReader] = Slot("govtimeline.dates")
"""Filled by :mod:`govtimeline.dates`: metadata dates read by the date grammar."""


def wanted(mimetype: str, include: Collection[str] | None, exclude: Collection[str] | None) -> bool:
    """Whether a notebook asked for ``mimetype``: in ``include`` (when given), not in ``exclude``.

    IPython passes ``include`` and ``exclude`` to ``_repr_mimebundle_``; Rich's mixin
    filters its bundle the same way.
    """
    return (include is None or mimetype in include) and (exclude is None or mimetype not in exclude)
