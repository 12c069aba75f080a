"""The Dashboard, Kitting, Inventory and `fulfiller stats --json` count orders the same way and say how."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fulfiller.cli import main


def _stats(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["stats", "--db", str(demo_db_path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_dashboard_and_kitting_count_each_tier_as_stats_does(
    qtbot, window, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stats = _stats(demo_db_path, capsys)
    words = stats["words"]
    assert stats["collected_orders"] < stats["orders"]  # the demo has pledges that were not collected

    dashboard = window.show_view("dashboard")
    for key in ("orders", "collected_orders", "to_ship"):
        assert _number(dashboard.cards[key].text()) == stats[key]
    captions = {label.text() for label in dashboard.findChildren(type(dashboard.title))}
    assert {words["orders"], words["collected_orders"], words["to_ship"], words["by_tier"]} <= captions
    table = dashboard.tables["by_tier"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:] == [words["all_pledges"], words["collected"]]
    shown = {
        table.item(r, 0).text(): (_number(table.item(r, 1).text()), _number(table.item(r, 2).text()))
        for r in range(table.rowCount())
    }
    assert shown == {tier: (n, stats["by_tier_collected"].get(tier, 0)) for tier, n in stats["by_tier"].items()}

    kitting = window.show_view("kitting")
    tiers = [kit for kit in kitting.kits if kit.kind == "tier"]
    assert tiers and all(kit.orders == stats["by_tier_collected"].get(kit.title, 0) for kit in tiers)
    for row, kit in enumerate(kitting.kits):
        if kit.kind == "tier":
            assert kitting.list.item(row).text().endswith(f"— {kit.orders:,} collected orders")
            assert shown[kit.title][1] == kit.orders  # the Dashboard's collected column, the same number

    inventory = window.show_view("inventory")
    assert f"Demand of the {stats['to_ship']:,} orders still to ship: collected" in inventory.demand_counts.text()
