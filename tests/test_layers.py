"""The layers of docs/index.md hold: the import-linter contracts in pyproject.toml are kept.

lint-imports follows imports transitively, also those made inside functions, so a new
crossing anywhere (``model`` importing a renderer in a method, ``extract`` reaching
``reconstruct`` through the model) fails here. The last tests check that the linter really
reports a broken contract, so the first one cannot pass by checking nothing.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(config: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert LINT_IMPORTS.exists(), "lint-imports comes with the test extra: pip install -e '.[test]'"
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads(PYPROJECT.read_text("utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_every_layer_contract_is_kept(tmp_path: Path) -> None:
    result = _lint(PYPROJECT, tmp_path)
    count = len(_contracts())
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {count} kept, 0 broken." in result.stdout
    for contract in _contracts():
        assert f"{contract['name']} KEPT" in " ".join(result.stdout.split())


def test_the_contracts_cover_the_layers_of_the_issue() -> None:
    forbidden = {
        str(c["id"]): (set(c["source_modules"]), set(c["forbidden_modules"]))  # type: ignore[call-overload]
        for c in _contracts()
    }
    sinks = {"govtimeline.render", "govtimeline.io", "govtimeline.analysis"}
    stages = {"govtimeline.dates", "govtimeline.extract", "govtimeline.reconstruct"}
    assert sinks | stages <= forbidden["model"][1]
    assert "govtimeline.extract" in forbidden["dates"][1]
    assert {"govtimeline.reconstruct", "govtimeline.render", "govtimeline.analysis"} <= forbidden[
        "extract"
    ][1]
    assert "govtimeline.render" in forbidden["reconstruct"][1]
    assert {"govtimeline.extract", "govtimeline.dates"} <= forbidden["render"][1]
    faces = {"govtimeline", "govtimeline.cli", "govtimeline.batch", "govtimeline.dask"}
    assert faces <= forbidden["faces"][1]
    for layer in ("model", "extract", "reconstruct"):
        assert {f"govtimeline.{layer}", f"govtimeline.{layer}.**"} <= forbidden["faces"][0]


def _write_config(tmp_path: Path, contract: str) -> Path:
    config = tmp_path / "contracts.ini"
    config.write_text(
        f"[importlinter]\nroot_package = govtimeline\n\n[importlinter:contract:probe]\n{contract}",
        encoding="utf-8",
    )
    return config


def test_a_forbidden_import_is_reported(tmp_path: Path) -> None:
    # render/report.py imports the model: a contract forbidding that must break.
    config = _write_config(
        tmp_path,
        "name = Render never Model (false on purpose)\ntype = forbidden\n"
        "source_modules = govtimeline.render\nforbidden_modules = govtimeline.model\n",
    )
    result = _lint(config, tmp_path)
    assert result.returncode == 1
    assert "Contracts: 0 kept, 1 broken." in result.stdout
    assert "govtimeline.render is not allowed to import govtimeline.model" in result.stdout


def test_an_import_of_the_facade_module_is_reported(tmp_path: Path) -> None:
    # cli.py reads govtimeline.__version__: the "faces" contract's way of naming the facade
    # alone (as_packages = False) must see that import.
    config = _write_config(
        tmp_path,
        "name = cli never the facade (false on purpose)\ntype = forbidden\nas_packages = false\n"
        "source_modules = govtimeline.cli\nforbidden_modules = govtimeline\n",
    )
    result = _lint(config, tmp_path)
    assert result.returncode == 1
    assert "govtimeline.cli is not allowed to import govtimeline" in result.stdout


def _layers_script() -> object:
    spec = importlib.util.spec_from_file_location("layers", ROOT / "docs" / "layers.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_floors_in_the_docs_are_those_of_the_code() -> None:
    # docs/layers.py fails on an import cycle between rooms; docs/index.md lists its floors
    layers: Any = _layers_script()
    levels = layers.by_floor(layers.floors(layers.room_graph()))
    listed = "\n".join(f"floor {y}: {', '.join(level)}" for y, level in enumerate(levels))
    index = (ROOT / "docs" / "index.md").read_text("utf-8")
    assert f"```\n{listed}\n```" in index, "run docs/layers.py and update docs/index.md"
    for contract in _contracts():
        assert f"| {contract['name']} |" in index, contract["name"]
