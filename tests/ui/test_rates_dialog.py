"""The rate table: zones and bands added, a zone corrected, a band and a zone typed wrong removed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from fulfiller.db.models import AuditEntry, RateBand, RateZone
from fulfiller.ui.rates_dialog import RatesDialog


@pytest.fixture(autouse=True)
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the dialog would have shown in a message box (a modal box would wait for a person)."""
    shown: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text: shown.append(text))
    return shown


def _zone_node(dialog: RatesDialog, name: str):  # noqa: ANN202 - a QTreeWidgetItem
    return next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(0).endswith(f"› {name}")
    )


def test_a_zone_is_corrected_and_what_was_typed_wrong_removed(qtbot, window, monkeypatch, warnings) -> None:
    dialog = RatesDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.warehouse.setCurrentIndex(0)
    dialog.zone_name.setText("Nordic")
    dialog.zone_countries.setText("SE NO")
    assert dialog.add_zone(), warnings
    dialog.tree.setCurrentItem(_zone_node(dialog, "Nordic"))
    for weight, cost in (("500", "9.50"), ("5000", "95")):  # the second one mistyped
        dialog.max_weight.setText(weight)
        dialog.cost.setText(cost)
        assert dialog.add_band()
    node = _zone_node(dialog, "Nordic")
    assert node.childCount() == 2

    dialog.tree.setCurrentItem(node.child(0))
    dialog.tree.setCurrentItem(node)  # moving to a zone shows it in the fields, to change it
    assert (dialog.zone_name.text(), dialog.zone_countries.text()) == ("Nordic", "NO SE")
    dialog.zone_name.setText("Nordics")
    dialog.zone_countries.setText("SE NO DK FI")
    assert dialog.change_zone()
    node = _zone_node(dialog, "Nordics")
    assert node.text(1) == "DK FI NO SE"

    dialog.tree.setCurrentItem(node.child(1))
    assert dialog.remove_selected()
    with window.db.reading() as session:
        zone = session.scalar(select(RateZone).where(RateZone.name == "Nordics"))
        assert [(b.max_weight_g, b.cost) for b in zone.bands] == [(500, Decimal("9.50"))]
        zone_id = zone.id

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog.tree.setCurrentItem(_zone_node(dialog, "Nordics"))
    assert not dialog.remove_selected()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert dialog.remove_selected()
    with window.db.reading() as session:
        assert session.get(RateZone, zone_id) is None
        assert session.scalar(select(RateBand).where(RateBand.zone_id == zone_id)) is None
        removed = session.scalars(
            select(AuditEntry.entity).where(AuditEntry.action == "delete", AuditEntry.operator == "Mei")
        ).all()
    assert sorted(removed) == ["rate_band", "rate_zone"]
    assert all(
        not dialog.tree.topLevelItem(i).text(0).endswith("Nordics") for i in range(dialog.tree.topLevelItemCount())
    )


def test_a_zone_cannot_take_a_country_another_zone_covers(qtbot, window, warnings) -> None:
    dialog = RatesDialog(window.ops, window)
    qtbot.addWidget(dialog)
    for name, countries in (("A", "SE"), ("B", "NO")):
        dialog.zone_name.setText(name)
        dialog.zone_countries.setText(countries)
        assert dialog.add_zone()
    dialog.tree.setCurrentItem(_zone_node(dialog, "B"))
    dialog.zone_countries.setText("NO SE")
    assert not dialog.change_zone()
    assert warnings and "already covers SE" in warnings[0]
    assert _zone_node(dialog, "B").text(1) == "NO"
