from decimal import Decimal

import pytest

from fulfiller.domain.kits import (
    ExtraLine,
    Kit,
    KitEntry,
    KitItem,
    KitSheetLine,
    PacksLikeCycle,
    check_packs_like,
    expand_order,
    follow_packs_like,
    parse_currency,
    parse_customs_value,
    parse_hs_code,
    parse_origin,
    parse_percent,
    parse_quantity,
    parse_stock,
    sheet_column,
)

WHITE = KitItem(1, "LAMP-WH", "Lamp", "White", weight_g=1000)
BLACK = KitItem(2, "LAMP-BK", "Lamp", "Black", weight_g=1000)
CABLE = KitItem(3, "CABLE", "Cable", weight_g=50)
SHADE = KitItem(4, "SHADE", "Shade", "Frosted", weight_g=200)
CARD = KitItem(5, "CARD", "Thank-you card", is_stock=False, weight_g=10)

LAMP = Kit("Lamp White", (KitEntry(WHITE, 1), KitEntry(CABLE, 1), KitEntry(CARD, 1)))
DUO = Kit("Duo", (KitEntry(WHITE, 1), KitEntry(BLACK, 1), KitEntry(CABLE, 2)))
SPARE_SHADE = Kit("Spare Shade", (KitEntry(SHADE, 1),))
EXTRA_CABLE = Kit("Extra Cable", (KitEntry(CABLE, 1),))


def _as_dict(lines):
    return {line.sku: line.quantity for line in lines}


def test_a_tier_alone_expands_to_its_kit_in_kit_order() -> None:
    lines = expand_order(LAMP)
    assert [(line.sku, line.quantity) for line in lines] == [("LAMP-WH", 1), ("CABLE", 1), ("CARD", 1)]
    assert [line.sources[0].label for line in lines] == ["Lamp White"] * 3


def test_add_ons_and_extras_add_up_by_item_and_keep_their_sources() -> None:
    lines = expand_order(
        LAMP,
        [(SPARE_SHADE, 2), (EXTRA_CABLE, 3)],
        [ExtraLine(CABLE, 1, "replacement"), ExtraLine(SHADE, 1)],
    )
    assert _as_dict(lines) == {"LAMP-WH": 1, "CABLE": 5, "CARD": 1, "SHADE": 3}
    cable = next(line for line in lines if line.sku == "CABLE")
    assert [(s.label, s.quantity) for s in cable.sources] == [
        ("Lamp White", 1),
        ("3 × Extra Cable", 3),
        ("extra: replacement", 1),
    ]
    shade = next(line for line in lines if line.sku == "SHADE")
    assert [(s.label, s.quantity) for s in shade.sources] == [("2 × Spare Shade", 2), ("extra", 1)]
    assert [line.sku for line in lines] == ["LAMP-WH", "CABLE", "CARD", "SHADE"]


def test_two_variants_of_one_item_stay_two_lines() -> None:
    lines = expand_order(DUO, [], [ExtraLine(BLACK, 1, "colour swap")])
    assert _as_dict(lines) == {"LAMP-WH": 1, "LAMP-BK": 2, "CABLE": 2}
    assert [line.label for line in lines] == ["Lamp (White)", "Lamp (Black)", "Cable"]


def test_non_stock_lines_are_kept_and_flagged() -> None:
    card = next(line for line in expand_order(LAMP) if line.sku == "CARD")
    assert card.quantity == 1 and not card.is_stock
    assert all(line.is_stock for line in expand_order(LAMP) if line.sku != "CARD")


def test_no_tier_zero_add_ons_and_empty_kits() -> None:
    assert expand_order(None) == []
    assert _as_dict(expand_order(None, [(SPARE_SHADE, 0), (EXTRA_CABLE, 1)])) == {"CABLE": 1}
    assert expand_order(Kit("Nothing yet"), [(Kit("Empty add-on"), 2)]) == []


def test_negative_quantities_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        expand_order(LAMP, [(SPARE_SHADE, -1)])
    with pytest.raises(ValueError, match="negative"):
        expand_order(None, [], [ExtraLine(CABLE, -2)])


def test_packs_like_follows_links_and_refuses_circles() -> None:
    links = {1: None, 2: 1, 3: 2, 4: None}
    assert follow_packs_like(3, links) == 1
    assert follow_packs_like(4, links) == 4
    assert follow_packs_like(99, links) == 99
    with pytest.raises(PacksLikeCycle, match="circle"):
        follow_packs_like(1, {1: 2, 2: 3, 3: 1})
    with pytest.raises(PacksLikeCycle):
        check_packs_like(1, 3, links)  # 3 -> 2 -> 1 -> 3
    with pytest.raises(PacksLikeCycle, match="itself"):
        check_packs_like(4, 4, links)
    check_packs_like(4, 3, links)
    check_packs_like(2, None, links)


@pytest.mark.parametrize(("text", "value"), [("1", 1), (" 2 ", 2), ("3.0", 3), ("+4", 4), ("5,00", 5)])
def test_quantity_cells(text: str, value: int) -> None:
    assert parse_quantity(text) == value


@pytest.mark.parametrize("text", ["0", "-1", "", "1.5", "two", "1,000", "2e3"])
def test_bad_quantity_cells(text: str) -> None:
    with pytest.raises(ValueError, match="whole number above 0"):
        parse_quantity(text)


def test_customs_values_are_decimal_and_never_negative() -> None:
    assert parse_customs_value("28.50") == Decimal("28.50")
    assert parse_customs_value("28,50") == Decimal("28.50")
    assert parse_customs_value("") is None
    for bad in ("-1", "$5", "1e3", "NaN", "abc", "1.2.3", "0.00001"):
        with pytest.raises(ValueError):
            parse_customs_value(bad)


def test_currency_origin_hs_code_stock_and_percent_cells() -> None:
    assert parse_currency("usd") == "USD"
    assert parse_currency("€") == "EUR"
    for bad in ("XXY", "dollars", "$", ""):
        with pytest.raises(ValueError, match="currency"):
            parse_currency(bad)
    assert parse_origin("China") == "CN" and parse_origin("cn") == "CN" and parse_origin("") == ""
    with pytest.raises(ValueError, match="not a country"):
        parse_origin("Atlantis")
    assert parse_hs_code("9405.21") == "940521" and parse_hs_code("") == ""
    with pytest.raises(ValueError, match="leading zero"):
        parse_hs_code("90111")
    with pytest.raises(ValueError):
        parse_hs_code("94AB21")
    assert parse_stock("Yes") is True and parse_stock("no") is False and parse_stock("") is None
    with pytest.raises(ValueError):
        parse_stock("maybe")
    assert parse_percent("12.5%") == Decimal("12.5")
    with pytest.raises(ValueError):
        parse_percent("120")


def test_sheet_headers_are_matched_loosely() -> None:
    assert sheet_column(" Qty ") == "quantity"
    assert sheet_column("Weight (g)") == "weight_g"
    assert sheet_column("HS code") == "hs_code"
    assert sheet_column("Country of origin") == "origin"
    assert sheet_column("SKU") == "sku"


def test_a_sheet_line_puts_its_cells_in_column_order() -> None:
    line = KitSheetLine("Lamp White", "LAMP-WH", 1, name="Lamp", weight_g=1000, customs_value=Decimal("5"), stock=False)
    cells = line.cells()
    assert cells[:4] == ("Lamp White", "LAMP-WH", 1, "Lamp")
    assert cells[5] == 1000 and cells[11] == Decimal("5") and cells[13] == "no" and cells[14] == ""
    assert KitSheetLine("Duo", "CABLE", 2).cells()[3:] == ("",) * 12
