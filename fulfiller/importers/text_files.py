"""Turn a file's bytes into tables of text: CSV/TSV in any common encoding, XLSX/XLS, or a zip of CSVs.

Every cell stays text exactly as the file has it ("02134", "NA", "9.25082E+11"); nothing is converted.
Everything is read and checked before a table is returned, so a bad file fails whole, never half-way.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from fulfiller.domain.errors import UserError

DELIMITERS = (",", ";", "\t", "|")
TEXT_MEMBER_SUFFIXES = (".csv", ".tsv", ".txt")
SAMPLE_BYTES = 1 << 20  # charset detection on 1 MiB is as good as on the whole file, and far faster
# Below this many non-ASCII bytes the detector has too little text: every likely code page competes.
SHORT_SAMPLE_NON_ASCII = 4096

# Magic numbers of files people rename to .csv by mistake, for a message that says what it is.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")  # not tab, CR, LF, FF, DOS EOF
_ASCII_BYTES = bytes(range(0x80))
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls


Row = tuple[str, ...]


class ImportFileError(UserError):
    """A file that cannot be imported at all; nothing from it has been used."""

    def __init__(self, file: str, message: str, *, row: int | None = None, column: str | None = None) -> None:
        where = file
        if row is not None:
            where += f", row {row}"
        if column:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")
        self.file, self.row, self.column, self.reason = file, row, column, message


@dataclass(slots=True)
class Table:
    """One sheet of text: a CSV file, an Excel sheet, or one CSV inside a zip."""

    name: str  # file name, or the member's file name inside a zip
    headers: list[str]
    rows: list[Row]  # the cells as read (not yet trimmed); blank lines kept as empty rows
    first_row: int  # the spreadsheet row number of rows[0] (the header is the row before)
    encoding: str = ""  # "" for Excel
    delimiter: str = ""  # "" for Excel
    label: str = ""  # how messages name it: the file, or "archive.zip › member.csv"
    sheet: str = ""  # the Excel sheet it came from
    row_count: int = field(init=False)

    def __post_init__(self) -> None:
        # Only a row whose first cell is empty can be blank; that test alone is cheap for 250,000 rows.
        maybe_blank = (cells for cells in self.rows if not cells or not cells[0] or cells[0].isspace())
        self.row_count = len(self.rows) - sum(map(is_blank, maybe_blank))
        self.label = self.label or self.name


def is_blank(cells: Sequence[str]) -> bool:
    """A row with no text at all: an empty line, or only delimiters and spaces (Excel leaves these)."""
    if not cells:
        return True
    first = cells[0]
    if first and not first.isspace():
        return False  # the usual case, decided without joining the row
    return not "".join(cells).strip()


def _has_data(cells: Sequence[str]) -> bool:
    return not is_blank(cells)


def read_tables(path: Path | str) -> list[Table]:
    """All tables of the file at `path`, every cell as text; raises ImportFileError for a bad file."""
    path = Path(path)
    data = _read_bytes(path)
    if data.startswith(_ZIP_MAGIC):
        tables = _read_excel(path.name, data) if _is_workbook(data) else _read_zip(path.name, data)
    elif data.startswith(_OLE2_MAGIC):
        tables = _read_excel(path.name, data)
    else:
        tables = [read_delimited(data, name=path.name)]
    if sum(t.row_count for t in tables) == 0:
        raise ImportFileError(path.name, "no rows to import: there is a header row but no data under it")
    return tables


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise ImportFileError(path.name, f"the file does not exist (looked for {path})")
    if path.is_dir():
        raise ImportFileError(path.name, "this is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path.name, f"the file cannot be read ({exc.strerror or exc})") from exc
    if not data:
        raise ImportFileError(path.name, "the file is empty (0 bytes): no rows to import")
    return data


# --- CSV / TSV ---------------------------------------------------------------------------------------


def read_delimited(data: bytes, *, name: str, label: str = "") -> Table:
    """One delimited text table from raw bytes (encoding and delimiter detected)."""
    label = label or name
    text, encoding = decode_text(data, label)
    delimiter = detect_delimiter(text, prefer_tab=encoding.startswith("utf-16"))
    records = _parse_records(text, delimiter, label)
    header_index = next((i for i, cells in enumerate(records) if _has_data(cells)), None)
    if header_index is None:
        raise ImportFileError(label, "the file holds only blank lines: no rows to import")
    headers = [_clean_header(h) for h in records[header_index]]
    return Table(
        name=name,
        headers=headers,
        rows=records[header_index + 1 :],
        first_row=header_index + 2,
        encoding=encoding,
        delimiter=delimiter,
        label=label,
    )


def _clean_header(header: str) -> str:
    return header.replace("\ufeff", "").strip()


def _parse_records(text: str, delimiter: str, label: str) -> list[Row]:
    try:
        return _parse_with(text, delimiter, label, strict=True)
    except _MalformedQuote:
        # A stray quote inside a cell ("a"b) is common in hand-edited files; read it the lenient way.
        return _parse_with(text, delimiter, label, strict=False)


class _MalformedQuote(Exception):
    pass


def _parse_with(text: str, delimiter: str, label: str, *, strict: bool) -> list[Row]:
    # The csv module, not pandas' C engine: pandas pads a short row with empty cells, so a row that lost
    # a delimiter could not be rejected, and the two take about the same time (bench/bench_read.py).
    # Tuples, not the reader's lists: the cyclic GC untracks a tuple of strings after one look, while
    # 250,000 lists would be walked again by every later collection (seconds, measured).
    try:
        return list(map(tuple, _reader(text, delimiter, strict)))
    except csv.Error as exc:
        reason = str(exc)
        row = _records_before_error(text, delimiter, strict) + 1
    if "unexpected end of data" in reason or "field larger than field limit" in reason:
        raise ImportFileError(
            label,
            "a quoted cell that starts in this row is never closed: the file looks cut short "
            "(truncated); export or download it again",
            row=row,
        )
    if "NUL" in reason:
        raise ImportFileError(label, "the file contains binary data (NUL bytes)", row=row)
    raise _MalformedQuote(reason)


def _reader(text: str, delimiter: str, strict: bool) -> Iterator[list[str]]:
    return csv.reader(_lines(text), delimiter=delimiter, strict=strict)


def _lines(text: str) -> Iterable[str]:
    """The text's lines with their line ends, as csv.reader wants them."""
    if any(ch in text for ch in _OTHER_LINE_BREAKS):
        return io.StringIO(text, newline="")  # breaks only at \r and \n, as CSV does
    return text.splitlines(keepends=True)  # measured ~15% faster to parse than StringIO's lines


# str.splitlines also breaks at these, which CSV keeps inside a cell.
_OTHER_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _records_before_error(text: str, delimiter: str, strict: bool) -> int:
    count = 0
    with suppress(csv.Error):
        for _ in _reader(text, delimiter, strict):
            count += 1
    return count


def detect_delimiter(text: str, *, prefer_tab: bool = False, sample_chars: int = 65536) -> str:
    """The delimiter whose count per record (outside quotes) is the most consistent over the first lines.

    csv.Sniffer guesses from character frequencies and is thrown off by long quoted cells; parsing the
    sample with each candidate counts only delimiters outside quotes.
    """
    sample = text[:sample_chars]
    cut = len(text) > sample_chars
    order = ("\t", *[d for d in DELIMITERS if d != "\t"]) if prefer_tab else DELIMITERS
    best, best_score = order[0] if prefer_tab else ",", (0.0, 0, 0)
    for delimiter in order:
        score = _delimiter_score(sample, delimiter, cut)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _delimiter_score(sample: str, delimiter: str, cut: bool) -> tuple[float, int, int]:
    records = [r for r in _sample_records(sample, delimiter) if _has_data(r)]
    if cut and len(records) > 1:
        records.pop()  # the sample may end inside the last record
    if not records:
        return (0.0, 0, 0)
    widths = [len(r) for r in records[:50]]
    header_width = widths[0]
    if header_width < 2:
        return (0.0, 0, 0)
    # Rows agreeing with the header's width; data-only files have nothing better to agree with.
    agreeing = sum(1 for w in widths if w == header_width) / len(widths)
    mode_width, _ = Counter(widths).most_common(1)[0]
    return (agreeing, int(mode_width == header_width), header_width)


def _sample_records(sample: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for cells in reader:
            records.append(cells)
            if len(records) > 60:
                break
    except csv.Error:
        pass  # a sample cut inside a quoted cell; what was read so far still counts
    return records


# --- Encodings -----------------------------------------------------------------------------------------


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
            raise ImportFileError(label, "this is not a text file: it contains binary data (NUL bytes)")
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
        label, "the text encoding cannot be recognised; save the file as CSV UTF-8 and import it again"
    )


def _refuse_broken_utf8(data: bytes, error: UnicodeDecodeError, label: str) -> None:
    """UTF-8 that breaks after valid accented text is damaged UTF-8, not another code page: read as
    cp1252 every earlier "é" would turn into "Ã©", so it is refused rather than garbled."""
    row = data.count(b"\n", 0, error.start) + 1
    if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
        raise ImportFileError(label, "the file ends in the middle of a character: it looks cut short", row=row)
    if not data[: error.start].isascii():
        raise ImportFileError(
            label,
            f"the file is UTF-8 up to byte {error.start}, which is not: it mixes two text encodings; "
            "open it in a spreadsheet and save it again as CSV UTF-8",
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
            f"the file says it is {encoding.upper().removesuffix('-SIG')} but byte {exc.start} is not valid "
            "in it: the file is damaged or cut short",
        ) from exc
    _refuse_control_characters(text, label)
    return text


def _refuse_binary(data: bytes, label: str) -> None:
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            raise ImportFileError(label, f"this is not a table of backers: it looks like {kind}")


def _refuse_control_characters(text: str, label: str) -> None:
    sample = text[:SAMPLE_BYTES]
    if len(_CONTROL_CHARACTERS.findall(sample)) > max(8, len(sample) // 200):
        raise ImportFileError(label, "this is not a text file: it contains binary data")


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


# --- Excel ---------------------------------------------------------------------------------------------


def _is_workbook(data: bytes) -> bool:
    """An XLSX or ODS file: both are zips, told apart from a zip of CSVs by their parts."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            is_ods = "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype")
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
        return False
    return is_ods or ("[Content_Types].xml" in names and any(n.startswith("xl/") for n in names))


def _read_excel(name: str, data: bytes) -> list[Table]:
    """The sheet with the most rows (the first on a tie), every cell as text."""
    import pandas as pd

    try:
        sheets = pd.read_excel(
            io.BytesIO(data),
            engine="calamine",
            sheet_name=None,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
        )
    except Exception as exc:  # calamine, zipfile and XML errors alike mean the workbook is unreadable
        raise ImportFileError(name, f"this workbook cannot be opened ({_short(exc)})") from exc
    best: Table | None = None
    for sheet_name, frame in sheets.items():
        records = [tuple(_excel_text(cell) for cell in row) for row in frame.to_numpy(dtype=object).tolist()]
        header_index = next((i for i, cells in enumerate(records) if _has_data(cells)), None)
        if header_index is None:
            continue
        table = Table(
            name=name,
            headers=[_clean_header(h) for h in records[header_index]],
            rows=records[header_index + 1 :],
            first_row=header_index + 2,
            sheet=str(sheet_name),
        )
        if best is None or table.row_count > best.row_count:
            best = table
    if best is None:
        raise ImportFileError(name, "every sheet of this workbook is empty: no rows to import")
    return [best]


def _excel_text(cell: object) -> str:
    return "" if cell is None else str(cell)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


# --- Zip of CSVs (Kickstarter: one file per reward tier) -----------------------------------------------


def _read_zip(name: str, data: bytes) -> list[Table]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportFileError(
            name, f"the zip file is damaged or incomplete ({_short(exc)}); download it again"
        ) from exc
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        members = [info for info in infos if _is_text_member(info)]
        if not members:
            found = ", ".join(_member_name(info) for info in infos[:8]) or "nothing"
            raise ImportFileError(name, f"the zip file holds no CSV file (found: {found})")
        tables = []
        for info in members:
            member = _member_name(info)
            label = f"{name} › {member}"
            member_data = _read_member(archive, info, name, member)
            if not member_data.strip():
                continue  # an empty tier file: no header, no backers, nothing lost
            tables.append(read_delimited(member_data, name=member, label=label))
    if not tables:
        raise ImportFileError(name, "every CSV file in the zip is empty: no rows to import")
    return tables


def _is_text_member(info: zipfile.ZipInfo) -> bool:
    path = PurePosixPath(info.filename)
    hidden = path.name.startswith(".") or "__MACOSX" in path.parts
    return not hidden and path.suffix.lower() in TEXT_MEMBER_SUFFIXES


def _member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:
        # Without the UTF-8 flag zipfile reads names as cp437; most tools wrote UTF-8 anyway.
        with suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return PurePosixPath(name).name


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, member: str) -> bytes:
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ImportFileError(
            f"{name} › {member}", f"the zip file is damaged ({_short(exc)}); download it again"
        ) from exc
    except (RuntimeError, NotImplementedError) as exc:  # encrypted or an unsupported compression
        raise ImportFileError(f"{name} › {member}", f"this file in the zip cannot be read ({_short(exc)})") from exc


def describe_encoding(table: Table) -> str:
    """How the table was read, for a report line: "UTF-8, comma", "sheet 'Orders'"."""
    if not table.delimiter:
        return f"sheet {table.sheet!r}"
    names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
    return f"{table.encoding.upper()}, {names.get(table.delimiter, repr(table.delimiter))}"
