import io
import unicodedata

import pytest

from fulfiller.domain.order_codes import order_code, parse_order_code
from fulfiller.reports.model import PackLine
from fulfiller.reports.packing_list import packing_lists
from tests.reports.samples import ADDRESSES, LINES, THANKS, barcodes, packing, page_sizes, text_of


def _pdf(orders, paper: str = "A4") -> bytes:  # noqa: ANN001
    out = io.BytesIO()
    packing_lists(orders, out, paper)
    return out.getvalue()


@pytest.fixture(scope="module")
def every_script() -> tuple[list[str], bytes]:
    scripts = list(ADDRESSES)
    return scripts, _pdf([packing(i + 1, script) for i, script in enumerate(scripts)])


def _found(name: str, text: str) -> bool:
    """pypdf gives Latin, Cyrillic, Greek, CJK and Thai back as they are. Right-to-left lines are drawn
    in visual order (Arabic as presentation forms): pypdf puts RTL runs back in logical order, and NFKC
    folds the presentation forms to the letters the backer typed."""
    folded = unicodedata.normalize("NFKC", text)
    if name in text or name in folded:
        return True
    # A line mixing RTL words and digits is reordered by the bidi algorithm: check word by word.
    return all(word in folded or word[::-1] in folded for word in name.split())


def test_each_script_prints_and_extracts(every_script: tuple[list[str], bytes]) -> None:
    scripts, pdf = every_script
    pages = text_of(pdf)
    assert len(pages) == len(scripts)
    for script, text in zip(scripts, pages, strict=True):
        native, latin = ADDRESSES[script]
        for line in native[:2]:
            assert _found(line, text), (script, line, text)
        for line in latin[:2]:
            assert line in text, (script, line)
        assert "Backer #" in text and "FUL-" in text
        assert THANKS in text
        assert "AUR-LAMP-WH" in text and "Aurora Desk Lamp (Matte White)" in text and "2 ×" in text
        assert "not from stock" in text
        assert "<no bell> & call" in text


@pytest.mark.parametrize("page", [0, 4, 6])  # Latin, Korean, Thai
def test_barcodes_decode(every_script: tuple[list[str], bytes], page: int) -> None:
    _, pdf = every_script
    found = barcodes(pdf, page)
    assert found == {"Code 128": f"FUL-{page + 1}", "QR Code": f"FUL-{page + 1}"}


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792)), ("4x6", (288, 432))])
def test_page_sizes(paper: str, size: tuple[int, int]) -> None:
    pdf = _pdf([packing(7, "chinese")], paper)
    assert page_sizes(pdf) == [size]
    assert barcodes(pdf) == {"Code 128": "FUL-7", "QR Code": "FUL-7"}
    assert "王欣怡" in text_of(pdf)[0]


def test_a_long_checklist_continues_on_more_pages() -> None:
    lines = tuple(PackLine(f"SKU-{n:03}", f"Part {n}", "", 1) for n in range(70)) + LINES
    pdf = _pdf([packing(3, "greek", lines), packing(4, "latin")])
    pages = text_of(pdf)
    assert len(pages) >= 3
    joined = "".join(pages)
    assert all(f"SKU-{n:03}" in joined for n in range(70))
    assert THANKS in pages[-2] and "page " in pages[-2]
    assert "continued overleaf" in pages[0]


def test_no_orders_gives_one_explaining_page() -> None:
    assert "No orders match" in text_of(_pdf([]))[0]


def test_order_code_round_trip() -> None:
    assert order_code(42) == "FUL-42"
    assert parse_order_code(" ful-42 ") == 42
    assert parse_order_code("1042") is None
