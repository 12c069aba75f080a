"""Tell which text encoding a file's bytes are in, and decode them; refuse what is not text at all.

In this order: a byte-order mark; UTF-16 without one (a NUL in every other byte); strict UTF-8; then
the likeliest code page (Windows Western, Cyrillic, GBK, Big5, Shift-JIS, EUC-KR ...), found by
charset-normalizer on a sample and judged again by how odd the text reads in each.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from fulfiller.domain.messages import Message, message
from fulfiller.importers.tables import ImportFileError

SAMPLE_BYTES = 1 << 20  # charset detection on 1 MiB is as good as on the whole file, and far faster
# Below this many non-ASCII bytes the detector has too little text: every likely code page competes.
SHORT_SAMPLE_NON_ASCII = 4096

# Magic numbers of files people rename to .csv by mistake, for a message that says what it is.
_SIGNATURES: tuple[tuple[bytes, Message], ...] = (
    (b"\x89PNG\r\n\x1a\n", message("import.kind_png", "a PNG image")),
    (b"\xff\xd8\xff", message("import.kind_jpeg", "a JPEG image")),
    (b"GIF8", message("import.kind_gif", "a GIF image")),
    (b"%PDF", message("import.kind_pdf", "a PDF document")),
    (b"SQLite format 3\x00", message("import.kind_sqlite", "a SQLite database")),
    (b"\x1f\x8b", message("import.kind_gzip", "a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", message("import.kind_7z", "a 7-Zip archive")),
    (b"Rar!", message("import.kind_rar", "a RAR archive")),
    (b"\x7fELF", message("import.kind_program", "a program")),
)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")  # not tab, CR, LF, FF, DOS EOF
_ASCII_BYTES = bytes(range(0x80))


def decode_text(data: bytes, label: str) -> tuple[str, str]:
    """The text of `data` and the name of its encoding; raises ImportFileError for binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode_strictly(data, encoding, label), _bom_encoding_name(data, encoding)
    _refuse_binary(data, label)
    if b"\x00" in data[:SAMPLE_BYTES]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ImportFileError(
                label, message("import.binary_nul", "this is not a text file: it contains binary data (NUL bytes)")
            )
        return _decode_strictly(data, utf16, label), utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_broken_utf8(data, exc, label)
    else:
        _refuse_control_characters(text, label)
        return text, "utf-8"
    for encoding in _candidate_encodings(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        _refuse_control_characters(text, label)
        return text, encoding
    raise ImportFileError(
        label,
        message(
            "import.unknown_encoding",
            "the text encoding cannot be recognised; save the file as CSV UTF-8 and import it again",
        ),
    )


def _refuse_broken_utf8(data: bytes, error: UnicodeDecodeError, label: str) -> None:
    """UTF-8 that breaks after valid accented text is damaged UTF-8, not another code page: read as
    cp1252 every earlier "é" would turn into "Ã©", so it is refused rather than garbled."""
    row = data.count(b"\n", 0, error.start) + 1
    if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
        raise ImportFileError(
            label,
            message("import.cut_in_character", "the file ends in the middle of a character: it looks cut short"),
            row=row,
        )
    if not data[: error.start].isascii():
        raise ImportFileError(
            label,
            message(
                "import.mixed_encodings",
                "the file is UTF-8 up to byte {byte}, which is not: it mixes two text encodings; "
                "open it in a spreadsheet and save it again as CSV UTF-8",
                byte=error.start,
            ),
            row=row,
        )


def _bom_encoding_name(data: bytes, encoding: str) -> str:
    if encoding == "utf-16":
        return "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    if encoding == "utf-32":
        return "utf-32-le" if data.startswith(codecs.BOM_UTF32_LE) else "utf-32-be"
    return encoding


def _decode_strictly(data: bytes, encoding: str, label: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            label,
            message(
                "import.invalid_byte",
                "the file says it is {encoding} but byte {byte} is not valid in it: the file is damaged or cut short",
                encoding=encoding.upper().removesuffix("-SIG"),
                byte=exc.start,
            ),
        ) from exc
    _refuse_control_characters(text, label)
    return text


def _refuse_binary(data: bytes, label: str) -> None:
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            raise ImportFileError(
                label, message("import.not_a_table", "this is not a table of backers: it looks like {kind}", kind=kind)
            )


def _refuse_control_characters(text: str, label: str) -> None:
    sample = text[:SAMPLE_BYTES]
    if len(_CONTROL_CHARACTERS.findall(sample)) > max(8, len(sample) // 200):
        raise ImportFileError(label, message("import.binary", "this is not a text file: it contains binary data"))


def _utf16_without_bom(data: bytes) -> str | None:
    # Plain ASCII text in UTF-16 puts a NUL in every other byte; anything else with NULs is binary.
    sample = data[: min(len(data), SAMPLE_BYTES)]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2 or 1
    if odd / half > 0.3 and even < odd / 20:
        return "utf-16-le"
    if even / half > 0.3 and odd < even / 20:
        return "utf-16-be"
    return None


def _candidate_encodings(data: bytes) -> list[str]:
    """Encodings to try, best first: charset-normalizer's guesses, judged again by `oddness`."""
    from charset_normalizer import from_bytes

    sample = _sample_at_line_end(data)
    guesses = [match.encoding for match in from_bytes(sample)]
    scoring = _lines_with_non_ascii(sample)
    if len(scoring.translate(None, _ASCII_BYTES)) >= SHORT_SAMPLE_NON_ASCII and guesses:
        # Enough text for the detector's language models, but it still confuses code pages of one
        # family (cp1250 for Western text, turning Å and ã into Ĺ and ă; cp1252 for Polish): its top
        # guesses and the family's usual code page compete, the usual one winning a tie.
        default = _FAMILY_DEFAULT.get(_family(guesses[0]))
        candidates = list(dict.fromkeys([default, *guesses[:5]] if default else guesses[:5]))
    else:
        # A few words fool the detector (GBK read as Big5, Cyrillic as Shift-JIS): every likely code
        # page competes. Ties go to Excel's defaults on Western and Chinese Windows, except for Korean:
        # EUC-KR syllables are also valid common GBK hanzi, and only the detector can tell them apart.
        trusted = guesses[:1] if guesses and _family(guesses[0]) == "korean" else []
        candidates = list(dict.fromkeys([*trusted, "cp1252", "gb18030", *guesses, "cp1251"]))
    scored = [(oddness(scoring, enc), i, enc) for i, enc in enumerate(candidates)]
    ranked = [enc for score, _, enc in sorted(scored, key=_score_key) if score is not None]
    return list(dict.fromkeys([*ranked, *guesses, "cp1252", "gb18030"]))


def _lines_with_non_ascii(sample: bytes, limit: int = 65536) -> bytes:
    """The lines that tell encodings apart, up to `limit` bytes (oddness is slow pure Python)."""
    picked, size = [], 0
    for line in sample.splitlines(keepends=True):
        if line.isascii():
            continue
        picked.append(line)
        size += len(line)
        if size >= limit:
            break
    return b"".join(picked)


_FAMILY_DEFAULT = {"latin": "cp1252", "simplified-chinese": "gb18030", "traditional-chinese": "gb18030"}


def _score_key(scored: tuple[int | None, int, str]) -> tuple[int, int]:
    score, order, _ = scored
    return (score if score is not None else 1 << 30, order)


def _sample_at_line_end(data: bytes) -> bytes:
    if len(data) <= SAMPLE_BYTES:
        return data
    sample = data[:SAMPLE_BYTES]
    end = sample.rfind(b"\n")
    return sample[: end + 1] if end > 0 else sample


def _family(encoding: str) -> str:
    """The language family an encoding serves, by Python's codec name."""
    name = encoding.lower().replace("-", "_")
    if name.startswith(("gb", "hz", "cp936")):
        return "simplified-chinese"
    if name.startswith(("big5", "cp950")):
        return "traditional-chinese"
    if name.startswith(("shift_jis", "cp932", "euc_j", "iso2022_jp")):
        return "japanese"
    if name.startswith(("euc_kr", "cp949", "johab", "iso2022_kr")):
        return "korean"
    if name in _CYRILLIC:
        return "cyrillic"
    if name.startswith(("cp125", "iso8859", "latin", "mac_", "cp850", "cp437", "cp775", "cp852")):
        return "latin"
    return "other"


_CYRILLIC = frozenset({"cp1251", "iso8859_5", "mac_cyrillic", "koi8_r", "koi8_u", "cp866", "cp855", "kz1048"})
_COMMON_SYMBOLS = frozenset("€£¥°–—‘’‚“”„…•«»·©®™§¢¿¡×ºª")


def oddness(data: bytes, encoding: str) -> int | None:
    """How unlike real text `data` reads in `encoding` (None: it does not decode at all).

    Counts what mis-decoded text is full of: control and unassigned characters, stray symbols such as
    "¹¤¦", runs of accented Latin letters ("ÖÐ¹ú" is 中国 in GBK), words mixing scripts, and CJK
    characters that are rare in the language the encoding is made for.
    """
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    common = _COMMON_CHARACTERS.get(_family(encoding), _always)
    score = 0
    previous = ""  # the script of the previous letter in the current word, "" at a word boundary
    previous_accented = previous_lower = False
    for ch in text:
        if ch < "\x80":
            if ch < " " and ch not in "\t\r\n":
                score += 5
            previous = "latin" if ch.isalpha() else ""
            previous_accented, previous_lower = False, ch.islower()
            continue
        category = unicodedata.category(ch)
        if category[0] == "C" or ch == "\ufffd":
            score += 5
            previous, previous_accented, previous_lower = "", False, False
            continue
        if category[0] != "L":
            if ch not in _COMMON_SYMBOLS and category != "Zs":
                score += 1
            previous = "currency" if category == "Sc" else ""
            previous_accented = previous_lower = False
            continue
        script = _script(ch)
        if script == "presentation-form":
            score += 1  # glyph shapes of Arabic letters: what Cyrillic bytes become in cp1006
        if previous == "currency" or (script == "latin" and previous_accented):
            score += 1  # "£ódŸ", "Ìîñêâà": mis-read Polish and Russian
        if category == "Lu" and previous_lower:
            score += 1
        if previous not in ("", "currency", script) and not {previous, script} <= {"cjk", "kana"}:
            score += 1
        if script in ("cjk", "kana", "hangul") and not common(ch):
            score += 1
        previous, previous_accented, previous_lower = script, script == "latin", category == "Ll"
    return score


def _script(ch: str) -> str:
    code = ord(ch)
    if code < 0x0250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x0370 <= code < 0x0400:
        return "greek"
    if 0x0400 <= code < 0x0530:
        return "cyrillic"
    if 0x0590 <= code < 0x0600:
        return "hebrew"
    if 0x0600 <= code < 0x0700:
        return "arabic"
    if 0xFB50 <= code < 0xFE00 or 0xFE70 <= code < 0xFF00:
        return "presentation-form"
    if 0x3040 <= code < 0x3100 or 0xFF66 <= code < 0xFFA0:
        return "kana"
    if 0xAC00 <= code < 0xD7B0 or 0x1100 <= code < 0x1200 or 0x3130 <= code < 0x3190:
        return "hangul"
    if 0x4E00 <= code < 0xA000 or 0x3400 <= code < 0x4DC0 or 0xF900 <= code < 0xFB00:
        return "cjk"
    return "other"


def _always(ch: str) -> bool:
    return True


def _lead_byte_in(ch: str, encoding: str, low: int, high: int) -> bool:
    try:
        encoded = ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and low <= encoded[0] <= high


def _common_simplified(ch: str) -> bool:
    return _lead_byte_in(ch, "gb2312", 0xB0, 0xD7)  # GB2312 level 1: the 3,755 most used hanzi


def _common_traditional(ch: str) -> bool:
    return _lead_byte_in(ch, "big5", 0xA4, 0xC6)  # Big5's frequently used block


def _common_japanese(ch: str) -> bool:
    # Full-width kana and JIS level 1 kanji; half-width katakana mostly comes from mis-read bytes.
    return 0x3040 <= ord(ch) < 0x3100 or _lead_byte_in(ch, "cp932", 0x88, 0x98)


def _common_korean(ch: str) -> bool:
    return 0xAC00 <= ord(ch) < 0xD7B0 and _lead_byte_in(ch, "euc_kr", 0xB0, 0xC8)


_COMMON_CHARACTERS = {
    "simplified-chinese": _common_simplified,
    "traditional-chinese": _common_traditional,
    "japanese": _common_japanese,
    "korean": _common_korean,
}
