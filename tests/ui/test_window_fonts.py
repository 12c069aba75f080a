"""Every script the PDFs print renders in the window with only the shipped fonts: the Backers table
draws Thai, Chinese, Japanese, Korean, Arabic and Hebrew names without a missing glyph, on a machine
whose fontconfig knows no font at all (a fresh process, since fontconfig is read once at start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.services.export_files import backer, write_export

NAMES = {
    "TH": ("สมชาย ใจดี", "กรุงเทพมหานคร"),
    "CN": ("王小明", "上海市"),
    "JP": ("鈴木 花子", "東京都"),
    "KR": ("김민준", "서울특별시"),
    "AE": ("محمد العلي", "دبي"),
    "IL": ("דוד כהן", "תל אביב"),
}

PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QApplication
    from fulfiller.services.database import open_db
    from fulfiller.services.importing.run import import_export
    from fulfiller.ui.app import create_main_window

    data, export = Path(sys.argv[1]), Path(sys.argv[2])
    db = open_db(data / "campaign.sqlite", create=True)
    import_export(db, export, operator="Mei")
    db.close()
    app = QApplication([])
    from fulfiller.ui.settings import AppSettings
    settings = AppSettings(data)
    settings.operator = "Mei"  # else the window asks who works here, and waits
    settings.sync()
    window = create_main_window(data, data / "campaign.sqlite")
    view = window.show_view("backers")
    model, font = view.model, view.table.font()
    while window.ops.reading:  # the list comes from its reading thread
        app.processEvents()
    columns = [model.COLUMNS.index(c) for c in model.COLUMNS if c.value in ("name", "city")]
    found = []
    for row in range(model.rowCount()):
        for column in columns:
            text = model.data(model.index(row, column))
            layout = QTextLayout(text, font)
            layout.beginLayout(); layout.createLine(); layout.endLayout()
            runs = layout.glyphRuns()
            missing = sum(1 for run in runs for glyph in run.glyphIndexes() if glyph == 0)
            found.append({"text": text, "fonts": sorted({r.rawFont().familyName() for r in runs}), "missing": missing})
    print(json.dumps(found))
    window.close()
    """
)


def test_backers_table_renders_every_script_with_the_shipped_fonts(tmp_path: Path) -> None:
    rows = [
        backer(n, **{"Backer Name": name, "Shipping Name": name, "Shipping City": city, "Shipping Country": code,
                     "Shipping Country Code": code, "Shipping Postal Code": ""})
        for n, (code, (name, city)) in enumerate(NAMES.items(), start=1)
    ]  # fmt: skip
    export = write_export(tmp_path / "scripts.csv", rows)
    conf = tmp_path / "fonts.conf"  # fontconfig with no font folder: only what Fulfiller registers itself
    conf.write_text(f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path / "fc"}</cachedir></fontconfig>')
    data = tmp_path / "station"
    data.mkdir()
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "FULFILLER_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data), str(export)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    cells = json.loads(done.stdout.strip().splitlines()[-1])
    shown = {cell["text"] for cell in cells}
    for name, city in NAMES.values():
        assert name in shown and city in shown
    assert [cell for cell in cells if cell["missing"]] == []
    fonts = {font for cell in cells for font in cell["fonts"]}
    assert {"Noto Sans Thai", "WenQuanYi Micro Hei", "Noto Sans Arabic", "Noto Sans Hebrew"} <= fonts
