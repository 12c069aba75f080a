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


def test_suggestions_link_a_late_pledge_tier_to_the_kit_it_packs_like(qtbot, window, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from sqlalchemy import exists, select

    from fulfiller.db.models import Order, RewardTier, Shipment
    from fulfiller.domain.shipment_status import PACKED_OR_FURTHER
    from fulfiller.ui.ops import Change
    from fulfiller.ui.packs_like_dialog import PacksLikeDialog

    view = window.show_view("kitting")
    lamp = _kit(view, "Aurora Lamp")
    packed = exists().where(Shipment.order_id == Order.id, Shipment.status.in_(PACKED_OR_FURTHER))
    with window.db.transaction() as session:
        late = RewardTier(campaign_id=window.ops.campaign_id, title="Aurora Lamp (late pledge)", platform_id="late-1")
        odd = RewardTier(campaign_id=window.ops.campaign_id, title="Mystery reward", platform_id="odd-1")
        session.add_all([late, odd])
        session.flush()
        waiting = session.scalars(select(Order).where(Order.tier_id == lamp.id, ~packed).order_by(Order.id)).all()[:3]
        for order in waiting[:2]:
            order.tier_id = late.id
        waiting[2].tier_id = odd.id
        late_id, order_ids = late.id, [o.id for o in waiting[:2]]
    window.ops.events.announce(Change.KITS)  # as a write in the window would

    seen = {}

    def tick_and_apply(dialog: PacksLikeDialog) -> int:
        rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
        seen.update({title: dialog.table.item(r, 3).text() for title, r in rows.items()})
        mystery = dialog.table.item(rows["Tier: Mystery reward"], 0)
        assert not mystery.flags() & Qt.ItemFlag.ItemIsUserCheckable  # nothing to suggest: the kit editor decides
        assert dialog.table.item(rows["Tier: Aurora Lamp (late pledge)"], 0).checkState() == Qt.CheckState.Checked
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PacksLikeDialog, "exec", tick_and_apply)
    assert view.suggest() == 1
    assert seen["Tier: Aurora Lamp (late pledge)"] == "Aurora Lamp"
    assert seen["Tier: Mystery reward"].startswith("no suggestion")
    assert view.message.text().startswith("1 tiers and add-ons now pack like another. ")
    assert "2 unpacked order(s) changed" in view.message.text()
    late_view = _kit(view, "Aurora Lamp (late pledge)")
    assert late_view.packs_like == "Aurora Lamp" and not late_view.needs_kit
    with window.db.reading() as session:
        assert session.get(RewardTier, late_id).kit_tier_id == lamp.id
        assert {o.tier_id for o in session.scalars(select(Order).where(Order.id.in_(order_ids)))} == {late_id}


def test_suggestions_say_when_every_tier_has_a_kit(qtbot, window) -> None:
    from fulfiller.ui.packs_like_dialog import PacksLikeDialog

    dialog = PacksLikeDialog(window.ops, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.apply_button.isEnabled()
    assert "has a kit" in dialog.note.text()
