"""Column mappings: guessing one from headers, saving it as JSON, shipped presets, applying them."""

from __future__ import annotations

from pathlib import Path

import pytest
from make_fixtures import GAMEFOUND_HEADERS, make_backerkit, make_gamefound, make_pledgebox, write_csv

from fulfiller.domain.records import RawAddOn, RawOrder
from fulfiller.importers.layouts import CANONICAL_FIELDS
from fulfiller.importers.mapping import PRESETS, ColumnMapping, suggest_mapping
from fulfiller.importers.registry import open_export
from fulfiller.importers.tables import ImportFileError


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Zip", "address.postal_code"),
        ("Postcode", "address.postal_code"),
        ("Post Code", "address.postal_code"),
        ("ZIP/Postal Code", "address.postal_code"),
        ("Address Line 1", "address.line1"),
        ("Street", "address.line1"),
        ("Address Line 2", "address.line2"),
        ("Province", "address.state"),
        ("Region", "address.state"),
        ("E-mail", "email"),
        ("Email Address", "email"),
        ("Country Code", "address.country"),
        ("Telephone", "address.phone"),
        ("Order #", "platform_order_id"),
        ("Order No.", "platform_order_id"),
        ("Shipping City", "address.city"),
        ("Ship To Name", "address.name"),
        ("Company", "address.company"),
        ("Pledge Level", "reward_title"),
    ],
)
def test_suggest_mapping_knows_common_header_words(header: str, field: str) -> None:
    mapping = suggest_mapping(["Something", header, "Other"])
    assert mapping.columns.get(field) == header


def test_suggest_mapping_on_a_whole_header_row() -> None:
    headers = [
        "Order ID", "Customer Name", "E-mail", "Street", "Apartment", "Town", "Province", "Post Code",
        "Country", "Mobile", "Currency", "Total", "Billing Country", "Gift message",
    ]  # fmt: skip
    mapping = suggest_mapping(headers, name="shop")
    assert mapping.name == "shop"
    assert mapping.columns == {
        "platform_order_id": "Order ID",
        "backer_name": "Customer Name",
        "email": "E-mail",
        "address.line1": "Street",
        "address.line2": "Apartment",
        "address.city": "Town",
        "address.state": "Province",
        "address.postal_code": "Post Code",
        "address.country": "Country",
        "address.phone": "Mobile",
        "pledge_amount": "Total",
        "address.name": "Customer Name",  # one name column serves both
    }
    assert mapping.currency_column == "Currency"  # "Billing Country" is never the parcel's country


def test_backer_number_serves_as_order_id_when_nothing_else_does() -> None:
    mapping = suggest_mapping(["Backer Number", "Name", "Country"])
    assert mapping.columns["platform_order_id"] == mapping.columns["backer_number"] == "Backer Number"


def test_suggest_mapping_finds_kickstarter_add_on_columns() -> None:
    mapping = suggest_mapping(["Order", "[Addon: 10750435] Flitt Locust Pendant"])
    assert mapping.add_on_pattern is not None


def test_json_round_trip() -> None:
    mapping = ColumnMapping(
        name="Our shop",
        columns={"platform_order_id": "Nº", "address.postal_code": "Código postal", "email": "Correo"},
        add_on_pattern=r"^Extra: (?P<title>.+)$",
        currency_column="Moneda",
    )
    text = mapping.to_json()
    assert "Código postal" in text  # readable in the saved file, not \u-escaped
    assert ColumnMapping.from_json(text) == mapping


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"columns": {}}',
        '{"name": "x", "columns": {"postcode": "Zip"}}',
        '{"name": "x", "add_on_pattern": "("}',
    ],
)
def test_bad_saved_mappings_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        ColumnMapping.from_json(text)


def test_mapping_fields_are_the_canonical_ones() -> None:
    assert "address.postal_code" in CANONICAL_FIELDS and "platform_order_id" in CANONICAL_FIELDS
    for preset in PRESETS.values():
        assert set(preset.columns) <= set(CANONICAL_FIELDS)


def test_a_custom_mapping_with_add_ons_and_currency(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "shop.tsv",
        ["Nº", "Nome", "CAP", "Paese", "Moneda", "Extra: Poster", "Extra: Pin", "Nota interna"],
        [
            ["A-1", "Sofia Rossi", "20121", "IT", "EUR", "1", "0", "VIP"],
            ["A-2", "Luca", "00184", "IT", "EUR", "", "3", ""],
        ],
        delimiter="\t",
    )
    mapping = ColumnMapping(
        name="negozio",
        columns={
            "platform_order_id": "Nº",
            "backer_name": "Nome",
            "address.postal_code": "CAP",
            "address.country": "Paese",
        },
        add_on_pattern=r"^Extra: (?P<title>.+)$",
        currency_column="Moneda",
    )
    export = open_export(path, mapping=mapping)
    assert export.format == "mapped:negozio"
    first, second = export.records()
    assert isinstance(first, RawOrder) and isinstance(second, RawOrder)
    assert (first.platform_order_id, first.currency, first.address.postal_code) == ("A-1", "EUR", "20121")
    assert first.add_ons == [RawAddOn(title="Poster", quantity="1")]
    assert second.add_ons == [RawAddOn(title="Pin", quantity="3")]
    assert second.address.postal_code == "00184"
    assert first.extra == {"Nota interna": "VIP"}


def test_backerkit_preset(tmp_path: Path) -> None:
    export = open_export(make_backerkit(tmp_path), format="backerkit")
    assert (export.format, export.total_rows) == ("mapped:backerkit", 20)
    orders = {o.platform_order_id: o for o in export.records() if isinstance(o, RawOrder)}
    zhang = orders["4"]
    assert (zhang.backer_number, zhang.backer_name, zhang.reward_title) == (
        "4",
        "张伟",
        "Expansion + Base Game",
    )
    assert (zhang.address.line1, zhang.address.country, zhang.address.phone) == (
        "南山区科技园南区B座1201",
        "CN",
        "+86 138 0013 8000",
    )
    assert zhang.extra == {"Tracking Number": ""}


def test_pledgebox_is_recognised_by_its_pbid_column(tmp_path: Path) -> None:
    export = open_export(make_pledgebox(tmp_path))
    assert export.format == "mapped:pledgebox"
    orders = {o.platform_order_id: o for o in export.records() if isinstance(o, RawOrder)}
    ivan = orders["PB800008"]
    assert (ivan.backer_number, ivan.status, ivan.address.name) == ("8", "Locked", "Иван Петров")
    assert (ivan.address.state, ivan.address.postal_code, ivan.address.country) == ("", "101000", "Russia")
    assert orders["PB800018"].status == "Refunded"
    assert set(ivan.extra) == {"Courier Code", "Tracking Code", "Partial Shipped"}


def test_gamefound_preset_with_currency(tmp_path: Path) -> None:
    export = open_export(make_gamefound(tmp_path))
    assert export.format == "mapped:gamefound"
    order = next(o for o in export.records() if isinstance(o, RawOrder) and o.backer_number == "9")
    assert (order.platform_order_id, order.currency, order.bonus_support) == ("GF-5009", "USD", "0.00")
    assert (order.address.state, order.address.postal_code) == ("", "12211")
    assert order.address.line1 == "شارع الملك فهد 4021"


def test_presets_fill_what_their_headers_miss(tmp_path: Path) -> None:
    # A Gamefound file whose columns are spelt differently: the preset's guesses fill the gaps.
    headers = [h.replace("Postcode", "Zip Code").replace("Region", "Province") for h in GAMEFOUND_HEADERS]
    row = ["GF-1", "1", "Ada", "ada@example.com", "Base", "0", "59", "USD", "Ada", "1 Road", "", "Town",
           "Kent",
           "CT1 1AA", "GB", ""]  # fmt: skip
    (order,) = open_export(write_csv(tmp_path / "gf.csv", headers, [row]), format="gamefound").records()
    assert isinstance(order, RawOrder)
    assert (order.address.postal_code, order.address.state) == ("CT1 1AA", "Kent")


def test_a_mapped_file_without_its_order_id_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "orders.csv", ["Name", "Country"], [["Ada", "GB"]])
    mapping = ColumnMapping(name="mine", columns={"platform_order_id": "Order", "backer_name": "Name"})
    with pytest.raises(ImportFileError, match=r"orders\.csv, column 'Order': the order id column") as caught:
        open_export(path, mapping=mapping)
    assert (caught.value.file, caught.value.column) == ("orders.csv", "Order")


def test_a_mapped_address_import_needs_a_country(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "addresses.csv", ["Order", "Street", "City"], [["1", "1 Road", "Town"]])
    mapping = ColumnMapping(
        name="mine", columns={"platform_order_id": "Order", "address.line1": "Street", "address.city": "City"}
    )
    with pytest.raises(ImportFileError, match=r"addresses\.csv, column 'country': .*no country column"):
        open_export(path, mapping=mapping)


def test_missing_columns_of_a_saved_mapping_are_reported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "orders.csv", ["Order", "Name"], [["1", "Ada"]])
    mapping = ColumnMapping(name="mine", columns={"platform_order_id": "order", "email": "Email"})
    export = open_export(path, mapping=mapping)
    assert [str(note) for note in export.notes] == ["orders.csv: columns of mapping 'mine' not in the file: Email"]
    (order,) = export.records()
    assert isinstance(order, RawOrder) and order.platform_order_id == "1"  # headers match loosely


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="postcode"):
        ColumnMapping(name="x", columns={"postcode": "Zip"})
