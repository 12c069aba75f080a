"""One box being packed: the order's checklist, ticked line by line by scanning each item's barcode
(its SKU) or by hand, with every wrong or surplus item flagged rather than silently counted.

Non-stock lines (a hand-written thank-you card) carry no barcode: they are ticked by hand, and they
count for completion like any other line, because the card must go in the box.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from fulfiller.domain.messages import Message, message


class ScanKind(StrEnum):
    OK = "ok"  # a line was ticked; more to go
    COMPLETE = "complete"  # that tick completed the whole checklist
    WRONG_ITEM = "wrong item"  # a known item, but not part of this order
    SURPLUS = "surplus"  # part of this order, but enough of it is in the box already
    UNKNOWN_CODE = "unknown code"  # no item has this barcode
    SAME_ORDER = "same order"  # the order being packed was scanned again
    OTHER_ORDER = "other order"  # another order's code while this one is still open
    TRACKING = "tracking"  # a tracking number (the box is closed with it once complete)
    PACKED = "packed"  # an item scanned for a parcel packed already: only its tracking number is wanted


PROBLEMS = frozenset(
    {ScanKind.WRONG_ITEM, ScanKind.SURPLUS, ScanKind.UNKNOWN_CODE, ScanKind.OTHER_ORDER, ScanKind.PACKED}
)


@dataclass(frozen=True, slots=True)
class PackItem:
    """One line of the checklist as the pack station needs it."""

    item_id: int
    sku: str
    name: str
    quantity: int
    is_stock: bool = True


@dataclass
class PackLine:
    item: PackItem
    packed: int = 0

    @property
    def remaining(self) -> int:
        return self.item.quantity - self.packed

    @property
    def done(self) -> bool:
        return self.packed >= self.item.quantity


@dataclass(frozen=True, slots=True)
class ScanResult:
    kind: ScanKind
    code: str
    note: Message  # what the station says about this scan
    line: int | None = None  # index of the line concerned, when there is one
    remaining: int = 0  # units still missing on that line

    @property
    def is_problem(self) -> bool:
        return self.kind in PROBLEMS

    @property
    def message(self) -> str:
        return str(self.note)


def _key(code: str) -> str:
    return code.strip().casefold()


@dataclass
class PackState:
    """The checklist and what is in the box so far. `known_codes` maps every barcode of the campaign
    (upper/lower case alike) to a name, so an item of another order is told from a mistyped code."""

    lines: list[PackLine]
    known_codes: dict[str, str] = field(default_factory=dict)
    flags: list[ScanResult] = field(default_factory=list)  # every problem scanned, in order

    def __post_init__(self) -> None:
        self.known_codes = {_key(code): name for code, name in self.known_codes.items()}
        self._by_sku: dict[str, int] = {}
        for index, line in enumerate(self.lines):
            self._by_sku.setdefault(_key(line.item.sku), index)

    @classmethod
    def of(cls, items: list[PackItem], known_codes: dict[str, str] | None = None, *, boxed: bool = False) -> PackState:
        """The checklist of these items; with `boxed`, every unit is in the box already (a parcel packed earlier)."""
        return cls([PackLine(item, item.quantity if boxed else 0) for item in items], dict(known_codes or {}))

    # --- What is in the box ---

    @property
    def complete(self) -> bool:
        """Every line (non-stock ones too) fully ticked; an empty checklist is never complete."""
        return bool(self.lines) and all(line.done for line in self.lines)

    @property
    def missing(self) -> list[tuple[PackItem, int]]:
        return [(line.item, line.remaining) for line in self.lines if not line.done]

    def describe_missing(self) -> str:
        # Item names and SKUs are the campaign's own words: the same in every language.
        return ", ".join(f"{count} × {item.name} ({item.sku})" for item, count in self.missing)

    @property
    def units_packed(self) -> int:
        return sum(line.packed for line in self.lines)

    # --- Scanning and ticking ---

    def is_item_code(self, code: str) -> bool:
        return _key(code) in self._by_sku or _key(code) in self.known_codes

    def scan(self, code: str) -> ScanResult:
        """An item's barcode was scanned: tick one unit of its line, or say what is wrong."""
        key = _key(code)
        index = self._by_sku.get(key)
        if index is None:
            # An item of this order listed under two lines is not possible (one line per item).
            if key in self.known_codes:
                return self._flag(
                    ScanKind.WRONG_ITEM,
                    code,
                    message(
                        "pack.wrong_item",
                        "WRONG ITEM: {item} ({code}) is not part of this order. Take it out of the box.",
                        item=self.known_codes[key],
                        code=code.strip(),
                    ),
                )
            return self._flag(
                ScanKind.UNKNOWN_CODE,
                code,
                message("pack.unknown_code", "Unknown barcode “{code}”: no item has it.", code=code.strip()),
            )
        return self.tick(index, code=code)

    def tick(self, index: int, *, code: str = "") -> ScanResult:
        """One more unit of this line is in the box (scanned, or ticked by hand)."""
        line = self.lines[index]
        code = code.strip() or line.item.sku
        if line.done:
            return self._flag(
                ScanKind.SURPLUS,
                code,
                message(
                    "pack.surplus",
                    "SURPLUS: the order needs {quantity} × {item} and all are in the box already. "
                    "Take the extra one out.",
                    quantity=line.item.quantity,
                    item=line.item.name,
                ),
                index,
            )
        line.packed += 1
        if self.complete:
            done = message("pack.complete", "All items are in the box: scan the tracking number.")
            return ScanResult(ScanKind.COMPLETE, code, done, index)
        ticked = message(
            "pack.ticked", "{item}: {packed} of {quantity}", item=line.item.name, packed=line.packed,
            quantity=line.item.quantity,
        )  # fmt: skip
        return ScanResult(ScanKind.OK, code, ticked, index, line.remaining)

    def untick(self, index: int) -> None:
        """Take one unit of this line out again (a wrong tick)."""
        line = self.lines[index]
        if line.packed > 0:
            line.packed -= 1

    def _flag(self, kind: ScanKind, code: str, note: Message, index: int | None = None) -> ScanResult:
        result = ScanResult(kind, code.strip(), note, index, self.lines[index].remaining if index is not None else 0)
        self.flags.append(result)
        return result

    def flag(self, kind: ScanKind, code: str, note: Message) -> ScanResult:
        """Record a problem found outside the checklist (another order's code scanned mid-pack)."""
        return self._flag(kind, code, note)
