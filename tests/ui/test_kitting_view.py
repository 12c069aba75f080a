from __future__ import annotations

from pathlib import Path

from fulfiller.db.models import AuditEntry, KitLine
from fulfiller.services.catalogue.kits import KitRef


def _kit(view, title: str):
    return next(k for k in view.kits if k.title == title)


def test_kitting_view_edits_a_kit_and_reports_the_orders_it_changed(qtbot, window, tmp_path: Path) -> None:
    view = window.show_view("kitting")
    assert {k.title for k in view.kits} >= {"Aurora Lamp", "Aurora Duo", "Spare Shade"}
    lamp = _kit(view, "Aurora Lamp")
    view.select(KitRef(lamp.kind, lamp.id))
    assert view.editor.title() == "What goes in the box for “Aurora Lamp”"
    assert view.lines.rowCount() == len(lamp.lines) > 0

    before = view.lines.rowCount()
    missing = next(i for i in range(view.item_choice.count())
                   if view.item_choice.itemData(i) not in {line.item_id for line in lamp.lines})  # fmt: skip
    view.item_choice.setCurrentIndex(missing)
    view.quantity.setValue(2)
    assert view.add_line()
    assert view.lines.rowCount() == before + 1
    assert "unpacked order(s) changed" in view.message.text()
    with window.db.reading() as session:
        assert (
            session.query(KitLine).filter_by(tier_id=lamp.id, item_id=view.item_choice.itemData(missing)).one().quantity
            == 2
        )
        entry = session.query(AuditEntry).filter(AuditEntry.field.like("kit %")).one()
        assert (entry.entity, entry.entity_id, entry.operator, entry.new_value) == ("reward_tier", lamp.id, "Mei", "2")

    view.lines.selectRow(view.lines.rowCount() - 1)
    assert view.remove_selected_line()
    assert view.lines.rowCount() == before


def test_a_tier_can_pack_like_another(qtbot, window) -> None:
    view = window.show_view("kitting")
    early, lamp = _kit(view, "Early Bird Lamp"), _kit(view, "Aurora Lamp")
    view.select(KitRef(early.kind, early.id))
    assert view.set_packs_like(lamp.id)
    early = _kit(view, "Early Bird Lamp")
    assert early.packs_like == "Aurora Lamp"
    assert [line.sku for line in early.lines] == [line.sku for line in lamp.lines]
    assert not view.add_button.isEnabled()  # its contents are edited on the tier it packs like


def test_kit_sheet_round_trip_through_the_view(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    view = window.show_view("kitting")
    sheet = tmp_path / "kits.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    view.choose_export()
    assert sheet.exists() and "kit lines" in view.message.text()
    assert view.load_sheet(sheet)
    assert "Loaded" in view.message.text()
