import csv
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fulfiller.cli import main


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _fails(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("fulfiller: error:") and captured.err.count("\n") == 1, captured.err
    return captured.err


def test_demand_lists_every_shelf_and_writes_csv_and_xlsx(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, "demand", "--db", str(demo_db_path), "--json")
    assert isinstance(rows, list) and rows
    assert set(rows[0]) >= {"warehouse", "sku", "name", "demand", "spare_percent", "spares", "on_hand", "shortfall"}
    assert {r["warehouse"] for r in rows} == {"US", "EU", "APAC", "CN"}
    assert "AUR-CARD" not in {r["sku"] for r in rows}  # not a stock item
    for r in rows:
        assert r["shortfall"] == max(0, r["demand"] + r["spares"] - r["on_hand"])

    out = tmp_path / "demand.csv"
    assert main(["demand", "--db", str(demo_db_path), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Wrote {len(rows)} row(s) to {out}") and "AUR-LAMP-WH" in text
    table = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(table) == len(rows) + 1 and table[1][2] == rows[0]["sku"]

    xlsx = tmp_path / "demand.xlsx"
    assert main(["demand", "--db", str(demo_db_path), "--out", str(xlsx), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == rows
    sheet = load_workbook(xlsx).active
    assert sheet.max_row == len(rows) + 1 and sheet.cell(2, 6).value == rows[0]["demand"]


def test_demand_refuses_a_bad_output_name_before_working(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _fails(capsys, "demand", "--db", str(demo_db_path), "--out", "demand.pdf")
    assert ".csv or .xlsx" in err


def test_kits_lists_tiers_and_add_ons_with_their_lines(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kits = _json(capsys, "kits", "--db", str(demo_db_path), "--json")
    by_title = {k["title"]: k for k in kits}  # type: ignore[union-attr]
    assert [k["kind"] for k in kits] == ["tier"] * 4 + ["add_on"] * 2  # type: ignore[union-attr]
    maker = by_title["Maker Edition"]
    assert {line["sku"]: line["quantity"] for line in maker["lines"]} == {
        "AUR-LAMP-WH": 1,
        "AUR-PSU-30W": 1,
        "AUR-CBL-150": 1,
        "AUR-KNOB-BR": 1,
        "AUR-SHADE-FR": 1,
        "AUR-CARD": 1,
    }
    assert next(line for line in maker["lines"] if line["sku"] == "AUR-CARD")["is_stock"] is False
    assert by_title["Spare Shade"]["kind"] == "add_on" and not by_title["Spare Shade"]["needs_kit"]
    assert main(["kits", "--db", str(demo_db_path)]) == 0
    assert "tier Maker Edition" in capsys.readouterr().out


def test_a_kit_sheet_loaded_from_the_terminal_changes_demand(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {
        (r["warehouse"], r["sku"]): r["demand"] for r in _json(capsys, "demand", "--db", str(demo_db_path), "--json")
    }  # type: ignore[union-attr]
    sheet = tmp_path / "kits.csv"
    assert main(["kits", "--db", str(demo_db_path), "--out", str(sheet)]) == 0
    assert "Wrote 17 kit line(s)" in capsys.readouterr().out
    unchanged = _json(capsys, "kits", "--db", str(demo_db_path), "--load", str(sheet), "--json")
    assert unchanged["orders_changed"] == 0 and unchanged["items_created"] == []  # type: ignore[index]

    with sheet.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["Aurora Lamp", "AUR-KNOB-BR", "2"])
    summary = _json(capsys, "kits", "--db", str(demo_db_path), "--load", str(sheet), "--json", "--operator", "mei")

    assert summary["kits"] == [
        "Early Bird Lamp",
        "Aurora Lamp",
        "Aurora Duo",
        "Maker Edition",
        "Spare Shade",
        "Wireless Charger Base",
    ]  # type: ignore[index]
    assert summary["orders_changed"] > 0 and summary["packed_untouched"] > 0  # type: ignore[index]
    after = {
        (r["warehouse"], r["sku"]): r["demand"] for r in _json(capsys, "demand", "--db", str(demo_db_path), "--json")
    }  # type: ignore[union-attr]
    added = sum(after[k] - before.get(k, 0) for k in after if k[1] == "AUR-KNOB-BR")
    assert added == 2 * summary["orders_changed"]  # type: ignore[index]
    assert all(after[k] == v for k, v in before.items() if k[1] != "AUR-KNOB-BR")


def test_a_bad_kit_sheet_changes_nothing_and_says_where(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "kits.csv"
    sheet.write_text("kit,sku,quantity\nAurora Lamp,AUR-KNOB-BR,1\nDeluxe,AUR-LAMP-WH,two\n", encoding="utf-8")
    before = demo_db_path.read_bytes()
    err = _fails(capsys, "kits", "--db", str(demo_db_path), "--load", str(sheet))
    assert "kits.csv, row 3, column 'kit': no reward tier or add-on is called 'Deluxe'" in err
    assert "row 3, column 'quantity': 'two' is not a whole number above 0" in err
    assert demo_db_path.read_bytes() == before
    assert "no such file" in _fails(capsys, "kits", "--db", str(demo_db_path), "--load", str(tmp_path / "none.csv"))


def test_shipping_cost_prices_the_demo_and_nothing_without_rates(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    estimate = _json(capsys, "shipping-cost", "--db", str(demo_db_path), "--json")
    total = estimate["total"]  # type: ignore[index]
    assert total["orders"] > 0 and estimate["buffer_percent"] == "25"  # type: ignore[index]
    assert Decimal(total["with_buffer"]["USD"]) == Decimal(total["cost"]["USD"]) * Decimal("1.25")
    conn = sqlite3.connect(demo_db_path)
    with conn:
        conn.execute("DELETE FROM rate_band")
    conn.close()
    estimate = _json(capsys, "shipping-cost", "--db", str(demo_db_path), "--json")
    assert estimate["total"]["orders"] == 0 and estimate["not_covered"] > 0  # type: ignore[index]
