"""Labels, customs declarations and pick lists."""

import io
from decimal import Decimal

import pytest

from fulfiller.reports.customs import declarations
from fulfiller.reports.labels import labels
from fulfiller.reports.model import PickLine, PickListData
from fulfiller.reports.pick_list import pick_lists
from tests.reports.samples import ADDRESSES, barcodes, customs, label, page_sizes, text_of


def _labels(items, layout: str, native: bool = True) -> bytes:  # noqa: ANN001
    out = io.BytesIO()
    labels(items, out, layout, native=native)
    return out.getvalue()


@pytest.mark.parametrize(("layout", "size", "per_page"), [("4x6", (288, 432), 1), ("A4", (595, 842), 8),
                                                          ("Letter", (612, 792), 10)])  # fmt: skip
def test_label_layouts(layout: str, size: tuple[int, int], per_page: int) -> None:
    items = [label(i + 1, script) for i, script in enumerate(ADDRESSES)]
    pdf = _labels(items, layout)
    sizes = page_sizes(pdf)
    assert len(sizes) == -(-len(items) // per_page)
    assert set(sizes) == {size}
    text = "\n".join(text_of(pdf))
    assert "Wang Xinyi" in text and "王欣怡" in text and "Дмитрий Смирнов" in text and "FROM: Aurora" in text


def test_thermal_label_barcode_decodes_and_native_is_optional() -> None:
    pdf = _labels([label(5, "korean")], "4x6")
    assert barcodes(pdf)["Code 128"] == "FUL-5"
    assert "최민준" in text_of(pdf)[0]
    latin_only = text_of(_labels([label(5, "korean")], "4x6", native=False))[0]
    assert "Choi Minjun" in latin_only and "최민준" not in latin_only


def test_cn22_below_the_limit_and_cn23_above() -> None:
    small, large = customs(1), customs(2, units=12)
    assert small.form == "CN22" and small.total_value == Decimal("30.70") and small.total_weight_g == 1440
    assert large.form == "CN23" and large.total_value == Decimal("344.20")
    out = io.BytesIO()
    assert declarations([small, large], out, "A4") == 2
    first, second = text_of(out.getvalue())
    assert "CN 22" in first and "CN 23" not in first
    assert "CN 23" in second and "Invoice no. FUL-2" in second
    for text in (first, second):
        assert "940521" in text and "854442" in text and "Suzuki Hanako" in text and "NETHERLANDS" in text
    assert "30.70 USD" in first and "1.440" in first
    assert barcodes(out.getvalue(), 1)["Code 128"] == "FUL-2"


def test_cn22_limit_is_configurable() -> None:
    from dataclasses import replace

    assert replace(customs(1), limit=Decimal("20")).form == "CN23"


def test_cn22_on_a_thermal_label() -> None:
    out = io.BytesIO()
    declarations([customs(3)], out, "4x6")
    assert page_sizes(out.getvalue()) == [(288, 432)]
    assert "CN 22" in text_of(out.getvalue())[0]


def test_pick_list_in_bin_order_with_totals() -> None:
    data = PickListData(
        "EU – Rotterdam",
        (
            PickLine("B-02-2", "AUR-PSU-30W", "USB-C Power Adapter", "30 W", 40),
            PickLine("", "AUR-CARD", "Thank-you card", "", 38, False),
            PickLine("A-01-1", "AUR-LAMP-WH", "Aurora Desk Lamp", "Matte White", 1234),
        ),
        orders=38,
        first_order="12",
        last_order="480",
    )
    out = io.BytesIO()
    assert pick_lists([data], out, "Letter") == 1
    text = text_of(out.getvalue())[0]
    assert text.index("A-01-1") < text.index("B-02-2") < text.index("AUR-CARD")
    assert "1,234" in text and "38 order(s)" in text and "3 SKU(s), 1,312 unit(s)" in text
    assert page_sizes(out.getvalue()) == [(612, 792)]
