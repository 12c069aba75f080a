"""Bytes to tables of text: encodings, delimiters, Excel, zips, and cells kept exactly as written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from make_fixtures import (
    KS2018_HEADERS,
    KS2018_SURVEY,
    TIER_FILES,
    make_cp1252,
    make_gbk,
    make_kickstarter_2018,
    make_kickstarter_zip,
    make_ods,
    make_semicolon,
    make_utf16_tab,
    make_xlsx,
    write_csv,
)

from fulfiller.importers.delimited import detect_delimiter
from fulfiller.importers.encodings import decode_text
from fulfiller.importers.tables import ImportFileError
from fulfiller.importers.text_files import read_tables

ALL_HEADERS = KS2018_HEADERS + KS2018_SURVEY


def _column(table, header: str) -> list[str]:  # noqa: ANN001 - a Table
    position = table.headers.index(header)
    return [row[position] for row in table.rows]


def test_utf8_with_bom_reads_clean_headers(tmp_path: Path) -> None:
    (table,) = read_tables(make_kickstarter_2018(tmp_path))
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers == ALL_HEADERS  # no BOM glued to "Backer Number"
    assert table.row_count == 20 and table.first_row == 2


def test_excel_unicode_text_is_utf16_tab_separated(tmp_path: Path) -> None:
    (table,) = read_tables(make_utf16_tab(tmp_path))
    assert (table.encoding, table.delimiter) == ("utf-16-le", "\t")
    names = _column(table, "Backer Name")
    assert {"张伟", "山田太郎", "김민수", "Иван Петров", "محمد العلي"} <= set(names)


def test_windows_1252_accents(tmp_path: Path) -> None:
    (table,) = read_tables(make_cp1252(tmp_path))
    assert table.encoding == "cp1252"
    assert {"Jürgen Weiß", "Amélie Dupont", "Åsa Lindström", "João Gonçalves"} <= set(_column(table, "Backer Name"))


def test_gbk_chinese_addresses(tmp_path: Path) -> None:
    (table,) = read_tables(make_gbk(tmp_path))
    assert table.encoding == "gb18030"
    assert "南山区科技园南区B座1201" in _column(table, "Shipping Address 1")
    assert "朝阳区建国路88号SOHO现代城5号楼" in _column(table, "Shipping Address 1")


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("Backer Number,Backer Name,Shipping City\n1,Wei Zhang,北京\n", "gbk", "gb18030"),
        ("Order,Name,Address\n7,王芳,广东省深圳市南山区科技园B座1201\n", "gbk", "gb18030"),
        ("Name\nMüller\n", "cp1252", "cp1252"),
        ("Name,City\nJoão Gonçalves,São João\n", "cp1252", "cp1252"),
        ("Backer Number,Backer Name,Shipping City\n1,Иван Петров,Москва\n", "cp1251", "cp1251"),
        ("Name,City\nZbigniew Łukasz Wójcik,Łódź\n", "cp1250", "cp1250"),
        ("Backer Number,Backer Name,Shipping City\n1,山田太郎,東京都渋谷区\n", "shift_jis", "cp932"),
    ],
)
def test_short_files_in_legacy_code_pages(text: str, encoding: str, expected: str) -> None:
    # A few words are too little for the detector alone; the odd-character check settles it.
    decoded, found = decode_text(text.encode(encoding), "short.csv")
    assert decoded == text
    assert found == expected


@pytest.mark.parametrize(
    ("lines", "encoding", "expected"),
    [
        (
            ["Åsa Lindström,Göteborg", "João Gonçalves,São Paulo", "Øystein Ødegård,Tromsø"],
            "cp1252",
            "cp1252",
        ),
        (["Zbigniew Łukasz Wójcik,Łódź", "Świętokrzyska 12,Gdańsk"], "cp1250", "cp1250"),
        (["张伟,广东省深圳市南山区科技园"], "gbk", "gb18030"),
        (["陳大文,臺北市信義區忠孝東路五段"], "big5", "big5"),
        (["Иван Петров,Москва"], "cp1251", "cp1251"),
        (["김민수,서울특별시 강남구 테헤란로"], "euc_kr", "cp949"),
    ],
)
def test_long_files_in_legacy_code_pages(lines: list[str], encoding: str, expected: str) -> None:
    # The detector alone would take the Western file for cp1250 (Å -> Ĺ) and the Polish one for cp1252.
    text = "Name,City\n" + "\n".join(lines * (2000 // len(lines))) + "\n"
    assert decode_text(text.encode(encoding), "long.csv") == (text, expected)


def test_utf16_without_bom_is_still_text() -> None:
    text = "Order,Name\n1,Ada\n"
    assert decode_text(text.encode("utf-16-le"), "x.csv") == (text, "utf-16-le")


def test_semicolon_file_with_decimal_commas(tmp_path: Path) -> None:
    (table,) = read_tables(make_semicolon(tmp_path))
    assert table.delimiter == ";"
    assert "SEK 1,000.00" in _column(table, "Pledge Amount")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_detection_ignores_delimiters_inside_long_quoted_cells(delimiter: str) -> None:
    others = ",;|\t".replace(delimiter, "")
    noise = ("a long note, with; every | kind\tof separator " + others) * 40
    lines = [delimiter.join(["Order", "Name", "Notes"])]
    lines += [delimiter.join([str(n), f"Backer {n}", f'"{noise}"']) for n in range(1, 30)]
    assert detect_delimiter("\n".join(lines) + "\n") == delimiter


def test_every_cell_stays_text(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "messy.csv",
        ["Order", "Zip", "Country", "Tracking", "Phone", "Amount"],
        [["007", "02134", "NA", "9.25082E+11", "", "1,000.50"], ["8", "2134", "Namibia", "1Z999", " ", "-0"]],
    )
    (table,) = read_tables(path)
    assert table.rows[0] == ("007", "02134", "NA", "9.25082E+11", "", "1,000.50")
    assert table.rows[1] == ("8", "2134", "Namibia", "1Z999", " ", "-0")


def test_xlsx_reads_the_sheet_with_the_most_rows_as_text(tmp_path: Path) -> None:
    (table,) = read_tables(make_xlsx(tmp_path))
    assert table.sheet == "Backers" and table.delimiter == ""
    assert table.headers == ALL_HEADERS
    postal = _column(table, "Shipping Postal Code")
    assert postal[0] == "02134"  # a text cell keeps its zero
    assert "2134" in postal  # a number cell comes back as its digits, never 2134.0
    assert _column(table, "Shipping Phone Number")[11] == "9.25082E+11"


def test_ods_is_a_workbook_not_a_zip_of_csvs(tmp_path: Path) -> None:
    (table,) = read_tables(make_ods(tmp_path, [["Order", "Zip"], ["1", "02134"], ["2", "NA"]]))
    assert (table.sheet, table.headers, table.rows) == (
        "Orders",
        ["Order", "Zip"],
        [("1", "02134"), ("2", "NA")],
    )


def test_zip_gives_one_table_per_tier_file(tmp_path: Path) -> None:
    tables = read_tables(make_kickstarter_zip(tmp_path))
    assert [t.name for t in tables] == [*TIER_FILES.values(), "No reward - Oct 25 10pm.csv"]
    assert [t.row_count for t in tables] == [12, 5, 3, 2]
    assert all(t.label.startswith("kickstarter-backers.zip › ") for t in tables)


def test_zip_member_names_without_the_utf8_flag(tmp_path: Path) -> None:
    path = tmp_path / "tiers.zip"
    name = "59.00 EUR Édition spéciale - Oct 25 10pm.csv"
    placeholder = "x" * len(name.encode("utf-8"))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(placeholder, "Backer Number,Backer Name,Pledged Status,Pledged At\n1,Ada,collected,x\n")
    # What old tools write: UTF-8 bytes in the name, the UTF-8 flag unset.
    path.write_bytes(path.read_bytes().replace(placeholder.encode(), name.encode("utf-8")))
    (table,) = read_tables(path)
    assert table.name == name


def test_zip_skips_folders_hidden_files_and_empty_members(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("export/", "")
        archive.writestr("__MACOSX/export/._tier.csv", b"\x00\x05\x16\x07")
        archive.writestr("export/empty.csv", "")
        archive.writestr("export/tier.csv", "Order,Name\n1,Ada\n")
    (table,) = read_tables(path)
    assert (table.name, table.rows) == ("tier.csv", [("1", "Ada")])


def test_stray_quote_inside_a_cell_is_read_leniently(tmp_path: Path) -> None:
    path = tmp_path / "hand-edited.csv"
    path.write_text('Order,Name,Notes\n1,"Ada" Lovelace,5" screen\n2,Bob,ok\n', encoding="utf-8")
    (table,) = read_tables(path)
    assert table.rows == [("1", "Ada Lovelace", '5" screen'), ("2", "Bob", "ok")]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings_and_newlines_inside_cells(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "lines.csv"
    text = newline.join(["Order,Address", '1,"Flat 2' + newline + '10 Main St"', "2,Elm Road", ""])
    path.write_bytes(text.encode("utf-8"))
    (table,) = read_tables(path)
    assert table.rows == [("1", "Flat 2" + newline + "10 Main St"), ("2", "Elm Road")]


def test_unicode_line_separators_stay_inside_cells(tmp_path: Path) -> None:
    # str.splitlines would break at these; CSV breaks only at CR and LF.
    path = tmp_path / "separators.csv"
    path.write_text("Order,Notes\n1,page\x0cbreak\u2028line\x1cfield\n2,ok\n", encoding="utf-8")
    (table,) = read_tables(path)
    assert table.rows == [("1", "page\x0cbreak\u2028line\x1cfield"), ("2", "ok")]


def test_blank_lines_do_not_count_as_rows(tmp_path: Path) -> None:
    path = tmp_path / "blanks.csv"
    path.write_text("Order,Name\n1,Ada\n\n,\n2,Bob\n\n", encoding="utf-8")
    (table,) = read_tables(path)
    assert table.row_count == 2


def test_a_file_of_control_characters_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "controls.csv"
    path.write_bytes(bytes(range(1, 9)) * 40)
    with pytest.raises(ImportFileError, match=r"controls\.csv: this is not a text file"):
        read_tables(path)
