"""The fonts the PDFs print with, in the window too: every script a backer writes in renders in the
tables, the order panel and the pack station, even on a machine with no CJK, Thai, Arabic or Hebrew
system font (Qt otherwise draws empty boxes there)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fulfiller.reports.fonts import FONT_DIR

# Latin, Cyrillic and Greek first, then the scripts, as the PDFs ask them (reports.fonts).
FALLBACK_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansThai-Regular.ttf",
    "wqy-microhei.ttc",
)

_installed: list[str] = []


def install_fonts(app: QApplication) -> list[str]:
    """Register the shipped fonts with Qt once and put them behind the interface's own font, so the
    system's font stays first and ours fill in each character it lacks. Returns the families added."""
    if not _installed:
        for name in FALLBACK_FILES:
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else ():
                if family not in _installed:
                    _installed.append(family)
    font = QFont(app.font())
    first = font.family()
    font.setFamilies([first, *(f for f in _installed if f != first)])
    app.setFont(font)
    return list(_installed)
