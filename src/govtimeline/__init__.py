"""govtimeline: typed, sourced timelines of events and positions from text.

The public API lives here; everything else is internal. See ``docs/index.md``.

The exports are verbs here (``gt.to_json(tl)``, ``gt.render_html(tl)``, ``gt.plot_timeline(tl)``…);
the Timeline methods of the same job (``tl.to_json()``, ``tl.to_html()``, ``tl.plot()``…) call the
same functions through the slots that importing :mod:`govtimeline.io`, :mod:`govtimeline.render`
and :mod:`govtimeline.analysis` fills (see ``govtimeline.model._hooks``). The verbs that need
matplotlib or cattrs load them on first use, so ``import govtimeline`` stays light.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

from govtimeline import dates as _dates  # noqa: F401  (fills the model's date slot)
from govtimeline.analysis import diff, position_changes, stance_at
from govtimeline.errors import (
    AmbiguousDateWarning,
    ArgumentError,
    DateParseError,
    ExtractionError,
    GovTimelineError,
    InputError,
    MissingExtraError,
    MissingPipelineError,
    ModelError,
    OutputError,
    PipelineError,
    SchemaError,
)
from govtimeline.io import ReadError, examples_path, read
from govtimeline.model import (
    Act,
    ActObject,
    Actor,
    ActorKind,
    ActStatus,
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
from govtimeline.model.when import Mod, Precision, When
from govtimeline.render import (
    render_diff_text,
    render_html,
    render_markdown,
    to_frame,
    to_timelinejs,
)

if TYPE_CHECKING:
    from govtimeline.batch import BatchResult, extract_many
    from govtimeline.dates import find_dates
    from govtimeline.extract import Extractor, extract
    from govtimeline.io.serialize import timeline_from_json as from_json
    from govtimeline.io.serialize import timeline_to_json as to_json
    from govtimeline.reconstruct import (
        CatalogueEntry,
        ReconstructError,
        Reconstructor,
        load_catalogue,
        load_coreference,
        load_topics,
        reconstruct,
    )
    from govtimeline.render.export import render_chart
    from govtimeline.render.plot import plot_diff, plot_positions, plot_timeline

__version__ = "0.1.0.dev0"

__all__ = [
    "Act",
    "ActObject",
    "ActStatus",
    "Actor",
    "ActorKind",
    "AmbiguousDateWarning",
    "AnchorKind",
    "ArgumentError",
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
    "Extractor",
    "GovTimelineError",
    "InputError",
    "Mention",
    "MissingExtraError",
    "MissingPipelineError",
    "Mod",
    "ModelError",
    "OutputError",
    "PipelineError",
    "Position",
    "PositionChange",
    "Precision",
    "ReadError",
    "ReconstructError",
    "Reconstructor",
    "SchemaError",
    "Stance",
    "TimeExpression",
    "Timeline",
    "TimelineDiff",
    "TimexType",
    "When",
    "__version__",
    "diff",
    "examples_path",
    "extract",
    "extract_many",
    "find_dates",
    "from_json",
    "load_catalogue",
    "load_coreference",
    "load_topics",
    "plot_diff",
    "plot_positions",
    "plot_timeline",
    "position_changes",
    "read",
    "reconstruct",
    "render_chart",
    "render_diff_text",
    "render_html",
    "render_markdown",
    "stance_at",
    "to_frame",
    "to_json",
    "to_timelinejs",
]

_LAZY = {
    "from_json": ("govtimeline.io.serialize", "timeline_from_json"),
    "to_json": ("govtimeline.io.serialize", "timeline_to_json"),
    "render_chart": ("govtimeline.render.export", "render_chart"),
    "plot_diff": ("govtimeline.render.plot", "plot_diff"),
    "plot_positions": ("govtimeline.render.plot", "plot_positions"),
    "plot_timeline": ("govtimeline.render.plot", "plot_timeline"),
    "BatchResult": ("govtimeline.batch", "BatchResult"),
    "extract_many": ("govtimeline.batch", "extract_many"),
    "find_dates": ("govtimeline.dates", "find_dates"),
    "Extractor": ("govtimeline.extract", "Extractor"),
    "extract": ("govtimeline.extract", "extract"),
    **{
        name: ("govtimeline.reconstruct", name)
        for name in (
            "CatalogueEntry",
            "ReconstructError",
            "Reconstructor",
            "load_catalogue",
            "load_coreference",
            "load_topics",
            "reconstruct",
        )
    },
}
"""Names whose modules are heavy (the stages, their lexicons, the pool; matplotlib, cattrs):
imported on first use (PEP 562), then kept in the module."""


def __getattr__(name: str) -> object:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'govtimeline' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


class _Facade(types.ModuleType):
    """This module: ``gt.extract`` and ``gt.reconstruct`` stay the verbs when the subpackages
    of those names are imported (the import system binds a subpackage on its parent; the
    eager imports of the facade used to bind the verbs back)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in ("extract", "reconstruct") and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Facade


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
