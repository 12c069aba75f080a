"""The campaign every journey starts from, built through the command line as a team would: the sample
Kickstarter report imported, a kit sheet loaded, two warehouses with their countries, orders
assigned, and a first wave made."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from fulfiller.cli import main
from fulfiller.domain.carriers import s10_check_digit

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "kickstarter-2023-backer-report.csv"

# What the sample's rewards hold: one row per kit line (the kit sheet of the README).
KIT_SHEET = [
    ("Base Game", "BG-BOX", 1, "Base game box", 1200),
    ("Expansion + Base Game", "BG-BOX", 1, "Base game box", 1200),
    ("Expansion + Base Game", "EXP-BOX", 1, "Expansion box", 600),
    ("Collector's Edition", "BG-BOX", 1, "Base game box", 1200),
    ("Collector's Edition", "EXP-BOX", 1, "Expansion box", 600),
    ("Collector's Edition", "COL-PIN", 1, "Enamel pin", 20),
    ("Flitt Locust Pendant", "PEND", 1, "Flitt Locust pendant", 30),
    ("Extra Dice Set", "DICE", 1, "Extra dice set", 80),
]

# Of the sample's 20 backers: 19 collected pledges, 3 of them with an address error a carrier would
# refuse; 4 orders to ship from the US warehouse (US, CA), 15 from Rotterdam (the rest of the world).
COLLECTED, ADDRESS_ERRORS, US_ORDERS, EU_ORDERS = 19, 3, 4, 15


@dataclass
class Journey:
    db: Path
    folder: Path
    capsys: pytest.CaptureFixture[str]

    def run(self, *argv: str) -> str:
        """One command, as typed; fails the test unless it succeeds."""
        code = main([*argv, "--db", str(self.db)])
        out, err = self.capsys.readouterr()
        assert code == 0, err
        return out

    def json(self, *argv: str) -> object:
        return json.loads(self.run(*argv, "--json"))

    def refused(self, *argv: str) -> str:
        """One command that must fail with a one-line message, and its message."""
        code = main([*argv, "--db", str(self.db)])
        out, err = self.capsys.readouterr()
        assert code == 1 and err.startswith("fulfiller: error: ") and err.count("\n") == 1, (code, out, err)
        return err


def build(folder: Path, capsys: pytest.CaptureFixture[str]) -> Journey:
    journey = Journey(folder / "campaign.sqlite", folder, capsys)
    imported = journey.json("import", str(SAMPLE))
    assert (imported["added"], imported["rejected"], imported["orders_with_errors"]) == (20, 0, ADDRESS_ERRORS)
    sheet = folder / "kits.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kit", "sku", "quantity", "name", "weight_g", "hs_code", "origin", "customs_value",
                         "currency"])  # fmt: skip
        writer.writerows([(*line, "950490", "CN", "10.00", "USD") for line in KIT_SHEET])
    loaded = journey.json("kits", "--load", str(sheet))
    assert loaded["lines"] == len(KIT_SHEET)
    journey.run("warehouse", "add", "US", "--name", "US warehouse", "--country", "US", "--serves", "US CA")
    journey.run("warehouse", "add", "EU", "--name", "Rotterdam", "--country", "NL", "--serves", "*")
    assigned = journey.json("warehouse", "assign")
    assert assigned["per_warehouse"] == {"EU": EU_ORDERS, "US": US_ORDERS}
    return journey


def wave(journey: Journey, name: str = "Wave 1") -> dict[str, int]:
    """The first wave of every order that can ship; its parcels per warehouse."""
    made = journey.json("wave", "create", name, "--ship-date", "2026-12-14")
    assert made["left_out"] == {"not_collected": 1, "address_error": ADDRESS_ERRORS}
    parcels = {w["warehouse_code"]: w["parcels"] for w in made["waves"]}
    assert sum(parcels.values()) == COLLECTED - ADDRESS_ERRORS
    return parcels


def tracking_number(serial: int, country: str = "CN") -> str:
    digits = f"{serial:08d}"
    return f"LX{digits}{s10_check_digit(digits)}{country}"


def order_refs(rows: list[list[str]], headers: list[str], column: str) -> list[str]:
    """The order references of an exported file, each once, in file order."""
    index = headers.index(column)
    return list(dict.fromkeys(row[index] for row in rows))
