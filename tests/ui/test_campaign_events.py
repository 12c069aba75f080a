"""Views hear what the others changed: after the pack station ships a parcel, or after an import,
every view shows the new figures without the campaign being opened again or a view rebuilt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from fulfiller.db.models import Order, Shipment
from fulfiller.domain.carriers import s10_check_digit
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.services.shipping.pack_station import open_order
from tests.services.export_files import backer, write_export
from tests.ui.lists import shown_rows


def _scan(qtbot, field, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _packable(window):
    with window.db.reading() as session:
        for order_id in session.scalars(select(Order.id).order_by(Order.id)):
            pack = open_order(session, f"FUL-{order_id}", campaign_id=window.campaign.id)
            if pack.blocked or pack.awaiting_tracking:  # packed already, waiting for its label: nothing to scan
                continue
            if pack.state.lines and all(line.item.is_stock for line in pack.state.lines):
                return pack
    raise AssertionError("the demo has no order packable by scanning alone")


def _table_counts(table) -> dict[str, int]:
    return {table.item(r, 0).text(): int(table.item(r, 1).text().replace(",", "")) for r in range(table.rowCount())}


def _on_hand(inventory, sku: str) -> int:
    table = inventory.stock
    return sum(
        int(table.item(r, 5).text().replace(",", "")) for r in range(table.rowCount()) if table.item(r, 1).text() == sku
    )


def test_a_parcel_shipped_at_the_pack_station_shows_everywhere(qtbot, window) -> None:
    dashboard, shipments, inventory = (window.views[k] for k in ("dashboard", "shipments", "inventory"))
    window.show_view("inventory")  # filled once, then hidden while the station works
    pack = _packable(window)
    sku = pack.state.lines[0].item.sku
    shipped_before = _table_counts(dashboard.tables["by_shipment_status"]).get("shipped", 0)
    on_hand_before = _on_hand(inventory, sku)
    window.show_view("shipments")  # filled once, then hidden too
    parcels_before = shipments.model.rowCount()

    station = window.show_view("packing")
    _scan(qtbot, station.scan, pack.code)
    for line in pack.state.lines:
        for _ in range(line.item.quantity):
            _scan(qtbot, station.scan, line.item.sku)
    digits = "40000077"
    _scan(qtbot, station.tracking, f"LX{digits}{s10_check_digit(digits)}CN")
    assert station.pack is None and station.packed_today == 1, station.banner.text()

    window.show_view("dashboard")
    assert _table_counts(dashboard.tables["by_shipment_status"])["shipped"] == shipped_before + 1
    window.show_view("shipments")
    with window.db.reading() as session:
        parcels = session.scalar(select(func.count()).select_from(Shipment))
        shipped = session.scalar(select(func.count()).where(Shipment.status == ShipmentStatus.SHIPPED))
    assert shipments.model.rowCount() == parcels >= parcels_before
    tracked = {row.tracking_number for row in shown_rows(shipments.model)}
    assert f"LX{digits}{s10_check_digit(digits)}CN" in tracked
    assert _table_counts(dashboard.tables["by_shipment_status"])["shipped"] == shipped
    window.show_view("inventory")
    packed = sum(line.item.quantity for line in pack.state.lines if line.item.sku == sku)
    assert _on_hand(inventory, sku) == on_hand_before - packed
    # The same objects all along: nothing was rebuilt.
    assert (window.views["dashboard"], window.views["shipments"], window.views["inventory"]) == (
        dashboard,
        shipments,
        inventory,
    )


def _demand_total(inventory) -> int:
    table = inventory.demand
    return sum(int(table.item(r, 4).text().replace(",", "")) for r in range(table.rowCount()))


def test_an_import_updates_every_view_without_rebuilding_them(qtbot, window, tmp_path: Path) -> None:
    views = dict(window.views)
    for key in views:  # every view filled once, as a person clicking through them
        window.show_view(key)
    backers, kitting, inventory = views["backers"], views["kitting"], views["inventory"]
    rows_before, orders_before = (
        backers.model.rowCount(),
        int(views["dashboard"].cards["orders"].text().replace(",", "")),
    )
    countries_before = {backers.country.itemData(i) for i in range(backers.country.count())}
    tiers_before, demand_before = kitting.list.count(), _demand_total(inventory)

    iceland = {"Shipping Country": "IS", "Shipping Country Code": "IS", "Shipping Country Name": "Iceland",
               "Shipping City": "Reykjavik", "Shipping Postal Code": "101"}  # fmt: skip
    new = [
        backer(9001, **iceland, **{"Reward Title": "Aurora Lamp", "Reward ID": "8123457"}),  # a tier with a kit
        backer(9002, **iceland, **{"Reward Title": "Collector's Edition", "Reward ID": "8129999"}),  # a new tier
    ]
    wizard = window.import_backers(write_export(tmp_path / "late-pledges.csv", new))
    for _page in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.summary is not None, timeout=20_000)
    assert wizard.summary.added == 2
    wizard.accept()

    assert window.views == views  # the same view objects: nothing was rebuilt
    assert backers.model.rowCount() == rows_before + 2
    assert "IS" in {backers.country.itemData(i) for i in range(backers.country.count())} - countries_before
    window.show_view("dashboard")
    assert int(views["dashboard"].cards["orders"].text().replace(",", "")) == orders_before + 2
    window.show_view("kitting")
    titles = [kitting.list.item(i).text() for i in range(kitting.list.count())]
    assert kitting.list.count() == tiers_before + 1 and any("Collector's Edition" in t for t in titles)
    window.show_view("inventory")
    assert _demand_total(inventory) > demand_before  # the lamp pledge needs its kit on a shelf
