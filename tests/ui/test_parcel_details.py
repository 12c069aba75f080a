"""The Shipments view's parcel details (and a split into a second parcel), the partner-export history,
and reships marked in the list."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from fulfiller.db.models import Shipment, ShipmentLine
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.ui.parcel_dialog import ParcelDialog
from fulfiller.ui.table_dialog import TableDialog
from tests.ui.lists import cell, shown_rows


def _row_of(view, shipment_id: int) -> int:  # noqa: ANN001 - the Shipments view
    return next(r for r, s in enumerate(shown_rows(view.model)) if s.id == shipment_id)


def test_a_parcel_in_full_and_split_into_a_second_wave(qtbot, window, monkeypatch) -> None:
    with window.db.reading() as session:
        parcel = session.scalars(
            select(Shipment)
            .where(Shipment.status == ShipmentStatus.READY)
            .where(Shipment.lines.any(ShipmentLine.quantity > 0))
            .order_by(Shipment.id)
        ).first()
        lines = {line.item_id: line.quantity for line in parcel.lines}
        parcel_id, order_id = parcel.id, parcel.order_id
    assert sum(lines.values()) > 1
    view = window.show_view("shipments")
    view.table.selectRow(_row_of(view, parcel_id))

    def split_one(dialog: ParcelDialog) -> int:
        assert dialog.windowTitle() == f"Parcel #1 of FUL-{order_id}"
        assert "ready" in dialog.facts.text() and dialog.split_button.isEnabled()
        assert dialog.lines.rowCount() == len(lines) and dialog.history.rowCount() >= 1
        dialog.lines.cellWidget(0, 4).setValue(1)
        made.append(dialog.split())
        assert dialog.split_note.text() == "The units moved to parcel #2 of this order, pending."
        return 0

    made: list[int | None] = []
    monkeypatch.setattr(ParcelDialog, "exec", split_one)
    view.show_details()
    (new_id,) = made
    with window.db.reading() as session:
        new = session.get(Shipment, new_id)
        assert (new.order_id, new.sequence, new.status) == (order_id, 2, ShipmentStatus.PENDING)
        moved = {line.item_id: line.quantity for line in new.lines}
        kept = {line.item_id: line.quantity for line in session.get(Shipment, parcel_id).lines}
    assert sum(moved.values()) == 1 and sum(kept.values()) == sum(lines.values()) - 1
    assert any(s.id == new_id for s in shown_rows(view.model))  # the list heard of the new parcel

    with window.db.transaction() as session:
        session.get(Shipment, parcel_id).status = ShipmentStatus.SHIPPED
    dialog = ParcelDialog(window.ops, parcel_id)
    assert not dialog.split_button.isEnabled() and "not packed yet" in dialog.split_note.text()


def test_the_export_history_and_reships_in_the_list(qtbot, window, monkeypatch, tmp_path: Path) -> None:
    view = window.show_view("shipments")
    shown: list[TableDialog] = []
    monkeypatch.setattr(TableDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    view.show_export_history()
    demo = shown[-1].table.rowCount()  # the demo's own: its waves sent to the partner and to ShipStation
    assert demo == 2 and "left out of the next export" in shown[-1].note.text()

    task = view.export_orders("shipstation", tmp_path / "ss.csv")
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    view.show_export_history()
    table = shown[-1].table
    assert table.rowCount() == demo + 1  # the newest first
    assert [table.item(0, c).text() for c in (1, 3, 5)] == ["shipstation", "ss.csv", "Mei"]
    assert int(table.item(0, 4).text().replace(",", "")) > 0

    with window.db.transaction() as session:
        reshipped = select(Shipment.order_id).where(Shipment.replaces_shipment_id.is_not(None)).correlate(None)
        damaged = session.scalars(
            select(Shipment).where(Shipment.status == ShipmentStatus.DAMAGED, Shipment.order_id.not_in(reshipped))
        ).first()  # one the demo has not reshipped yet
        reship = Shipment(
            order_id=damaged.order_id, sequence=damaged.sequence + 1, status=ShipmentStatus.READY,
            replaces_shipment_id=damaged.id, warehouse_id=damaged.warehouse_id,
        )  # fmt: skip
        session.add(reship)
        session.flush()
        reship_id = reship.id
    view.refresh()
    assert cell(view.model, _row_of(view, reship_id), 4) == f"#{damaged.sequence + 1} (reship)"
