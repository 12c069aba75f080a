from pathlib import Path

import pytest

from fulfiller.importers.tables import ImportFileError
from fulfiller.importers.tracking import detect_columns, read_tracking_file


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_columns_are_detected_by_common_names() -> None:
    found = detect_columns(["Order #", "Recipient", "E-mail", "Tracking #", "Courier", "Ship Date"])
    assert found == {
        "order_ref": "Order #",
        "email": "E-mail",
        "tracking": "Tracking #",
        "carrier": "Courier",
        "ship_date": "Ship Date",
    }


def test_shipstation_shipments_export_preset(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "shipments.csv",
        "Order Number,Ship Date,Recipient,Recipient Email,Carrier,Service,Tracking Number\n"
        "1042,03/05/2025,Ada,ada@example.com,ups,Ground,1Z999AA10123456784\n\n"
        "1043,03/05/2025,Bob,bob@example.com,usps,Ground,9.25082E+11\n",
    )
    parsed = read_tracking_file(path, preset="shipstation")
    assert parsed.columns["order_ref"] == "Order Number" and parsed.columns["email"] == "Recipient Email"
    # Every non-blank row comes back, an unusable one too, with its spreadsheet row number.
    assert [(r.row, r.get("order_ref"), r.get("tracking")) for r in parsed.rows] == [
        (2, "1042", "1Z999AA10123456784"),
        (4, "1043", "9.25082E+11"),
    ]


def test_a_user_mapping_wins(tmp_path: Path) -> None:
    path = _write(tmp_path / "partner.csv", "Ref,AWB,Tracking\nA1,LX000000012CN,ignored\n")
    parsed = read_tracking_file(path, mapping={"order_ref": "Ref", "tracking": "AWB"})
    assert parsed.rows[0].values["tracking"] == "LX000000012CN"


@pytest.mark.parametrize(
    ("text", "mapping", "message"),
    [
        ("Order #,Name\n1,Ada\n", None, "no tracking number column"),
        ("Tracking Number,Name\n1Z999AA10123456784,Ada\n", None, "no column to find the order by"),
        ("Order #,Tracking Number\n1,1Z999AA10123456784\n", {"tracking": "AWB"}, "column 'AWB'"),
        ("Order #,Tracking Number\n1,1Z999AA10123456784\n", {"colour": "Order #"}, "unknown field 'colour'"),
    ],
)
def test_unusable_files_fail_with_one_clear_line(
    tmp_path: Path, text: str, mapping: dict[str, str] | None, message: str
) -> None:
    path = _write(tmp_path / "t.csv", text)
    with pytest.raises(ImportFileError, match=message) as caught:
        read_tracking_file(path, mapping=mapping)
    assert str(caught.value).startswith("t.csv") and "\n" not in str(caught.value)
