"""A registry: the things a person picks by name (export formats, printable documents), in the order offered.

Each entry has the `name` the command line takes and a short English `label`; the rest of an entry is
what its callers need to know about it. A name that is not there is refused with the names that are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, Protocol, TypeVar

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, message


class Entry(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def label(self) -> str: ...


E = TypeVar("E", bound=Entry)


class Registry(Mapping[str, E], Generic[E]):
    """The entries by name; iterating gives the names in the order they were given."""

    def __init__(self, what: Message | str, entries: Iterable[E]) -> None:
        self.what = what  # how a refusal names the kind of thing, e.g. "order export format"
        self._entries: dict[str, E] = {}
        for entry in entries:
            if entry.name in self._entries:
                raise ValueError(f"Two entries named {entry.name!r} in the {what} registry.")
            self._entries[entry.name] = entry

    def __getitem__(self, name: str) -> E:
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def names(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def named(self, name: str) -> E:
        """The entry called `name`; any other name is refused with the names there are."""
        try:
            return self._entries[name]
        except KeyError:
            raise UserError(
                message(
                    "registry.unknown",
                    "Unknown {what} {name!r}; use one of: {names}.",
                    what=self.what,
                    name=name,
                    names=", ".join(self._entries),
                )
            ) from None
