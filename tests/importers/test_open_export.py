"""open_export end to end: the same backers in every encoding and container, row by row."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from make_fixtures import (
    GBK_SAFE,
    WESTERN,
    make_cp1252,
    make_gbk,
    make_kickstarter_2018,
    make_ragged_rows,
    make_semicolon,
    make_utf16_tab,
    make_xlsx,
    write_samples,
)

from fulfiller.domain.records import RawOrder, RowRejected
from fulfiller.importers.registry import FORMATS, checksum, open_export
from fulfiller.importers.tables import ImportFileError

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _comparable(path: Path) -> list[tuple]:
    records = list(open_export(path).records())
    assert all(isinstance(r, RawOrder) for r in records)
    return [(r.row, r.platform_order_id, r.backer_name, r.address, r.pledge_amount, r.extra) for r in records]


@pytest.mark.parametrize("make", [make_utf16_tab, make_semicolon, make_xlsx])
def test_same_records_whatever_the_container(tmp_path: Path, make) -> None:  # noqa: ANN001
    reference = _comparable(make_kickstarter_2018(tmp_path))
    assert _comparable(make(tmp_path)) == reference


@pytest.mark.parametrize(("make", "backers"), [(make_cp1252, WESTERN), (make_gbk, GBK_SAFE)])
def test_same_records_in_legacy_code_pages(tmp_path: Path, make, backers) -> None:  # noqa: ANN001
    reference = [r for r in _comparable(make_kickstarter_2018(tmp_path))]
    wanted = {str(b.number) for b in backers}
    expected = [(n, *rest) for n, (_, *rest) in enumerate((r for r in reference if r[1] in wanted), start=2)]
    assert _comparable(make(tmp_path)) == expected


def test_values_are_trimmed_and_otherwise_untouched(tmp_path: Path) -> None:
    path = tmp_path / "spaces.csv"
    path.write_text(
        "Backer Number,Backer Name,Pledged At,Pledged Status,Shipping Postal Code,Shipping Country\n"
        ' 0042 ,  Ada Lovelace\u3000,"2018/03/28, 10:27",collected,\t02134 , NA \n',
        encoding="utf-8",
    )
    (order,) = open_export(path).records()
    assert isinstance(order, RawOrder)
    assert (order.platform_order_id, order.backer_name, order.address.postal_code, order.address.country) == (
        "0042",
        "Ada Lovelace",
        "02134",
        "NA",
    )


def test_bad_rows_are_rejected_one_by_one(tmp_path: Path) -> None:
    export = open_export(make_ragged_rows(tmp_path))
    assert export.total_rows == 8  # the blank line is not a row
    records = list(export.records())
    rejected = [r for r in records if isinstance(r, RowRejected)]
    assert [(r.source, r.row, r.column) for r in rejected] == [
        ("ragged.csv", 3, ""),
        ("ragged.csv", 5, ""),
        ("ragged.csv", 7, "Backer Number"),
    ]
    assert "26 cells but the header has 29 columns" in rejected[0].reason
    assert "30 cells" in rejected[1].reason
    assert str(rejected[2]) == "ragged.csv, row 7, column 'Backer Number': the order id is empty"
    assert [r.row for r in records if isinstance(r, RawOrder)] == [2, 4, 6, 8, 10]  # row 9 is blank


def test_trailing_empty_cells_are_not_a_long_row(tmp_path: Path) -> None:
    path = tmp_path / "trailing.csv"
    path.write_text("Backer Number,Backer Name,Pledged At,Pledged Status\n1,Ada,x,collected,,\n", encoding="utf-8")
    (order,) = open_export(path).records()
    assert isinstance(order, RawOrder)


def test_records_can_be_read_twice(tmp_path: Path) -> None:
    export = open_export(make_kickstarter_2018(tmp_path))
    assert list(export.records()) == list(export.records())


def test_explicit_formats(tmp_path: Path) -> None:
    path = make_kickstarter_2018(tmp_path)
    assert open_export(path, format="kickstarter").format == "kickstarter-2018"
    assert open_export(path, format="kickstarter-2013").format == "kickstarter-2018"  # the header decides
    with pytest.raises(ImportFileError, match=r"column 'Order No\.'"):
        open_export(path, format="indiegogo")
    with pytest.raises(ValueError, match="unknown export format"):
        open_export(path, format="shopify")
    assert {"auto", "kickstarter-2023", "indiegogo", "backerkit", "pledgebox", "gamefound"} <= set(FORMATS)


def test_checksum_is_the_sha256_of_the_bytes(tmp_path: Path) -> None:
    path = make_kickstarter_2018(tmp_path)
    assert checksum(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ImportFileError, match="gone.csv"):
        checksum(tmp_path / "gone.csv")


def test_shipped_samples_open_cleanly(tmp_path: Path) -> None:
    expected = {p.name: p.read_bytes() for p in write_samples(tmp_path)}
    assert {p.name: p.read_bytes() for p in SAMPLES.iterdir() if p.name in expected} == expected
    formats = {}
    for name in expected:
        export = open_export(SAMPLES / name)
        records = list(export.records())
        assert all(isinstance(r, RawOrder) for r in records) and len(records) >= 20
        formats[name] = export.format
    assert formats == {
        "kickstarter-2023-backer-report.csv": "kickstarter-2023",
        "kickstarter-older-layout-backer-report.csv": "kickstarter-2014",
        "kickstarter-backer-report-by-tier.zip": "kickstarter-2018",
        "indiegogo-contributions.csv": "indiegogo",
        "pledgebox-orders.csv": "mapped:pledgebox",
    }


def test_the_compiled_row_builder_agrees_with_the_general_one(tmp_path: Path) -> None:
    from make_fixtures import GOOD, make_ragged_rows

    from fulfiller.importers.registry import open_export as open_

    for name, make in [*GOOD.items(), ("ragged", make_ragged_rows)]:
        export = open_(make(tmp_path), format="backerkit" if name == "backerkit" else "auto")
        for table, plan in zip(export._tables, export._plans, strict=True):
            fast = plan.builder()
            for row, cells in enumerate(table.rows, start=table.first_row):
                assert repr(fast(row, cells)) == repr(plan.build(row, cells)), (table.name, row)


def test_a_record_carries_the_digest_of_what_the_export_said_about_it() -> None:
    from fulfiller.importers.layouts import RowPlan, build_records

    headers = ["Backer Number", "Backer Name", "Shipping Country"]
    fields = {"platform_order_id": (0,), "backer_name": (1,), "address.country": (2,)}
    plan = RowPlan("lamp.csv", headers, fields, fallbacks={"reward_title": "Aurora Lamp"})
    other_tier = RowPlan("duo.csv", headers, fields, fallbacks={"reward_title": "Aurora Duo"})

    def digests(plan: RowPlan, first_row: int, rows: list[tuple[str, ...]]) -> list[str]:
        return [record.digest for record in build_records(plan, first_row, rows)]

    ada, grace = ("1", "Ada", "DE"), ("2", "Grace", "US")
    same = digests(plan, 2, [ada, grace])
    assert len(set(same)) == 2 and all(len(d) == 32 for d in same)
    assert digests(plan, 40, [grace, ada]) == same[::-1]  # where the row sits does not count
    assert digests(plan, 2, [("1", "Ada", "FR")])[0] != same[0]  # a changed cell does
    assert digests(other_tier, 2, [ada])[0] != same[0]  # and so does the tier a file name gives
