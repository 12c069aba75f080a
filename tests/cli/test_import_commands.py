import csv
import json
from pathlib import Path

import pytest

from fulfiller.cli import main
from tests.services.export_files import backer, write_export


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_problems_history_and_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "campaign.sqlite"
    first = write_export(tmp_path / "first.csv", [backer(1), backer(2, **{"Shipping Postal Code": ""}), backer(3)])
    code, out, _ = _run(capsys, "import", str(first), "--db", str(db), "--json")
    assert code == 0
    summary = json.loads(out)
    assert (summary["added"], summary["format"], summary["orders_with_errors"]) == (3, "kickstarter-2018", 1)

    code, out, _ = _run(capsys, "problems", "--db", str(db), "--errors", "--json")
    problems = json.loads(out)
    assert code == 0 and [p["backer_number"] for p in problems] == ["2"]
    assert problems[0]["field"] == "postal_code"

    second = write_export(tmp_path / "second.csv", [backer(1), backer(2), backer(3), backer(4)])
    code, out, _ = _run(capsys, "import", str(second), "--db", str(db))
    assert code == 0 and "added 1, updated 1, unchanged 2" in out

    code, out, _ = _run(capsys, "imports", "--db", str(db), "--json")
    assert [b["file"] for b in json.loads(out)] == ["first.csv", "second.csv"]

    code, out, _ = _run(capsys, "undo-import", "2", "--db", str(db))
    assert code == 0 and "1 order(s) removed, 1 order(s) restored" in out
    code, out, _ = _run(capsys, "problems", "--db", str(db), "--errors", "--json")
    assert [p["backer_number"] for p in json.loads(out)] == ["2"]
    code, _, err = _run(capsys, "undo-import", "2", "--db", str(db))
    assert code == 1 and "already undone" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"Name,Colour\nAda,blue\n", "column mapping"),
        (b"Backer Number,Backer Name,Email\n1,\"Ada,ada@example.com\n", "row 2"),
        (b"Backer UID,Backer Name,Email,Reward Title,Pledge Amount,Shipping Country Code,Pledged Status\n"
         b"1,Ada,a@b.c,X,$1,DE,collected\n", "Backer Number"),
    ],
)  # fmt: skip
def test_a_bad_export_fails_with_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    export = tmp_path / "export.csv"
    export.write_bytes(content)
    db = tmp_path / "new.sqlite"
    code, out, err = _run(capsys, "import", str(export), "--db", str(db))
    assert code == 1 and out == ""
    assert err.startswith("fulfiller: error: ") and "export.csv" in err and expected in err
    assert err.count("\n") == 1
    assert not db.exists()


def test_a_bad_export_leaves_an_existing_database_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "campaign.sqlite"
    assert main(["import", str(write_export(tmp_path / "a.csv", [backer(1)])), "--db", str(db)]) == 0
    capsys.readouterr()
    before = _run(capsys, "imports", "--db", str(db), "--json")[1]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"Name,Colour\nAda,blue\n")
    assert main(["import", str(bad), "--db", str(db)]) == 1
    capsys.readouterr()
    assert _run(capsys, "imports", "--db", str(db), "--json")[1] == before


def test_unknown_format_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "import", str(tmp_path / "nope.csv"), "--db", str(tmp_path / "x.sqlite"))
    assert code == 1 and "no such file" in err
    export = write_export(tmp_path / "a.csv", [backer(1)])
    code, _, err = _run(capsys, "import", str(export), "--db", str(tmp_path / "x.sqlite"), "--format", "shopify")
    assert code == 1 and "Unknown format 'shopify'" in err
    assert not (tmp_path / "x.sqlite").exists()


def test_a_saved_mapping_is_reused_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "partner.csv"
    sheet.write_text("Ref,Customer,Street,Town,Zip,Land\nA-1,Ada Lovelace,1 Example Street,London,SW1A 1AA,UK\n")
    mapping = tmp_path / "partner.json"
    columns = {
        "platform_order_id": "Ref", "backer_name": "Customer", "address.name": "Customer", "address.line1": "Street",
        "address.city": "Town", "address.postal_code": "Zip", "address.country": "Land",
    }  # fmt: skip
    mapping.write_text(json.dumps({"name": "x", "columns": columns}))
    db = tmp_path / "c.sqlite"
    code, out, _ = _run(capsys, "import", str(sheet), "--db", str(db), "--mapping", str(mapping), "--save-mapping",
                        "partner", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["added"] == 1
    sheet.write_text("Ref,Customer,Street,Town,Zip,Land\nA-2,Kim Lee,Ringstr. 1,Berlin,10115,Deutschland\n")
    code, out, _ = _run(capsys, "import", str(sheet), "--db", str(db), "--format", "partner", "--json")
    assert code == 0 and json.loads(out)["added"] == 1


def test_the_rows_an_import_refused_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "campaign.sqlite"
    rows = [backer(1), backer(2, **{"Backer Number": ""}), backer(3), backer(1, **{"Backer Name": "Again"})]
    assert _run(capsys, "import", str(write_export(tmp_path / "export.csv", rows)), "--db", str(db))[0] == 0
    code, out, _ = _run(capsys, "imports", "--db", str(db), "--rejected", "1", "--json")
    refused = json.loads(out)
    assert code == 0 and [(r["file"], r["row"]) for r in refused] == [("export.csv", 3), ("export.csv", 5)]
    assert "first in export.csv, row 2" in refused[1]["message"]
    code, out, _ = _run(capsys, "imports", "--db", str(db), "--rejected", "1")
    assert code == 0 and out.splitlines()[0].startswith("export.csv row 3")

    assert _run(capsys, "import", str(write_export(tmp_path / "clean.csv", [backer(4)])), "--db", str(db))[0] == 0
    assert _run(capsys, "imports", "--db", str(db), "--rejected", "2")[1].strip() == "import 2 refused no rows"
    code, out, err = _run(capsys, "imports", "--db", str(db), "--rejected", "9")
    assert (code, out) == (
        1,
        "",
    ) and err == "fulfiller: error: There is no import 9 in this campaign (see `fulfiller imports`).\n"


SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
OLDER_SAMPLE = SAMPLES / "kickstarter-older-layout-backer-report.csv"


def test_the_older_layout_sample_from_import_to_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.importers.make_fixtures import KS2014_SENT

    db = ["--db", str(tmp_path / "old.sqlite")]
    code, out, _ = _run(capsys, "import", str(OLDER_SAMPLE), *db, "--json")
    summary = json.loads(out)
    assert code == 0 and (summary["format"], summary["added"]) == ("kickstarter-2014", 20)
    assert summary["shipped_outside"] == 4
    assert summary["new_tiers"] == ["$59 reward", "$89 reward", "$149 reward"]
    code, out, _ = _run(capsys, "import", str(OLDER_SAMPLE), *db)
    assert code == 0 and "unchanged 20" in out and "new reward tiers" not in out

    code, out, _ = _run(capsys, "stats", *db, "--json")
    stats = json.loads(out)
    assert stats["by_tier"] == {"$59 reward": 12, "$89 reward": 5, "$149 reward": 3}
    assert stats["by_shipment_status"] == {"shipped": 4}

    sheet = tmp_path / "kits.csv"
    sheet.write_text(
        "kit,sku,quantity,name\n$59 reward,BASE,1,Base Game\n$89 reward,BASE,1,Base Game\n$89 reward,EXP,1,Expansion\n"
        "$149 reward,BASE,1,Base Game\n$149 reward,EXP,1,Expansion\n$149 reward,BOX,1,Collector box\n"
    )
    assert _run(capsys, "kits", *db, "--load", str(sheet))[0] == 0
    code, out, _ = _run(capsys, "demand", *db, "--json")
    demand = {row["sku"]: row["demand"] for row in json.loads(out)}
    assert code == 0 and demand == {"BASE": 15, "EXP": 7, "BOX": 2}  # 20 orders less 4 sent and 1 dropped

    labels = tmp_path / "x.csv"
    code, out, _ = _run(capsys, "export", "orders", "--format", "shipstation", "--out", str(labels), *db, "--json")
    summary = json.loads(out)  # the 15 to ship, less 3 whose address a carrier would refuse
    assert code == 0 and (summary["orders"], summary["skipped_address_error"]) == (12, 3)
    with labels.open(encoding="utf-8-sig") as handle:
        exported = {row["Order #"] for row in csv.DictReader(handle)}
    sent = {str(7_000_000 + number * 13) for number in KS2014_SENT}
    assert len(exported) == 12 and not exported & sent
