"""The fulfilment-partner path on the command line: import → kits → wave → the partner's file (a column
per SKU, XLSX) → the partner's tracking sheet, its columns mapped once → shipped → platform upload.
Rows the sheet cannot be matched by are listed, never dropped; nothing is sent twice."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from fulfiller.importers.text_files import read_tables
from tests.journeys.campaign import build, order_refs, tracking_number, wave

PARTNER = "Rotterdam Fulfil"


def _sheet(path: Path, rows: list[tuple[str, str]]) -> Path:
    """The partner's own columns: its reference, courier and waybill."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Client Ref", "Courier Name", "AWB No."])
        writer.writerows([(ref, "PostNL", number) for ref, number in rows])
    return path


def test_partner_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journey = build(tmp_path, capsys)
    parcels = wave(journey)
    out = tmp_path / "partner.xlsx"
    sent = journey.json("export", "orders", "--format", "partner-skus", "--partner", PARTNER, "--wave", "Wave 1 — EU",
                        "--out", str(out))  # fmt: skip
    table = read_tables(out)[0]
    refs = order_refs(table.rows, table.headers, "Order #")
    assert sent["orders"] == len(refs) == len(table.rows) == parcels["EU"]  # a row per order, a column per SKU
    assert {"BG-BOX", "EXP-BOX", "PEND"} <= set(table.headers)
    assert {w["name"]: w["by_status"] for w in journey.json("wave", "list")}["Wave 1 — EU"] == {
        "with_partner": parcels["EU"]
    }

    first, rest = refs[:5], refs[5:]
    sheet = _sheet(tmp_path / "week1.csv", [(ref, tracking_number(82_000_000 + n, "NL")) for n, ref in enumerate(first)]
                   + [("R-NOBODY", tracking_number(82_999_999, "NL"))])  # fmt: skip
    assert "no tracking number column" in journey.refused("import-tracking", str(sheet), "--partner", PARTNER)
    columns = tmp_path / "columns.json"
    columns.write_text(json.dumps({"order_ref": "Client Ref", "carrier": "Courier Name", "tracking": "AWB No."}))
    week1 = journey.json("import-tracking", str(sheet), "--partner", PARTNER, "--mapping", str(columns))
    assert (len(week1["matched"]), len(week1["unmatched"])) == (5, 1)
    assert week1["unmatched"][0]["order_ref"] == "R-NOBODY"  # listed with its row, not dropped

    # The next sheet from that partner: the same columns, remembered; a number twice is a duplicate.
    rows = [(ref, tracking_number(83_000_000 + n, "NL")) for n, ref in enumerate(rest)]
    week2 = journey.json("import-tracking", str(_sheet(tmp_path / "week2.csv", [*rows, rows[0]])), "--partner", PARTNER)
    assert (len(week2["matched"]), len(week2["duplicates"])) == (len(rest), 1)
    assert {w["name"]: w["by_status"] for w in journey.json("wave", "list")}["Wave 1 — EU"] == {
        "shipped": parcels["EU"]
    }
    again = ("export", "orders", "--format", "partner-skus", "--partner", PARTNER, "--wave", "Wave 1 — EU")
    assert "already sent" in journey.refused(*again, "--out", str(tmp_path / "again.xlsx"))
    upload = journey.json("export", "tracking", "--format", "pledgebox", "--out", str(tmp_path / "pb.xlsx"))
    assert upload["rows"] == upload["with_tracking"] == parcels["EU"]
