"""Issue 17 item 6: outside ``extract/``, no module over 500 lines and no function over 60.

Lengths are measured with :mod:`ast` (a function runs from its ``def`` to its last line,
docstring and nested functions included). Cyclomatic complexity (at most 20) is ruff's
C901, configured in pyproject.toml; the last test keeps that setting in place.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "govtimeline"
EXEMPT = ("extract",)
"""Top-level subpackages the limits do not apply to (issue 17 item 6)."""
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
MAX_COMPLEXITY = 20


def _modules() -> list[Path]:
    return sorted(
        path for path in PACKAGE.rglob("*.py") if path.relative_to(PACKAGE).parts[0] not in EXEMPT
    )


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _long_functions() -> dict[str, int]:
    """``module:function`` -> length in lines, for every function over the limit."""
    long: dict[str, int] = {}
    for path in _modules():
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{_name(path)}:{node.name}"] = length
    return long


def test_the_checks_see_the_package() -> None:
    names = {_name(path) for path in _modules()}
    assert {"cli.py", "dates/grammar.py", "reconstruct/positions.py"} <= names
    assert not any(name.startswith("extract/") for name in names)


def test_no_module_is_over_500_lines() -> None:
    long = {
        _name(path): n
        for path in _modules()
        if (n := len(path.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines (split them by job): {long}"


def test_no_function_is_over_60_lines() -> None:
    long = _long_functions()
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines (split them): {long}"


def test_ruff_checks_complexity_outside_extract() -> None:
    lint = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["ruff"]["lint"]
    assert "C901" in lint["select"]
    assert lint["mccabe"]["max-complexity"] == MAX_COMPLEXITY
    ignored = {glob for glob, codes in lint["per-file-ignores"].items() if "C901" in codes}
    assert ignored == {"src/govtimeline/extract/**"}
