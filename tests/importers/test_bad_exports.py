"""Files that cannot be imported: each fails whole, before anything is returned, naming the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from make_fixtures import (
    make_bad_reward_minimum,
    make_bad_rewards_sent,
    make_binary_noise,
    make_broken_xlsx,
    make_corrupt_member_zip,
    make_damaged_zip,
    make_empty,
    make_header_only,
    make_missing_country,
    make_missing_id_column,
    make_png,
    make_sqlite,
    make_truncated,
    make_unknown_layout,
    make_zip_without_csv,
)

from fulfiller.domain.errors import UserError
from fulfiller.importers.registry import open_export
from fulfiller.importers.tables import ImportFileError
from fulfiller.importers.text_files import read_tables

CASES: list[tuple[Callable[[Path], Path], str]] = [
    (make_empty, r"^empty\.csv: the file is empty \(0 bytes\): no rows to import$"),
    (make_header_only, r"^header-only\.csv: no rows to import"),
    (make_png, r"^backers\.csv: this is not a table of backers: it looks like a PNG image$"),
    (make_sqlite, r"^campaign\.csv: .* it looks like a SQLite database$"),
    (make_binary_noise, r"^noise\.csv: this is not a text file"),
    (make_truncated, r"^truncated\.csv, row 5: a quoted cell .* never closed: .*truncated"),
    (make_damaged_zip, r"^damaged\.zip: the zip file is damaged or incomplete"),
    (
        make_corrupt_member_zip,
        r"^corrupt-member\.zip › 59\.00 USD Base Game - Oct 25 10pm\.csv: the zip file is damaged",
    ),
    (
        make_zip_without_csv,
        r"^photos\.zip: the zip file holds no CSV file \(found: readme\.md, photo\.png\)$",
    ),
    (make_broken_xlsx, r"^broken\.xlsx: this workbook cannot be opened"),
    (
        make_unknown_layout,
        r"^inventory\.csv: the columns do not match .*Kickstarter.*Indiegogo.*column mapping",
    ),
    (
        make_missing_id_column,
        r"^no-backer-number\.csv, column 'Backer Number': the backer number column is missing",
    ),
    (
        make_missing_country,
        r"^no-country\.csv, column 'Shipping Country': the file has addresses but no country",
    ),
    (
        make_bad_reward_minimum,
        r"^bad-minimum\.csv, row 4, column 'Reward Minimum': 'fifty-nine' is not an amount of money, and this "
        r"report names each backer's reward only by its minimum",
    ),
    (
        make_bad_rewards_sent,
        r"^bad-sent\.csv, row 6, column 'Rewards Sent\?': 'maybe' does not say whether the reward was sent",
    ),
]


@pytest.mark.parametrize(("make", "message"), CASES, ids=[make.__name__.removeprefix("make_") for make, _ in CASES])
def test_bad_file_fails_whole_with_a_message_naming_it(tmp_path: Path, make, message: str) -> None:  # noqa: ANN001
    path = make(tmp_path)
    with pytest.raises(ImportFileError, match=message) as caught:
        open_export(path)
    assert isinstance(caught.value, UserError)  # shown to the user as it is
    assert caught.value.file.startswith(path.name)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"^nowhere\.csv: the file does not exist") as caught:
        open_export(tmp_path / "nowhere.csv")
    assert caught.value.row is None and caught.value.column is None


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="folder"):
        open_export(tmp_path)


def test_truncation_is_found_before_any_row_is_returned(tmp_path: Path) -> None:
    # The first four rows are fine; still nothing comes back, so no half file is ever imported.
    path = make_truncated(tmp_path)
    with pytest.raises(ImportFileError) as caught:
        read_tables(path)
    assert (caught.value.file, caught.value.row) == ("truncated.csv", 5)


def test_an_unknown_layout_inside_a_zip_names_the_member(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "mixed.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("tier.csv", "Backer Number,Backer Name,Pledged At,Pledged Status\n1,Ada,x,collected\n")
        archive.writestr("stock.csv", "SKU,On hand\nA,1\n")
    with pytest.raises(ImportFileError, match=r"^mixed\.zip › stock\.csv: the columns do not match"):
        open_export(path)


def test_invalid_utf8_after_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfOrder,Name\n1,\xff\xfe\xfd\n")
    with pytest.raises(ImportFileError, match=r"^bom\.csv: the file says it is UTF-8 but byte"):
        open_export(path)


def test_utf8_cut_in_the_middle_of_a_character(tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    path.write_bytes("Backer Number,Backer Name\n1,José\n2,Zoë\n".encode()[:-2])  # "Zo" and half of "ë"
    with pytest.raises(ImportFileError, match=r"^cut\.csv, row 3: the file ends in the middle of a character"):
        open_export(path)


def test_utf8_with_a_few_bytes_of_another_encoding_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("Backer Number,Backer Name\n1,José\n".encode() + "2,Zoë\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match=r"^mixed\.csv, row 3: the file is UTF-8 up to byte \d+"):
        open_export(path)
