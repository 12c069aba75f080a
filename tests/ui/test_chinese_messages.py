"""The Chinese interface shows what the services say in Chinese: the pack station's alarms and its
result (with the parcel's status in Chinese words), and the summary of an order export."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select

from fulfiller.db.models import Item, Order, PartnerExport
from fulfiller.domain.carriers import s10_check_digit
from fulfiller.services.shipping.pack_station import open_order
from fulfiller.ui.language import install_translators

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ALARM = "#b3261e"


@pytest.fixture
def chinese_window(qtbot, qapp, settings, demo_db_path: Path) -> Iterator[object]:
    from fulfiller.ui.app import create_main_window

    translators = install_translators(qapp, "zh_CN")
    assert translators, "the Chinese translation is not installed"
    main = create_main_window(settings.data_dir, demo_db_path)
    qtbot.addWidget(main)
    try:
        yield main
    finally:
        main.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def _scan(qtbot, field, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _packable(window):
    """An order the station can pack by scanning alone, and the SKU of an item it does not hold."""
    with window.db.reading() as session:
        for order_id in session.scalars(select(Order.id).order_by(Order.id)):
            pack = open_order(session, f"FUL-{order_id}", campaign_id=window.campaign.id)
            if pack.blocked or pack.awaiting_tracking:  # packed already, waiting for its label: nothing to scan
                continue
            if pack.state.lines and all(line.item.is_stock for line in pack.state.lines):
                own = {line.item.sku for line in pack.state.lines}
                others = session.scalars(
                    select(Item.sku).where(Item.campaign_id == window.campaign.id, Item.is_stock).order_by(Item.sku)
                )
                return pack, next(sku for sku in others if sku not in own)
    raise AssertionError("the demo has no order packable by scanning alone")


def test_the_pack_station_speaks_chinese(qtbot, chinese_window) -> None:
    window = chinese_window
    station = window.show_view("packing")
    pack, wrong = _packable(window)
    digits = "40000088"
    tracking = f"LX{digits}{s10_check_digit(digits)}CN"

    _scan(qtbot, station.scan, pack.code)
    assert station.pack is not None and station.pack.order_id == pack.order_id

    _scan(qtbot, station.scan, wrong)  # an item of another order
    alarm = station.banner.text()
    assert ALARM in station.banner.styleSheet()
    assert "错误物品" in alarm and f"（{wrong}）" in alarm and "不属于此订单" in alarm, alarm

    _scan(qtbot, station.scan, tracking)  # the label, before the box is complete
    early = station.banner.text()
    assert tracking in early and "箱子还不齐全" in early and pack.state.lines[0].item.sku in early, early

    for line in pack.state.lines:
        for _ in range(line.item.quantity):
            _scan(qtbot, station.scan, line.item.sku)
    assert station.pack.complete
    _scan(qtbot, station.tracking, tracking)
    done = station.banner.text()
    assert station.pack is None and station.packed_today == 1, done
    assert done.startswith(pack.code) and tracking in done and CHINESE.search(done)
    assert "已发货" in done and "shipped" not in done, done  # the parcel's status in Chinese words

    _scan(qtbot, station.scan, pack.code)  # the same packing list again
    again = station.banner.text()
    assert ALARM in station.banner.styleSheet()
    assert "已经打包过" in again and "现为“已发货”" in again and tracking in again and "Mei" in again, again


def test_an_order_export_summary_is_chinese(qtbot, chinese_window, tmp_path: Path) -> None:
    window = chinese_window
    view = window.show_view("shipments")
    out = tmp_path / "shipstation.csv"
    task = view.export_orders("shipstation", out)
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    with out.open(encoding="utf-8-sig") as handle:
        rows = len(list(csv.reader(handle))) - 1
    with window.db.reading() as session:
        orders = session.scalars(select(PartnerExport.order_count).order_by(PartnerExport.id.desc())).first()
    summary = view.message.text()
    assert orders and rows >= orders
    assert summary.startswith("已为 shipstation 将 "), summary
    assert f"{orders:,} 个订单（{rows:,} 行）写入 {out}" in summary, summary
    assert CHINESE.search(summary) and "order(s)" not in summary and "Wrote" not in summary
