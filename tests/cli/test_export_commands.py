import json
from pathlib import Path

import pytest

from fulfiller.cli import main
from fulfiller.demo.tracking import s10_tracking_number
from fulfiller.domain.registry import Registry
from fulfiller.exporters.formats import ORDER_FORMATS, TRACKING_FORMATS
from fulfiller.exporters.spreadsheet import write_table
from fulfiller.importers.text_files import read_tables


def test_export_import_tracking_and_export_tracking(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_db_path)]
    out = tmp_path / "orders.csv"
    assert main(["export", "orders", "--format", "partner-lines", "--out", str(out), *db, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["orders"] > 0 and summary["partner"] == "partner-lines"

    # A second export leaves out what was sent.
    assert main(["export", "orders", "--format", "usps", "--out", str(tmp_path / "u.csv"), *db]) == 1
    assert "No orders to export" in capsys.readouterr().err

    table = read_tables(out)[0]
    col = {h: i for i, h in enumerate(table.headers)}
    first = table.rows[0]
    back = tmp_path / "back.csv"
    write_table(
        back,
        ["Order #", "Tracking Number", "Carrier"],
        [[first[col["Order #"]], s10_tracking_number("LX", 7777, "CN"), ""], ["NOPE", "1Z999AA10123456784", "UPS"]],
    )
    assert main(["import-tracking", str(back), *db, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["rows"] == 2 and result["applied"]
    assert [u["row"] for u in result["unmatched"]] == [3]
    assert len(result["matched"]) + len(result["conflicts"]) == 1

    assert main(["import-tracking", str(back), *db, "--dry-run"]) == 0
    assert "row 3: no order with order 'NOPE'" in capsys.readouterr().out

    bk = tmp_path / "bk.csv"
    assert main(["export", "tracking", "--format", "backerkit", "--out", str(bk), *db]) == 0
    assert capsys.readouterr().out.startswith("Wrote ") and bk.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "orders", "--format", "fedex", "--out", "{tmp}/x.csv"], "Unknown order export format"),
        (["export", "orders", "--format", "usps", "--out", "{tmp}/x.pdf"], "written as .csv or .xlsx"),
        (["export", "orders", "--format", "usps", "--out", "{tmp}/x.csv", "--warehouse", "ZZ"], "No warehouse"),
        (["export", "tracking", "--format", "kickstarter", "--out", "{tmp}/x.csv"], "--template"),
        (["export", "tracking", "--format", "kickstarter", "--out", "{tmp}/x.csv", "--template", "{tmp}/no.csv"],
         "no such file"),
        (["export", "tracking", "--format", "amazon", "--out", "{tmp}/x.csv"], "Unknown tracking export format"),
        (["import-tracking", "{tmp}/missing.csv"], "no such file"),
        (["import-tracking", "{tmp}/bad.csv"], "bad.csv: no tracking number column"),
        (["import-tracking", "{tmp}/ok.csv", "--mapping", "{tmp}/bad.json"], "not valid JSON"),
        (["import-tracking", "{tmp}/ok.csv", "--preset", "fedex"], "unknown tracking preset"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_writes_nothing(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    (tmp_path / "bad.csv").write_text("Name,Phone\nAda,1\n", encoding="utf-8")
    (tmp_path / "ok.csv").write_text("Order #,Tracking Number\n1,1Z999AA10123456784\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main([*args, "--db", str(demo_db_path)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_export_help_lists_the_registered_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the help
    assert "(see above)" not in text
    assert f"orders: {', '.join(ORDER_FORMATS)}; tracking: {', '.join(TRACKING_FORMATS)}" in text


@pytest.mark.parametrize(("what", "registry"), [("orders", ORDER_FORMATS), ("tracking", TRACKING_FORMATS)])
def test_an_unknown_format_is_refused_with_the_registered_names(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, registry: Registry
) -> None:
    argv = ["export", what, "--format", "fedex", "--out", str(tmp_path / "x.csv"), "--db", str(demo_db_path)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("fulfiller: error: ") and err.count("\n") == 1
    assert err.rstrip().endswith(f"use one of: {', '.join(registry.names())}.")
    assert not (tmp_path / "x.csv").exists()


def test_exports_lists_what_was_sent_to_partners(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_db_path)]
    assert main(["exports", *db]) == 0
    demo = capsys.readouterr().out.splitlines()[1:]  # the demo's waves went to its partner and to ShipStation
    assert [line.split()[3] for line in demo] == ["Longgang", "ShipStation"]
    out = tmp_path / "factory.xlsx"
    assert main(["export", "orders", "--format", "partner-lines", "--partner", "Factory", "--out", str(out), *db,
                 "--operator", "Bo"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["exports", *db, "--json"]) == 0
    *_, sent = json.loads(capsys.readouterr().out)
    assert (sent["partner"], sent["format"], sent["file_name"], sent["operator"]) == (
        "Factory",
        "partner-lines",
        "factory.xlsx",
        "Bo",
    )
    assert sent["order_count"] > 0
    assert main(["exports", *db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 + len(demo) and "Factory" in lines[-1] and lines[-1].endswith("factory.xlsx")


def test_exports_of_an_unknown_campaign_is_refused(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exports", "--db", str(demo_db_path), "--campaign", "no such campaign"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("fulfiller: error:") and captured.err.count("\n") == 1
