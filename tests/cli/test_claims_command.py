"""`fulfiller claims`: open a claim for a damaged parcel from its backer number, follow it to paid, close it."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.cli import main
from fulfiller.db.models import AuditEntry, Order, Shipment
from fulfiller.db.models.aftersales import CarrierClaim
from fulfiller.domain.aftersales import ClaimStatus
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.services.database import open_db


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _fails(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("fulfiller: error:") and captured.err.count("\n") == 1, captured.err
    return captured.err


def _parcel(path: Path, status: ShipmentStatus) -> tuple[str, str, int]:
    """A parcel of the demo in this status, of an order with no other parcel (none reshipped): its order's
    backer number, the parcel's carrier, its id."""
    db = open_db(path)
    try:
        with db.reading() as session:
            reshipped = select(Shipment.order_id).where(Shipment.sequence > 1).correlate(None)
            shipment, number = session.execute(
                select(Shipment, Order.backer_number)
                .join(Order, Order.id == Shipment.order_id)
                .where(Shipment.status == status, Order.id.not_in(reshipped))
                .order_by(Shipment.id)
                .limit(1)
            ).one()
            return number, shipment.carrier, shipment.id
    finally:
        db.close()


def _claims(path: Path, *, besides: frozenset[int] = frozenset()) -> list[CarrierClaim]:
    """The claims in the database, leaving out those `besides` (the demo's own)."""
    db = open_db(path)
    try:
        with db.reading() as session:
            claims = [c for c in session.scalars(select(CarrierClaim).order_by(CarrierClaim.id)) if c.id not in besides]
            session.expunge_all()
            return claims
    finally:
        db.close()


def test_a_claim_is_opened_by_backer_number_followed_and_closed(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, carrier, shipment_id = _parcel(demo_db_path, ShipmentStatus.DAMAGED)
    demo = frozenset(c.id for c in _claims(demo_db_path))  # the demo's own claims, none of them closed
    db = ["--db", str(demo_db_path), "--operator", "Bo"]
    opened = _json(capsys, "claims", "open", number, "--amount", "49.90", "--deadline", "2030-01-31", *db, "--json")
    assert opened["carrier"] == carrier and opened["status"] == "open" and opened["deadline"] == "2030-01-31"
    assert opened["currency"] == "USD"  # the campaign's
    [claim] = _claims(demo_db_path, besides=demo)
    assert (claim.shipment_id, claim.amount, claim.opened_by) == (shipment_id, Decimal("49.90"), "Bo")

    assert main(["claims", "update", str(claim.id), "--status", "submitted", "--claim-id", "C-77", *db]) == 0
    assert capsys.readouterr().out.startswith(f"Claim {claim.id} updated: ")
    paid = _json(capsys, "claims", "update", str(claim.id), "--status", "paid", "--no-deadline", *db, "--json")
    assert (paid["status"], paid["claim_id"], paid["deadline"]) == ("paid", "C-77", None)

    listed = _json(capsys, "claims", "list", "--db", str(demo_db_path), "--json")
    assert {c["id"] for c in listed} == {claim.id, *demo}
    assert main(["claims", "close", str(claim.id), "--note", "paid in full", *db]) == 0
    assert "closed" in capsys.readouterr().out
    assert {c["id"] for c in _json(capsys, "claims", "list", "--db", str(demo_db_path), "--json")} == demo
    every = _json(capsys, "claims", "list", "--all", "--db", str(demo_db_path), "--json")
    assert [c["status"] for c in every if c["id"] == claim.id] == ["closed"]
    [claim] = _claims(demo_db_path, besides=demo)
    assert (claim.status, claim.note, claim.deadline) == (ClaimStatus.CLOSED, "paid in full", None)
    assert main(["claims", "list", "--db", str(demo_db_path)]) == 0
    shown = [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert sorted(shown) == sorted(str(c) for c in demo)  # the closed claim is no longer listed

    handle = open_db(demo_db_path)
    with handle.reading() as session:
        changes = session.execute(
            select(AuditEntry.field, AuditEntry.operator).where(AuditEntry.entity == "carrier_claim")
        ).all()
    handle.close()
    assert ("status", "Bo") in changes and ("claim_number", "Bo") in changes


def test_claims_refuse_bad_input_and_write_nothing(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_db_path)]
    demo = frozenset(c.id for c in _claims(demo_db_path))
    delivered, _, _ = _parcel(demo_db_path, ShipmentStatus.DELIVERED)
    damaged, _, _ = _parcel(demo_db_path, ShipmentStatus.DAMAGED)
    assert "is lost or damaged" in _fails(capsys, "claims", "open", delivered, "--amount", "10", *db)
    assert "not a date" in _fails(capsys, "claims", "open", damaged, "--amount", "10", "--deadline", "31/1/30", *db)
    assert "not an amount" in _fails(capsys, "claims", "open", damaged, "--amount", "ten", *db)
    assert "currency code" in _fails(capsys, "claims", "open", damaged, "--amount", "10", "--currency", "dollars", *db)
    assert "neither an order barcode" in _fails(capsys, "claims", "open", "nobody", "--amount", "10", *db)
    assert "no parcel #7" in _fails(capsys, "claims", "open", damaged, "--amount", "10", "--parcel", "7", *db)
    assert _claims(demo_db_path, besides=demo) == []

    assert "no claim 999" in _fails(capsys, "claims", "update", "999", "--note", "x", *db)
    assert "no claim 999" in _fails(capsys, "claims", "close", "999", *db)
    opened = _json(capsys, "claims", "open", damaged, "--amount", "10", *db, "--json")
    assert "Nothing to change" in _fails(capsys, "claims", "update", str(opened["id"]), *db)
    assert "cannot become paid" in _fails(capsys, "claims", "update", str(opened["id"]), "--status", "paid", *db)
    [claim] = _claims(demo_db_path, besides=demo)
    assert claim.status is ClaimStatus.OPEN and claim.deadline is None and claim.opened_at.date() <= date.today()
    handle = open_db(demo_db_path)
    with handle.reading() as session:
        audit = session.scalar(
            select(func.count()).where(AuditEntry.entity == "carrier_claim", AuditEntry.entity_id == claim.id)
        )
    handle.close()
    assert audit == 1  # the opening only


def test_claims_needs_an_action(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["claims", "--db", str(demo_db_path)])
    assert exit_info.value.code == 2
    assert "ACTION" in capsys.readouterr().err
