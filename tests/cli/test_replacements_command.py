from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.cli import main
from fulfiller.db.models import AuditEntry, Shipment, StockMovement
from fulfiller.db.models.aftersales import ReplacementRequest
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import MovementKind, ShipmentStatus
from fulfiller.services.aftersales.claims import open_claim
from fulfiller.services.aftersales.parts import order_parts
from fulfiller.services.aftersales.requests import WHOLE_KIT, decide, log_request
from fulfiller.services.database import open_db
from fulfiller.services.shipping.pack_station import finish, open_order, record_scan, tick


def _seed(path: Path) -> tuple[int, int]:
    db = open_db(path)
    try:
        with db.transaction() as session:
            lost = session.scalars(
                select(Shipment).where(Shipment.status == ShipmentStatus.SHIPPED)
            ).first()  # never arrived
            damaged = session.scalars(select(Shipment).where(Shipment.status == ShipmentStatus.DAMAGED)).first()
            assert lost is not None and damaged is not None
            first = log_request(session, lost.order_id, "lost_in_transit", WHOLE_KIT, operator="bo")
            second = log_request(session, damaged.order_id, "damaged", WHOLE_KIT, "photo", operator="bo")
            decide(session, [second], True, operator="bo")
            today = utcnow().date()
            open_claim(session, lost.id, "UPS", "C-1", "49.90", "USD", today + timedelta(days=3), operator="bo")
            open_claim(session, damaged.id, "UPS", "C-2", "10", "USD", today + timedelta(days=30), operator="bo")
            return first, second
    finally:
        db.close()


def _payload(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    assert main(["replacements", "--db", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_replacements_shows_queue_claims_due_and_spare_warnings(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = _payload(demo_db_path, capsys)  # the demo's own requests and claims
    first, second = _seed(demo_db_path)
    payload = _payload(demo_db_path, capsys)
    grown = {state: n - demo["queue"][state] for state, n in payload["queue"].items()}
    assert grown == {"requested": 1, "approved": 1, "rejected": 0, "reshipped": 0, "closed": 0}
    before = {r["id"] for r in demo["requests"]}
    assert {r["id"]: r["state"] for r in payload["requests"] if r["id"] not in before} == {
        first: "requested",
        second: "approved",
    }
    ours = [c for c in payload["claims_due"] if c["claim_id"] in ("C-1", "C-2")]
    assert [c["claim_id"] for c in ours] == ["C-1"] and ours[0]["days_left"] == 3
    assert isinstance(payload["spare_warnings"], list)

    assert main(["replacements", "--db", str(demo_db_path), "--within", "60"]) == 0
    text = capsys.readouterr().out
    queue = payload["queue"]
    assert text.startswith(f"Replacement requests: requested {queue['requested']}, approved {queue['approved']}")
    assert "C-1" in text and "C-2" in text and "3 day(s) left" in text
    assert "lost in transit" in text


def test_replacements_lists_the_demos_own_queue(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replacements", "--db", str(demo_db_path)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Replacement requests: requested 2, approved 2, rejected 1, reshipped 1, closed 1")
    assert "missing part" in text and "whole kit" in text


def test_replacements_refuses_negative_days(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replacements", "--db", str(demo_db_path), "--within", "-1"]) == 1
    assert "--within cannot be negative" in capsys.readouterr().err


# --- The after-sales path from the command line ------------------------------------------------------------------


def _damaged(path: Path) -> tuple[int, list[tuple[str, int]]]:
    """A damaged parcel's order and its checklist (SKU, units)."""
    db = open_db(path)
    try:
        with db.reading() as session:
            parcel = session.scalars(
                select(Shipment).where(Shipment.status == ShipmentStatus.DAMAGED).order_by(Shipment.id)
            ).first()
            assert parcel is not None
            parts = [(part.sku, part.quantity) for part in order_parts(session, parcel.order_id)]
            return parcel.order_id, parts
    finally:
        db.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _written(path: Path) -> tuple[int, int, int]:
    """Requests, parcels and audit rows: what a refused command must leave as it was."""
    db = open_db(path)
    try:
        with db.reading() as session:
            return (
                session.scalar(select(func.count()).select_from(ReplacementRequest)),
                session.scalar(select(func.count()).select_from(Shipment)),
                session.scalar(select(func.count()).select_from(AuditEntry)),
            )
    finally:
        db.close()


def test_a_request_for_chosen_parts_goes_from_request_to_closed(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(demo_db_path))
    order_id, parts = _damaged(demo_db_path)
    sku = parts[0][0]
    code, out, _ = _run(capsys, "replacements", *db, "--json")
    closed_before = json.loads(out)["queue"]["closed"]  # the demo's own closed requests
    code, out, err = _run(
        capsys, "replacements", "request", f"ful-{order_id}", "--reason", "Damaged",
        "--items", f"{sku.lower()}:1", "--evidence", "photo of the box", *db, "--json",
    )  # fmt: skip
    assert code == 0, err
    logged = json.loads(out)
    rid = logged["id"]
    assert (logged["state"], logged["reason"], logged["whole_kit"]) == ("requested", "damaged", False)
    assert logged["lines"] == [{"sku": sku, "quantity": 1}] and logged["evidence"] == "photo of the box"

    code, out, err = _run(capsys, "replacements", "approve", str(rid), *db, "--note", "photo is clear")
    assert code == 0, err
    assert out.startswith(f"Request {rid} approved: FUL-{order_id} damaged, {sku} × 1")

    code, out, err = _run(capsys, "replacements", "reship", str(rid), *db)
    assert code == 0, err
    assert f"Request {rid}: reship parcel for FUL-{order_id} is ready" in out and f"with {sku} × 1;" in out

    # Packed at the pack station like any parcel: only the chosen part, from spare stock.
    database = open_db(demo_db_path)
    try:
        with database.transaction() as session:
            reship = session.get(ReplacementRequest, rid).reship_shipment_id
            pack = open_order(session, f"FUL-{order_id}")
            assert pack.shipment_id == reship and [line.item.sku for line in pack.state.lines] == [sku]
            if pack.state.lines[0].item.is_stock:
                record_scan(pack, sku)
            else:
                tick(pack, 0)
            finish(session, pack, "1Z999AA10123456784", operator="dee")
            moves = session.scalars(select(StockMovement).where(StockMovement.shipment_id == reship)).all()
            assert [(m.kind, m.quantity) for m in moves] == [(MovementKind.RESHIPPED, -1)]
    finally:
        database.close()

    code, out, err = _run(capsys, "replacements", "close", str(rid), *db, "--json")
    assert code == 0, err
    assert [r["state"] for r in json.loads(out)] == ["closed"]
    code, out, _ = _run(capsys, "replacements", *db, "--json")  # with no action: the queue, as ever
    assert code == 0 and json.loads(out)["queue"]["closed"] == closed_before + 1


def test_the_whole_kit_by_default_and_rejecting_in_bulk(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    order_id, parts = _damaged(demo_db_path)
    code, out, err = _run(capsys, "replacements", "request", f"FUL-{order_id}", "--reason", "lost in transit", *db)
    assert code == 0, err
    assert "whole kit (" in out and out.rstrip().endswith("(logged)")
    code, out, _ = _run(capsys, "replacements", "request", f"FUL-{order_id}", "--reason", "damaged", *db, "--json")
    second = json.loads(out)
    assert second["whole_kit"] and [(line["sku"], line["quantity"]) for line in second["lines"]] == parts
    first = second["id"] - 1
    code, out, err = _run(capsys, "replacements", "reject", str(first), str(second["id"]), *db, "--note", "found")
    assert code == 0, err
    assert [line.split(":")[0] for line in out.splitlines()] == [
        f"Request {first} rejected",
        f"Request {second['id']} rejected",
    ]
    code, out, err = _run(capsys, "replacements", "close", str(first), str(second["id"]), *db)
    assert code == 0 and out.count(" closed: ") == 2, err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["request", "FUL-{order}", "--reason", "stolen"],
            "is not a replacement reason; choose one of: lost_in_transit",
        ),
        (["request", "FUL-{order}", "--reason", "damaged", "--items", "NOPE:1"], "NOPE is not part of order FUL-"),
        (["request", "FUL-{order}", "--reason", "damaged", "--items", "{sku}:0"], "is not SKU:QTY"),
        (["request", "FUL-{order}", "--reason", "damaged", "--items", "{sku}:two"], "is not SKU:QTY"),
        (["request", "FUL-{order}", "--reason", "damaged", "--items", " , "], "Name the parts as SKU:QTY"),
        (["request", "FUL-{order}", "--reason", "damaged", "--items", "{sku}:1,{sku}:1"], "is named twice"),
        (["request", "FUL-{order}", "--reason", "damaged", "--items", "{sku}:99"], "at most that many, not 99"),
        (["request", "FUL-999999", "--reason", "damaged"], "There is no order FUL-999999"),
        (["approve", "{request}", "99999"], "This campaign has no replacement request 99999."),
        (["approve", "{request}", "--warehouse", "NOWHERE"], "There is no warehouse 'NOWHERE'"),
        (["reship", "{request}"], "approve it first"),
        (["close", "{request}"], "Nothing was changed. Request {request}: A request that is requested cannot"),
        (["reject", "{approved}", "{request}"], "Nothing was changed. Request {approved}: "),
    ],
)
def test_bad_input_is_one_line_exit_1_and_nothing_written(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    order_id, parts = _damaged(demo_db_path)
    first, approved = _seed(demo_db_path)
    values = {"order": order_id, "sku": parts[0][0], "request": first, "approved": approved}
    before = _written(demo_db_path)
    code, out, err = _run(capsys, "replacements", *(a.format(**values) for a in argv), "--db", str(demo_db_path))
    assert code == 1 and out == ""
    assert err.startswith("fulfiller: error: ") and err.count("\n") == 1, err
    assert said.format(**values) in err
    assert _written(demo_db_path) == before
