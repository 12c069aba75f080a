"""What the services tell a person is a coded message the window can word in its language.

Read from the code itself (outside the window and the command line): no error meant for a person is
raised with a finished English sentence, every code means one template, every template names the
values it is given, and the templates the translators see are those in the code.
"""

from __future__ import annotations

import ast
import re
import string
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fulfiller"
FRONT_ENDS = ("ui", "cli")  # they word messages themselves
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
# Errors that carry a message like UserError does without being one (a cell's value, read in the domain).
ALSO_CODED = {"InvalidValue"}
# Takes the name of a job ("The import"), itself collected for the translators.
NAMES_A_JOB = {"Cancelled"}
# Arguments that name a place in a file in the file's own words (a column's header), not a sentence.
PLACES = {"column"}


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in FRONT_ENDS:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _calls(tree: ast.Module) -> Iterator[ast.Call]:
    return (node for node in ast.walk(tree) if isinstance(node, ast.Call))


def user_error_classes() -> set[str]:
    """UserError and every class of the package derived from it, however many steps away."""
    bases: dict[str, set[str]] = {}
    for _, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(base) for base in node.bases}
    found = {"UserError"}
    while more := {name for name, of in bases.items() if name not in found and of & found}:
        found |= more
    return found


def _is_text(node: ast.expr) -> bool:
    """A finished sentence: a string literal, an f-string, strings added or %-formatted, or str.format()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return isinstance(node.func.value, ast.Constant)
    return False


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"  # type: ignore[attr-defined]


def test_user_errors_are_raised_with_coded_messages() -> None:
    coded = (user_error_classes() | ALSO_CODED) - NAMES_A_JOB
    assert {"ImportFileError", "TransitionRefused", "KitSheetError", "DatabaseFileError"} <= coded
    finished = [
        f"{_where(path, call)}: {_name(call.func)}(…)"
        for path, tree in _modules()
        for call in _calls(tree)
        if _name(call.func) in coded
        and any(_is_text(arg) for arg in [*call.args, *(k.value for k in call.keywords if k.arg not in PLACES)])
    ]
    assert finished == [], "word these with message(code, template, **values)"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def coded_templates() -> Iterator[tuple[Path, ast.Call, str, str]]:
    """Every message(code, template, …) and Message(code, template, …) with both written out."""
    for path, tree in _modules():
        for call in _calls(tree):
            if _name(call.func) in ("message", "Message") and len(call.args) >= 2:
                code, template = _literal(call.args[0]), _literal(call.args[1])
                if code and template is not None:
                    yield path, call, code, template


def test_each_code_means_one_template() -> None:
    templates: dict[str, set[str]] = defaultdict(set)
    badly_named = []
    for path, call, code, template in coded_templates():
        templates[code].add(template)
        if not CODE.match(code):
            badly_named.append(f"{_where(path, call)}: {code!r}")
    assert len(templates) > 300
    assert badly_named == [], "codes are short dotted names: area.what"
    assert {code: words for code, words in templates.items() if len(words) > 1} == {}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_template_names_the_values_it_is_given() -> None:
    mismatched = []
    for path, call, code, template in coded_templates():
        if _name(call.func) != "message" or any(k.arg is None for k in call.keywords):
            continue  # Message(…) takes its values as a mapping; **values cannot be read here
        given = {k.arg for k in call.keywords}
        if _fields(template) != given:
            mismatched.append(f"{_where(path, call)}: {code} names {sorted(_fields(template))}, given {sorted(given)}")
    assert mismatched == []


def test_the_translators_see_every_template() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "extract_messages.py"), "--check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
