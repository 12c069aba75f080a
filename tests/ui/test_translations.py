"""The Simplified Chinese interface is complete and in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "fulfiller_zh_CN.ts"
QM = ROOT / "fulfiller" / "ui" / "i18n" / "fulfiller_zh_CN.qm"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_string_is_translated() -> None:
    unfinished = [
        source
        for (_, source), tr in _messages(TS).items()
        if tr.get("type") in {"unfinished", "obsolete", "vanished"} or not (tr.text or list(tr))
    ]
    assert unfinished == []


def test_translation_source_lists_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "fulfiller" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    in_ts = {key for key, tr in _messages(TS).items() if tr.get("type") not in {"obsolete", "vanished"}}
    assert in_code - in_ts == set(), "run scripts/update-translations.sh and translate the new strings"


def test_compiled_translation_loads_and_translates(qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Dashboard") == "概览"
    assert translator.translate("BackersView", "%n backer(s) shown", "", 3) == "显示 %n 位支持者"
