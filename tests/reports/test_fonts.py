import unicodedata

import pytest

from fulfiller.reports.fonts import ARABIC, CJK, HEBREW, SANS, SANS_BOLD, THAI, runs, visual


@pytest.mark.parametrize(
    ("text", "font"),
    [
        ("Zoë Müller-Łukasiewicz", SANS),
        ("Дмитрий Смирнов", SANS),
        ("Ελένη Οικονόμου", SANS),
        ("鈴木 花子", CJK),
        ("최민준", CJK),
        ("ธนพล ศรีสุข", THAI),
        ("נועה פרץ", HEBREW),
        ("نورة الغامدي", ARABIC),
    ],
)
def test_each_script_is_one_run_in_its_font(text: str, font: str) -> None:
    assert [f for f, _ in runs(text)] == [font]


def test_mixed_text_is_split_per_font_and_keeps_every_character() -> None:
    text = "杭州市 310000, China"
    parts = runs(text)
    assert [f for f, _ in parts] == [CJK, SANS]
    assert "".join(p for _, p in parts) == text
    assert [f for f, _ in runs("Order 12", bold=True)] == [SANS_BOLD]


def test_right_to_left_text_is_shaped_and_reordered_for_drawing() -> None:
    hebrew = "נועה פרץ"
    assert visual(hebrew) == hebrew[::-1]
    arabic = "نورة الغامدي"
    shown = visual(arabic)
    assert all(0xFE70 <= ord(c) <= 0xFEFF or c == " " for c in shown)  # presentation forms
    assert unicodedata.normalize("NFKC", shown) == arabic[::-1]  # the same letters, in visual order
    assert visual("Plain text 123") == "Plain text 123"
