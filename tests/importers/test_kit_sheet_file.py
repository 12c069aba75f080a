from pathlib import Path

import pytest
from openpyxl import Workbook

from fulfiller.importers.kit_sheet import read_kit_sheet
from fulfiller.importers.tables import ImportFileError


def _csv(tmp_path: Path, text: str, name: str = "kits.csv", encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_a_csv_sheet_is_read_as_text_with_row_numbers(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Kit,SKU,Qty,Name,HS code\nLamp White,LAMP-WH,1,Lamp,090111\n,,,,\nLamp White, CABLE ,2,,\n",
    )
    sheet = read_kit_sheet(path)
    assert sheet.name == "kits.csv"
    assert sheet.columns == ("kit", "sku", "quantity", "name", "hs_code")
    assert [r.row for r in sheet.rows] == [2, 4]  # the blank row 3 is skipped
    first, second = sheet.rows
    assert first.cells["hs_code"] == "090111"  # a leading zero stays
    assert second.cells["sku"] == "CABLE" and second.cells["quantity"] == "2" and second.cells["name"] == ""
    assert first.cells["weight_g"] == ""  # absent columns read as empty


def test_an_escaped_formula_cell_reads_back_without_its_apostrophe(tmp_path: Path) -> None:
    path = _csv(tmp_path, "kit,sku,quantity,name\nLamp White,'-X1,1,'=SUM(A1)\nLamp White,O'Neil,1,'quoted'\n")
    first, second = read_kit_sheet(path).rows
    assert first.cells["sku"] == "-X1" and first.cells["name"] == "=SUM(A1)"
    assert second.cells["sku"] == "O'Neil" and second.cells["name"] == "'quoted'"


def test_an_xlsx_sheet_is_read_like_a_csv(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kits"
    sheet.append(["kit", "sku", "quantity", "weight_g"])
    sheet.append([8123456, "LAMP-WH", 2, 1000])
    path = tmp_path / "kits.xlsx"
    workbook.save(path)
    read = read_kit_sheet(path)
    assert read.name == "kits.xlsx › Kits"
    (row,) = read.rows
    assert row.row == 2
    assert row.cells["kit"] == "8123456" and row.cells["quantity"] == "2" and row.cells["weight_g"] == "1000"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kit,quantity\nA,1\n", "column sku is missing"),
        ("sku,name\nA,B\n", "columns kit, quantity are missing"),
        ("kit,sku,quantity,colour\nA,B,1,red\n", "unknown column 'colour'"),
        ("kit,sku,quantity,qty\nA,B,1,1\n", "both mean 'quantity'"),
        ("kit,sku,quantity\n", "no rows to import"),
        ("kit,sku,quantity\nA,B,1,surplus\n", "row 2: this row has more cells"),
    ],
)
def test_a_bad_sheet_is_refused_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message) as caught:
        read_kit_sheet(_csv(tmp_path, text))
    assert str(caught.value).startswith("kits.csv")


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_kit_sheet(tmp_path / "nope.csv")
