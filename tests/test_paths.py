from pathlib import Path

from fulfiller import paths


def test_override_wins_over_environment(tmp_path: Path, isolated_data_dir: Path) -> None:
    chosen = tmp_path / "portable"
    assert paths.data_dir(chosen) == chosen
    assert chosen.is_dir()


def test_environment_wins_over_platform_folder(isolated_data_dir: Path) -> None:
    assert paths.data_dir() == isolated_data_dir


def test_backups_sit_beside_their_database(tmp_path: Path) -> None:
    assert paths.backups_dir(tmp_path / "kick.sqlite") == tmp_path / "kick-backups"
