from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fulfiller.ui.settings import AppSettings


@pytest.fixture
def settings(isolated_data_dir: Path) -> AppSettings:
    prepared = AppSettings(isolated_data_dir)
    prepared.operator = "Mei"
    prepared.sync()
    return prepared


@pytest.fixture
def window(qtbot, settings: AppSettings, demo_db_path: Path) -> Iterator[object]:
    from fulfiller.ui.app import create_main_window

    main = create_main_window(settings.data_dir, demo_db_path)
    qtbot.addWidget(main)
    yield main
    main.close()
