"""The log says what happened, by ids and counts, and never who: no name, e-mail, address or phone."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path

import pytest

from fulfiller.logs import LOGGER, log_event, log_file, start_logging
from fulfiller.services.database import open_db
from fulfiller.services.importing.run import import_export

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "kickstarter-2023-backer-report.csv"
PERSONAL = ("name", "email", "address", "phone", "city", "postal", "zip")


@pytest.fixture
def log(tmp_path: Path):
    path = start_logging(tmp_path)
    yield path
    for handler in list(logging.getLogger(LOGGER).handlers):
        logging.getLogger(LOGGER).removeHandler(handler)
        handler.close()


def _personal_values(path: Path) -> set[str]:
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    return {
        value.strip()
        for row in rows
        for header, value in row.items()
        if header and any(word in header.casefold() for word in PERSONAL) and len(value.strip()) >= 4
    }


def test_an_import_is_one_line_of_ids_and_counts(log: Path, tmp_path: Path) -> None:
    db = open_db(tmp_path / "campaign.sqlite", create=True)
    try:
        summary = import_export(db, SAMPLE, operator="Mei")
    finally:
        db.close()
    lines = log.read_text(encoding="utf-8").splitlines()
    imports = [line for line in lines if " import " in line]
    assert len(imports) == 1
    assert f"batch={summary.batch_id}" in imports[0] and f"added={summary.added}" in imports[0]
    assert f"rows={summary.rows}" in imports[0]
    personal = _personal_values(SAMPLE)
    assert len(personal) > 20  # names, e-mails, streets and phones of the sample file
    text = log.read_text(encoding="utf-8")
    assert [value for value in personal if value in text] == []
    assert "Mei" not in text  # not even who imported it


def test_text_that_is_not_a_code_is_written_as_its_length_only(log: Path) -> None:
    log_event("export", format="shipstation", partner="Emily Carter's warehouse", orders=12)
    line = log.read_text(encoding="utf-8").strip()
    assert line.endswith("INFO export format=shipstation partner=<24 chars> orders=12")


def test_the_log_lives_in_the_data_folder(tmp_path: Path) -> None:
    assert log_file(tmp_path) == tmp_path / "fulfiller.log"
