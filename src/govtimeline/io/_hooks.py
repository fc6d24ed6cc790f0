"""The model's JSON slot, filled when :mod:`govtimeline.io` is imported (internal).

cattrs loads when a timeline is first written or read, not at ``import govtimeline``.
"""

from __future__ import annotations

from govtimeline.model import Timeline
from govtimeline.model._hooks import SERIALIZER

__all__ = ["install"]


class _Serializer:
    """What ``Timeline.to_json()`` and ``Timeline.from_json()`` call."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<govtimeline.io>"

    def to_json(self, timeline: Timeline, *, indent: int | None) -> str:
        from govtimeline.io.serialize import timeline_to_json

        return timeline_to_json(timeline, indent=indent)

    def from_json(self, text: str | bytes) -> Timeline:
        from govtimeline.io.serialize import timeline_from_json

        return timeline_from_json(text)


def install() -> None:
    """Fill the model's JSON slot."""
    SERIALIZER.fill(_Serializer())
