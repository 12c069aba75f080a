"""The label-tool path, end to end on the command line: import → kits → wave → ShipStation file → the
tool's shipments export back → shipped → the platform's tracking upload; nothing is sent twice."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fulfiller.importers.text_files import read_tables
from tests.journeys.campaign import SAMPLE, build, order_refs, tracking_number, wave


def _shipments_export(path: Path, refs: list[str], serial: int = 81_000_000) -> Path:
    """What ShipStation's shipments export gives back, under headers a user may pick."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Order - Number", "Ship Date", "Shipment - Carrier", "Shipment - Service",
                         "Shipment - Tracking Number", "Shipping Cost"])  # fmt: skip
        for n, ref in enumerate(refs):
            writer.writerow([ref, "12/14/2026", "China Post", "ePacket", tracking_number(serial + n), "9.80"])
    return path


def test_label_tool_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journey = build(tmp_path, capsys)
    parcels = wave(journey)
    out = tmp_path / "shipstation.csv"
    sent = journey.json("export", "orders", "--format", "shipstation", "--wave", "Wave 1 — US", "--out", str(out))
    table = read_tables(out)[0]
    refs = order_refs(table.rows, table.headers, "Order #")
    assert sent["orders"] == len(refs) == parcels["US"] and sent["rows"] == len(table.rows)
    waves = {w["name"]: w["by_status"] for w in journey.json("wave", "list")}
    assert waves["Wave 1 — US"] == {"at_label_tool": parcels["US"]}
    assert "already sent" in journey.refused("export", "orders", "--format", "shipstation", "--wave", "Wave 1 — US",
                                             "--out", str(tmp_path / "again.csv"))  # fmt: skip

    back = _shipments_export(tmp_path / "shipments.csv", refs)
    checked = journey.json("import-tracking", str(back), "--dry-run")
    assert (len(checked["matched"]), checked["applied"]) == (parcels["US"], False)
    applied = journey.json("import-tracking", str(back))
    assert (len(applied["matched"]), len(applied["unmatched"]), len(applied["conflicts"])) == (parcels["US"], 0, 0)
    again = journey.json("import-tracking", str(back))
    assert (len(again["matched"]), len(again["unchanged"])) == (0, parcels["US"])  # the same file twice: no change
    waves = {w["name"]: w["by_status"] for w in journey.json("wave", "list")}
    assert waves["Wave 1 — US"] == {"shipped": parcels["US"]}

    upload = journey.json("export", "tracking", "--format", "backerkit", "--out", str(tmp_path / "bk.csv"))
    assert upload["rows"] == upload["with_tracking"] == parcels["US"]
    filled = tmp_path / "kickstarter-tracking.csv"
    journey.json("export", "tracking", "--format", "kickstarter", "--template", str(_template(tmp_path)),
                 "--out", str(filled))  # fmt: skip
    rows = read_tables(filled)[0]
    # The backers shipped, each with the number from the tool; the others are left out, not uploaded blank.
    assert len(rows.rows) == parcels["US"]
    assert all(r[rows.headers.index("Tracking Number")].startswith("LX") for r in rows.rows)


def _template(folder: Path) -> Path:
    """Kickstarter's tracking template: a row per backer of the report, the tracking left to fill."""
    report = read_tables(SAMPLE)[0]
    path = folder / "template.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Backer Number", "Backer Name", "Email", "Tracking Number", "Shipping Carrier"])
        for row in report.rows:
            writer.writerow(
                [row[report.headers.index(h)] for h in ("Backer Number", "Backer Name", "Email")] + ["", ""]
            )
    return path
