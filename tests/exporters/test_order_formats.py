from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from fulfiller.domain.errors import UserError
from fulfiller.exporters.formats import ORDER_FORMATS, order_table, write_orders
from fulfiller.exporters.orders import ExportAddress, ExportLine, ExportOrder
from fulfiller.importers.text_files import read_tables

SHIPSTATION = (
    "Order #, Order Date, Date Paid, Order Total, Amount Paid, Tax, Shipping Paid, Shipping Service, Height(in), "
    "Length(in), Width(in), Weight(oz), Custom Field 1, Custom Field 2, Custom Field 3, Order Source, Notes to the "
    "Buyer, Notes from the Buyer, Internal Notes, Gift Message, Gift Flag, Buyer Full Name, Buyer First Name, Buyer "
    "Last Name, Buyer Email, Buyer Phone, Buyer Username, Recipient Full Name, Recipient First Name, Recipient Last "
    "Name, Recipient Phone, Recipient Company, Address Line 1, Address Line 2, Address Line 3, City, State, Postal "
    "Code, Country Code, Item SKU, Item Name / Title, Item Quantity, Item Unit Price, Item Weight (oz), Item Options, "
    "Item Warehouse Location, Item Marketplace ID"
)
USPS = (
    "First Name, MI, Last Name, Company, Address 1, Address 2, Address 3, City, State/Province, ZIP/Postal Code, "
    "Country, Urbanization, Phone Number, Fax Number, E Mail, Reference Number, Nickname"
)


def _headers(text: str) -> list[str]:
    return [h.strip() for h in text.split(", ")]


TOKYO = ExportOrder(
    order_ref="1042",
    backer_number="1042",
    email="hana@example.jp",
    address=ExportAddress(
        name="山田 花子",
        line1="千代田1-1",
        city="千代田区",
        state="東京都",
        postal_code="100-0001",
        country_code="JP",
        phone="+81 3 1234 5678",
        latin_name="Hanako Yamada",
        latin_line1="1-1 Chiyoda",
        latin_city="Chiyoda-ku",
        latin_state="Tokyo",
    ),
    lines=(ExportLine("LAMP", "Desk Lamp", 1, 1350), ExportLine("CBL", "Cable", 2, 100)),
    ordered_at=datetime(2025, 3, 4, 10, 27),
)
BOSTON = ExportOrder(
    order_ref="7",
    backer_number="7",
    email="ada@example.com",
    address=ExportAddress(
        name="Ada B. Lovelace", line1="1 Main St", city="Boston", state="MA", postal_code="02134", country_code="US"
    ),  # fmt: skip
    lines=(ExportLine("LAMP", "Desk Lamp", 1, 1350),),
    dims_mm=(254, 127, 102),
)


def test_shipstation_has_one_row_per_item_grouped_by_order_number() -> None:
    headers, rows = order_table("shipstation", [TOKYO, BOSTON])
    assert headers == _headers(SHIPSTATION)
    col = {h: i for i, h in enumerate(headers)}
    assert [r[col["Order #"]] for r in rows] == ["1042", "1042", "7"]
    first = rows[0]
    assert first[col["Order Date"]] == "03/04/2025"
    assert first[col["Item SKU"]] == "LAMP" and rows[1][col["Item Quantity"]] == 2
    assert first[col["Item Weight (oz)"]] == Decimal("47.6")  # 1350 g
    assert first[col["Weight(oz)"]] == Decimal("54.7")  # 1550 g for the whole order
    # Labels use the Latin-script address.
    assert first[col["Recipient Full Name"]] == "Hanako Yamada"
    assert first[col["City"]] == "Chiyoda-ku" and first[col["Postal Code"]] == "100-0001"
    assert rows[2][col["Length(in)"]] == Decimal("10.0") and rows[2][col["Height(in)"]] == Decimal("4.0")


def test_usps_address_book_splits_the_name() -> None:
    headers, rows = order_table("usps", [BOSTON, TOKYO])
    assert headers == _headers(USPS)
    assert rows[0][:3] == ["Ada", "B", "Lovelace"]
    assert rows[0][9] == "02134" and rows[0][15] == "7"
    assert rows[1][0] == "Hanako" and rows[1][2] == "Yamada"


def test_pirate_ship_has_one_row_per_parcel() -> None:
    headers, rows = order_table("pirateship", [TOKYO])
    assert headers[:11] == ["Name", "Company", "Address", "Address 2", "City", "State", "Zip", "Country", "Email",
                            "Phone", "Order ID"]  # fmt: skip
    assert headers[11:] == ["Weight (oz)", "Length (in)", "Width (in)", "Height (in)"]
    assert len(rows) == 1 and rows[0][0] == "Hanako Yamada" and rows[0][10] == "1042"


def test_partner_files_keep_both_scripts_per_line_or_per_sku() -> None:
    headers, rows = order_table("partner-lines", [TOKYO, BOSTON])
    col = {h: i for i, h in enumerate(headers)}
    assert len(rows) == 3
    assert rows[0][col["Name"]] == "山田 花子" and rows[0][col["Latin Name"]] == "Hanako Yamada"
    assert [r[col["SKU"]] for r in rows] == ["LAMP", "CBL", "LAMP"]
    assert headers[-2:] == ["Carrier", "Tracking Number"]

    headers, rows = order_table("partner-skus", [TOKYO, BOSTON])
    col = {h: i for i, h in enumerate(headers)}
    assert len(rows) == 2
    assert (rows[0][col["CBL"]], rows[0][col["LAMP"]]) == (2, 1)
    assert (rows[1][col["CBL"]], rows[1][col["LAMP"]]) == (0, 1)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_written_files_read_back_as_text(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"partner{suffix}"
    assert write_orders(out, "partner-skus", [TOKYO, BOSTON]) == 2
    table = read_tables(out)[0]
    col = {h: i for i, h in enumerate(table.headers)}
    assert table.rows[1][col["Postal Code"]] == "02134"
    assert table.rows[0][col["City"]] == "千代田区"
    if suffix == ".csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_unknown_format_is_refused() -> None:
    with pytest.raises(UserError, match="Unknown order export format"):
        order_table("fedex", [TOKYO])


@pytest.mark.parametrize("name", ORDER_FORMATS.names())
def test_every_registered_format_makes_a_table(name: str) -> None:
    headers, rows = order_table(name, [TOKYO, BOSTON])
    assert headers and rows and all(len(row) == len(headers) for row in rows)
