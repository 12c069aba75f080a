from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fulfiller.db.models import Address, Order, Warehouse
from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.errors import Cancelled
from fulfiller.domain.order_codes import parse_order_code
from fulfiller.services.catalogue.checklist import checklists_for
from fulfiller.services.database import open_db
from fulfiller.services.printing import (
    PrintSelection,
    customs_data,
    pick_list_data,
    print_customs,
    print_labels,
    print_packing_lists,
    print_pick_list,
    selected_orders,
)

CAMPAIGN = 1


@pytest.fixture
def session(demo_db_path: Path):  # noqa: ANN201
    db = open_db(demo_db_path)
    with db.reading() as s:
        yield s
    db.close()


def _codes(pdf: Path) -> list[int]:
    found = []
    for page in PdfReader(pdf).pages:
        text = page.extract_text()
        code = next(word for word in text.split() if word.startswith("FUL-"))
        found.append(parse_order_code(code))
    return found


def test_packing_lists_in_pick_order(session, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "lists.pdf"
    count = print_packing_lists(session, CAMPAIGN, PrintSelection(), out, "Letter")
    orders = selected_orders(session, CAMPAIGN, PrintSelection())
    assert count == len(orders) > 50
    assert [o.sort_key for o in orders] == sorted(o.sort_key for o in orders)
    assert _codes(out) == [o.order_id for o in orders]
    collected = session.scalars(
        select(Order.id).where(Order.status == PledgeStatus.COLLECTED, Order.merged_into_id.is_(None))
    ).all()
    assert sorted(_codes(out)) == sorted(collected)
    assert out.stat().st_mode & 0o044  # an ordinary readable file, not a private temp file
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(("country", "native"), [("JP", "博多"), ("KR", "로"), ("SA", None), ("TH", "ถนน")])
def test_country_filter_prints_native_script(session, tmp_path: Path, country: str, native: str | None) -> None:  # noqa: ANN001
    out = tmp_path / f"{country}.pdf"
    count = print_packing_lists(session, CAMPAIGN, PrintSelection(country=country), out)
    if count == 0:
        pytest.skip(f"no {country} order in this demo")
    ids = set(session.scalars(select(Address.order_id).where(Address.country_code == country)))
    assert set(_codes(out)) <= ids
    text = PdfReader(out).pages[0].extract_text()
    if native:
        assert native in text


def test_filters_tier_warehouse_status_problem_free(session) -> None:  # noqa: ANN001
    everything = selected_orders(session, CAMPAIGN, PrintSelection(status=None))
    collected = selected_orders(session, CAMPAIGN, PrintSelection())
    assert len(everything) > len(collected)
    warehouse = session.scalars(select(Warehouse).where(Warehouse.code == "EU")).one()
    eu = selected_orders(session, CAMPAIGN, PrintSelection(warehouse_id=warehouse.id))
    assert eu and {o.warehouse_id for o in eu} == {warehouse.id}
    tier_id = session.scalars(select(Order.tier_id).where(Order.tier_id.is_not(None))).first()
    by_tier = selected_orders(session, CAMPAIGN, PrintSelection(tier_id=tier_id))
    assert by_tier and all(session.get(Order, o.order_id).tier_id == tier_id for o in by_tier)
    clean = selected_orders(session, CAMPAIGN, PrintSelection(problem_free_only=True))
    assert 0 < len(clean) < len(collected)
    some = [o.order_id for o in collected[:3]]
    assert [o.order_id for o in selected_orders(session, CAMPAIGN, PrintSelection(order_ids=tuple(some)))] == some


def test_pick_list_totals_match_the_checklists(session, tmp_path: Path) -> None:  # noqa: ANN001
    selection = PrintSelection()
    data = pick_list_data(session, CAMPAIGN, selection)
    orders = selected_orders(session, CAMPAIGN, selection)
    lists = checklists_for(session, CAMPAIGN, [o.order_id for o in orders])
    expected = sum(line.quantity for lines in lists.values() for line in lines)
    assert sum(line.quantity for d in data for line in d.lines) == expected
    assert sum(d.orders for d in data) == len(orders)
    assert all(line.bin_location for d in data for line in d.lines if line.is_stock)
    out = tmp_path / "pick.pdf"
    assert print_pick_list(session, CAMPAIGN, selection, out) == len(orders)
    assert "PICK LIST" in PdfReader(out).pages[0].extract_text()


def test_labels_and_customs(session, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "labels.pdf"
    count = print_labels(session, CAMPAIGN, PrintSelection(), out, layout="A4")
    assert len(PdfReader(out).pages) == -(-count // 8)
    declarations = customs_data(session, CAMPAIGN, PrintSelection())
    warehouses = {w.id: w.country_code for w in session.scalars(select(Warehouse))}
    for d in declarations:
        order = session.get(Order, d.order_id)
        assert order.address.country_code != warehouses[order.warehouse_id]
        assert d.lines and all(line.hs_code and line.origin_country for line in d.lines)
    assert 0 < len(declarations) < count
    out = tmp_path / "customs.pdf"
    assert print_customs(session, CAMPAIGN, PrintSelection(), out, "4x6") == len(declarations)
    assert "CN 22" in PdfReader(out).pages[0].extract_text()


def test_a_cancelled_job_leaves_no_file(session, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "lists.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        print_packing_lists(session, CAMPAIGN, PrintSelection(), out, progress=lambda d, t: seen.append((d, t)),
                            cancel=lambda: len(seen) >= 2)  # fmt: skip
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"] or not list(tmp_path.glob("*.part"))
    assert seen and seen[0][1] > 0
