"""What every export layout shares: which columns feed which `RawOrder` field, applied row by row.

A layout (Kickstarter, Indiegogo, a saved column mapping) looks at a table's header once and returns a
`RowPlan`; the plan turns each row into a `RawOrder`, or a `RowRejected` when the row cannot be read.

Canonical field names are the attribute names of `RawOrder`, and "address.<attribute>" for the
attributes of `RawAddress`: "platform_order_id", "email", "address.postal_code", "address.country" ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from functools import partial
from hashlib import blake2b
from operator import itemgetter, methodcaller

from fulfiller.domain.messages import Message, message
from fulfiller.domain.normalise import OrderColumns
from fulfiller.domain.parsing import read_money
from fulfiller.domain.records import RawAddOn, RawAddress, RawItem, RawOrder, RowRejected
from fulfiller.domain.rewards import rewards_sent
from fulfiller.importers.tables import ImportFileError

# In the dataclasses' own order: rows are built with positional arguments, which is much faster.
_NOT_TEXT = {"source", "row", "address", "add_ons", "items", "extra", "digest"}
ORDER_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(RawOrder) if f.name not in _NOT_TEXT)
ADDRESS_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(RawAddress))
ADDRESS_PREFIX = "address."
CANONICAL_FIELDS: tuple[str, ...] = ORDER_FIELDS + tuple(ADDRESS_PREFIX + name for name in ADDRESS_FIELDS)
ORDER_ID = "platform_order_id"
if ORDER_FIELDS[0] != ORDER_ID:  # the builders read the order id as the first field
    raise ImportError(f"RawOrder's first text field is {ORDER_FIELDS[0]!r}, expected {ORDER_ID!r}")
# Mapping any of these means the file carries addresses, and an address needs its country.
ADDRESS_LINE_FIELDS = ("address.line1", "address.city", "address.postal_code", "address.state")
NO_COUNTRY = message(
    "import.no_country_column", "the file has addresses but no country column; every address needs its country"
)


def normalise_header(header: str) -> str:
    """Header text compared loosely: case, repeated spaces and a stray BOM do not matter."""
    return " ".join(header.replace("\ufeff", "").split()).casefold()


class HeaderIndex:
    """Where each header sits, found by its loose name; duplicates keep every position."""

    def __init__(self, headers: Sequence[str]) -> None:
        self._positions: dict[str, list[int]] = {}
        for index, header in enumerate(headers):
            self._positions.setdefault(normalise_header(header), []).append(index)

    def find(self, *names: str) -> int | None:
        """The first column among `names` (tried in order) that the table has."""
        for name in names:
            positions = self._positions.get(normalise_header(name))
            if positions:
                return positions[0]
        return None

    def find_all(self, *names: str) -> tuple[int, ...]:
        """Every column among `names` the table has, in the order of `names` (for "first filled wins")."""
        found: list[int] = []
        for name in names:
            found.extend(i for i in self._positions.get(normalise_header(name), []) if i not in found)
        return tuple(found)

    def has(self, name: str) -> bool:
        return normalise_header(name) in self._positions


@dataclass(frozen=True, slots=True)
class AddOnColumn:
    index: int
    title: str
    platform_id: str = ""


@dataclass(frozen=True, slots=True)
class ItemColumns:
    """One item line spread over columns: Indiegogo's repeated Item Name/SKU/Options group, or a
    Kickstarter item-quantity column (name from the header, quantity from the cell)."""

    name: int | None = None
    sku: int | None = None
    options: tuple[int, ...] = ()
    quantity: int | None = None
    fixed_name: str = ""  # the item's name when the header gives it


@dataclass(slots=True)
class RowPlan:
    """How the rows of one table become RawOrders."""

    source: str  # RawOrder.source: the file name or zip member name
    headers: list[str]
    fields: dict[str, tuple[int, ...]]  # canonical field -> columns; the first filled one wins
    fallbacks: dict[str, str] = field(default_factory=dict)  # canonical field -> value when all empty
    extras: list[tuple[str, int]] = field(default_factory=list)  # extra key -> column
    add_ons: list[AddOnColumn] = field(default_factory=list)
    items: list[ItemColumns] = field(default_factory=list)
    # Goes into every row's digest: a new reading of the same cells (a tier found where none was) makes
    # the rows of an earlier import of the same file count as changed, so they are read again.
    digest_tag: str = ""
    width: int = field(init=False)
    id_column: str = field(init=False)  # the order id's header, for messages
    _virtual: list[str] = field(init=False, repr=False)
    _order_get: Callable[[list[str]], Sequence[str]] = field(init=False, repr=False)
    _order_chains: list[tuple[int, tuple[int, ...]]] = field(init=False, repr=False)
    _address_get: Callable[[list[str]], tuple[str, ...]] = field(init=False, repr=False)
    _address_chains: list[tuple[int, tuple[int, ...]]] = field(init=False, repr=False)
    _extra_keys: tuple[str, ...] = field(init=False, repr=False)
    _extra_get: Callable[[list[str]], tuple[str, ...]] = field(init=False, repr=False)
    _compiled: Callable[[int, Sequence[str]], RawOrder | RowRejected | None] | None = field(init=False, repr=False)
    _chains: dict[str, tuple[int, ...]] = field(init=False, repr=False)  # canonical field -> its chain

    def __reduce__(self) -> tuple[type[RowPlan], tuple[object, ...]]:
        # Rebuilt from what it was made of: the getters and the compiled builder do not pickle.
        return RowPlan, (
            self.source, self.headers, self.fields, self.fallbacks, self.extras, self.add_ons, self.items,
            self.digest_tag,
        )  # fmt: skip

    def __post_init__(self) -> None:
        self._compiled = None
        self.width = len(self.headers)
        self.id_column = self.headers[self.fields[ORDER_ID][0]] if self.fields.get(ORDER_ID) else ""
        # Each row's stripped cells get these values appended: "" for fields without a column, then
        # the fallbacks. Every field is then a chain of positions in that list, read by itemgetter.
        self._virtual = ["", *self.fallbacks.values()]
        fallback_at = {name: self.width + 1 + i for i, name in enumerate(self.fallbacks)}

        def chain(name: str) -> tuple[int, ...]:
            found = self.fields.get(name, ()) + ((fallback_at[name],) if name in fallback_at else ())
            return found or (self.width,)

        self._chains = {name: chain(name) for name in CANONICAL_FIELDS}
        order = [self._chains[name] for name in ORDER_FIELDS]
        address = [self._chains[ADDRESS_PREFIX + name] for name in ADDRESS_FIELDS]
        self._order_get = _getter([c[0] for c in order])
        self._order_chains = [(i, c) for i, c in enumerate(order) if len(c) > 1]
        self._address_get = _getter([c[0] for c in address])
        self._address_chains = [(i, c) for i, c in enumerate(address) if len(c) > 1]
        self._extra_keys = tuple(key for key, _ in self.extras)
        self._extra_get = _getter([index for _, index in self.extras])

    def build(self, row: int, cells: Sequence[str]) -> RawOrder | RowRejected | None:
        """The RawOrder of one data row (`row`: its spreadsheet row number); None for a blank row."""
        values = list(map(str.strip, cells))
        width = self.width
        if len(values) != width:
            if not any(values):
                return None
            if len(values) < width or any(values[width:]):
                return RowRejected(
                    self.source,
                    row,
                    "",
                    f"this row has {len(values)} cells but the header has {width} columns; "
                    "a delimiter or a quote is probably missing or extra",
                )
            del values[width:]  # trailing empty cells ("a,b,c,,") lose nothing
        values += self._virtual
        order = self._order_get(values)
        if self._order_chains:
            order = _follow_chains(order, self._order_chains, values)
        if not order[0]:
            if not any(values[:width]):
                return None
            return RowRejected(self.source, row, self.id_column, "the order id is empty")
        address = self._address_get(values)
        if self._address_chains:
            address = _follow_chains(address, self._address_chains, values)
        return RawOrder(
            self.source,
            row,
            *order,
            RawAddress(*address),
            self._add_ons(values) if self.add_ons else [],
            self._items(values) if self.items else [],
            dict(zip(self._extra_keys, self._extra_get(values), strict=False)),
        )

    def builder(self) -> Callable[[int, Sequence[str]], RawOrder | RowRejected | None]:
        """`build`, compiled for this plan's columns: the hot loop of 250,000 rows.

        A row of the header's width with an order id, the usual case, is built by a function written
        for this table (cell positions as constants, extras as a dict display): measured 40% faster than
        `build`. Every other row goes to `build`, which has the last word on blank and rejected rows.
        """
        if self._compiled is None:  # compiled once: a large file is built span by span
            self._compiled = _compile_builder(self)
        return self._compiled

    def columns(self, first_row: int, rows: Sequence[Sequence[str]]) -> tuple[OrderColumns, list[str]] | None:
        """The records of consecutive data rows as columns, and each row's digest, as `build_records` would
        make them: when every row has the header's width and an order id (else None: `build` has the last
        word on blank and rejected rows, one row at a time)."""
        count, width = len(rows), self.width
        if not count or any(len(cells) != width for cells in rows):
            return None
        cells = [list(map(str.strip, column)) for column in zip(*rows, strict=True)]
        cells += [[value] * count for value in self._virtual]  # as `build` appends them to each row
        text = {name: _first_filled([cells[index] for index in chain]) for name, chain in self._chains.items()}
        if not all(text[ORDER_ID]):
            return None
        add_ons: list[list[RawAddOn]] = [[] for _ in range(count)] if self.add_ons else [[]] * count
        for column in self.add_ons:
            for row, quantity in enumerate(cells[column.index]):
                if quantity and quantity != "0":
                    add_ons[row].append(RawAddOn(title=column.title, platform_id=column.platform_id, quantity=quantity))
        items = [self._items(list(values)) for values in zip(*cells, strict=True)] if self.items else [[]] * count
        extra_values = list(zip(*(cells[index] for _, index in self.extras), strict=True))
        columns = OrderColumns(
            [self.source] * count, range(first_row, first_row + count), text, add_ons, items,
            [self._extra_keys] * count, extra_values or [()] * count,
        )  # fmt: skip
        return columns, cell_digests(self, rows)

    def _add_ons(self, values: list[str]) -> list[RawAddOn]:
        found = []
        for column in self.add_ons:
            quantity = values[column.index]
            if quantity and quantity != "0":
                found.append(RawAddOn(title=column.title, platform_id=column.platform_id, quantity=quantity))
        return found

    def _items(self, values: list[str]) -> list[RawItem]:
        found = []
        for group in self.items:
            name = values[group.name] if group.name is not None else group.fixed_name
            sku = values[group.sku] if group.sku is not None else ""
            quantity = values[group.quantity] if group.quantity is not None else "1"
            if quantity in ("", "0") or not (name or sku):
                continue
            options = tuple(option for i in group.options if (option := values[i]))
            found.append(RawItem(name=name, sku=sku, options=options, quantity=quantity))
        return found


def _first_filled(columns: list[list[str]]) -> list[str]:
    """Each row's first filled cell among `columns` (a field's chain), else its last cell."""
    first = columns[0]
    for other in columns[1:]:
        first = [a or b for a, b in zip(first, other, strict=True)]
    return first


def cell_digests(plan: RowPlan, rows: Iterable[Sequence[str]]) -> list[str]:
    """The digest `build_records` gives the record of each row (of an order: not blank, not rejected)."""
    supplied = plan.digest_tag + CELL_SEPARATOR.join(plan.fallbacks.values()) + "\n"
    texts = map(supplied.__add__, map(CELL_SEPARATOR.join, rows))
    hashes = map(partial(blake2b, digest_size=16), map(methodcaller("encode", "utf-8", "surrogatepass"), texts))
    return list(map(methodcaller("hexdigest"), hashes))


def build_records(plan: RowPlan, first_row: int, rows: Iterable[Sequence[str]]) -> Iterator[RawOrder | RowRejected]:
    """The records of consecutive data rows, the first of them spreadsheet row `first_row`; blank rows give none.

    Each RawOrder carries the digest of its cells and of the values the plan supplies where a file has no
    column (a tier named by the file): everything the export said about the order, its row number aside.
    """
    build = plan.builder()
    supplied = plan.digest_tag + CELL_SEPARATOR.join(plan.fallbacks.values()) + "\n"
    for row, cells in enumerate(rows, start=first_row):
        record = build(row, cells)
        if record is not None:
            if type(record) is RawOrder:
                text = supplied + CELL_SEPARATOR.join(cells)
                record.digest = blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
            yield record


CELL_SEPARATOR = "\x1f"  # the unit separator: no export has it inside a cell


def _getter(indices: Sequence[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """itemgetter that always returns a tuple, whatever the number of indices."""
    if len(indices) >= 2:
        return itemgetter(*indices)
    if len(indices) == 1:
        only = indices[0]
        return lambda values: (values[only],)
    return lambda values: ()


def _follow_chains(
    picked: Sequence[str], chains: list[tuple[int, tuple[int, ...]]], values: list[str]
) -> Sequence[str]:
    """`picked` with each empty field taken from the next filled column of its chain."""
    result: list[str] | None = None
    for position, chain in chains:
        if picked[position]:
            continue  # the usual case: the first column is filled, nothing to copy
        if result is None:
            result = list(picked)
        for index in chain:
            if values[index]:
                result[position] = values[index]
                break
    return picked if result is None else result


def _compile_builder(plan: RowPlan) -> Callable[[int, Sequence[str]], RawOrder | RowRejected | None]:
    # Only integers, names bound below and repr() of header texts (always a plain string literal)
    # go into the source, so nothing a file holds can become code.
    constants: dict[str, object] = {
        "strip": str.strip,
        "RawOrder": RawOrder,
        "RawAddress": RawAddress,
        "general": plan.build,
        "source": plan.source,
        "add_ons": plan._add_ons,
        "items": plan._items,
    }

    def pick(name: str) -> str:
        columns = [f"v[{index}]" for index in plan.fields.get(name, ())]
        if name in plan.fallbacks:
            constant = f"fallback_{len(constants)}"
            constants[constant] = plan.fallbacks[name]
            columns.append(constant)
        if not columns:
            return "''"
        return columns[0] if len(columns) == 1 else "(" + " or ".join(columns) + ")"

    order = ", ".join(pick(name) for name in ORDER_FIELDS[1:])
    address = ", ".join(pick(ADDRESS_PREFIX + name) for name in ADDRESS_FIELDS)
    extras = ", ".join(f"{key!r}: v[{index}]" for key, index in plan.extras)
    source = f"""
def build(row, cells):
    v = list(map(strip, cells))
    if len(v) != {plan.width}:
        return general(row, cells)
    order_id = {pick(ORDER_ID)}
    if not order_id:
        return general(row, cells)
    return RawOrder(
        source, row, order_id, {order}, RawAddress({address}),
        {"add_ons(v)" if plan.add_ons else "[]"}, {"items(v)" if plan.items else "[]"}, {{{extras}}},
    )
"""
    namespace = dict(constants)
    exec(compile(source, f"<row builder for {plan.source!r}>", "exec"), namespace)  # noqa: S102
    return namespace["build"]  # type: ignore[return-value]


def extras_for(headers: Sequence[str], used: Iterable[int]) -> list[tuple[str, int]]:
    """Every column not in `used`, keyed by its header; a repeated header gets " (2)", " (3)"..."""
    taken = set(used)
    seen: dict[str, int] = {}
    extras = []
    for index, header in enumerate(headers):
        if index in taken:
            continue
        key = header or f"Column {index + 1}"
        seen[key] = seen.get(key, 0) + 1
        extras.append((key if seen[key] == 1 else f"{key} ({seen[key]})", index))
    return extras


def used_columns(plan_fields: dict[str, tuple[int, ...]]) -> set[int]:
    return {index for columns in plan_fields.values() for index in columns}


_INTEGER = re.compile(r"^\s*\d{1,6}\s*$")


def looks_like_quantities(rows: Sequence[Sequence[str]], index: int, sample: int = 500) -> bool:
    """Whether a column holds only whole numbers or nothing, over the first rows (item quantities)."""
    for cells in rows[:sample]:
        if index < len(cells):
            value = cells[index]
            if value.strip() and not _INTEGER.match(value):
                return False
    return True


# --- Cells that decide what nobody would see go wrong -------------------------------------------------

TIER_BY_MINIMUM = "tier-by-minimum"  # the digest tag of a table whose reward is named by its minimum alone


def minimum_names_the_tier(plan_fields: dict[str, tuple[int, ...]], fallbacks: dict[str, str]) -> bool:
    """The reward is named by its minimum alone: no title column, and no title from the file's name."""
    return (
        bool(plan_fields.get("reward_minimum"))
        and not plan_fields.get("reward_title")
        and ("reward_title" not in fallbacks)
    )


def check_deciding_cells(plan: RowPlan, rows: Sequence[Sequence[str]], first_row: int, label: str) -> None:
    """Refuse the file at the first cell that would be read wrongly without anyone seeing it: a reward
    minimum that names the tier but is not money, a "Rewards Sent?" that says neither yes nor no.

    Only the distinct values are checked, so a 250,000-row report costs a set of a few values."""
    checks: list[tuple[int, Callable[[str], Message | None]]] = []
    if minimum_names_the_tier(plan.fields, plan.fallbacks):
        checks += [(column, _minimum_problem) for column in plan.fields["reward_minimum"]]
    checks += [(column, _sent_problem) for column in plan.fields.get("rewards_sent", ())]
    for column, problem_of in checks:
        values = {cells[column] for cells in rows if column < len(cells)}
        bad = {value for value in values if problem_of(value) is not None}
        if not bad:
            continue
        for position, cells in enumerate(rows):
            if column < len(cells) and cells[column] in bad:
                reason = problem_of(cells[column])
                assert reason is not None
                raise ImportFileError(label, reason, row=first_row + position, column=plan.headers[column])


def _minimum_problem(value: str) -> Message | None:
    try:
        read_money(value)
    except ValueError:
        return message(
            "import.minimum_not_money",
            "{value!r} is not an amount of money, and this report names each backer's reward only by its "
            "minimum. Correct the cell (like $35.00 USD) and import the file again.",
            value=value.strip(),
        )
    return None


def _sent_problem(value: str) -> Message | None:
    try:
        rewards_sent(value)
    except ValueError:
        return message(
            "import.rewards_sent_unknown",
            "{value!r} does not say whether the reward was sent: Fulfiller reads Sent, Yes or True as sent and "
            "an empty cell, No or False as not sent. Correct the cell and import the file again.",
            value=value.strip(),
        )
    return None
