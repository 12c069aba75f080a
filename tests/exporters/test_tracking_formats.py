import pytest

from fulfiller.domain.errors import UserError
from fulfiller.exporters.formats import TRACKING_FORMATS, TrackingFormat
from fulfiller.exporters.tracking import (
    OrderTracking,
    TrackedParcel,
    backerkit_table,
    fill_template,
    find_column,
    lookup_in,
    pledgebox_table,
)

PARCELS = [
    TrackedParcel("PB-1", "a@example.com", "1Z999AA10123456784", "UPS", "https://ups/1Z", False),
    TrackedParcel("PB-2", "b@example.com", "LX000000012CN", "China Post", "https://ems/LX", True),
    TrackedParcel("PB-2", "b@example.com", "LX000000026CN", "China Post", "https://ems/LX2", True),
]


def test_backerkit_rows_carry_number_carrier_and_url() -> None:
    headers, rows = backerkit_table(PARCELS)
    assert headers == ["Backer ID", "Email", "Tracking Number", "Carrier", "Tracking URL"]
    assert rows[0] == ["PB-1", "a@example.com", "1Z999AA10123456784", "UPS", "https://ups/1Z"]


def test_pledgebox_flags_partial_parcels() -> None:
    headers, rows = pledgebox_table(PARCELS)
    assert headers == ["PBID", "Courier Code", "Tracking Code", "Partial Shipped"]
    assert rows[0] == ["PB-1", "ups", "1Z999AA10123456784", ""]
    assert rows[1] == ["PB-2", "china-post", "LX000000012CN", "Y"]


def test_template_is_filled_and_other_cells_kept() -> None:
    headers = ["Backer Number", "Backer UID", "Backer Name", "Notes", "Tracking Number"]
    body = [
        ("1", "u1", "Ada", "keep me", ""),
        ("2", "u2", "Bob", "", ""),  # no tracking here: left out
        ("99", "u99", "Zed", "", ""),  # not in this database
        ("", "u4", "Dee", "x", "OLD123456"),  # found by UID
        ("", "", "", "", ""),
    ]
    known = {"1": OrderTracking("1Z999AA10123456784", "UPS"), "2": None}
    filled = fill_template(
        headers,
        body,
        lookups=[(0, lookup_in(known)), (1, lookup_in({"u4": OrderTracking("LX000000012CN", "China Post")}))],
        tracking_column=4,
        carrier_column=None,
        include_untracked=False,
    )
    assert filled.rows == [
        ["1", "u1", "Ada", "keep me", "1Z999AA10123456784"],
        ["", "u4", "Dee", "x", "LX000000012CN"],
    ]
    assert (filled.filled, filled.untracked, filled.unknown) == (2, 1, 1)


def test_untracked_rows_are_kept_when_asked() -> None:
    filled = fill_template(
        ["Backer Number", "Tracking"],
        [("2",)],
        lookups=[(0, lookup_in({"2": None}))],
        tracking_column=1,
        carrier_column=None,
        include_untracked=True,
    )
    assert filled.rows == [["2", ""]]


def test_missing_column_names_file_and_headers() -> None:
    with pytest.raises(UserError, match=r"template.csv: no tracking column .*headers: Backer Number"):
        find_column(["Backer Number"], "template.csv", ("Tracking Number",), "tracking")


def test_tracking_formats_fill_the_platforms_file_or_write_their_own() -> None:
    for fmt in TRACKING_FORMATS.values():
        if fmt.needs_template:
            assert fmt.template and fmt.table is None
        else:
            assert fmt.table is not None and len(fmt.table(PARCELS)[1]) == len(PARCELS)
    assert [f.name for f in TRACKING_FORMATS.values() if f.needs_template] == ["kickstarter", "indiegogo"]


@pytest.mark.parametrize(("template", "table"), [("file", backerkit_table), ("", None)])
def test_a_tracking_format_is_one_kind_or_the_other(template: str, table: object) -> None:
    with pytest.raises(ValueError, match="either a template"):
        TrackingFormat("odd", "Odd", template=template, table=table)  # type: ignore[arg-type]
