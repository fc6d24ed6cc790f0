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
    ├── ArgumentError (TypeError, ValueError)  a function called with an argument it cannot take
    ├── MissingExtraError (ImportError) an optional dependency is not installed
    └── MissingPipelineError (ImportError) no spaCy pipeline to parse with is installed

Batch failures refine these where the values they carry live:
``govtimeline.io.ReadError`` (an ``InputError``: the documents that were read) and
``govtimeline.reconstruct.ReconstructError`` (an ``ExtractionError``: the timeline of
the documents that did not fail).

Messages name the document or field, what was expected, what was found and,
where there is one, what to do about it. Every error pickles and unpickles whole
(attributes included), so a process pool or a Dask client gets the error the worker
raised, not a bare ``Exception``.

One warning, :class:`AmbiguousDateWarning` (``UserWarning``): a date such as
"07/10/2025" that reads both day first and month first, read by the convention of
its document's language.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousDateWarning",
    "ArgumentError",
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
    "one_of",
]


def _rebuild(cls: type[Exception], message: str, keywords: dict[str, str]) -> Exception:
    """Unpickle an error pickled by version 0.1.0.dev0 (kept so old pickles still load)."""
    return cls(message, **keywords)


def _restore(
    cls: type[GovTimelineError], args: tuple[object, ...], state: dict[str, object]
) -> GovTimelineError:
    """Unpickle an error without calling its constructor: its arguments and attributes as saved."""
    error = cls.__new__(cls, *args)
    super(GovTimelineError, error).__init__(*args)  # the builtin's own fields (ImportError.msg)
    error.__dict__.update(state)
    return error


class GovTimelineError(Exception):
    """Root of every error raised on purpose by govtimeline.

    It pickles with its attributes and without calling the constructor again, so
    subclasses whose constructors take keyword or other arguments (``ReadError``,
    ``MissingExtraError``, yours) unpickle as they were.
    """

    def __reduce__(self) -> tuple[object, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class SchemaError(GovTimelineError, ValueError):
    """JSON input does not match the timeline schema.

    ``path`` is the location of the offending field, e.g. ``$.events[3].when.precision``.
    """

    def __init__(self, message: str, *, path: str = "$") -> None:
        super().__init__(f"{path}: {message}")
        self.message = message
        self.path = path


class InputError(GovTimelineError, ValueError):
    """A document cannot be read: unreadable, binary, wrongly encoded or malformed.

    ``source`` names the file or record that failed.
    """

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(f"{source}: {message}")
        self.message = message
        self.source = source


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


class PipelineError(GovTimelineError, ValueError):
    """An extraction pipeline that cannot run as built: a repeated component name, a field
    no component assigns, a component asked for that is not there."""


class OutputError(GovTimelineError, ValueError):
    """An output cannot be made as asked: unknown chart kind, lane grouping or file format.

    The message lists the accepted values.
    """


class ArgumentError(GovTimelineError, TypeError, ValueError):
    """A function was called with an argument it cannot take (wrong type or unknown value).

    ``argument`` names it (``"on_error"``, ``"reconstruct(items)"``); the message says
    what was expected and what was given. It is both a ``TypeError`` and a ``ValueError``,
    what Python and the standard library raise for the two kinds of misuse.
    """

    def __init__(self, message: str, *, argument: str) -> None:
        super().__init__(f"{argument}: {message}")
        self.message = message
        self.argument = argument


def one_of(argument: str, value: object, choices: tuple[str, ...]) -> str:
    """``value`` if it is one of ``choices``, else an :class:`ArgumentError` naming ``argument``.

    The check behind every ``on_error=``, so a typo ("rasie") is never taken for another choice.
    """
    if isinstance(value, str) and value in choices:
        return value
    listed = " or ".join(repr(c) for c in choices)
    raise ArgumentError(f"expected {listed}, got {value!r:.60}", argument=argument)


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
