"""Pin the public API so it only changes on purpose (httpx's tests/test_exported_members.py).

Adding or removing a public name fails here until this list, and the CHANGELOG, say so.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import govtimeline
import govtimeline as gt

EXPECTED = [
    "Act",
    "ActObject",
    "ActStatus",
    "Actor",
    "ActorKind",
    "AmbiguousDateWarning",  # "07/10/2025" read by the language's convention (issue 18)
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
    "Reconstructor",  # reconstruction with its lexicons passed in (issue 17)
    "SchemaError",
    "Stance",
    "TimeExpression",
    "Timeline",
    "TimelineDiff",
    "TimexType",
    "When",
    "__version__",
    "diff",
    "examples_path",  # the bundled examples the README quickstart reads (issue 18)
    "extract",
    "extract_many",
    "find_dates",
    "from_json",  # the sinks as verbs (issue 17): from_json, plot_*, position_changes,
    # render_chart, render_html, render_markdown, stance_at, to_frame, to_json, to_timelinejs
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


def test_all_is_the_pinned_list() -> None:
    assert govtimeline.__all__ == EXPECTED


def test_all_is_sorted_and_importable() -> None:
    names = govtimeline.__all__
    assert list(names) == sorted(names)
    for name in names:
        assert hasattr(govtimeline, name), name
    assert set(names) <= set(dir(govtimeline))


def test_public_names_have_docstrings() -> None:
    for name in govtimeline.__all__:
        obj = getattr(govtimeline, name)
        if name.startswith("__"):
            continue
        assert (obj.__doc__ or "").strip(), f"{name} has no docstring"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="plot_everything"):
        govtimeline.plot_everything  # type: ignore[attr-defined]  # noqa: B018


def test_import_loads_no_chart_table_or_json_library() -> None:
    # the chart and JSON verbs load matplotlib and cattrs on first use (issue 17)
    probe = (
        "import sys, govtimeline as gt; "
        "heavy = [m for m in ('matplotlib', 'pandas', 'cattrs') if m in sys.modules]; "
        "assert not heavy, heavy; "
        "gt.plot_timeline; assert 'matplotlib' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=120)


def test_the_verbs_are_the_functions_the_methods_call() -> None:
    from govtimeline.io.serialize import timeline_from_json, timeline_to_json
    from govtimeline.render.plot import plot_diff, plot_positions, plot_timeline

    assert govtimeline.to_json is timeline_to_json
    assert govtimeline.from_json is timeline_from_json
    assert govtimeline.plot_timeline is plot_timeline
    assert govtimeline.plot_positions is plot_positions
    assert govtimeline.plot_diff is plot_diff


def test_output_error_is_public_and_a_value_error() -> None:
    # added with chart lanes, chart formats and exports (issue 7)
    assert "OutputError" in govtimeline.__all__
    assert issubclass(govtimeline.OutputError, govtimeline.GovTimelineError)
    assert issubclass(govtimeline.OutputError, ValueError)


_HEAVY = (
    "govtimeline.extract",
    "govtimeline.reconstruct",
    "govtimeline.batch",
    "govtimeline._pool",
    "govtimeline.dates.finder",
    "multiprocessing",
    "concurrent.futures",
    "spacy",
    "dateparser",
    "numpy",
    "matplotlib",
    "cattrs",
)


def test_import_govtimeline_loads_no_stage_and_no_heavy_library() -> None:
    # `import govtimeline` cost 0.5 CPU-s, 2.4 times `import dateparser` (issue 19): the
    # stages, the pool and their lexicons load on first use
    script = (
        "import sys, govtimeline\n"
        f"print([m for m in sys.modules if m.startswith({_HEAVY!r})])\n"
        "import govtimeline.batch\n"
        "print([m for m in sys.modules if m.startswith(('multiprocessing', 'concurrent'))])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:2] == ["[]", "[]"]


def test_every_lazy_name_is_its_module_s_and_the_verbs_stay_verbs() -> None:
    import govtimeline.extract
    import govtimeline.reconstruct  # noqa: F401  (binding a subpackage must not hide the verb)
    from govtimeline.extract.pipeline import extract
    from govtimeline.reconstruct import reconstruct_results

    for name in gt.__all__:
        assert getattr(gt, name) is not None
    assert gt.extract is extract
    assert gt.reconstruct.__module__ == reconstruct_results.__module__
    assert callable(gt.reconstruct)
