from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, AuditEntry, Item, KitLine, RewardTier, ShipmentLine
from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.kits import PacksLikeCycle
from fulfiller.services.catalogue.kits import (
    KitRef,
    KitSheetError,
    add_item,
    export_kit_sheet,
    kits_to_map,
    list_items,
    list_kits,
    load_kit_sheet,
    remove_item,
    remove_kit_line,
    set_kit_line,
    set_packs_like,
    suggest_packs_like,
    update_item,
)
from fulfiller.services.database import Database
from tests.services.kit_campaign import Small, make_template, opened_copy

S = ShipmentStatus
LAMP_WHITE = {"LAMP-WH": 1, "CABLE": 1, "CARD": 1}
LAMP_BLACK = {"LAMP-BK": 1, "CABLE": 1, "CARD": 1}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small_db(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Database]:
    with opened_copy(template[0], tmp_path) as db:
        yield db


@pytest.fixture
def small(small_db: Database, template: tuple[Path, Small]) -> Iterator[Small]:
    with small_db.transaction() as session:
        yield template[1].bind(session)


def _kit(session: Session, small: Small, title: str) -> dict[str, int]:
    view = next(k for k in list_kits(session, small.campaign_id) if k.title == title)
    return {line.sku: line.quantity for line in view.lines}


def _audit(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    return list(
        session.scalars(select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id))
    )


# --- Kits and "packs like" -----------------------------------------------------------------------


def test_list_kits_shows_each_tier_and_add_on_with_its_lines_and_orders(small: Small) -> None:
    small.order("1", "Lamp White", add_ons={"Spare Shade": 2})
    small.order("2", "Lamp White", status=PledgeStatus.DROPPED)
    kits = {k.title: k for k in list_kits(small.s, small.campaign_id)}
    assert list(kits) == ["Lamp White", "Lamp Black", "Duo", "Late Pledge Lamp White", "Spare Shade", "Extra Cable"]
    white = kits["Lamp White"]
    assert white.kind == "tier" and white.orders == 1  # the dropped pledge does not count
    assert [(line.sku, line.quantity, line.is_stock) for line in white.lines] == [
        ("LAMP-WH", 1, True),
        ("CABLE", 1, True),
        ("CARD", 1, False),
    ]
    assert kits["Spare Shade"].kind == "add_on" and kits["Spare Shade"].orders == 1
    assert kits["Spare Shade"].as_dict()["lines"][0]["sku"] == "SHADE"


def test_the_mapping_step_links_a_tier_without_a_kit_to_one_that_has_one(small: Small) -> None:
    late = small.order("7", "Late Pledge Lamp White")
    assert [k.title for k in kits_to_map(small.s, small.campaign_id)] == ["Late Pledge Lamp White"]
    shipment = small.shipment("7", S.PENDING, {})

    result = set_packs_like(
        small.s, KitRef.tier(small.tiers["Late Pledge Lamp White"]), small.tiers["Lamp White"], operator="mei"
    )

    assert result.orders_changed == 1 and result.shipments_rewritten == 1
    assert kits_to_map(small.s, small.campaign_id) == []
    assert _kit(small.s, small, "Late Pledge Lamp White") == LAMP_WHITE
    view = next(k for k in list_kits(small.s, small.campaign_id) if k.title == "Late Pledge Lamp White")
    assert view.packs_like == "Lamp White" and view.own_lines == []
    assert small.lines_of(shipment) == LAMP_WHITE
    (entry,) = _audit(small.s, "reward_tier", small.tiers["Late Pledge Lamp White"])
    assert (entry.operator, entry.field, entry.old_value, entry.new_value) == ("mei", "packs_like", None, "Lamp White")
    assert late  # the order is the one the mapping was for


def test_the_mapping_step_proposes_what_a_new_tier_most_likely_packs_like(small: Small) -> None:
    renamed = RewardTier(campaign_id=small.campaign_id, title="Lámpara Blanca", platform_id="8000")
    small.s.add(renamed)
    small.s.flush()
    small.tiers["Lámpara Blanca"] = renamed.id
    for number, tier in enumerate(("Late Pledge Lamp White", "Lámpara Blanca", "Lamp White")):
        small.order(str(number), tier)
    suggestions = suggest_packs_like(small.s, small.campaign_id)
    assert suggestions == {
        KitRef.tier(small.tiers["Late Pledge Lamp White"]): KitRef.tier(small.tiers["Lamp White"]),  # by title
        KitRef.tier(renamed.id): KitRef.tier(small.tiers["Lamp White"]),  # by the platform's reward id
    }
    for kit, target in suggestions.items():
        set_packs_like(small.s, kit, target.id, operator="mei")
    assert kits_to_map(small.s, small.campaign_id) == [] and suggest_packs_like(small.s, small.campaign_id) == {}


def test_packs_like_follows_chains_and_refuses_circles(small: Small) -> None:
    late, white, black = (small.tiers[t] for t in ("Late Pledge Lamp White", "Lamp White", "Lamp Black"))
    set_packs_like(small.s, KitRef.tier(late), white, operator="mei")
    set_packs_like(small.s, KitRef.tier(white), black, operator="mei")
    assert _kit(small.s, small, "Late Pledge Lamp White") == LAMP_BLACK
    with pytest.raises(PacksLikeCycle):
        set_packs_like(small.s, KitRef.tier(black), late, operator="mei")
    with pytest.raises(PacksLikeCycle):
        set_packs_like(small.s, KitRef.tier(black), black, operator="mei")
    assert small.s.get(RewardTier, black).kit_tier_id is None  # type: ignore[union-attr]
    set_packs_like(small.s, KitRef.tier(white), None, operator="mei")
    assert _kit(small.s, small, "Late Pledge Lamp White") == LAMP_WHITE


def test_a_kit_edit_re_expands_unpacked_orders_and_leaves_packed_ones(small: Small) -> None:
    small.order("A", "Lamp White", add_ons={"Extra Cable": 1})
    small.order("B", "Lamp White")
    small.order("C", "Lamp White")
    small.order("D", "Lamp Black")
    small.order("F", "Lamp White", merged_into="D")  # ships inside D
    small.order("G", "Lamp White", status=PledgeStatus.REFUNDED)
    small.order("H", "Lamp White", country="DE", warehouse="EU")
    pending = small.shipment("A", S.PENDING, {"LAMP-WH": 1, "CABLE": 2, "CARD": 1})
    packed = small.shipment("B", S.PACKED, LAMP_WHITE)
    on_hold = small.shipment("D", S.ON_HOLD, {"LAMP-BK": 1, "LAMP-WH": 1, "CABLE": 2, "CARD": 2})
    shipped = small.shipment("H", S.SHIPPED, LAMP_WHITE)
    set_packs_like(small.s, KitRef.tier(small.tiers["Late Pledge Lamp White"]), small.tiers["Lamp White"], operator="x")
    small.order("E", "Late Pledge Lamp White")
    late = small.shipment("E", S.READY, LAMP_WHITE)

    result = set_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], 1, operator="tom")

    # A, C (no parcel yet), D (through merged F) and E (packs like Lamp White) changed; B and H are packed.
    assert result.orders_changed == 4
    assert result.shipments_rewritten == 3
    assert result.packed_untouched == 2
    assert result.needs_review == []
    assert small.lines_of(pending) == {"LAMP-WH": 1, "CABLE": 2, "CARD": 1, "SHADE": 1}
    assert small.lines_of(on_hold) == {"LAMP-BK": 1, "LAMP-WH": 1, "CABLE": 2, "CARD": 2, "SHADE": 1}
    assert small.lines_of(late) == {**LAMP_WHITE, "SHADE": 1}
    assert small.lines_of(packed) == LAMP_WHITE
    assert small.lines_of(shipped) == LAMP_WHITE
    assert "4 unpacked order(s) changed (3 parcel(s) rewritten)" in result.describe()
    entry = _audit(small.s, "reward_tier", small.tiers["Lamp White"])[-1]
    assert (entry.operator, entry.field, entry.old_value, entry.new_value) == ("tom", "kit SHADE", None, "1")

    again = set_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], 1, operator="tom")
    assert again.orders_changed == 0

    removed = remove_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], operator="tom")
    assert removed.orders_changed == 4
    assert small.lines_of(pending) == {"LAMP-WH": 1, "CABLE": 2, "CARD": 1}
    assert small.lines_of(packed) == LAMP_WHITE
    with pytest.raises(UserError, match="not in the kit"):
        remove_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], operator="tom")


def test_an_add_on_edit_follows_the_add_on_quantity_and_keeps_ticked_counts(small: Small) -> None:
    small.order("A", "Lamp Black", add_ons={"Extra Cable": 3})
    parcel = small.shipment("A", S.READY, {"LAMP-BK": 1, "CABLE": 4, "CARD": 1})
    line = small.s.scalar(
        select(ShipmentLine).where(ShipmentLine.shipment_id == parcel, ShipmentLine.item_id == small.items["CABLE"])
    )
    line.packed_quantity = 2  # type: ignore[union-attr]  # the packer already ticked two cables
    small.s.flush()

    result = set_kit_line(small.s, KitRef.add_on(small.add_ons["Extra Cable"]), small.items["CABLE"], 2, operator="x")

    assert result.orders_changed == 1 and result.shipments_rewritten == 1
    assert small.lines_of(parcel) == {"LAMP-BK": 1, "CABLE": 7, "CARD": 1}
    assert small.s.get(ShipmentLine, line.id).packed_quantity == 2  # type: ignore[union-attr]


def test_an_order_split_into_two_unpacked_parcels_is_left_for_a_person(small: Small) -> None:
    small.order("A", "Duo")
    first = small.shipment("A", S.PENDING, {"LAMP-WH": 1, "CABLE": 1})
    second = small.shipment("A", S.PENDING, {"LAMP-BK": 1, "CABLE": 1})
    result = set_kit_line(small.s, KitRef.tier(small.tiers["Duo"]), small.items["CARD"], 1, operator="x")
    assert result.orders_changed == 1 and result.shipments_rewritten == 0
    assert result.needs_review == [small.orders["A"]]
    assert small.lines_of(first) == {"LAMP-WH": 1, "CABLE": 1} and small.lines_of(second) == {"LAMP-BK": 1, "CABLE": 1}


def test_a_reship_does_not_make_an_order_packed_or_get_rewritten(small: Small) -> None:
    small.order("A", "Lamp White")
    original = small.shipment("A", S.PENDING, LAMP_WHITE)
    reship = small.shipment("A", S.PENDING, {"CABLE": 1}, replaces=original)
    result = set_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["CABLE"], 2, operator="x")
    assert result.orders_changed == 1 and result.shipments_rewritten == 1
    assert small.lines_of(original)["CABLE"] == 2 and small.lines_of(reship) == {"CABLE": 1}


def test_kit_edits_are_checked(small: Small) -> None:
    white = KitRef.tier(small.tiers["Lamp White"])
    for bad in (0, -1, 1.5, True):
        with pytest.raises(UserError, match="whole number above 0"):
            set_kit_line(small.s, white, small.items["CABLE"], bad, operator="x")  # type: ignore[arg-type]
    with pytest.raises(UserError, match="no reward tier 999"):
        set_kit_line(small.s, KitRef.tier(999), small.items["CABLE"], 1, operator="x")
    with pytest.raises(UserError, match="no item 999"):
        set_kit_line(small.s, white, 999, 1, operator="x")


# --- Items ---------------------------------------------------------------------------------------


def test_items_are_added_checked_updated_and_removed_with_audit(small: Small) -> None:
    s = small.s
    item_id = add_item(
        s,
        small.campaign_id,
        operator="mei",
        sku="STICKER",
        name="Sticker",
        variant="Holo",
        weight_g="5",
        hs_code="4911.99",
        origin_country="China",
        customs_value="0,30",
    )
    view = next(i for i in list_items(s, small.campaign_id) if i.sku == "STICKER")
    assert (view.label, view.weight_g, view.hs_code, view.origin_country) == ("Sticker (Holo)", 5, "491199", "CN")
    assert view.customs_value == Decimal("0.30") and view.customs_currency == "USD" and view.is_stock
    with pytest.raises(UserError, match="already an item with SKU 'STICKER'"):
        add_item(s, small.campaign_id, operator="mei", sku="STICKER", name="Another")
    with pytest.raises(UserError, match="needs a name"):
        add_item(s, small.campaign_id, operator="mei", sku="NEW")
    with pytest.raises(UserError, match="hs code"):
        add_item(s, small.campaign_id, operator="mei", sku="NEW", name="New", hs_code="12")
    with pytest.raises(UserError, match="never float"):
        add_item(s, small.campaign_id, operator="mei", sku="NEW", name="New", customs_value=1.5)
    with pytest.raises(UserError, match="currency"):
        update_item(s, item_id, {"customs_currency": "XYZ"}, operator="mei")

    update_item(s, item_id, {"weight_g": 6, "spare_percent": "20", "name": "Sticker"}, operator="tom")
    fields = {e.field: (e.old_value, e.new_value, e.operator) for e in _audit(s, "item", item_id) if e.field}
    assert fields == {"weight_g": ("5", "6", "tom"), "spare_percent": (None, "20", "tom")}

    with pytest.raises(UserError, match="still in 4 kits"):
        remove_item(s, small.items["CABLE"], operator="tom")
    remove_item(s, item_id, operator="tom")
    assert s.get(Item, item_id) is None


# --- The kit sheet -------------------------------------------------------------------------------


def _sheet(tmp_path: Path, rows: list[list[str]], header: list[str] | None = None, name: str = "kits.csv") -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            header or ["kit", "sku", "quantity", "name", "weight_g", "hs_code", "origin", "customs_value", "currency"]
        )
        writer.writerows(rows)
    return path


def _state(session: Session, small: Small) -> tuple[object, ...]:
    items = [(i.sku, i.name, i.weight_g, i.hs_code, i.customs_value) for i in list_items(session, small.campaign_id)]
    kits = [(k.title, [(line.sku, line.quantity) for line in k.lines]) for k in list_kits(session, small.campaign_id)]
    audit = session.scalar(select(func.count()).select_from(AuditEntry))
    return items, kits, audit


def test_a_kit_sheet_creates_and_updates_items_and_replaces_the_kits_it_names(small: Small, tmp_path: Path) -> None:
    small.order("1", "Duo")
    parcel = small.shipment("1", S.PENDING, {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2})
    small.order("2", "Lamp White", add_ons={"Spare Shade": 1})
    path = _sheet(
        tmp_path,
        [
            ["Duo", "LAMP-WH", "1", "", "", "", "", "", ""],
            ["Duo", "LAMP-BK", "1", "", "", "", "", "", ""],
            ["Duo", "cable", "2", "", "55", "", "", "", ""],  # SKUs match without regard to case
            ["Duo", "STICKER", "2", "Sticker", "5", "491199", "China", "0.30", "eur"],
            ["[Addon: 10750435] Spare Shade", "SHADE", "1", "", "", "", "", "", ""],
            ["[Addon: 10750435] Spare Shade", "STICKER", "1", "", "", "", "", "", ""],
            ["8001", "LAMP-BK", "1", "", "", "", "", "", ""],  # Lamp Black by its reward id
            ["8001", "CABLE", "1", "", "", "", "", "", ""],
        ],
    )

    summary = load_kit_sheet(small.s, small.campaign_id, path, operator="mei")

    assert summary.kits == ["Duo", "Spare Shade", "Lamp Black"] and summary.lines == 8
    assert summary.items_created == ["STICKER"] and summary.items_updated == ["CABLE"]
    assert summary.reexpansion.orders_changed == 2 and summary.reexpansion.shipments_rewritten == 1
    assert _kit(small.s, small, "Duo") == {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2, "STICKER": 2}
    assert _kit(small.s, small, "Spare Shade") == {"SHADE": 1, "STICKER": 1}
    assert _kit(small.s, small, "Lamp Black") == {"LAMP-BK": 1, "CABLE": 1}  # the card is gone
    assert _kit(small.s, small, "Lamp White") == LAMP_WHITE  # not named: untouched
    sticker = next(i for i in list_items(small.s, small.campaign_id) if i.sku == "STICKER")
    assert (sticker.weight_g, sticker.hs_code, sticker.origin_country) == (5, "491199", "CN")
    assert (sticker.customs_value, sticker.customs_currency) == (Decimal("0.30"), "EUR")
    assert small.lines_of(parcel) == {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2, "STICKER": 2}
    kit_audit = _audit(small.s, "reward_tier", small.tiers["Lamp Black"])
    assert [(e.operator, e.field, e.old_value, e.new_value) for e in kit_audit] == [
        ("mei", "kit", "LAMP-BK × 1, CABLE × 1, CARD × 1", "LAMP-BK × 1, CABLE × 1")
    ]
    cable = _audit(small.s, "item", small.items["CABLE"])
    assert [(e.field, e.old_value, e.new_value) for e in cable] == [("weight_g", "50", "55")]

    again = load_kit_sheet(small.s, small.campaign_id, path, operator="mei")
    assert again.items_created == [] and again.items_updated == [] and again.reexpansion.orders_changed == 0


def test_a_sheet_gives_a_tier_that_packed_like_another_its_own_kit(small: Small, tmp_path: Path) -> None:
    late = small.tiers["Late Pledge Lamp White"]
    set_packs_like(small.s, KitRef.tier(late), small.tiers["Lamp White"], operator="x")
    summary = load_kit_sheet(
        small.s,
        small.campaign_id,
        _sheet(tmp_path, [["Late Pledge Lamp White", "LAMP-BK", "1"]], ["kit", "sku", "quantity"]),
        operator="x",
    )
    assert summary.unlinked == ["Late Pledge Lamp White"]
    assert small.s.get(RewardTier, late).kit_tier_id is None  # type: ignore[union-attr]
    assert _kit(small.s, small, "Late Pledge Lamp White") == {"LAMP-BK": 1}


BAD_SHEETS = [
    ([["Deluxe", "CABLE", "1"]], "row 2, column 'kit': no reward tier or add-on is called 'Deluxe'"),
    ([["", "CABLE", "1"]], "row 2, column 'kit': empty"),
    ([["Duo", "", "1"]], "row 2, column 'sku': empty"),
    ([["Duo", "NEW-SKU", "1"]], "row 2, column 'name': SKU NEW-SKU is not in the catalogue yet"),
    ([["Duo", "CABLE", "0"]], "row 2, column 'quantity': '0' is not a whole number above 0"),
    ([["Duo", "CABLE", "1.5"]], "row 2, column 'quantity': '1.5' is not a whole number above 0"),
    ([["Duo", "CABLE", ""]], "row 2, column 'quantity': '' is not a whole number above 0"),
    (
        [["Duo", "CABLE", "1", "", "", "", "", "12,50 USD"]],
        "row 2, column 'customs_value': '12,50 USD' is not an amount",
    ),
    ([["Duo", "CABLE", "1", "", "", "", "", "", "XYZ"]], "row 2, column 'currency': 'XYZ' is not a known currency"),
    ([["Duo", "CABLE", "1", "", "-5"]], "row 2, column 'weight_g': '-5' is not a whole number"),
    ([["Duo", "CABLE", "1", "", "", "", "Atlantis"]], "row 2, column 'origin': 'Atlantis' is not a country"),
    ([["Duo", "CABLE", "1"], ["Duo", "CABLE", "2"]], "row 3, column 'sku': CABLE is already in this kit on row 2"),
    (
        [["Duo", "CABLE", "1", "", "50"], ["Lamp White", "CABLE", "1", "", "60"]],
        "row 3, column 'weight_g': '60' differs from 50 given for SKU CABLE on row 2",
    ),
]


@pytest.mark.parametrize(("rows", "message"), BAD_SHEETS, ids=[m.split(": ", 1)[1][:40] for _, m in BAD_SHEETS])
def test_a_bad_kit_sheet_is_refused_whole_naming_file_row_and_column(
    small_db: Database, template: tuple[Path, Small], tmp_path: Path, rows: list[list[str]], message: str
) -> None:
    small = template[1]
    db = small_db
    good = [["Lamp White", "SHADE", "1"]]  # a good row first: nothing of it may be written either
    path = _sheet(tmp_path, [good[0] + [""] * 6] + [[*r, *[""] * (9 - len(r))] for r in rows])
    message = (
        message.replace("row 2", "row 3")
        if "row 3" not in message
        else message.replace("row 3", "row 4").replace("row 2", "row 3")
    )
    with db.transaction() as session:
        before = _state(session, small)
        with pytest.raises(KitSheetError) as caught:
            load_kit_sheet(session, small.campaign_id, path, operator="mei")
        assert _state(session, small) == before  # nothing written, not even before the rollback
    error = str(caught.value)
    assert error.startswith("kits.csv, ") and message in error, error
    assert "Nothing was loaded" in error and "\n" not in error
    assert caught.value.problems


def test_an_error_lists_every_problem_but_stays_one_line(small: Small, tmp_path: Path) -> None:
    rows = [["Nope", "CABLE", str(n)] for n in range(1, 9)]
    with pytest.raises(KitSheetError) as caught:
        load_kit_sheet(small.s, small.campaign_id, _sheet(tmp_path, rows, ["kit", "sku", "quantity"]), operator="x")
    assert len(caught.value.problems) == 8
    assert "and 3 more problem(s)" in str(caught.value)


def test_a_sheet_that_cannot_be_read_names_the_file(small: Small, tmp_path: Path) -> None:
    path = tmp_path / "kits.csv"
    path.write_text("kit,quantity\nDuo,1\n", encoding="utf-8")
    with pytest.raises(UserError, match="kits.csv: the column sku is missing"):
        load_kit_sheet(small.s, small.campaign_id, path, operator="x")


def _wipe_catalogue(session: Session, small: Small) -> None:
    session.execute(delete(KitLine))
    session.execute(delete(Item).where(Item.campaign_id == small.campaign_id))
    session.expire_all()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_exported_kit_sheet_loads_back_unchanged(small: Small, tmp_path: Path, suffix: str) -> None:
    s = small.s
    update_item(
        s, small.items["LAMP-WH"], {"hs_code": "090111", "origin_country": "CN", "height_mm": 120}, operator="x"
    )
    update_item(s, small.items["CARD"], {"name": '=HYPERLINK("http://x")', "customs_currency": "EUR"}, operator="x")
    update_item(s, small.items["SHADE"], {"sku": "-SHADE"}, operator="x")
    # An add-on that shares a tier's title is written in the "[Addon: id] title" form.
    twin = AddOn(campaign_id=small.campaign_id, title="Duo", platform_id="555")
    s.add(twin)
    s.flush()
    set_kit_line(s, KitRef.add_on(twin.id), small.items["CABLE"], 3, operator="x")
    set_packs_like(s, KitRef.tier(small.tiers["Late Pledge Lamp White"]), small.tiers["Lamp White"], operator="x")
    before = _state(s, small)[:2]
    items_before = [replace(i, id=0) for i in list_items(s, small.campaign_id)]
    path = tmp_path / f"kits{suffix}"

    written = export_kit_sheet(s, small.campaign_id, path)
    # Lamp White, Lamp Black, Duo 3 lines each; the two add-ons and the twin 1 each; the late pledge
    # tier packs like Lamp White and is left out.
    assert written == 12
    _wipe_catalogue(s, small)
    summary = load_kit_sheet(s, small.campaign_id, path, operator="x")

    assert summary.lines == written and sorted(summary.items_created) == sorted(i.sku for i in items_before)
    assert _state(s, small)[:2] == before
    assert [replace(i, id=0) for i in list_items(s, small.campaign_id)] == items_before
    assert summary.kits.count("Duo") == 2
    assert "[Addon: 555] Duo" in {k.sheet_name for k in list_kits(s, small.campaign_id)}


def test_the_csv_kit_sheet_is_for_excel_and_escapes_formulas(small: Small, tmp_path: Path) -> None:
    update_item(small.s, small.items["CARD"], {"name": "=cmd|' /C calc'!A0"}, operator="x")
    path = tmp_path / "kits.csv"
    export_kit_sheet(small.s, small.campaign_id, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["kit", "sku", "quantity"]
    card = next(r for r in rows if r[1] == "CARD" and r[3])
    assert card[3] == "'=cmd|' /C calc'!A0" and card[13] == "no"
