"""Load the interface language: English is built in, others come from .qm files in the package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).parent / "i18n"
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations; keep the returned objects alive."""
    if language == "en" or language not in LANGUAGES:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"fulfiller_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
