"""The shape of the package, checked on every run: the layers of DESIGN.md (section "Layers") through
import-linter's contracts in pyproject.toml, no import circles, few modules loose in services, and no
module too long to read.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections import deque
from collections.abc import Iterator, Mapping, Set
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fulfiller"
MIGRATIONS = PACKAGE / "db" / "migrations" / "versions"
MAX_LINES = 600
MAX_SERVICES_FILES = 25

# module -> {imported module: line of the first such import}
Graph = dict[str, dict[str, int]]


# --- Layers --------------------------------------------------------------------------------------


def test_the_layers_hold() -> None:
    """The one layering check: import-linter's contracts (layers, Qt only in the ui), as in DESIGN.md "Layers"."""
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "lint-imports is not installed beside this Python: install the test extras"
    result = subprocess.run(
        [lint_imports, "--no-logo", "--no-cache", "pyproject.toml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
    )
    assert result.returncode == 0, f"import-linter found broken contracts:\n{result.stdout}\n{result.stderr}"


# --- Import circles ------------------------------------------------------------------------------


def module_files(package: Path) -> dict[str, Path]:
    """Every module of the package by dotted name; a package is named by its folder (its __init__.py)."""
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


class _ImportFinder(ast.NodeVisitor):
    """Every import statement of a module, inside functions and classes too, with the names it reaches."""

    def __init__(self) -> None:
        self.found: list[tuple[int, str, list[str]]] = []  # (line, module or ".base", names from it)

    def visit_If(self, node: ast.If) -> None:
        # Imports under `if TYPE_CHECKING:` never run, so they cannot make a circle at import time;
        # the else branch does run.
        if _is_type_checking(node.test):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.found.append((node.lineno, alias.name, []))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.found.append((node.lineno, "." * node.level + (node.module or ""), [a.name for a in node.names]))


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _absolute(target: str, module: str, is_package: bool) -> str:
    """A relative module name (".x", "..") as seen from `module`, made absolute."""
    level = len(target) - len(target.lstrip("."))
    if not level:
        return target
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    rest = target[level:]
    return ".".join([*base, rest]) if rest else ".".join(base)


def imports_of(module: str, path: Path, modules: Set[str]) -> dict[str, int]:
    """The package's modules that `module` imports, each with the line of its first import.

    `import a.b` reaches a.b; `from a import b` reaches a.b when b is a module, else a. The packages
    run on the way (a's __init__ for a.b) are not counted: every submodule would circle through them.
    """
    finder = _ImportFinder()
    finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    is_package = path.name == "__init__.py"
    reached: dict[str, int] = {}
    for line, target, names in finder.found:
        base = _absolute(target, module, is_package)
        targets = [f"{base}.{name}" if f"{base}.{name}" in modules else base for name in names] or [base]
        for name in targets:
            if name in modules and name != module:
                reached.setdefault(name, line)
    return reached


def import_graph(package: Path) -> Graph:
    """Every module of the package -> the package's modules it imports."""
    modules = module_files(package)
    return {name: imports_of(name, path, modules.keys()) for name, path in modules.items()}


def strongly_connected(graph: Mapping[str, Mapping[str, int]]) -> list[list[str]]:
    """Tarjan's strongly connected components, each sorted; without recursion, as a chain of imports
    can be deeper than Python's stack allows."""
    index: dict[str, int] = {}
    lowlink: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = lowlink[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            following = next((s for s in successors if s in graph), None)
            if following is not None:
                if following not in index:
                    index[following] = lowlink[following] = len(index)
                    stack.append(following)
                    on_stack.add(following)
                    work.append((following, iter(sorted(graph[following]))))
                elif following in on_stack:
                    lowlink[node] = min(lowlink[node], index[following])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                lowlink[parent] = min(lowlink[parent], lowlink[node])
            if lowlink[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def import_circles(graph: Mapping[str, Mapping[str, int]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a longer circle."""
    return sorted(c for c in strongly_connected(graph) if len(c) > 1)


def describe_circle(graph: Mapping[str, Mapping[str, int]], members: list[str]) -> str:
    """One shortest way round the circle from its first module, each step with the line that imports."""
    inside = set(members)
    start = members[0]
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if start in graph[node]:
            break
        for target in sorted(graph[node]):
            if target in inside and target not in came_from and target != start:
                came_from[target] = node
                queue.append(target)
    path = [node]
    while path[-1] != start:
        path.append(came_from[path[-1]])
    path.reverse()
    steps = [f"{a} (line {graph[a][b]})" for a, b in zip(path, [*path[1:], start], strict=True)]
    rest = f" [{len(members)} modules: {', '.join(members)}]" if len(members) > len(path) else ""
    return " -> ".join([*steps, start]) + rest


def test_no_import_circles() -> None:
    graph = import_graph(PACKAGE)
    circles = [describe_circle(graph, members) for members in import_circles(graph)]
    assert not circles, "modules that import each other (imports inside functions count):\n" + "\n".join(circles)


def _write(root: Path, files: Mapping[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


def test_the_circle_finder_sees_a_circle_hidden_in_a_function(tmp_path: Path) -> None:
    package = _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/orders.py": "from pkg.formats import usps\n",
            "pkg/formats/__init__.py": "",
            "pkg/formats/usps.py": "def register():\n    from .. import orders\n    return orders\n",
            "pkg/alone.py": "import pkg.orders\n",
        },
    )
    graph = import_graph(package)
    assert graph["pkg.formats.usps"] == {"pkg.orders": 2}
    assert graph["pkg.orders"] == {"pkg.formats.usps": 1} and graph["pkg.alone"] == {"pkg.orders": 1}
    assert import_circles(graph) == [["pkg.formats.usps", "pkg.orders"]]
    described = describe_circle(graph, ["pkg.formats.usps", "pkg.orders"])
    assert described == "pkg.formats.usps (line 2) -> pkg.orders (line 1) -> pkg.formats.usps"


def test_tarjan_keeps_two_circles_apart_and_leaves_chains_out() -> None:
    graph = {"a": {"b": 1}, "b": {"a": 1, "c": 2}, "c": {"d": 1}, "d": {"c": 1, "x": 2}, "e": {"a": 1}, "x": {}}
    assert import_circles(graph) == [["a", "b"], ["c", "d"]]
    assert sorted(strongly_connected(graph)) == [["a", "b"], ["c", "d"], ["e"], ["x"]]


def test_type_checking_imports_and_packages_on_the_way_make_no_circle(tmp_path: Path) -> None:
    package = _write(
        tmp_path,
        {
            "pkg/__init__.py": "from pkg import views\n",
            "pkg/views.py": "from pkg.model import Row\n",
            "pkg/model.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from pkg.views import View\nelse:\n    from . import helpers\n"
            ),
            "pkg/helpers.py": "import json\n",
        },
    )
    graph = import_graph(package)
    # views -> model, not views -> pkg: were the package counted, pkg -> views -> pkg would be a circle.
    assert graph == {
        "pkg": {"pkg.views": 1},
        "pkg.helpers": {},
        "pkg.model": {"pkg.helpers": 5},
        "pkg.views": {"pkg.model": 1},
    }
    assert import_circles(graph) == []


# --- Size ----------------------------------------------------------------------------------------


def test_few_modules_lie_loose_in_services() -> None:
    loose = sorted(path.name for path in (PACKAGE / "services").glob("*.py"))
    assert len(loose) <= MAX_SERVICES_FILES, (
        f"{len(loose)} files directly in fulfiller/services (at most {MAX_SERVICES_FILES}): "
        f"put new ones in the package of their capability. {', '.join(loose)}"
    )


def test_no_module_is_too_long() -> None:
    too_long = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if MIGRATIONS in path.parents:
            continue  # a migration is written once and never edited again
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            too_long[path.relative_to(ROOT).as_posix()] = lines
    assert not too_long, f"modules over {MAX_LINES} lines: " + "; ".join(f"{p}: {n}" for p, n in too_long.items())
