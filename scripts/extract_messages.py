"""Collect the English templates of the services' messages for the translators.

The services word what they tell a person with `message(code, template, …)` (and a job's name with
`stop_if_cancelled(cancel, "The import")`), outside the Qt package where lupdate looks. This writes
their templates into `fulfiller/ui/service_messages.py` as QT_TRANSLATE_NOOP entries, so that
lupdate puts them in the .ts files and the window can show them translated.

    python scripts/extract_messages.py           # write the module
    python scripts/extract_messages.py --check   # exit 1 if the module is out of date
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fulfiller"
TARGET = PACKAGE / "ui" / "service_messages.py"
CONTEXT = "ServiceMessages"

# Call name -> position of the template among its arguments.
TEMPLATE_ARGUMENT = {"message": 1, "Message": 1, "stop_if_cancelled": 1, "Cancelled": 0}

HEADER = '''"""The English templates of the services' messages, for lupdate to put in the translation files.

Written by scripts/extract_messages.py (run by scripts/update-translations.sh): do not edit by hand.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
'''


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.expr) -> str | None:
    """A string constant, or implicitly joined constants; None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def templates_in(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        position = TEMPLATE_ARGUMENT.get(_called(node))
        if position is None or len(node.args) <= position:
            continue
        text = _literal(node.args[position])
        if text:
            found.append(text)
    return found


def collect() -> list[str]:
    found: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        found.update(templates_in(path.read_text(encoding="utf-8")))
    return sorted(found)


def render(templates: list[str]) -> str:
    lines = [f"    QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(t, ensure_ascii=False)}),\n" for t in templates]
    return HEADER + "".join(lines) + ")\n"


def main(argv: list[str]) -> int:
    text = render(collect())
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run scripts/update-translations.sh", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
