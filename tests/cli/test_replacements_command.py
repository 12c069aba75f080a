from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from fulfiller.cli import main
from fulfiller.db.models import Shipment
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.services.aftersales.claims import open_claim
from fulfiller.services.aftersales.requests import WHOLE_KIT, decide, log_request
from fulfiller.services.database import open_db


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
