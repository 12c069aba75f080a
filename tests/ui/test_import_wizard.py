from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from fulfiller.db.models import AuditEntry, Order
from fulfiller.services.campaigns import create_campaign, resolve_campaign
from fulfiller.services.database import open_db
from fulfiller.services.importing.run import import_export
from fulfiller.ui.import_wizard import ImportWizard
from tests.services.export_files import backer, write_export
from tests.ui.conftest import make_ops


@pytest.fixture
def campaign_db(db):
    with db.transaction() as session:
        create_campaign(session, "Aurora", operator="Mei")
    with db.reading() as session:
        return db, resolve_campaign(session, None)


def _drive_to_preview(qtbot, wizard: ImportWizard) -> None:
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.file_page and wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.layout_page


def test_wizard_imports_a_kickstarter_report(qtbot, campaign_db, tmp_path: Path) -> None:
    db, campaign = campaign_db
    rows = [backer(1), backer(2, **{"Shipping Postal Code": ""}), backer(3, **{"Backer Number": ""}), backer(4)]
    path = write_export(tmp_path / "report.csv", rows)
    wizard = ImportWizard(make_ops(db, campaign), campaign, path=path)
    qtbot.addWidget(wizard)
    _drive_to_preview(qtbot, wizard)
    assert "Kickstarter backer report (2018–2022 layout)" in wizard.layout_page.status.text()
    assert not wizard.layout_page.mapping_table.isVisible()
    wizard.next()
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert preview.table.rowCount() == 4
    assert "1 with errors" in preview.counts.text() and "1 rejected" in preview.counts.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    assert wizard.summary.added == 3 and wizard.summary.rejected == 1
    assert "Added 3" in wizard.summary_page.text.text()
    assert wizard.summary_page.rejected.count() == 1
    with db.reading() as session:
        assert session.query(Order).count() == 3


def test_wizard_maps_the_columns_of_an_unknown_layout(qtbot, campaign_db, tmp_path: Path) -> None:
    db, campaign = campaign_db
    path = tmp_path / "partner.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ref", "Customer", "Mail", "Street", "Town", "Zip", "Land", "Tel"])
        writer.writerow(
            [
                "A-1",
                "Ada Lovelace",
                "ada@example.com",
                "1 Example Street",
                "London",
                "SW1A 1AA",
                "UK",
                "+44 20 7946 0000",
            ]
        )
        writer.writerow(
            ["A-2", "Kim Lee", "kim@example.com", "Ringstraße 1", "Berlin", "10115", "Deutschland", "+49 30 1234567"]
        )
    wizard = ImportWizard(make_ops(db, campaign), campaign, path=path)
    qtbot.addWidget(wizard)
    _drive_to_preview(qtbot, wizard)
    page = wizard.layout_page
    assert "column mapping" in page.status.text()
    assert page.mapping_table.isVisible()
    assert not page.isComplete()
    choices = {"platform_order_id": "Ref", "backer_name": "Customer", "email": "Mail", "address.name": "Customer",
               "address.line1": "Street", "address.city": "Town", "address.postal_code": "Zip",
               "address.country": "Land", "address.phone": "Tel"}  # fmt: skip
    for row in range(page.mapping_table.rowCount()):
        field_name = page.mapping_table.item(row, 0).data(0x0100)
        combo = page.mapping_table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(choices.get(field_name, "")))
    page.preset_name.setText("Partner sheet")
    page.check_button.click()
    assert page.isComplete(), page.status.text()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    assert wizard.summary.added == 2
    with db.reading() as session:
        countries = {o.address.country_code for o in session.query(Order)}
        assert countries == {"GB", "DE"}
        from fulfiller.services.importing.mappings import saved_presets

        assert saved_presets(session)["Partner sheet"].columns["address.city"] == "Town"


def test_a_bad_file_stops_at_the_layout_page(qtbot, campaign_db, tmp_path: Path) -> None:
    db, campaign = campaign_db
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    wizard = ImportWizard(make_ops(db, campaign), campaign, path=path)
    qtbot.addWidget(wizard)
    _drive_to_preview(qtbot, wizard)
    assert "photo.csv" in wizard.layout_page.status.text()
    assert not wizard.layout_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancelling_the_import_changes_nothing(qtbot, campaign_db, tmp_path: Path) -> None:
    db, campaign = campaign_db
    path = write_export(tmp_path / "big.csv", [backer(n) for n in range(1, 6001)])
    wizard = ImportWizard(make_ops(db, campaign), campaign, path=path)
    qtbot.addWidget(wizard)
    _drive_to_preview(qtbot, wizard)
    wizard.next()
    wizard.next()
    page = wizard.import_page
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.job.running, timeout=20_000)
    assert "cancelled" in page.status.text()
    assert wizard.summary is None
    with db.reading() as session:
        assert session.query(Order).count() == 0


def test_order_panel_edits_locks_and_resolves_a_conflict(qtbot, settings, tmp_path: Path) -> None:
    from fulfiller.ui.app import create_main_window

    path = tmp_path / "campaign.sqlite"
    db = open_db(path, create=True)
    rows = [backer(1, Email="same@example.com"), backer(2, Email="same@example.com"), backer(3)]
    import_export(db, write_export(tmp_path / "a.csv", rows), operator="Mei")
    db.close()
    window = create_main_window(settings.data_dir, path)
    qtbot.addWidget(window)
    view = window.show_view("backers")
    panel = view.panel
    with window.db.reading() as session:
        third = session.query(Order).filter_by(platform_order_id="3").one().id
        first = session.query(Order).filter_by(platform_order_id="1").one().id
    assert view.select_order(third)
    assert panel.heading.text().startswith("#3")
    panel.fields["line1"].setText("Packstation 123")
    assert panel.save()
    assert view.model.index(view.model.row_of(third), 0).data() == "3"
    with window.db.reading() as session:
        entry = session.query(AuditEntry).filter_by(entity="address", field="line1").one()
        assert (entry.operator, entry.old_value, entry.new_value) == ("Mei", "Hauptstraße 3", "Packstation 123")

    rows[2]["Shipping Address 1"] = "Hauptstraße 30"
    import_export(window.db, write_export(tmp_path / "b.csv", rows), operator="Mei")
    view.select_order(first)
    view.select_order(third)
    assert panel.conflict_box.isVisibleTo(panel)
    assert "Hauptstraße 30" in panel.conflict_text.text()
    panel.take_button.click()
    assert panel.fields["line1"].text() == "Hauptstraße 30"
    assert not panel.conflict_box.isVisibleTo(panel)

    view.select_order(first)
    assert panel.duplicates_box.isVisibleTo(panel)
    panel.locked.setChecked(True)
    with window.db.reading() as session:
        assert session.get(Order, first).address.locked
    window.close()
