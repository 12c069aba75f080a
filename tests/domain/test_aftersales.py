from datetime import date
from decimal import Decimal

import pytest

from fulfiller.domain.aftersales import (
    ClaimStatus,
    DeadlineState,
    RequestRefused,
    SpareBudget,
    check_claim_transition,
    check_request_transition,
    days_left,
    deadline_state,
    describe_deadline,
    parse_parts,
    request_refusal,
)
from fulfiller.domain.enums import ReplacementState as R
from fulfiller.domain.errors import UserError


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (R.REQUESTED, R.APPROVED),
        (R.REQUESTED, R.REJECTED),
        (R.APPROVED, R.RESHIPPED),
        (R.RESHIPPED, R.CLOSED),
        (R.REJECTED, R.CLOSED),
    ],
)
def test_the_request_lifecycle_allows_its_steps(current: R, new: R) -> None:
    assert request_refusal(current, new) is None
    check_request_transition(current, new)


@pytest.mark.parametrize(
    ("current", "new", "words"),
    [
        (R.REQUESTED, R.RESHIPPED, "approve it first"),
        (R.REQUESTED, R.CLOSED, "approve or reject it first"),
        (R.APPROVED, R.CLOSED, "pack the reship parcel first"),
        (R.APPROVED, R.REJECTED, "approved already"),
        (R.REJECTED, R.APPROVED, "log a new request"),
        (R.RESHIPPED, R.REJECTED, "cannot be rejected"),
        (R.CLOSED, R.APPROVED, "closed"),
        (R.CLOSED, R.CLOSED, "closed already"),
    ],
)
def test_refused_request_changes_say_why(current: R, new: R, words: str) -> None:
    with pytest.raises(RequestRefused, match=words) as refused:
        check_request_transition(current, new)
    assert isinstance(refused.value, UserError)
    assert str(refused.value).startswith(f"A request that is {current.value} cannot become {new.value}.")


def test_claim_status_workflow() -> None:
    check_claim_transition(ClaimStatus.OPEN, ClaimStatus.SUBMITTED)
    check_claim_transition(ClaimStatus.SUBMITTED, ClaimStatus.PAID)
    check_claim_transition(ClaimStatus.REFUSED, ClaimStatus.SUBMITTED)
    check_claim_transition(ClaimStatus.PAID, ClaimStatus.CLOSED)
    with pytest.raises(UserError, match="It can become: closed, submitted"):
        check_claim_transition(ClaimStatus.OPEN, ClaimStatus.PAID)
    with pytest.raises(UserError, match="final"):
        check_claim_transition(ClaimStatus.CLOSED, ClaimStatus.OPEN)


def test_claim_deadlines() -> None:
    today = date(2025, 3, 10)
    assert days_left(date(2025, 3, 17), today) == 7
    assert deadline_state(date(2025, 3, 17), today, 7) is DeadlineState.DUE_SOON
    assert deadline_state(date(2025, 3, 18), today, 7) is DeadlineState.LATER
    assert deadline_state(date(2025, 3, 10), today, 0) is DeadlineState.DUE_SOON
    assert deadline_state(date(2025, 3, 9), today) is DeadlineState.OVERDUE
    assert describe_deadline(date(2025, 3, 9), today) == "overdue by 1 day(s)"
    assert describe_deadline(today, today) == "due today"
    assert describe_deadline(date(2025, 3, 12), today) == "2 day(s) left"
    with pytest.raises(ValueError):
        deadline_state(today, today, -1)


def test_spare_budget_maths_on_a_small_example() -> None:
    # 1,000 units in all at 10 %: 100 spares. 400 shipped, 20 replaced: 5 % so far, 600 still to ship.
    budget = SpareBudget(total_units=1000, shipped_units=400, used=20, spare_percent=Decimal("10"))
    assert budget.planned == 100
    assert budget.left == 80
    assert budget.to_ship == 600
    assert budget.loss_rate == Decimal("0.0500")
    assert budget.planned_rate == Decimal("0.1000")
    assert budget.projected_need == 30  # 5 % of 600
    assert not budget.runs_out and budget.warning("X") is None


def test_spare_budget_warns_when_the_rate_outruns_the_plan() -> None:
    # 200 units at 5 %: 10 spares. 100 shipped, 7 replaced (7 %), 100 still to ship -> 7 more needed, 3 left.
    budget = SpareBudget(total_units=200, shipped_units=100, used=7, spare_percent=Decimal("5"))
    assert (budget.planned, budget.left, budget.projected_need) == (10, 3, 7)
    assert budget.runs_out
    warning = budget.warning("LAMP at US")
    assert warning is not None and "LAMP at US" in warning and "7.0 %" in warning and "5 % planned" in warning


def test_spare_budget_rounds_the_need_up_and_counts_committed_units() -> None:
    budget = SpareBudget(total_units=130, shipped_units=30, used=1, spare_percent=Decimal("10"), committed=2)
    assert budget.planned == 13
    assert budget.projected_need == 4 + 2  # 1/30 of 100 = 3.33 -> 4, plus 2 approved but not reshipped
    assert budget.left == 12 and not budget.runs_out


def test_spare_budget_overspent_and_edge_cases() -> None:
    over = SpareBudget(total_units=10, shipped_units=10, used=3, spare_percent=Decimal("10"))
    assert over.planned == 1 and over.left == -2 and over.runs_out
    assert "2 more than the 1 spare(s) planned" in (over.warning("X") or "")
    fresh = SpareBudget(total_units=50, shipped_units=0, used=0, spare_percent=Decimal("12"))
    assert fresh.loss_rate is None and fresh.projected_need == 0 and not fresh.runs_out
    with pytest.raises(ValueError):
        SpareBudget(total_units=-1, shipped_units=0, used=0, spare_percent=Decimal("1"))


def test_parts_are_typed_as_sku_and_units() -> None:
    assert parse_parts("LAMP-WH:1, cable : 2,SHADE,") == [("LAMP-WH", 1), ("cable", 2), ("SHADE", 1)]
    for bad, said in (
        ("", "Name the parts"),
        (" , ", "Name the parts"),
        ("LAMP-WH:0", "not SKU:QTY"),
        ("LAMP-WH:-1", "not SKU:QTY"),
        ("LAMP-WH:1.5", "not SKU:QTY"),
        (":2", "not SKU:QTY"),
        ("LAMP-WH:", "not SKU:QTY"),
        ("LAMP-WH:1,lamp-wh:2", "lamp-wh is named twice"),
    ):
        with pytest.raises(UserError, match=said):
            parse_parts(bad)
