"""The layers of DESIGN.md, checked on every import statement of the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "fulfiller"

# Higher number = higher layer; a module may import only its own layer or lower ones.
LAYER = {
    "domain": 0,
    "db": 1,
    "importers": 1,
    "exporters": 1,
    "reports": 1,
    "services": 2,
    "ui": 3,
    "cli": 4,
}
SIBLINGS_KEPT_APART = {"db", "importers", "exporters", "reports"}
QT_ALLOWED = {"ui", "__main__"}


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        top = rel.parts[0].removesuffix(".py")
        found.append((top, path))
    return found


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize(("top", "path"), _modules(), ids=lambda v: str(v).rsplit("fulfiller/", 1)[-1])
def test_module_respects_the_layers(top: str, path: Path) -> None:
    for name in _imports(path):
        root = name.split(".")[0]
        if root in {"PySide6", "shiboken6"}:
            assert top in QT_ALLOWED, f"{path.name} imports {name}: Qt belongs in fulfiller/ui only"
        if root != "fulfiller" or "." not in name or top not in LAYER:
            continue
        target = name.split(".")[1]
        if target not in LAYER:
            continue  # shared helpers such as fulfiller.paths
        assert LAYER[target] <= LAYER[top], f"{path.name} ({top}) must not import {name} ({target})"
        if top in SIBLINGS_KEPT_APART and target in SIBLINGS_KEPT_APART:
            assert target == top, f"{path.name} ({top}) must not import its sibling layer {name}"


def test_the_checker_sees_the_whole_package() -> None:
    tops = {top for top, _ in _modules()}
    assert {"domain", "db", "services", "ui", "cli"} <= tops
