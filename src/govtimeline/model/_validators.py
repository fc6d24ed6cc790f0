"""Field validators and converters shared by the model records (internal).

The validators raise :class:`~govtimeline.errors.ModelError` naming the class and field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from govtimeline.errors import ModelError
from govtimeline.model.when import When


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ModelError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _string(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise ModelError(
            f"{type(instance).__name__}.{attribute.name} must be a str, got {type(value).__name__}"
        )


def _non_empty(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not value or not value.strip():
        raise ModelError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _span_order(instance: Any) -> None:
    if instance.end < instance.start:
        raise ModelError(
            f"{type(instance).__name__}: end offset {instance.end} is before start {instance.start}"
        )


def _range_order(instance: Any, first: When | None, last: When | None) -> None:
    if first is not None and last is not None and last.latest < first.earliest:
        raise ModelError(
            f"{type(instance).__name__}: range ends ({last.edtf}) before it starts ({first.edtf})"
        )


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)
