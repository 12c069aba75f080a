"""The after-sales path on the command line: a wave shipped through a label tool; one parcel lost in
transit (the whole kit again) and one missing a part (only that part); approved, reshipped from spare
stock, sent to the label tool, tracked back; a carrier claim opened, updated and closed; the platform's
upload lists the new parcels. Nothing is reshipped twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.db.models import Shipment, StockMovement
from fulfiller.domain.enums import MovementKind
from fulfiller.importers.text_files import read_tables
from fulfiller.services.database import open_db
from tests.journeys.campaign import Journey, build, order_refs, wave
from tests.journeys.test_label_tool_path import _shipments_export


def _ship_through_label_tool(journey: Journey, name: str, refs_file: Path, serial: int) -> list[str]:
    """Export, the tool's file back; the references shipped."""
    sent = journey.json("export", "orders", "--format", "shipstation", *(["--wave", name] if name else
                        ["--warehouse", "US"]), "--out", str(refs_file))  # fmt: skip
    table = read_tables(refs_file)[0]
    refs = order_refs(table.rows, table.headers, "Order #")
    assert sent["orders"] == len(refs)
    back = journey.json("import-tracking", str(_shipments_export(refs_file.with_suffix(".back.csv"), refs, serial)))
    assert len(back["matched"]) == len(refs) and not back["unmatched"] and not back["conflicts"]
    return refs


def test_aftersales_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journey = build(tmp_path, capsys)
    parcels = wave(journey)
    shipped = _ship_through_label_tool(journey, "Wave 1 — US", tmp_path / "wave.csv", 85_000_000)
    assert len(shipped) == parcels["US"]
    lost_ref, short_ref = shipped[0], shipped[1]

    lost = journey.json("replacements", "request", lost_ref, "--reason", "lost_in_transit",
                        "--evidence", "carrier's trace: lost")  # fmt: skip
    short = journey.json("replacements", "request", short_ref, "--reason", "missing_part", "--items", "EXP-BOX:1")
    assert lost["whole_kit"] and not short["whole_kit"] and short["lines"] == [{"sku": "EXP-BOX", "quantity": 1}]
    assert "neither an order barcode" in journey.refused("replacements", "request", "R-NOBODY", "--reason", "damaged")
    journey.run("replacements", "approve", str(lost["id"]), str(short["id"]))
    first = journey.json("replacements", "reship", str(lost["id"]))
    second = journey.json("replacements", "reship", str(short["id"]))
    assert "already" in journey.refused("replacements", "reship", str(lost["id"]))  # one reship each, never two

    # The reship parcels go the same way: to the label tool, and back tracked.
    reshipped = _ship_through_label_tool(journey, "", tmp_path / "reships.csv", 86_000_000)
    assert sorted(reshipped) == sorted([lost_ref, short_ref])
    db = open_db(journey.db)
    with db.reading() as session:
        reships = session.scalars(select(Shipment).where(Shipment.replaces_shipment_id.is_not(None))).all()
        assert {r.id for r in reships} == {first["reship_shipment_id"], second["reship_shipment_id"]}
        assert {r.status.value for r in reships} == {"shipped"}
        units = session.scalar(
            select(func.sum(StockMovement.quantity)).where(
                StockMovement.kind == MovementKind.RESHIPPED, StockMovement.shipment_id.in_([r.id for r in reships])
            )
        )
    db.close()
    assert -units == 2 + 1  # the lost order's whole kit (base and expansion), the other's missing expansion
    journey.run("replacements", "close", str(lost["id"]), str(short["id"]))

    claim = journey.json("claims", "open", lost_ref, "--amount", "89.00", "--deadline", "2027-01-31")
    journey.run("claims", "update", str(claim["id"]), "--status", "submitted", "--claim-id", "CP-2026-1234")
    journey.run("claims", "close", str(claim["id"]))
    assert journey.json("claims", "list") == []

    upload = journey.json("export", "tracking", "--format", "backerkit", "--out", str(tmp_path / "bk.csv"))
    # A row per parcel with tracking: the wave's and the two reships; the backers with tracking, counted once.
    assert (upload["rows"], upload["with_tracking"]) == (parcels["US"] + 2, parcels["US"])
    sent_again = read_tables(tmp_path / "reships.back.csv")[0]
    numbers = {row[sent_again.headers.index("Shipment - Tracking Number")] for row in sent_again.rows}
    uploaded = " ".join(" ".join(row) for row in read_tables(tmp_path / "bk.csv")[0].rows)
    assert all(number in uploaded for number in numbers)  # the reships' numbers reach the backers too
