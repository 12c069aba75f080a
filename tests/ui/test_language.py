from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fulfiller.ui.language import install_translators


def test_chinese_interface(qtbot, settings, demo_db_path, qapp) -> None:
    from fulfiller.ui.app import create_main_window

    translators = install_translators(qapp, "zh_CN")
    try:
        window = create_main_window(settings.data_dir, demo_db_path)
        qtbot.addWidget(window)
        assert [window.nav.item(i).text() for i in range(window.nav.count())][:2] == ["概览", "支持者"]
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        window.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
