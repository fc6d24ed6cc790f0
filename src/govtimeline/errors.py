"""Errors raised by govtimeline.

Every error the library raises on purpose derives from :class:`GovTimelineError`.
Each subclass also inherits the builtin exception it refines, so callers that
already catch ``ValueError`` or ``OSError`` keep working::

    GovTimelineError (Exception)
    ├── SchemaError (ValueError)        JSON that does not match the timeline schema
    ├── InputError (ValueError)         a document that cannot be read or decoded
    ├── ModelError (ValueError)         a model value that breaks an invariant
    ├── DateParseError (ValueError)     a date string that cannot be understood
    ├── ExtractionError (RuntimeError)  extraction failed on one document
    ├── PipelineError (ValueError)      an extraction pipeline built wrongly
    ├── OutputError (ValueError)        an output asked for in a form we cannot make
    ├── MissingExtraError (ImportError) an optional dependency is not installed
    └── MissingPipelineError (ImportError) no spaCy pipeline to parse with is installed

Messages name the document or field, what was expected, what was found and,
where there is one, what to do about it.

One warning, :class:`AmbiguousDateWarning` (``UserWarning``): a date such as
"07/10/2025" that reads both day first and month first, read by the convention of
its document's language.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousDateWarning",
    "DateParseError",
    "ExtractionError",
    "GovTimelineError",
    "InputError",
    "MissingExtraError",
    "MissingPipelineError",
    "ModelError",
    "OutputError",
    "PipelineError",
    "SchemaError",
]


def _rebuild(cls: type[Exception], message: str, keywords: dict[str, str]) -> Exception:
    """Unpickle an error whose constructor takes keyword arguments (process pools need it)."""
    return cls(message, **keywords)


class GovTimelineError(Exception):
    """Root of every error raised on purpose by govtimeline."""


class SchemaError(GovTimelineError, ValueError):
    """JSON input does not match the timeline schema.

    ``path`` is the location of the offending field, e.g. ``$.events[3].when.precision``.
    """

    def __init__(self, message: str, *, path: str = "$") -> None:
        super().__init__(f"{path}: {message}")
        self.message = message
        self.path = path

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message, {"path": self.path}))


class InputError(GovTimelineError, ValueError):
    """A document cannot be read: unreadable, binary, wrongly encoded or malformed.

    ``source`` names the file or record that failed.
    """

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(f"{source}: {message}")
        self.message = message
        self.source = source

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message, {"source": self.source}))


class ModelError(GovTimelineError, ValueError):
    """A model value breaks an invariant (e.g. ``earliest`` after ``latest``)."""


class DateParseError(GovTimelineError, ValueError):
    """A date string (metadata, EDTF, TIMEX3) cannot be understood."""


class ExtractionError(GovTimelineError, RuntimeError):
    """Extraction failed on one document; ``document`` names it."""

    def __init__(self, message: str, *, document: str) -> None:
        super().__init__(f"document {document!r}: {message}")
        self.message = message
        self.document = document

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message, {"document": self.document}))


class PipelineError(GovTimelineError, ValueError):
    """An extraction pipeline that cannot run as built: a repeated component name, a field
    no component assigns, a component asked for that is not there."""


class OutputError(GovTimelineError, ValueError):
    """An output cannot be made as asked: unknown chart kind, lane grouping or file format.

    The message lists the accepted values.
    """


class MissingExtraError(GovTimelineError, ImportError):
    """An optional dependency is needed; the message names the extra to install."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs the optional dependency group {extra!r}: "
            f"pip install 'govtimeline[{extra}]'"
        )
        self.extra = extra


class MissingPipelineError(GovTimelineError, ImportError):
    """Extraction needs spaCy and an English pipeline; the message says what to install."""


class AmbiguousDateWarning(UserWarning):
    """A numeric date reads both ways ("07/10/2025": 7 October or 10 July).

    It was read by the convention of its document's language (month first in ``en`` and
    ``en-US``, day first elsewhere); pass ``day_first=`` to :func:`govtimeline.read` to say
    which, and the warning goes away.
    """
