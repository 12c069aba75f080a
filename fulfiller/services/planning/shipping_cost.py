"""Shipping-cost estimate from the user's rate table (per warehouse: destination zones, weight bands),
with the campaign's budget buffer, totalled per reward tier and per region (warehouse → zone).

Each order still to ship is weighed from its checklist (every item, stock or not, plus an optional
packaging allowance), put in its warehouse's zone for the destination country and in the lightest
band it fits. An order without a warehouse, a country, a zone, a band heavy enough or a known
weight is listed as not covered instead of being guessed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import (
    Address,
    Campaign,
    Order,
    OrderAddOn,
    OrderExtraLine,
    RateBand,
    RateZone,
    Warehouse,
)
from fulfiller.domain import planning
from fulfiller.domain.countries import country_name
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError, message_of
from fulfiller.domain.kits import Kit, parse_currency, parse_customs_value, parse_grams_or_mm
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.planning import REST_OF_WORLD, CostTotal, band_for, parse_countries, zone_for
from fulfiller.services.audit import record, record_changes
from fulfiller.services.catalogue.checklist import KitBook, chunks, load_kit_book, merged_members, still_to_ship

NO_TIER = "(no reward)"


@dataclass(frozen=True)
class NotCovered:
    order_id: int
    backer_number: str
    warehouse: str
    country: str
    weight_g: int | None
    reason: str


@dataclass
class CostEstimate:
    buffer_percent: Decimal
    packaging_g: int
    total: CostTotal
    by_tier: list[CostTotal]
    by_region: list[CostTotal]  # label "US › Zone 1"
    not_covered: list[NotCovered] = field(default_factory=list)

    def not_covered_by_reason(self) -> dict[str, int]:
        return dict(Counter(n.reason for n in self.not_covered).most_common())

    def as_dict(self) -> dict[str, Any]:
        def line(total: CostTotal) -> dict[str, Any]:
            return {
                "label": total.label,
                "orders": total.orders,
                "weight_g": total.weight_g,
                "cost": {c: str(a) for c, a in total.cost.items()},
                "with_buffer": {c: str(a) for c, a in total.with_buffer(self.buffer_percent).items()},
            }

        return {
            "buffer_percent": str(self.buffer_percent),
            "packaging_g": self.packaging_g,
            "total": line(self.total),
            "by_tier": [line(t) for t in self.by_tier],
            "by_region": [line(t) for t in self.by_region],
            "not_covered": len(self.not_covered),
            "not_covered_by_reason": self.not_covered_by_reason(),
        }


def _zones(session: Session, campaign_id: int) -> dict[int, list[planning.RateZone]]:
    found: dict[int, list[planning.RateZone]] = defaultdict(list)
    zones = session.scalars(
        select(RateZone)
        .join(Warehouse, Warehouse.id == RateZone.warehouse_id)
        .where(Warehouse.campaign_id == campaign_id)
        .order_by(RateZone.id)
    )
    for zone in zones:
        bands = tuple(planning.RateBand(b.max_weight_g, b.cost, b.currency) for b in zone.bands)
        found[zone.warehouse_id].append(planning.RateZone(zone.name, parse_countries(zone.countries), bands, zone.id))
    return found


def _kit_weights(kits: dict[int, Kit]) -> dict[int, int | None]:
    weights: dict[int, int | None] = {}
    for key, kit in kits.items():
        total: int | None = 0
        for entry in kit.entries:
            if entry.item.weight_g is None:
                total = None
                break
            total += entry.item.weight_g * entry.quantity  # type: ignore[operator]
        weights[key] = total
    return weights


class _Weigher:
    """Order weights from kit weights: None as soon as one item's weight is unknown."""

    def __init__(self, book: KitBook) -> None:
        self.tiers = _kit_weights(book.tiers)
        self.add_ons = _kit_weights(book.add_ons)
        self.items = {i: item.weight_g for i, item in book.items.items()}
        self.extra: dict[int, int | None] = defaultdict(int)

    def add_extra(self, order_id: int, weight: int | None) -> None:
        current = self.extra[order_id]
        self.extra[order_id] = None if current is None or weight is None else current + weight


def estimate_shipping(session: Session, campaign_id: int, *, packaging_g: int = 0) -> CostEstimate:
    """The cost of sending every order still to ship, with the campaign's buffer on top."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    if packaging_g < 0:
        raise UserError(message("rates.negative_packaging", "The packaging allowance cannot be negative."))
    book = load_kit_book(session, campaign_id)
    weigh = _Weigher(book)
    todo = still_to_ship(campaign_id)
    members = merged_members(session, campaign_id)
    for order_id, add_on_id, units in session.execute(
        select(OrderAddOn.order_id, OrderAddOn.add_on_id, OrderAddOn.quantity)
        .join(Order, Order.id == OrderAddOn.order_id)
        .where(todo, OrderAddOn.quantity > 0)
    ):
        kit = weigh.add_ons.get(add_on_id)
        weigh.add_extra(order_id, None if kit is None else kit * units)
    for order_id, item_id, units in session.execute(
        select(OrderExtraLine.order_id, OrderExtraLine.item_id, OrderExtraLine.quantity)
        .join(Order, Order.id == OrderExtraLine.order_id)
        .where(todo)
    ):
        weight = weigh.items.get(item_id)
        weigh.add_extra(order_id, None if weight is None else weight * units)
    _weigh_merged(session, members, weigh)

    zones = _zones(session, campaign_id)
    warehouses = dict(
        session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == campaign_id)).all()
    )
    total = CostTotal("all orders still to ship")
    by_tier: dict[str, CostTotal] = {}
    by_region: dict[str, CostTotal] = {}
    not_covered: list[NotCovered] = []
    zone_cache: dict[tuple[int, str], planning.RateZone | None] = {}
    rows = session.execute(
        select(
            Order.id, Order.backer_number, Order.tier_id, Order.warehouse_id, func.coalesce(Address.country_code, "")
        )
        .outerjoin(Address, Address.order_id == Order.id)
        .where(todo)
        .order_by(Order.id)
    )
    for order_id, number, tier_id, warehouse_id, country in rows:
        code = warehouses.get(warehouse_id, "") if warehouse_id is not None else ""
        kit_weight = weigh.tiers.get(tier_id) if tier_id is not None else 0
        extra = weigh.extra.get(order_id, 0)
        weight = None if kit_weight is None or extra is None else kit_weight + extra + packaging_g
        zone = None
        if warehouse_id is not None and country:
            key = (warehouse_id, country)
            if key not in zone_cache:
                zone_cache[key] = zone_for(country, zones.get(warehouse_id, ()))
            zone = zone_cache[key]
        band = band_for(weight, zone.bands) if zone is not None and weight is not None else None
        if band is None or zone is None or weight is None:
            reason = _why_not_covered(weight, warehouse_id, country, code, zone)
            not_covered.append(NotCovered(order_id, number, code, country, weight, reason))
            continue
        tier = book.tier_titles.get(tier_id, NO_TIER) if tier_id is not None else NO_TIER
        region = f"{code} › {zone.name}"
        for bucket, label in ((by_tier, tier), (by_region, region)):
            if label not in bucket:
                bucket[label] = CostTotal(label)
            bucket[label].add(band, weight)
        total.add(band, weight)
    return CostEstimate(
        buffer_percent=campaign.cost_buffer_percent,
        packaging_g=packaging_g,
        total=total,
        by_tier=sorted(by_tier.values(), key=lambda t: (-t.orders, t.label)),
        by_region=sorted(by_region.values(), key=lambda t: t.label),
        not_covered=not_covered,
    )


def _why_not_covered(
    weight: int | None, warehouse_id: int | None, country: str, code: str, zone: planning.RateZone | None
) -> str:
    if weight is None:
        return "an item in the order has no weight"
    if warehouse_id is None:
        return "no warehouse"
    if not country:
        return "no destination country"
    if zone is None:
        return f"no zone of {code} covers the destination"
    return f"heavier than every band of {code} › {zone.name}"


def _weigh_merged(session: Session, members: dict[int, int], weigh: _Weigher) -> None:
    """An order merged into another adds its kits' weight to the order it ships in."""
    for batch in chunks(list(members)):
        for child, tier_id in session.execute(select(Order.id, Order.tier_id).where(Order.id.in_(batch))):
            weigh.add_extra(members[child], weigh.tiers.get(tier_id) if tier_id is not None else 0)
        for child, add_on_id, units in session.execute(
            select(OrderAddOn.order_id, OrderAddOn.add_on_id, OrderAddOn.quantity).where(
                OrderAddOn.order_id.in_(batch), OrderAddOn.quantity > 0
            )
        ):
            kit = weigh.add_ons.get(add_on_id)
            weigh.add_extra(members[child], None if kit is None else kit * units)
        for child, item_id, units in session.execute(
            select(OrderExtraLine.order_id, OrderExtraLine.item_id, OrderExtraLine.quantity).where(
                OrderExtraLine.order_id.in_(batch)
            )
        ):
            weight = weigh.items.get(item_id)
            weigh.add_extra(members[child], None if weight is None else weight * units)


def format_estimate(estimate: CostEstimate) -> str:
    def money(amounts: dict[str, Decimal]) -> str:
        return " + ".join(f"{amount:,.2f} {currency}" for currency, amount in amounts.items()) or "0"

    pct = estimate.buffer_percent
    lines = [
        f"{estimate.total.orders:,} parcels: {money(estimate.total.cost)}; "
        f"with a {pct}% buffer: {money(estimate.total.with_buffer(pct))}",
    ]
    for title, totals in (("By tier", estimate.by_tier), ("By region", estimate.by_region)):
        lines.append(f"{title}:")
        lines.extend(
            f"  {t.label[:36]:<36} {t.orders:>8,}  {money(t.cost):>16}  {money(t.with_buffer(pct)):>16}" for t in totals
        )
    if estimate.not_covered:
        lines.append(f"Not covered: {len(estimate.not_covered):,} order(s)")
        reasons = list(estimate.not_covered_by_reason().items())
        lines.extend(f"  {n:>8,}  {reason}" for reason, n in reasons[:10])
        if len(reasons) > 10:
            lines.append(f"  … and {len(reasons) - 10} other reasons")
    return "\n".join(lines)


# --- The rate table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RateBandView:
    id: int
    max_weight_g: int
    cost: Decimal
    currency: str


@dataclass(frozen=True)
class RateZoneView:
    id: int
    warehouse_id: int
    warehouse: str
    name: str
    countries: str
    bands: list[RateBandView]


def list_rate_table(session: Session, campaign_id: int) -> list[RateZoneView]:
    zones = session.execute(
        select(RateZone, Warehouse.code)
        .join(Warehouse, Warehouse.id == RateZone.warehouse_id)
        .where(Warehouse.campaign_id == campaign_id)
        .order_by(Warehouse.code, RateZone.name)
    )
    return [
        RateZoneView(
            zone.id,
            zone.warehouse_id,
            code,
            zone.name,
            zone.countries,
            [RateBandView(b.id, b.max_weight_g, b.cost, b.currency) for b in zone.bands],
        )
        for zone, code in zones
    ]


def _clean_countries(session: Session, warehouse_id: int, text: str, zone_id: int | None) -> str:
    codes = parse_countries(text)
    if not codes:
        raise UserError(
            message(
                "rates.zone_no_countries",
                'A zone needs countries: ISO codes such as "US CA", or "{rest}" for all others.',
                rest=REST_OF_WORLD,
            )
        )
    unknown = sorted(c for c in codes if c != REST_OF_WORLD and country_name(c) == c)
    if unknown:
        raise UserError(message("rates.not_country_codes", "Not country codes: {codes}.", codes=", ".join(unknown)))
    for other in session.scalars(select(RateZone).where(RateZone.warehouse_id == warehouse_id, RateZone.id != zone_id)):
        shared = sorted(codes & parse_countries(other.countries))
        if shared:
            what = (
                message("rates.rest_of_world", "the rest of the world")
                if shared == [REST_OF_WORLD]
                else ", ".join(shared)
            )
            raise UserError(
                message(
                    "rates.zone_overlap",
                    "Zone {zone!r} of this warehouse already covers {what}.",
                    zone=other.name,
                    what=what,
                )
            )
    return " ".join(sorted(codes, key=lambda c: (c == REST_OF_WORLD, c)))


def add_rate_zone(session: Session, warehouse_id: int, name: str, countries: str, *, operator: str) -> int:
    if session.get(Warehouse, warehouse_id) is None:
        raise UserError(message("warehouse.not_found", "There is no warehouse {warehouse}.", warehouse=warehouse_id))
    name = " ".join(name.split())
    if not name:
        raise UserError(message("rates.zone_no_name", "A zone needs a name."))
    if session.scalar(select(RateZone.id).where(RateZone.warehouse_id == warehouse_id, RateZone.name == name)):
        raise UserError(_zone_name_taken(name))
    zone = RateZone(
        warehouse_id=warehouse_id, name=name, countries=_clean_countries(session, warehouse_id, countries, None)
    )
    session.add(zone)
    session.flush()
    record(session, operator, AuditAction.CREATE, "rate_zone", zone.id, new=f"{name}: {zone.countries}")
    return zone.id


def update_rate_zone(
    session: Session, zone_id: int, *, operator: str, name: str | None = None, countries: str | None = None
) -> None:
    zone = _zone(session, zone_id)
    changes: dict[str, tuple[object, object]] = {}
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise UserError(message("rates.zone_no_name", "A zone needs a name."))
        clash = session.scalar(
            select(RateZone.id).where(
                RateZone.warehouse_id == zone.warehouse_id, RateZone.name == name, RateZone.id != zone_id
            )
        )
        if clash:
            raise UserError(_zone_name_taken(name))
        changes["name"] = (zone.name, name)
    if countries is not None:
        changes["countries"] = (zone.countries, _clean_countries(session, zone.warehouse_id, countries, zone.id))
    record_changes(session, operator, "rate_zone", zone.id, changes)
    for key, (_, value) in changes.items():
        setattr(zone, key, value)


def remove_rate_zone(session: Session, zone_id: int, *, operator: str) -> None:
    zone = _zone(session, zone_id)
    record(session, operator, AuditAction.DELETE, "rate_zone", zone.id, old=f"{zone.name}: {zone.countries}")
    session.delete(zone)


def set_rate_band(
    session: Session, zone_id: int, max_weight_g: int | str, cost: Decimal | str, currency: str, *, operator: str
) -> int:
    """Add a weight band to a zone, or change the cost of the band with the same upper weight."""
    zone = _zone(session, zone_id)
    try:
        weight = parse_grams_or_mm(max_weight_g) if isinstance(max_weight_g, str) else max_weight_g
        amount = parse_customs_value(cost) if isinstance(cost, str) else cost
        code = parse_currency(currency)
    except ValueError as exc:
        raise UserError(joined(message_of(exc), end=".")) from exc
    if not isinstance(weight, int) or isinstance(weight, bool) or weight <= 0:
        raise UserError(
            message(
                "rates.band_bad_weight",
                "A band's highest weight is a whole number of grams above 0, not {weight!r}.",
                weight=max_weight_g,
            )
        )
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        raise UserError(
            message("rates.band_bad_cost", "A band's cost is an amount of 0 or more, not {cost!r}.", cost=cost)
        )
    band = session.scalar(select(RateBand).where(RateBand.zone_id == zone.id, RateBand.max_weight_g == weight))
    if band is None:
        band = RateBand(zone_id=zone.id, max_weight_g=weight, cost=amount, currency=code)
        session.add(band)
        session.flush()
        record(
            session, operator, AuditAction.CREATE, "rate_band", band.id, new=f"{zone.name} ≤{weight} g: {amount} {code}"
        )
        return band.id
    record_changes(
        session, operator, "rate_band", band.id, {"cost": (band.cost, amount), "currency": (band.currency, code)}
    )
    band.cost, band.currency = amount, code
    return band.id


def remove_rate_band(session: Session, band_id: int, *, operator: str) -> None:
    band = session.get(RateBand, band_id)
    if band is None:
        raise UserError(message("rates.no_such_band", "There is no rate band {band}.", band=band_id))
    record(
        session,
        operator,
        AuditAction.DELETE,
        "rate_band",
        band.id,
        old=f"≤{band.max_weight_g} g: {band.cost} {band.currency}",
    )
    session.delete(band)


def _zone(session: Session, zone_id: int) -> RateZone:
    zone = session.get(RateZone, zone_id)
    if zone is None:
        raise UserError(message("rates.no_such_zone", "There is no rate zone {zone}.", zone=zone_id))
    return zone


def _zone_name_taken(name: str) -> Message:
    return message("rates.zone_name_taken", "This warehouse already has a zone named {name!r}.", name=name)
