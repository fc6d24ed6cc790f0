"""govtimeline: typed, sourced timelines of events and positions from text.

The public API lives here; everything else is internal. See ``docs/index.md``.
"""

from govtimeline.batch import BatchResult, extract_many
from govtimeline.dates import find_dates
from govtimeline.diff import diff, render_diff_text
from govtimeline.errors import (
    DateParseError,
    ExtractionError,
    GovTimelineError,
    InputError,
    MissingExtraError,
    ModelError,
    OutputError,
    SchemaError,
)
from govtimeline.extract import extract
from govtimeline.io import ReadError, read
from govtimeline.model import (
    Actor,
    ActorKind,
    AnchorKind,
    Claim,
    Conflict,
    Document,
    DocumentAnchor,
    Event,
    EventChange,
    EventKind,
    EventStatus,
    Evidence,
    Extraction,
    Mention,
    Position,
    PositionChange,
    Stance,
    TimeExpression,
    Timeline,
    TimelineDiff,
    TimexType,
)
from govtimeline.reconstruct import CatalogueEntry, load_catalogue, reconstruct
from govtimeline.when import Mod, Precision, When

__version__ = "0.1.0.dev0"

__all__ = [
    "Actor",
    "ActorKind",
    "AnchorKind",
    "BatchResult",
    "CatalogueEntry",
    "Claim",
    "Conflict",
    "DateParseError",
    "Document",
    "DocumentAnchor",
    "Event",
    "EventChange",
    "EventKind",
    "EventStatus",
    "Evidence",
    "Extraction",
    "ExtractionError",
    "GovTimelineError",
    "InputError",
    "Mention",
    "MissingExtraError",
    "Mod",
    "ModelError",
    "OutputError",
    "Position",
    "PositionChange",
    "Precision",
    "ReadError",
    "SchemaError",
    "Stance",
    "TimeExpression",
    "Timeline",
    "TimelineDiff",
    "TimexType",
    "When",
    "__version__",
    "diff",
    "extract",
    "extract_many",
    "find_dates",
    "load_catalogue",
    "read",
    "reconstruct",
    "render_diff_text",
]
