"""Draw the layers of govtimeline, from its own imports, into docs/images/layers.svg.

Run from the repository root after a module moves or an import between packages changes::

    .venv/bin/python docs/layers.py

Every ``import`` in ``src/govtimeline`` counts, also those made inside functions and
under ``TYPE_CHECKING``. Modules are grouped into rooms: a package (``model``, ``dates``,
``render`` …) or a top-level module (``cli``, ``batch`` …; ``__init__`` is the facade).
A room's floor is one above the highest room it imports, so every arrow points down;
an import cycle between rooms is an error. The import contracts in ``pyproject.toml``
(checked by ``tests/test_layers.py``) keep it that way. Needs matplotlib only.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "govtimeline"
OUT = ROOT / "docs" / "images" / "layers.svg"
FACADE = "facade"
EVERYWHERE = "errors"
"""Every room imports the error classes: those arrows are left out of the picture."""
STAGES = frozenset({"model", "lang", "dates", "extract", "reconstruct"})
SINKS = frozenset({"analysis", "render", "io"})
COLOURS = {"stage": "#D9ECF7", "sink": "#FBE3CF", "face": "#EEEEEE"}
"""Box fills: the data path's stages, its sinks, and the faces (facade, commands, helpers)."""


def room(module: str) -> str:
    """The room of a dotted module name inside govtimeline."""
    parts = module.split(".")[1:]
    if not parts or parts[0] == "__init__":
        return FACADE
    return parts[0]


def _module(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """The govtimeline modules one import statement names."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == "govtimeline"]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = module.split(".")
        base = base[: len(base) - node.level + (1 if is_package else 0)]
        target = ".".join([*base, node.module] if node.module else base)
    else:
        target = node.module or ""
    if target.split(".")[0] != "govtimeline":
        return []
    if target == "govtimeline":  # "from govtimeline import model" names the subpackage
        return [f"govtimeline.{a.name}" for a in node.names]
    return [target]


def room_graph() -> dict[str, set[str]]:
    """Each room and the rooms it imports (itself left out)."""
    graph: dict[str, set[str]] = defaultdict(set)
    modules = {_module(p) for p in PACKAGE.rglob("*.py")}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        source = room(module)
        graph.setdefault(source, set())
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            for target in _imported(node, module, path.name == "__init__.py"):
                while target not in modules and "." in target:  # an attribute, not a module
                    target = target.rsplit(".", 1)[0]
                target_room = room(target)
                if target_room != source:
                    graph[source].add(target_room)
    return dict(graph)


def floors(graph: dict[str, set[str]]) -> dict[str, int]:
    """Each room's floor: 0 for a room importing no other, else one above its highest import."""
    floor: dict[str, int] = {}

    def visit(name: str, path: tuple[str, ...]) -> int:
        if name in path:
            raise SystemExit(f"import cycle between rooms: {' -> '.join((*path, name))}")
        if name not in floor:
            below = [visit(t, (*path, name)) for t in sorted(graph.get(name, ()))]
            floor[name] = 1 + max(below) if below else 0
        return floor[name]

    for name in sorted(graph):
        visit(name, ())
    return floor


def by_floor(floor: dict[str, int]) -> list[list[str]]:
    """The rooms on each floor, ground floor first, sorted by name."""
    levels: list[list[str]] = [[] for _ in range(max(floor.values()) + 1)]
    for name, level in floor.items():
        levels[level].append(name)
    return [sorted(level) for level in levels]


def draw(graph: dict[str, set[str]], out: Path = OUT) -> None:
    """Write the picture: one row of boxes a floor, an arrow from importer to imported."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    levels = by_floor(floors(graph))
    width = max(len(level) for level in levels)
    at: dict[str, tuple[float, float]] = {}
    for y in range(len(levels) - 1, -1, -1):  # top down: each room under its importers

        def under(name: str) -> tuple[float, str]:
            xs = [at[s][0] for s in graph if name in graph[s] and s in at]
            return (sum(xs) / len(xs) if xs else width / 2, name)

        for i, name in enumerate(sorted(levels[y], key=under)):
            at[name] = ((i + 0.5) * width / len(levels[y]), float(y))
    with plt.rc_context({"svg.hashsalt": "govtimeline-layers", "font.size": 9}):
        fig, ax = plt.subplots(figsize=(1.6 * width, 0.9 * len(levels) + 0.6))
        for source in sorted(graph):
            for target in sorted(graph[source] - {EVERYWHERE}):
                ax.annotate(
                    "",
                    xy=at[target],
                    xytext=at[source],
                    arrowprops={
                        "arrowstyle": "-|>",
                        "color": "#999999",
                        "lw": 0.7,
                        "shrinkA": 11,
                        "shrinkB": 11,
                        "connectionstyle": "arc3,rad=0.08",
                    },
                )
        for name, (x, y) in sorted(at.items()):
            kind = "stage" if name in STAGES else "sink" if name in SINKS else "face"
            ax.text(
                x,
                y,
                name,
                ha="center",
                va="center",
                bbox={"boxstyle": "round,pad=0.35", "fc": COLOURS[kind], "ec": "#555555"},
            )
        for y in range(len(levels)):
            ax.text(-0.15, y, f"floor {y}", ha="right", va="center", color="#666666")
        ax.set_xlim(-0.9, width + 0.1)
        ax.set_ylim(-0.6, len(levels) - 0.4)
        ax.set_axis_off()
        ax.set_title(
            "govtimeline: who imports whom. Arrows point down; every room imports errors.\n"
            "Blue: the data path's stages; orange: its sinks; grey: the faces.",
            loc="left",
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
        plt.close(fig)


def main() -> None:
    graph = room_graph()
    levels = by_floor(floors(graph))
    draw(graph)
    for y, level in enumerate(levels):
        print(f"floor {y}: {', '.join(level)}")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
