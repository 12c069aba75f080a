"""The kit sheet: loaded all at once or refused whole, and exported so that it loads back unchanged."""

from __future__ import annotations

import csv
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, AuditEntry, Item, KitLine, RewardTier
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.services.catalogue.items import list_items, update_item
from fulfiller.services.catalogue.kit_sheet import KitSheetError, export_kit_sheet, load_kit_sheet
from fulfiller.services.catalogue.kits import KitRef, list_kits, set_kit_line, set_packs_like
from fulfiller.services.database import Database
from tests.services.catalogue.read_back import LAMP_WHITE, audit_entries, kit_contents
from tests.services.kit_campaign import Small


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
    parcel = small.shipment("1", ShipmentStatus.PENDING, {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2})
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
    assert kit_contents(small.s, small, "Duo") == {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2, "STICKER": 2}
    assert kit_contents(small.s, small, "Spare Shade") == {"SHADE": 1, "STICKER": 1}
    assert kit_contents(small.s, small, "Lamp Black") == {"LAMP-BK": 1, "CABLE": 1}  # the card is gone
    assert kit_contents(small.s, small, "Lamp White") == LAMP_WHITE  # not named: untouched
    sticker = next(i for i in list_items(small.s, small.campaign_id) if i.sku == "STICKER")
    assert (sticker.weight_g, sticker.hs_code, sticker.origin_country) == (5, "491199", "CN")
    assert (sticker.customs_value, sticker.customs_currency) == (Decimal("0.30"), "EUR")
    assert small.lines_of(parcel) == {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2, "STICKER": 2}
    kit_audit = audit_entries(small.s, "reward_tier", small.tiers["Lamp Black"])
    assert [(e.operator, e.field, e.old_value, e.new_value) for e in kit_audit] == [
        ("mei", "kit", "LAMP-BK × 1, CABLE × 1, CARD × 1", "LAMP-BK × 1, CABLE × 1")
    ]
    cable = audit_entries(small.s, "item", small.items["CABLE"])
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
    assert kit_contents(small.s, small, "Late Pledge Lamp White") == {"LAMP-BK": 1}


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
