"""The import history shows the rows an import refused, and why."""

from __future__ import annotations

from pathlib import Path

from fulfiller.services.database import open_db
from fulfiller.services.importing.run import import_export
from fulfiller.ui.imports_dialog import ImportsDialog
from fulfiller.ui.table_dialog import TableDialog
from tests.services.export_files import backer, write_export
from tests.ui.lists import cell


def test_the_rows_an_import_refused_are_shown(qtbot, qtmodeltester, settings, tmp_path: Path, monkeypatch) -> None:
    from fulfiller.ui.app import create_main_window

    path = tmp_path / "campaign.sqlite"
    db = open_db(path, create=True)
    rows = [backer(1), backer(2, **{"Backer Number": ""}), backer(3)]
    import_export(db, write_export(tmp_path / "export.csv", rows), operator="Mei")
    import_export(db, write_export(tmp_path / "clean.csv", [backer(4)]), operator="Mei")
    db.close()
    window = create_main_window(settings.data_dir, path)
    qtbot.addWidget(window)
    dialog = ImportsDialog(window.ops, window)
    qtbot.addWidget(dialog)
    shown: list[TableDialog] = []
    monkeypatch.setattr(TableDialog, "exec", lambda table: shown.append(table) or 0)

    qtmodeltester.check(dialog.model)
    assert cell(dialog.model, 0, 2) == "clean.csv"  # the newest first
    dialog.show_rejected()
    assert shown[-1].model.rowCount() == 0 and shown[-1].note.text() == "This import refused no rows."
    dialog.table.selectRow(1)
    dialog.show_rejected()
    model = shown[-1].model
    qtmodeltester.check(model)
    assert shown[-1].windowTitle() == "Rows import 1 refused"
    assert [cell(model, 0, c) for c in range(2)] == ["export.csv", "3"]
    assert "row 3" in cell(model, 0, 3) and "import it again" in shown[-1].note.text()
