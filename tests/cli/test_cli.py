import json
import sqlite3
from pathlib import Path

import pytest

from fulfiller.cli import main


def _stats(capsys: pytest.CaptureFixture[str], db: Path) -> dict:
    assert main(["stats", "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_then_stats_give_consistent_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db), "--backers", "75"]) == 0
    assert "75 backers" in capsys.readouterr().out

    stats = _stats(capsys, db)

    assert stats["backers"] == 75
    assert stats["orders"] == 75
    assert 3 <= stats["tiers"] <= 4
    assert sum(stats["by_tier"].values()) == stats["orders"]
    assert sum(stats["by_country"].values()) == stats["orders"]
    assert sum(stats["by_pledge_status"].values()) == stats["orders"]
    assert stats["countries"] >= 40
    conn = sqlite3.connect(db)
    shipments = conn.execute("SELECT count(*) FROM shipment").fetchone()[0]
    by_country = dict(conn.execute("SELECT country_code, count(*) FROM address GROUP BY country_code").fetchall())
    conn.close()
    assert sum(stats["by_shipment_status"].values()) == shipments
    assert stats["by_country"] == {k: v for k, v in by_country.items()}


def test_stats_text_output_names_the_campaign(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(demo_db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Campaign 1: Demo")
    assert "Orders by reward tier:" in out and "  Orders (all pledges):" in out  # the Dashboard's words


def test_demo_refuses_a_database_that_holds_a_campaign(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_db_path.read_bytes()
    assert main(["demo", "--db", str(demo_db_path), "--backers", "10"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fulfiller: error:") and "already holds 1 campaign" in err
    assert err.count("\n") == 1
    assert demo_db_path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"Backer Number,Name\n1,Ada\n", b"\x00\x01garbage" * 50])
def test_stats_on_a_non_database_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    assert main(["stats", "--db", str(bad), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"fulfiller: error: {bad}")
    assert captured.err.count("\n") == 1
    assert bad.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite", "data"]


def test_gui_on_a_non_database_fails_before_any_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    assert main(["gui", "--db", str(bad)]) == 1
    assert "not a database file" in capsys.readouterr().err
    assert bad.read_text() == "not a database"


def test_stats_on_a_missing_file_fails_without_creating_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.sqlite"
    assert main(["stats", "--db", str(missing)]) == 1
    assert "no such database" in capsys.readouterr().err
    assert not missing.exists()


def test_stats_on_an_empty_database_says_so(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fulfiller.services.database import open_db

    open_db(db_path, create=True).close()
    assert main(["stats", "--db", str(db_path)]) == 1
    assert "no campaign" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "--no-such-option"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--backers", "0"])
    assert exit_info.value.code == 2


def test_default_database_lives_in_the_data_dir(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--backers", "5"]) == 0
    assert (isolated_data_dir / "demo.sqlite").exists()
    portable = tmp_path / "portable"
    assert main(["demo", "--backers", "5", "--data-dir", str(portable)]) == 0
    assert (portable / "demo.sqlite").exists()


def test_campaign_selection_when_several(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fulfiller.services.campaigns import create_campaign
    from fulfiller.services.database import open_db

    db = open_db(demo_db_path)
    with db.transaction() as session:
        create_campaign(session, "Second wave", operator="tester")
    db.close()
    assert main(["stats", "--db", str(demo_db_path)]) == 1
    assert "pick one with --campaign" in capsys.readouterr().err
    assert main(["stats", "--db", str(demo_db_path), "--campaign", "second wave", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["orders"] == 0
    assert main(["campaigns", "--db", str(demo_db_path), "--json"]) == 0
    names = [c["name"] for c in json.loads(capsys.readouterr().out)]
    assert names[1] == "Second wave"


def test_demo_then_any_command_without_db_works_on_the_demo(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--backers", "30"]) == 0
    said = capsys.readouterr().out
    assert "demo.sqlite" in said and "fulfiller stats" in said
    assert main(["stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["backers"] == 30
    assert not (isolated_data_dir / "fulfiller.sqlite").exists()  # no second, empty database made


def test_an_import_into_a_new_database_becomes_the_default(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.export_files import backer, write_export

    export = write_export(tmp_path / "report.csv", [backer(1), backer(2), backer(3)])
    assert main(["import", str(export), "--db", str(tmp_path / "aurora.sqlite")]) == 0
    capsys.readouterr()
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["orders"] == 3
