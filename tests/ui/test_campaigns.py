from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from fulfiller.db.models import AuditEntry, Campaign
from fulfiller.services.database import open_db
from fulfiller.ui.campaign_dialog import CampaignDialog, NewCampaignDialog


def test_new_database_creates_a_campaign_with_the_operator_in_the_audit_log(
    qtbot, settings, tmp_path: Path, monkeypatch
) -> None:
    from fulfiller.ui.app import create_main_window

    def fill_new(dialog: NewCampaignDialog) -> int:
        dialog.name.setText("Aurora Lamp — Kickstarter")
        dialog.currency.setText("eur")
        return QDialog.DialogCode.Accepted

    def create_then_open(dialog: CampaignDialog) -> int:
        dialog.create()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCampaignDialog, "exec", fill_new)
    monkeypatch.setattr(CampaignDialog, "exec", create_then_open)
    path = tmp_path / "fresh.sqlite"
    window = create_main_window(settings.data_dir, path)
    qtbot.addWidget(window)

    assert window.campaign is not None and window.campaign.name == "Aurora Lamp — Kickstarter"
    assert window.views["backers"].model.rowCount() == 0
    db = open_db(path)
    with db.reading() as session:
        campaign = session.query(Campaign).one()
        assert campaign.currency == "EUR"
        entry = session.query(AuditEntry).one()
        assert (entry.operator, entry.entity, entry.entity_id) == ("Mei", "campaign", campaign.id)
    db.close()
    window.close()


def test_last_campaign_is_remembered_per_database(qtbot, settings, demo_db_path: Path, monkeypatch) -> None:
    from fulfiller.services.campaigns import create_campaign
    from fulfiller.ui.app import create_main_window

    db = open_db(demo_db_path)
    with db.transaction() as session:
        second = create_campaign(session, "Second", operator="Mei")
    db.close()
    settings.set_last_campaign(demo_db_path, second)
    monkeypatch.setattr(CampaignDialog, "exec", lambda _self: (_ for _ in ()).throw(AssertionError("asked")))
    window = create_main_window(settings.data_dir, demo_db_path)
    qtbot.addWidget(window)
    assert window.campaign.id == second
    window.close()
