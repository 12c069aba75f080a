"""The fonts shipped with Fulfiller, and text split into runs that each one font can draw.

reportlab has no font fallback for TrueType fonts, so every string is cut into runs: each character
goes to the first registered font whose character map has it (Noto Sans for Latin, Cyrillic and
Greek, then Arabic, Hebrew, Thai, and WenQuanYi Micro Hei for Chinese, Japanese and Korean).
Spaces, digits and punctuation stay in the run they are in when its font has them, so "鈴木 花子"
is one run, not three.

Arabic and Hebrew are stored in logical order; reportlab draws glyphs left to right, one per
character, without shaping. `visual()` therefore joins Arabic letters into their presentation forms
(arabic_reshaper) and reorders right-to-left text for display (python-bidi). What a PDF reader
extracts from such a line is that visual form: Hebrew comes out in reversed order, Arabic as
presentation forms (U+FB50..U+FEFF) in reversed order; NFKC folds the forms back to the base letters.
Thai is drawn without shaping: tone marks and upper vowels sit at their default positions.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from threading import Lock

from arabic_reshaper import reshape
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"

SANS = "Fulfiller-Sans"
SANS_BOLD = "Fulfiller-Sans-Bold"
ARABIC = "Fulfiller-Arabic"
HEBREW = "Fulfiller-Hebrew"
THAI = "Fulfiller-Thai"
CJK = "Fulfiller-CJK"

# The order in which fonts are asked for a character: the first one that has it draws it.
_FILES: tuple[tuple[str, str, int], ...] = (
    (SANS, "NotoSans-Regular.ttf", 0),
    (ARABIC, "NotoSansArabic-Regular.ttf", 0),
    (HEBREW, "NotoSansHebrew-Regular.ttf", 0),
    (THAI, "NotoSansThai-Regular.ttf", 0),
    (CJK, "wqy-microhei.ttc", 0),
)
_BOLD_FILES: dict[str, str] = {SANS_BOLD: "NotoSans-Bold.ttf"}
FALLBACK_ORDER: tuple[str, ...] = tuple(name for name, _, _ in _FILES)

_lock = Lock()
_cmaps: dict[str, frozenset[int] | dict[int, int]] = {}
_char_font: dict[str, str] = {}


def register_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with reportlab (once per process); returns their names in fallback order."""
    if _cmaps:
        return FALLBACK_ORDER
    with _lock:
        if not _cmaps:
            for name, file, index in _FILES:
                font = TTFont(name, str(FONT_DIR / file), subfontIndex=index)
                pdfmetrics.registerFont(font)
                _cmaps[name] = font.face.charToGlyph
            for name, file in _BOLD_FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    return FALLBACK_ORDER


def font_for(char: str) -> str:
    """The first registered font that has this character (Noto Sans if none has it)."""
    found = _char_font.get(char)
    if found is None:
        register_fonts()
        code = ord(char)
        found = next((name for name in FALLBACK_ORDER if code in _cmaps[name]), SANS)
        _char_font[char] = found
    return found


def has_char(font: str, char: str) -> bool:
    register_fonts()
    cmap = _cmaps.get(SANS if font == SANS_BOLD else font)
    return cmap is not None and ord(char) in cmap


def _is_neutral(char: str) -> bool:
    """Spaces, digits and punctuation: they may join whatever run they stand in."""
    return not unicodedata.category(char).startswith(("L", "M"))


_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_ARABIC_RANGES = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _in(char: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in ranges)


@lru_cache(maxsize=8192)
def visual(text: str) -> str:
    """The line as it is drawn: Arabic shaped, right-to-left runs reordered; other text unchanged."""
    if not any(_in(c, _RTL_RANGES) for c in text):
        return text
    if any(_in(c, _ARABIC_RANGES) for c in text):
        text = reshape(text)
    return get_display(text)


@lru_cache(maxsize=16384)
def runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """The line cut into (font name, text) runs, in drawing order (right-to-left text already reordered)."""
    shown = visual(text)
    found: list[tuple[str, str]] = []
    current_font = ""
    current: list[str] = []
    for char in shown:
        if current and _is_neutral(char) and has_char(current_font, char):
            current.append(char)
            continue
        font = font_for(char)
        if bold and font == SANS:
            font = SANS_BOLD
        if font != current_font and current:
            found.append((current_font, "".join(current)))
            current = []
        current_font = font
        current.append(char)
    if current:
        found.append((current_font, "".join(current)))
    return tuple(found)


@lru_cache(maxsize=16384)
def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(part, font, size) for font, part in runs(text, bold))
