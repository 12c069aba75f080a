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

from sqlalchemy import ColumnElement, case, func, null, select
from sqlalchemy.orm import Session, aliased

from fulfiller.db.models import (
    Campaign,
    Order,
    OrderAddOn,
    OrderExtraLine,
    RateBand,
    RateZone,
    Warehouse,
)
from fulfiller.db.planner import address_country
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
    """Orders alike that have no rate: the same warehouse, destination, weight, and so the same reason."""

    warehouse: str
    country: str
    weight_g: int | None
    reason: str
    orders: int


@dataclass
class CostEstimate:
    buffer_percent: Decimal
    packaging_g: int
    total: CostTotal
    by_tier: list[CostTotal]
    by_region: list[CostTotal]  # label "US › Zone 1"
    not_covered: list[NotCovered] = field(default_factory=list)  # the most orders first

    @property
    def orders_not_covered(self) -> int:
        return sum(n.orders for n in self.not_covered)

    def not_covered_by_reason(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for n in self.not_covered:
            counts[n.reason] += n.orders
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

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
            "not_covered": self.orders_not_covered,
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


Place = tuple[int | None, int | None, str]  # an order's warehouse, tier and destination country
Kind = tuple[Place, int | None]  # where an order goes, and what it packs besides its tier's kit (g; None: unknown)


def _place_columns() -> tuple[Any, ...]:
    return Order.warehouse_id, Order.tier_id, func.coalesce(address_country.c.country_code, "")


def _add_on_grams(weigh: _Weigher) -> Any:
    """Per order with add-ons, in SQL: an aggregate of its add-on rows, the weight of their kits (NULL
    when one is unknown)."""
    known = {add_on_id: grams for add_on_id, grams in weigh.add_ons.items() if grams is not None}
    grams = case(known, value=OrderAddOn.add_on_id) if known else null()
    return case((func.count() == func.count(grams), func.coalesce(func.sum(grams * OrderAddOn.quantity), 0)))


def _count_alike(session: Session, campaign_id: int, todo: ColumnElement[bool], weigh: _Weigher) -> Counter[Kind]:
    """Orders alike counted in two GROUP BYs: every order by its place, then the (fewer) orders with
    add-ons, read from the add-ons' side, by place and add-ons' weight; the rest carry no add-ons."""
    kinds: Counter[Kind] = Counter()
    for warehouse_id, tier_id, country, orders in session.execute(
        select(*_place_columns(), func.count())
        .select_from(Order)
        .outerjoin(address_country, address_country.c.order_id == Order.id)
        .where(todo, ~_one_by_one())
        .group_by(*_place_columns())
    ):
        kinds[((warehouse_id, tier_id, country), 0)] += orders
    per_order = (
        select(OrderAddOn.order_id, _add_on_grams(weigh).label("grams"))
        .where(OrderAddOn.quantity > 0)
        .group_by(OrderAddOn.order_id)
        .subquery()
    )
    for warehouse_id, tier_id, country, grams, orders in session.execute(
        select(*_place_columns(), per_order.c.grams, func.count())
        .select_from(per_order)
        .join(Order, Order.id == per_order.c.order_id)
        .outerjoin(address_country, address_country.c.order_id == Order.id)
        .where(still_to_ship(campaign_id, per_row=True), ~_one_by_one())
        .group_by(*_place_columns(), per_order.c.grams)
    ):
        place = (warehouse_id, tier_id, country)
        kinds[(place, 0)] -= orders
        kinds[(place, grams)] += orders
    return +kinds  # places whose every order has add-ons drop out


def _one_by_one() -> ColumnElement[bool]:
    """Orders with extra lines or with orders merged into them: few, weighed one by one."""
    merged = aliased(Order)
    return Order.id.in_(select(OrderExtraLine.order_id)) | Order.id.in_(
        select(merged.merged_into_id).where(merged.merged_into_id.is_not(None))
    )


def estimate_shipping(session: Session, campaign_id: int, *, packaging_g: int = 0) -> CostEstimate:
    """The cost of sending every order still to ship, with the campaign's buffer on top.

    Orders going to the same warehouse and country with the same tier and add-ons' weight weigh the
    same: one GROUP BY counts them and each group is priced once, with no loop over the orders. Only
    orders with extra lines or with others merged into them (few) are weighed one by one. The orders
    not covered are counted the same way, alike ones together with the reason they share."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    if packaging_g < 0:
        raise UserError(message("rates.negative_packaging", "The packaging allowance cannot be negative."))
    book = load_kit_book(session, campaign_id)
    weigh = _Weigher(book)
    todo = still_to_ship(campaign_id)
    pricing = _Pricing(book, weigh, _zones(session, campaign_id), packaging_g)
    pricing.warehouses = dict(
        session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == campaign_id)).all()
    )
    kinds = _count_alike(session, campaign_id, todo, weigh)
    places: dict[int, Place] = {}
    for batch in chunks(set(session.scalars(select(Order.id).where(_one_by_one())))):
        for order_id, warehouse_id, tier_id, country in session.execute(
            select(Order.id, *_place_columns())
            .outerjoin(address_country, address_country.c.order_id == Order.id)
            .where(Order.id.in_(batch), todo)
        ):
            places[order_id] = (warehouse_id, tier_id, country)
    _weigh_one_by_one(session, merged_members(session, campaign_id), set(places), weigh)
    kinds.update((place, weigh.extra.get(order_id, 0)) for order_id, place in places.items())
    uncovered: Counter[tuple[str, str, int | None, str]] = Counter()
    for (place, extra), orders in kinds.items():
        reason = pricing.price(place, extra, orders)
        if reason is not None:
            uncovered[(pricing.code(place[0]), place[2], pricing.weight(place, extra), reason)] += orders
    return CostEstimate(
        buffer_percent=campaign.cost_buffer_percent,
        packaging_g=packaging_g,
        total=pricing.total,
        by_tier=sorted(pricing.by_tier.values(), key=lambda t: (-t.orders, t.label)),
        by_region=sorted(pricing.by_region.values(), key=lambda t: t.label),
        not_covered=[
            NotCovered(*key, orders)
            for key, orders in sorted(uncovered.items(), key=lambda kv: (-kv[1], kv[0][3], kv[0][0], kv[0][1]))
        ],
    )


def _weigh_one_by_one(session: Session, members: dict[int, int], order_ids: set[int], weigh: _Weigher) -> None:
    """What the orders weighed one by one pack besides their tier's kit: add-ons, extra lines, and the
    kits of the orders merged into them."""
    for batch in chunks(order_ids):
        for order_id, add_on_id, units in session.execute(
            select(OrderAddOn.order_id, OrderAddOn.add_on_id, OrderAddOn.quantity).where(
                OrderAddOn.order_id.in_(batch), OrderAddOn.quantity > 0
            )
        ):
            kit = weigh.add_ons.get(add_on_id)
            weigh.add_extra(order_id, None if kit is None else kit * units)
        for order_id, item_id, units in session.execute(
            select(OrderExtraLine.order_id, OrderExtraLine.item_id, OrderExtraLine.quantity).where(
                OrderExtraLine.order_id.in_(batch)
            )
        ):
            weight = weigh.items.get(item_id)
            weigh.add_extra(order_id, None if weight is None else weight * units)
    _weigh_merged(session, {child: root for child, root in members.items() if root in order_ids}, weigh)


class _Pricing:
    """Totals of the orders priced so far: all, per tier, per region (a warehouse's zone)."""

    def __init__(
        self, book: KitBook, weigh: _Weigher, zones: dict[int, list[planning.RateZone]], packaging_g: int
    ) -> None:
        self.book, self.weigh, self.zones, self.packaging_g = book, weigh, zones, packaging_g
        self.warehouses: dict[int, str] = {}
        self.total = CostTotal("all orders still to ship")
        self.by_tier: dict[str, CostTotal] = {}
        self.by_region: dict[str, CostTotal] = {}
        self._zone_cache: dict[tuple[int, str], planning.RateZone | None] = {}

    def weight(self, place: Place, extra: int | None) -> int | None:
        """The parcel's weight: its tier's kit, what else it packs, and the packaging allowance."""
        tier_id = place[1]
        kit_weight = self.weigh.tiers.get(tier_id) if tier_id is not None else 0
        return None if kit_weight is None or extra is None else kit_weight + extra + self.packaging_g

    def code(self, warehouse_id: int | None) -> str:
        return self.warehouses.get(warehouse_id, "") if warehouse_id is not None else ""

    def zone(self, warehouse_id: int | None, country: str) -> planning.RateZone | None:
        if warehouse_id is None or not country:
            return None
        key = (warehouse_id, country)
        if key not in self._zone_cache:
            self._zone_cache[key] = zone_for(country, self.zones.get(warehouse_id, ()))
        return self._zone_cache[key]

    def reason(self, place: Place, extra: int | None) -> str | None:
        """Why a parcel going to `place` and packing `extra` grams more than its tier's kit has no rate;
        None when it has one."""
        warehouse_id, _, country = place
        weight = self.weight(place, extra)
        zone = self.zone(warehouse_id, country)
        if weight is None or zone is None or band_for(weight, zone.bands) is None:
            return _why_not_covered(weight, warehouse_id, country, self.code(warehouse_id), zone)
        return None

    def price(self, place: Place, extra: int | None, times: int) -> str | None:
        """Add `times` such parcels to the totals; or say why they are not covered (and add nothing)."""
        reason = self.reason(place, extra)
        if reason is not None:
            return reason
        warehouse_id, tier_id, country = place
        weight: int = self.weight(place, extra)  # type: ignore[assignment]
        zone: planning.RateZone = self.zone(warehouse_id, country)  # type: ignore[assignment]
        band: planning.RateBand = band_for(weight, zone.bands)  # type: ignore[assignment]
        tier = self.book.tier_titles.get(tier_id, NO_TIER) if tier_id is not None else NO_TIER
        region = f"{self.code(warehouse_id)} › {zone.name}"
        for bucket, label in ((self.by_tier, tier), (self.by_region, region)):
            if label not in bucket:
                bucket[label] = CostTotal(label)
            bucket[label].add(band, weight, times)
        self.total.add(band, weight, times)
        return None


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
        lines.append(f"Not covered: {estimate.orders_not_covered:,} order(s)")
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
