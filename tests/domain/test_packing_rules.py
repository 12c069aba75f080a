from fulfiller.domain.packing import PackItem, PackState, ScanKind

LAMP = PackItem(1, "LAMP-WH", "Lamp (White)", 1)
CABLE = PackItem(2, "CABLE", "Cable", 2)
CARD = PackItem(3, "CARD", "Thank-you card", 1, is_stock=False)
KNOWN = {"LAMP-WH": "Lamp (White)", "LAMP-BK": "Lamp (Black)", "CABLE": "Cable", "CARD": "Thank-you card"}


def _state() -> PackState:
    return PackState.of([LAMP, CABLE, CARD], KNOWN)


def test_scanning_every_item_and_ticking_the_card_completes_the_box() -> None:
    state = _state()
    assert state.scan("LAMP-WH").kind is ScanKind.OK
    first = state.scan("CABLE")
    assert (first.kind, first.remaining, first.line) == (ScanKind.OK, 1, 1)
    assert state.scan("cable ").kind is ScanKind.OK  # scanners differ in case and trailing blanks
    assert not state.complete  # the card is not in yet
    assert state.missing == [(CARD, 1)]
    assert state.tick(2).kind is ScanKind.COMPLETE
    assert state.complete and state.flags == []
    assert state.units_packed == 4


def test_a_wrong_item_is_flagged_and_not_counted() -> None:
    state = _state()
    result = state.scan("LAMP-BK")
    assert result.kind is ScanKind.WRONG_ITEM and result.is_problem
    assert "not part of this order" in result.message and "Lamp (Black)" in result.message
    assert state.units_packed == 0 and state.flags == [result]


def test_a_double_scan_is_surplus() -> None:
    state = _state()
    state.scan("LAMP-WH")
    again = state.scan("LAMP-WH")
    assert again.kind is ScanKind.SURPLUS and "SURPLUS" in again.message
    assert state.lines[0].packed == 1 and state.flags == [again]


def test_an_unknown_code() -> None:
    state = _state()
    result = state.scan("NOPE-123")
    assert result.kind is ScanKind.UNKNOWN_CODE and "NOPE-123" in result.message
    assert state.units_packed == 0


def test_untick_takes_a_unit_out() -> None:
    state = _state()
    state.scan("CABLE")
    state.untick(1)
    state.untick(1)  # never below zero
    assert state.lines[1].packed == 0


def test_ticking_a_line_by_hand_one_unit_at_a_time() -> None:
    state = PackState.of([PackItem(3, "CARD", "Card", 3, is_stock=False)])
    for _ in range(3):
        state.tick(0)
    assert state.complete
    assert state.tick(0).kind is ScanKind.SURPLUS


def test_an_empty_checklist_is_never_complete() -> None:
    assert not PackState.of([]).complete
    assert "CABLE" in _state().describe_missing()
