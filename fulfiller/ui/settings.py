"""Per-station preferences, kept in an INI file inside the data folder (never the registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from fulfiller.paths import settings_file


class AppSettings:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._qs = QSettings(str(settings_file(data_dir)), QSettings.Format.IniFormat)

    def _text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    @property
    def operator(self) -> str:
        return self._text("station/operator")

    @operator.setter
    def operator(self, name: str) -> None:
        self._qs.setValue("station/operator", name.strip())

    @property
    def language(self) -> str:
        return self._text("ui/language", "en")

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    @property
    def paper(self) -> str:
        """Packing lists, pick lists and customs forms: A4 or Letter."""
        return self._text("printing/paper", "A4")

    @paper.setter
    def paper(self, value: str) -> None:
        self._qs.setValue("printing/paper", value)

    @property
    def label_paper(self) -> str:
        """Address labels: 4x6 thermal labels, or A4/Letter sheets."""
        return self._text("printing/label_paper", "4x6")

    @label_paper.setter
    def label_paper(self, value: str) -> None:
        self._qs.setValue("printing/label_paper", value)

    @property
    def warehouse(self) -> str:
        """The warehouse this station works in (its code), chosen first in printing and receiving."""
        return self._text("station/warehouse")

    @warehouse.setter
    def warehouse(self, code: str) -> None:
        self._qs.setValue("station/warehouse", code.strip().upper())

    def header_state(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_header_state(self, key: str, state: QByteArray) -> None:
        self._qs.setValue(key, state)

    def last_campaign(self, db: Path) -> int | None:
        value = self._text(f"campaigns/{_key(db)}")
        return int(value) if value.isdigit() else None

    def set_last_campaign(self, db: Path, campaign_id: int) -> None:
        self._qs.setValue(f"campaigns/{_key(db)}", str(campaign_id))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("ui/geometry", value)

    def sync(self) -> None:
        self._qs.sync()


def _key(path: Path) -> str:
    # INI keys cannot hold path separators; a stable hex form of the path can.
    return str(path.resolve()).encode("utf-8").hex()
