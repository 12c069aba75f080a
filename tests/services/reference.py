"""The campaign's figures counted the plain, slow way: every order read and counted in Python.

The services count with GROUP BYs over indexes (and shortcuts for a file of one campaign); these
references hold them to what counting order by order gives, on small campaigns.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, Item, Order, OrderExtraLine, OrderProblem, RewardTier, Shipment, Warehouse
from fulfiller.domain import planning
from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.planning import band_for, parse_countries, zone_for
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER
from fulfiller.services.catalogue.checklist import checklists_for
from fulfiller.services.planning.shipping_cost import NO_TIER, list_rate_table
from fulfiller.services.stats import NO_COUNTRY
from tests.services.kit_campaign import Small, small_campaign


def orders_still_to_ship(session: Session, campaign_id: int) -> set[int]:
    """Collected, not merged into another, and no original parcel packed or further: order by order."""
    packed = {
        order_id
        for order_id, status, replaces in session.execute(
            select(Shipment.order_id, Shipment.status, Shipment.replaces_shipment_id)
        )
        if status in PACKED_OR_FURTHER and replaces is None
    }
    return {
        order_id
        for order_id, status, merged_into in session.execute(
            select(Order.id, Order.status, Order.merged_into_id).where(Order.campaign_id == campaign_id)
        )
        if status is PledgeStatus.COLLECTED and merged_into is None and order_id not in packed
    }


def campaign_counts(session: Session, campaign_id: int) -> dict[str, Any]:
    """What the Dashboard counts, each order looked at in turn."""
    titles = dict(session.execute(select(RewardTier.id, RewardTier.title)).all())
    countries = dict(session.execute(select(Address.order_id, Address.country_code)).all())
    orders = session.execute(
        select(Order.id, Order.tier_id, Order.status).where(Order.campaign_id == campaign_id)
    ).all()
    mine = {order_id for order_id, _, _ in orders}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for order_id, tier_id, status in orders:
        tier = titles.get(tier_id, NO_TIER) if tier_id is not None else NO_TIER
        country = countries.get(order_id) or NO_COUNTRY
        counts["by_tier"][tier] += 1
        counts["by_country"][country] += 1
        counts["by_pledge_status"][status.value] += 1
        if status is PledgeStatus.COLLECTED:
            counts["by_tier_collected"][tier] += 1
            counts["by_country_collected"][country] += 1
    for order_id, status in session.execute(select(Shipment.order_id, Shipment.status)):
        if order_id in mine:
            counts["by_shipment_status"][status.value] += 1
    problems: dict[str, set[int]] = defaultdict(set)
    for order_id, severity in session.execute(select(OrderProblem.order_id, OrderProblem.severity)):
        if order_id in mine:
            problems[str(getattr(severity, "value", severity))].add(order_id)
    counts["orders_with_problems"] = Counter({severity: len(ids) for severity, ids in problems.items()})
    return {
        **{key: dict(found) for key, found in counts.items()},
        "orders": len(orders),
        "collected_orders": counts["by_pledge_status"][PledgeStatus.COLLECTED.value],
        "to_ship": len(orders_still_to_ship(session, campaign_id)),
        "countries": len([c for c in counts["by_country"] if c != NO_COUNTRY]),
    }


def shipping_estimate(session: Session, campaign_id: int, packaging_g: int = 0) -> dict[str, Any]:
    """The estimate priced order by order, each weighed from its checklist (its kits, add-ons, extra
    lines and the orders merged into it)."""
    zones: dict[int, list[planning.RateZone]] = defaultdict(list)
    for zone in list_rate_table(session, campaign_id):
        bands = tuple(planning.RateBand(b.max_weight_g, b.cost, b.currency) for b in zone.bands)
        zones[zone.warehouse_id].append(planning.RateZone(zone.name, parse_countries(zone.countries), bands, zone.id))
    todo = orders_still_to_ship(session, campaign_id)
    checklists = checklists_for(session, campaign_id, todo)
    rows = session.execute(
        select(Order.id, Order.tier_id, Order.warehouse_id, Address.country_code)
        .outerjoin(Address, Address.order_id == Order.id)
        .where(Order.id.in_(todo))
    ).all()
    titles = dict(session.execute(select(RewardTier.id, RewardTier.title)).all())
    codes = dict(session.execute(select(Warehouse.id, Warehouse.code)).all())
    totals: dict[str, dict[str, list[Any]]] = {"total": {}, "by_tier": {}, "by_region": {}}
    not_covered: Counter[tuple[str, str, int | None, str]] = Counter()

    def add(kind: str, label: str, band: planning.RateBand, weight: int) -> None:
        line = totals[kind].setdefault(label, [0, 0, Counter()])
        line[0] += 1
        line[1] += weight
        line[2][band.currency] += band.cost

    for order_id, tier_id, warehouse_id, country in rows:
        country = country or ""
        lines = checklists[order_id]
        weight: int | None = packaging_g
        for line in lines:
            if line.item.weight_g is None:
                weight = None
                break
            weight += line.item.weight_g * line.quantity  # type: ignore[operator]
        code = codes.get(warehouse_id, "") if warehouse_id is not None else ""
        zone = zone_for(country, zones.get(warehouse_id, ())) if warehouse_id is not None and country else None
        band = band_for(weight, zone.bands) if zone is not None and weight is not None else None
        if weight is None:
            reason = "an item in the order has no weight"
        elif warehouse_id is None:
            reason = "no warehouse"
        elif not country:
            reason = "no destination country"
        elif zone is None:
            reason = f"no zone of {code} covers the destination"
        elif band is None:
            reason = f"heavier than every band of {code} › {zone.name}"
        else:
            tier = titles.get(tier_id, NO_TIER) if tier_id is not None else NO_TIER
            add("total", "all orders still to ship", band, weight)
            add("by_tier", tier, band, weight)
            add("by_region", f"{code} › {zone.name}", band, weight)
            continue
        not_covered[(code, country, weight, reason)] += 1
    return {
        kind: {label: (n, grams, {c: Decimal(a) for c, a in cost.items()}) for label, (n, grams, cost) in lines.items()}
        for kind, lines in totals.items()
    } | {"not_covered": dict(not_covered)}


def estimate_figures(estimate: Any) -> dict[str, Any]:
    """A CostEstimate in the reference's shape."""

    def lines(totals: list[Any]) -> dict[str, Any]:
        return {t.label: (t.orders, t.weight_g, dict(t.cost)) for t in totals if t.orders}

    return {
        "total": lines([estimate.total]),
        "by_tier": lines(estimate.by_tier),
        "by_region": lines(estimate.by_region),
        "not_covered": {(n.warehouse, n.country, n.weight_g, n.reason): n.orders for n in estimate.not_covered},
    }


def stir_the_demo(session: Session, campaign_id: int) -> None:
    """Give the demo the cases it lacks: an order merged into another, one without an address, one
    without a country, and one with an extra line."""
    first, merged, homeless, nowhere, extra = sorted(orders_still_to_ship(session, campaign_id))[:5]
    session.execute(update(Order).where(Order.id == merged).values(merged_into_id=first))
    session.execute(delete(Address).where(Address.order_id == homeless))
    session.execute(update(Address).where(Address.order_id == nowhere).values(country_code=""))
    item = session.scalar(select(Item.id).where(Item.campaign_id == campaign_id, Item.weight_g.is_not(None)))
    session.add(OrderExtraLine(order_id=extra, item_id=item, quantity=2))
    session.flush()


def add_a_second_campaign(session: Session) -> Small:
    """The small lamp campaign beside the demo in the same file, with parcels of its own."""
    small = small_campaign(session)
    small.order("1", "Lamp White")
    small.order("2", "Duo", add_ons={"Extra Cable": 2}, country="DE", warehouse="EU")
    small.order("3", "Lamp Black", status=PledgeStatus.REFUNDED)
    small.order("4", None, country="FR", warehouse=None)
    small.order("5", "Lamp White", add_ons={"Spare Shade": 1})
    small.order("6", "Lamp Black", merged_into="5")
    small.extra("5", "CARD", 1)
    packed = small.shipment("1", ShipmentStatus.PACKED, {"LAMP-WH": 1})
    small.shipment("1", ShipmentStatus.PENDING, {"LAMP-WH": 1}, replaces=packed)
    small.shipment("5", ShipmentStatus.READY, {"LAMP-WH": 1})
    small.s.execute(update(Shipment).where(Shipment.id == packed).values(carrier="Lamp Post"))
    return small
