"""Warehouses, the countries each serves, which orders ship from where, and what-if splits.

Only orders still to ship take part: collected pledges, not merged into another order, whose parcel
is not packed yet (a packed parcel's goods left that warehouse's shelves: such an order keeps its
warehouse). Rules never move an order a person placed by hand (`warehouse_overridden`). When an
order moves, its parcels that are not packed yet move with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, exists, func, inspect, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, AuditEntry, Campaign, Order, RegionRule, Shipment, Warehouse
from fulfiller.domain.clock import utcnow
from fulfiller.domain.countries import resolve_country
from fulfiller.domain.enums import AuditAction, PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, message
from fulfiller.domain.regions import DEFAULT, Configuration, PlannedWarehouse, WhatIfResult, assign, compare, single
from fulfiller.services.audit import record, record_changes, signed_by
from fulfiller.services.catalogue.checklist import still_to_ship

# A parcel in one of these states has left (or is leaving) its warehouse's shelves.
_PACKED_OR_LATER = (
    ShipmentStatus.PACKED,
    ShipmentStatus.SHIPPED,
    ShipmentStatus.DELIVERED,
    ShipmentStatus.RETURNED,
    ShipmentStatus.LOST,
    ShipmentStatus.DAMAGED,
)
_NOT_PACKED = tuple(s for s in ShipmentStatus if s not in _PACKED_OR_LATER)


def _pledged(campaign_id: int) -> tuple[ColumnElement[bool], ...]:
    """A collected order of the campaign that was not merged into another."""
    return (Order.campaign_id == campaign_id, Order.status == PledgeStatus.COLLECTED, Order.merged_into_id.is_(None))


def _packed() -> ColumnElement[bool]:
    """The order has a parcel (not a reship) that is packed or further on."""
    return exists().where(
        Shipment.order_id == Order.id,
        Shipment.status.in_(_PACKED_OR_LATER),
        Shipment.replaces_shipment_id.is_(None),
    )


def _to_ship(campaign_id: int) -> tuple[ColumnElement[bool], ...]:
    """The conditions of an order still to ship: those the demand plan counts."""
    return (still_to_ship(campaign_id),)


@dataclass(frozen=True)
class WarehouseInfo:
    id: int
    code: str
    name: str
    country_code: str
    countries: tuple[str, ...]  # the countries its rules name, sorted; "*" = every other country
    orders: int  # orders still to ship assigned to it


@dataclass(frozen=True)
class CountryChanges:
    added: tuple[str, ...]  # countries that had no rule before
    removed: tuple[str, ...]  # countries this warehouse no longer serves (they now have no rule)
    moved: dict[str, str] = field(default_factory=dict)  # country -> the warehouse code that served it

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.moved)


@dataclass(frozen=True)
class AssignSummary:
    considered: int  # orders still to ship
    changed: int  # orders whose warehouse this run changed
    kept_overridden: int  # placed by a person: left alone
    kept_packed: int  # collected orders already packed: not considered, left alone
    per_warehouse: dict[str, int]  # warehouse code -> orders still to ship it holds now
    unassigned: dict[str, int]  # country -> orders still to ship without a warehouse ("" = no country)

    @property
    def unassigned_orders(self) -> int:
        return sum(self.unassigned.values())


# --- Warehouses ---------------------------------------------------------------------------------


def list_warehouses(session: Session, campaign_id: int) -> list[WarehouseInfo]:
    warehouses = list(session.scalars(select(Warehouse).where(Warehouse.campaign_id == campaign_id)))
    countries: dict[int, list[str]] = {w.id: [] for w in warehouses}
    for warehouse_id, country in session.execute(
        select(RegionRule.warehouse_id, RegionRule.country_code).where(RegionRule.campaign_id == campaign_id)
    ):
        countries[warehouse_id].append(country)
    orders = dict(
        session.execute(
            select(Order.warehouse_id, func.count(Order.id))
            .where(*_to_ship(campaign_id), Order.warehouse_id.is_not(None))
            .group_by(Order.warehouse_id)
        ).all()
    )
    return [
        WarehouseInfo(
            w.id,
            w.code,
            w.name,
            w.country_code,
            tuple(sorted(countries[w.id], key=_country_order)),
            orders.get(w.id, 0),
        )
        for w in sorted(warehouses, key=lambda w: w.code)
    ]


def _country_order(code: str) -> tuple[bool, str]:
    return (code != DEFAULT, code)


def _warehouse(session: Session, warehouse_id: int) -> Warehouse:
    warehouse = session.get(Warehouse, warehouse_id)
    if warehouse is None:
        raise UserError(message("warehouse.not_found", "There is no warehouse {warehouse}.", warehouse=warehouse_id))
    return warehouse


def warehouse_by_code(session: Session, campaign_id: int, code: str) -> Warehouse:
    warehouse = session.scalar(
        select(Warehouse).where(
            Warehouse.campaign_id == campaign_id, func.upper(Warehouse.code) == code.strip().upper()
        )
    )
    if warehouse is None:
        raise UserError(
            message("warehouse.no_such_code", "There is no warehouse {code!r} in this campaign.", code=code)
        )
    return warehouse


def _clean_code(session: Session, campaign_id: int, code: str, *, other_than: int | None = None) -> str:
    code = code.strip()
    if not code or len(code) > 32 or any(c.isspace() for c in code):
        raise UserError(
            message("warehouse.bad_code", "A warehouse code is 1 to 32 characters without spaces, such as US or EU.")
        )
    same = [Warehouse.campaign_id == campaign_id, func.upper(Warehouse.code) == code.upper()]
    if other_than is not None:
        same.append(Warehouse.id != other_than)
    if session.scalar(select(Warehouse.id).where(*same)) is not None:
        raise UserError(message("warehouse.code_taken", "The campaign already has a warehouse {code}.", code=code))
    return code


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise UserError(message("warehouse.bad_name", "A warehouse needs a name of at most 200 characters."))
    return name


def _country(text: str, what: Message) -> str:
    code = resolve_country(text)
    if code is None:
        raise UserError(
            message("warehouse.unknown_country", "{text!r} is not a country I know ({what}).", text=text, what=what)
        )
    return code


_STANDS_IN = message("warehouse.stands_in", "where the warehouse is")


def create_warehouse(
    session: Session,
    campaign_id: int,
    code: str,
    name: str,
    country_code: str,
    *,
    operator: str,
    countries: Iterable[str] = (),
) -> int:
    """A new warehouse standing in `country_code`; `countries` (optional) are the ones it serves."""
    if session.get(Campaign, campaign_id) is None:
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    warehouse = Warehouse(
        campaign_id=campaign_id,
        code=_clean_code(session, campaign_id, code),
        name=_clean_name(name),
        country_code=_country(country_code, _STANDS_IN),
    )
    countries = list(countries)
    wanted = _resolve_countries(countries) if countries else []
    session.add(warehouse)
    session.flush()
    record(session, operator, AuditAction.CREATE, "warehouse", warehouse.id, new=f"{warehouse.code} {warehouse.name}")
    if wanted:
        set_countries(session, warehouse.id, wanted, operator=operator)
    return warehouse.id


def update_warehouse(
    session: Session,
    warehouse_id: int,
    *,
    operator: str,
    code: str | None = None,
    name: str | None = None,
    country_code: str | None = None,
) -> None:
    """Change what is given; each change is audited."""
    warehouse = _warehouse(session, warehouse_id)
    values = {
        "code": warehouse.code
        if code is None
        else _clean_code(session, warehouse.campaign_id, code, other_than=warehouse.id),
        "name": warehouse.name if name is None else _clean_name(name),
        "country_code": (warehouse.country_code if country_code is None else _country(country_code, _STANDS_IN)),
    }
    changes = {key: (getattr(warehouse, key), value) for key, value in values.items()}
    record_changes(session, operator, "warehouse", warehouse.id, changes)
    for key, value in values.items():
        setattr(warehouse, key, value)
    session.flush()


# --- Region rules -------------------------------------------------------------------------------


def _resolve_countries(countries: Iterable[str]) -> list[str]:
    wanted, unknown = [], []
    for text in countries:
        text = text.strip()
        if not text:
            continue
        code = DEFAULT if text == DEFAULT else resolve_country(text)
        if code is None:
            unknown.append(repr(text))
        elif code not in wanted:
            wanted.append(code)
    if unknown:
        raise UserError(
            message(
                "warehouse.unknown_countries",
                "Not countries I know: {countries}. Nothing was changed.",
                countries=", ".join(unknown),
            )
        )
    return wanted


def set_countries(session: Session, warehouse_id: int, countries: Iterable[str], *, operator: str) -> CountryChanges:
    """Make `warehouse_id` serve exactly `countries` (codes or names; "*" = every other country).

    A country another warehouse served moves here (reported in `moved`); a country this warehouse
    no longer lists is left without a rule. Orders move only when `assign_orders` runs.
    """
    warehouse = _warehouse(session, warehouse_id)
    wanted = _resolve_countries(countries)
    existing = {
        rule.country_code: rule
        for rule in session.scalars(select(RegionRule).where(RegionRule.campaign_id == warehouse.campaign_id))
    }
    codes = dict(
        session.execute(
            select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == warehouse.campaign_id)
        ).all()
    )
    added, moved = [], {}
    for country in wanted:
        rule = existing.get(country)
        if rule is None:
            rule = RegionRule(campaign_id=warehouse.campaign_id, warehouse_id=warehouse.id, country_code=country)
            session.add(rule)
            session.flush()
            record(session, operator, AuditAction.CREATE, "region_rule", rule.id, field=country, new=warehouse.code)
            added.append(country)
        elif rule.warehouse_id != warehouse.id:
            moved[country] = codes[rule.warehouse_id]
            record_changes(
                session, operator, "region_rule", rule.id, {country: (codes[rule.warehouse_id], warehouse.code)}
            )
            rule.warehouse_id = warehouse.id
    removed = []
    for country, rule in existing.items():
        if rule.warehouse_id == warehouse.id and country not in wanted:
            record(session, operator, AuditAction.DELETE, "region_rule", rule.id, field=country, old=warehouse.code)
            session.delete(rule)
            removed.append(country)
    session.flush()
    return CountryChanges(tuple(sorted(added, key=_country_order)), tuple(sorted(removed, key=_country_order)), moved)


# --- Orders -------------------------------------------------------------------------------------


def assign_orders(session: Session, campaign_id: int, *, operator: str) -> AssignSummary:
    """Give every order still to ship the warehouse its country's rule names (or the default)."""
    rules = dict(
        session.execute(
            select(RegionRule.country_code, RegionRule.warehouse_id).where(RegionRule.campaign_id == campaign_id)
        ).all()
    )
    codes: dict[int, str] = dict(
        session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == campaign_id)).all()
    )
    session.flush()
    rows = session.connection().execute(  # plain rows, no ORM: there may be 250,000 of them
        select(Order.id, Order.warehouse_id, Order.warehouse_overridden, Address.country_code, _packed())
        .outerjoin(Address, Address.order_id == Order.id)
        .where(*_pledged(campaign_id))
    )
    considered = kept_overridden = kept_packed = 0
    holding: Counter[int] = Counter()
    unassigned: Counter[str] = Counter()
    moves: list[tuple[int, int | None, int | None]] = []
    for order_id, current, overridden, country, packed in rows:
        if packed:
            kept_packed += 1
            continue
        considered += 1
        if overridden:
            kept_overridden += 1
            new = current
        else:
            new = assign(country or "", rules)
            if new != current:
                moves.append((order_id, current, new))
        if new is None:
            unassigned[(country or "").upper()] += 1
        else:
            holding[new] += 1
    _move_orders(session, moves, codes, operator)
    return AssignSummary(
        considered=considered,
        changed=len(moves),
        kept_overridden=kept_overridden,
        kept_packed=kept_packed,
        per_warehouse=dict(sorted((codes.get(w, str(w)), n) for w, n in holding.items())),
        unassigned=dict(sorted(unassigned.items())),
    )


def _move_orders(
    session: Session, moves: Sequence[tuple[int, int | None, int | None]], codes: dict[int, str], operator: str
) -> None:
    """Write the new warehouses (orders, their parcels not packed yet) and one audit row per order.

    Plain executemany statements (as `services.bulk` does for imports): a campaign of 250,000 orders
    is re-assigned in a few seconds.
    """
    if not moves:
        return
    session.flush()
    connection = session.connection()
    orders, shipments, audit = Order.__table__.name, Shipment.__table__.name, AuditEntry.__table__.name
    connection.exec_driver_sql(
        f"UPDATE {orders} SET warehouse_id = ? WHERE id = ?", [(new, order_id) for order_id, _, new in moves]
    )
    not_packed = ", ".join(f"'{status.value}'" for status in _NOT_PACKED)
    connection.exec_driver_sql(
        f"UPDATE {shipments} SET warehouse_id = ? "
        f"WHERE order_id = ? AND warehouse_id IS ? AND status IN ({not_packed})",
        [(new, order_id, old) for order_id, old, new in moves],
    )
    now, who = utcnow().isoformat(sep=" ", timespec="microseconds"), signed_by(operator)
    connection.exec_driver_sql(
        f"INSERT INTO {audit} (at, operator, action, entity, entity_id, field, old_value, new_value) "
        "VALUES (?, ?, ?, 'order', ?, 'warehouse', ?, ?)",
        [
            (now, who, AuditAction.UPDATE.value, order_id, codes.get(old or 0), codes.get(new or 0))
            for order_id, old, new in moves
        ],
    )
    moved = {order_id for order_id, _, _ in moves}
    for instance in list(session.identity_map.values()):
        if isinstance(instance, Order | Shipment):
            loaded = inspect(instance).dict  # read without loading anything
            owner = loaded.get("id") if isinstance(instance, Order) else loaded.get("order_id")
            if owner in moved:
                session.expire(instance, ["warehouse_id"])


def _order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise UserError(message("order.not_found", "There is no order {order}.", order=order_id))
    return order


def override_warehouse(session: Session, order_id: int, warehouse_id: int | None, *, operator: str) -> int | None:
    """Ship this order from `warehouse_id` whatever the rules say; None hands it back to the rules.

    Returns the warehouse the order has now.
    """
    order = _order(session, order_id)
    if session.scalar(select(_packed()).where(Order.id == order.id)):
        raise UserError(
            message(
                "warehouse.order_packed",
                "Order {order} is already packed; it cannot change warehouse.",
                order=order.backer_number or order.id,
            )
        )
    codes: dict[int, str] = dict(
        session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == order.campaign_id)).all()
    )
    if warehouse_id is None:
        rules = dict(
            session.execute(
                select(RegionRule.country_code, RegionRule.warehouse_id).where(
                    RegionRule.campaign_id == order.campaign_id
                )
            ).all()
        )
        new, overridden = assign(order.address.country_code if order.address else "", rules), False
    else:
        if warehouse_id not in codes:
            raise UserError(
                message(
                    "warehouse.not_in_order_campaign",
                    "There is no warehouse {warehouse} in the campaign of this order.",
                    warehouse=warehouse_id,
                )
            )
        new, overridden = warehouse_id, True
    old = order.warehouse_id
    record_changes(
        session,
        operator,
        "order",
        order.id,
        {
            "warehouse": (codes.get(old) if old else None, codes.get(new) if new else None),
            "warehouse_overridden": (order.warehouse_overridden, overridden),
        },
    )
    order.warehouse_overridden = overridden
    if new != old:
        order.warehouse_id = new
        for shipment in session.scalars(
            select(Shipment).where(Shipment.order_id == order.id, Shipment.status.in_(_NOT_PACKED))
        ):
            if shipment.warehouse_id == old:
                shipment.warehouse_id = new
    session.flush()
    return new


# --- What-if ------------------------------------------------------------------------------------


def order_countries(session: Session, campaign_id: int) -> dict[str, int]:
    """Orders still to ship per destination country ("" = no country)."""
    rows = session.execute(
        select(func.coalesce(func.upper(Address.country_code), ""), func.count(Order.id))
        .select_from(Order)
        .outerjoin(Address, Address.order_id == Order.id)
        .where(*_to_ship(campaign_id))
        .group_by(func.coalesce(func.upper(Address.country_code), ""))
    )
    return {country: int(n) for country, n in rows}


def current_configuration(session: Session, campaign_id: int, name: str = "Current warehouses") -> Configuration:
    """The campaign's warehouses and region rules as a what-if configuration."""
    return Configuration(
        name,
        tuple(
            PlannedWarehouse(w.code, w.country_code, frozenset(w.countries))
            for w in list_warehouses(session, campaign_id)
        ),
    )


def what_if(session: Session, campaign_id: int, configurations: Iterable[Configuration]) -> list[WhatIfResult]:
    """How each configuration would split the orders still to ship (per-order overrides aside)."""
    return compare(order_countries(session, campaign_id), configurations)


def one_vs_current(session: Session, campaign_id: int, hub_code: str) -> tuple[WhatIfResult, WhatIfResult]:
    """Everything from the warehouse `hub_code` against the warehouses and rules as they are."""
    hub = warehouse_by_code(session, campaign_id, hub_code)
    one, current = what_if(
        session,
        campaign_id,
        [
            single(PlannedWarehouse(hub.code, hub.country_code, frozenset())),
            current_configuration(session, campaign_id),
        ],
    )
    return one, current
