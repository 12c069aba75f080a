"""Choose the campaign to work on, or create a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.enums import Platform
from fulfiller.domain.errors import UserError
from fulfiller.services.campaigns import create_campaign, list_campaigns
from fulfiller.services.database import Database
from fulfiller.ui.messages import show_user_error


class NewCampaignDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self.name = QLineEdit(self)
        self.platform = QComboBox(self)
        for platform in Platform:
            self.platform.addItem(platform.value.capitalize(), platform.value)
        self.currency = QLineEdit("USD", self)
        self.currency.setMaxLength(3)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("&Currency:"), self.currency)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, Platform, str]:
        return self.name.text(), Platform(self.platform.currentData()), self.currency.text()


class CampaignDialog(QDialog):
    def __init__(self, db: Database, operator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._operator = operator
        self.setWindowTitle(self.tr("Choose a campaign"))
        self.resize(460, 320)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        new_button = QPushButton(self.tr("&New campaign…"), self)
        new_button.clicked.connect(self.create)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Campaigns in {file}:").format(file=db.path.name), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        with self._db.reading() as session:
            campaigns = list_campaigns(session)
        for campaign in campaigns:
            item = QListWidgetItem(
                self.tr("{name} — {orders} orders").format(name=campaign.name, orders=f"{campaign.orders:,}")
            )
            item.setData(Qt.ItemDataRole.UserRole, campaign.id)
            self.list.addItem(item)
            if campaign.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def create(self) -> None:
        dialog = NewCampaignDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, platform, currency = dialog.values()
        try:
            with self._db.transaction() as session:
                new_id = create_campaign(session, name, operator=self._operator, platform=platform, currency=currency)
        except UserError as exc:
            show_user_error(self, self.tr("New campaign"), exc)
            return
        self.reload(select_id=new_id)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def choose(cls, db: Database, operator: str, parent: QWidget | None = None) -> tuple[int | None, bool]:
        dialog = cls(db, operator, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen_id(), accepted and dialog.chosen_id() is not None
