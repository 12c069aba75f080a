"""Demand planning over a 250,000-backer demo campaign, against a plain GROUP BY count of the same
orders in the same database; plus the shipping-cost estimate and one kit edit that re-expands the
unpacked parcels of the largest tier, for scale.

The demo takes about two minutes to build, once (its waves are made by the waves service); each figure is
the median of several rounds on a warm cache.
Set FULFILLER_BENCH_DEMO to the path of an existing 250,000-backer demo database to skip building it.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from fulfiller.services.database import Database, open_db

BACKERS = 250_000
ROUNDS = 5
TARGET_S = 2.0

BASELINE_SQL = text(
    "SELECT warehouse_id, tier_id, count(*) FROM orders WHERE campaign_id = :c AND status = 'collected' "
    "GROUP BY warehouse_id, tier_id"
)


def _timed(action: Callable[[], object], rounds: int = ROUNDS) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def _measure(db: Database) -> dict[str, object]:
    from fulfiller.services.planning.demand import compute_demand
    from fulfiller.services.planning.shipping_cost import add_rate_zone, estimate_shipping, set_rate_band

    with db.reading() as session:
        orders = session.scalar(text("SELECT count(*) FROM orders WHERE campaign_id = 1"))
        baseline = _timed(lambda: session.execute(BASELINE_SQL, {"c": 1}).all())
        demand = _timed(lambda: compute_demand(session, 1))
        rows = compute_demand(session, 1)
    with db.transaction() as session:  # a rate table, so the estimate prices every parcel
        for warehouse_id in (1, 2, 3, 4):
            zone = add_rate_zone(session, warehouse_id, "Everywhere", "*", operator="bench")
            for weight, cost in ((1000, "9"), (3000, "15"), (10000, "30")):
                set_rate_band(session, zone, weight, cost, "USD", operator="bench")
        estimate_s = _timed(lambda: estimate_shipping(session, 1), rounds=3)
        estimate = estimate_shipping(session, 1)
        session.rollback()
    return {
        "orders": orders,
        "demand_rows": len(rows),
        "demand_units": sum(r.demand for r in rows),
        "baseline": baseline,
        "demand": demand,
        "estimate": estimate_s,
        "estimated_parcels": estimate.total.orders,
        "kit_edit_s": _kit_edit(db),
    }


def _kit_edit(db: Database) -> dict[str, object]:
    """Add an item to the largest tier's kit and re-expand: rolled back afterwards."""
    from fulfiller.services.catalogue.kits import KitRef, set_kit_line

    with db.transaction() as session:
        tier_id = session.scalar(
            text("SELECT tier_id FROM orders WHERE tier_id IS NOT NULL GROUP BY tier_id ORDER BY count(*) DESC LIMIT 1")
        )
        item_id = session.scalar(text("SELECT id FROM item WHERE sku = 'AUR-KNOB-BR'"))
        start = time.perf_counter()
        result = set_kit_line(session, KitRef.tier(tier_id), item_id, 1, operator="bench")
        seconds = time.perf_counter() - start
        session.rollback()
    return {"seconds": round(seconds, 2), **{k: v for k, v in result.as_dict().items() if k != "needs_review"}}


def run() -> dict[str, object]:
    given = os.environ.get("FULFILLER_BENCH_DEMO")
    with tempfile.TemporaryDirectory() as tmp:
        if given:
            path, build_s = Path(given), None
        else:
            from fulfiller.demo.database import make_demo_database

            path = Path(tmp) / "demo.sqlite"
            start = time.perf_counter()
            make_demo_database(path, backers=BACKERS, seed=7, operator="bench")
            build_s = time.perf_counter() - start
        db = open_db(path)
        try:
            figures = _measure(db)
        finally:
            db.close()
    all_baseline: list[float] = figures["baseline"]  # type: ignore[assignment]
    all_demand: list[float] = figures["demand"]  # type: ignore[assignment]
    baseline, demand = statistics.median(all_baseline), statistics.median(all_demand)
    estimate = statistics.median(figures["estimate"])  # type: ignore[arg-type]
    return {
        "what": f"compute_demand over a {BACKERS:,}-backer demo (all warehouses and stock items)",
        "demo_build_s": None if build_s is None else round(build_s, 1),
        "orders": figures["orders"],
        "rounds": ROUNDS,
        "baseline_group_by_count_s": round(baseline, 3),
        "demand_s": round(demand, 3),
        "ratio": round(demand / baseline, 2),
        "demand_rows": figures["demand_rows"],
        "demand_units": figures["demand_units"],
        "shipping_estimate_s": round(estimate, 3),
        "estimated_parcels": figures["estimated_parcels"],
        "kit_edit_largest_tier": figures["kit_edit_s"],
        "target": f"demand under {TARGET_S} s",
        "met": demand < TARGET_S,
        "all_baseline_s": [round(t, 3) for t in all_baseline],
        "all_demand_s": [round(t, 3) for t in all_demand],
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
