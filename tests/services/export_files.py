"""Small Kickstarter-style exports written on the fly, so each test says exactly what its file holds."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.importers.make_fixtures import KS2018_HEADERS

HEADERS_2018 = KS2018_HEADERS


def backer(number: int, **changes: str) -> dict[str, str]:
    row = {
        "Backer Number": str(number),
        "Backer UID": str(900000 + number),
        "Backer Name": f"Backer Number{number} Smith",
        "Email": f"backer{number}@example.com",
        "Shipping Country": "DE",
        "Shipping Amount": "$10.00",
        "Reward Title": "Aurora Lamp",
        "Reward Minimum": "$69.00",
        "Reward ID": "8123",
        "Pledge Amount": "$79.00",
        "Pledged At": "2018/03/28, 10:27",
        "Pledged Status": "collected",
        "Shipping Name": f"Backer Number{number} Smith",
        "Shipping Address 1": f"Hauptstraße {number}",
        "Shipping City": "Berlin",
        "Shipping Postal Code": "10115",
        "Shipping Country Name": "Germany",
        "Shipping Country Code": "DE",
        "Shipping Phone Number": f"+49 30 1234{number:04d}",
    }
    row.update(changes)
    return row


def write_export(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADERS_2018, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path
