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


def make_ops(db, campaign, operator: str = "Mei"):  # noqa: ANN001, ANN201 - a Database and a CampaignInfo
    """The window's read/write helper for a view or dialog built on its own in a test."""
    from fulfiller.ui.ops import CampaignEvents, CampaignOps

    return CampaignOps(db, campaign, lambda: operator, CampaignEvents())
