"""Pin the public API so it only changes on purpose."""

from __future__ import annotations

import govtimeline


def test_all_is_sorted_and_importable() -> None:
    names = govtimeline.__all__
    assert list(names) == sorted(names)
    for name in names:
        assert hasattr(govtimeline, name), name


def test_public_names_have_docstrings() -> None:
    for name in govtimeline.__all__:
        obj = getattr(govtimeline, name)
        if name.startswith("__"):
            continue
        assert (obj.__doc__ or "").strip(), f"{name} has no docstring"


def test_output_error_is_public_and_a_value_error() -> None:
    # added with chart lanes, chart formats and exports (issue 7)
    assert "OutputError" in govtimeline.__all__
    assert issubclass(govtimeline.OutputError, govtimeline.GovTimelineError)
    assert issubclass(govtimeline.OutputError, ValueError)
