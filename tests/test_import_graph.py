"""No import circles in the readability engine (issue 19): each module can be read, tested and
changed on its own. Imports inside functions count too: a deferred import is a circle all the same."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wegwijs" / "readability"
PREFIX = "wegwijs.readability"


def imports(path: Path) -> set[str]:
    """The modules of wegwijs.readability that ``path`` imports, anywhere in the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == PREFIX:
                found.update(alias.name for alias in node.names if (PACKAGE / f"{alias.name}.py").exists())
            elif node.module.startswith(PREFIX + "."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[2] for a in node.names if a.name.startswith(PREFIX + "."))
    return found


def graph() -> dict[str, set[str]]:
    return {path.stem: imports(path) - {path.stem} for path in PACKAGE.glob("*.py") if path.stem != "__init__"}


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a list of modules, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(edges):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_the_finder_sees_a_circle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) is None


def test_the_readability_package_has_no_import_circle() -> None:
    edges = graph()
    assert {"frequency", "wordcache", "syllables", "rules", "settings"} <= edges.keys()
    assert cycle(edges) is None, " -> ".join(cycle(edges) or [])
