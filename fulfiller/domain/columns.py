"""Cells of many rows worked on a column at a time: text tidied, functions applied once per distinct value,
and each row's problems gathered in the order its checks found them.

A large export repeats a few values (countries, tiers, amounts, survey answers) on thousands of rows and
has a few that differ on every row (names, streets, phones). Working column by column lets the first
kind be worked out once per value and looked up for every row, and the second be tidied by loops that
run in C (`map` over `str` methods) rather than a Python function call per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from itertools import compress
from typing import TypeVar

from fulfiller.domain.records import Problem

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def line(text: str) -> str:
    """One line of text: trimmed, inner runs of whitespace made one space."""
    return " ".join(text.split()) if text else ""


def lines(text: str) -> str:
    """Free text (notes, survey answers): each line tidied, the line breaks kept."""
    if not text:
        return ""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    parts = [" ".join(part.split()) for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(parts).strip("\n")


def tidied(column: Sequence[str]) -> list[str]:
    """`line` of every cell, for columns whose cells differ from row to row."""
    if not any(column):  # a column the file does not have, or that nobody filled
        return [""] * len(column)
    if _all_tidy(column):  # the usual case, found by searches that run in C over the whole column
        return list(column)
    return list(map(" ".join, map(str.split, column)))


def _all_tidy(column: Sequence[str]) -> bool:
    """Whether `line` leaves every cell as it is: no space at either end or twice, no other whitespace
    (every whitespace character but the space is unprintable; so are a few more, which only costs a tidy)."""
    joined = "\x00".join(column)
    if "  " in joined or " \x00" in joined or "\x00 " in joined or joined[:1] == " " or joined[-1:] == " ":
        return False
    return all(map(str.isprintable, column))


def per_distinct(column: Iterable[K], work: Callable[[K], V]) -> list[V]:
    """`work` of every cell, worked out once per distinct value where values repeat (`work` must give
    equal results for equal values: the rows of one value may share one result object)."""
    cells = column if isinstance(column, list) else list(column)
    distinct = set(cells)
    if len(distinct) == 1:  # the same in every row: a column the file does not have, or one answer for all
        return [work(cells[0])] * len(cells)
    if len(distinct) > len(cells) // 2:  # mostly different: grouping them first would only cost
        return list(map(work, cells))
    results = {value: work(value) for value in distinct}
    return list(map(results.__getitem__, cells))


def any_contains(column: Sequence[str], *needles: str) -> bool:
    """Whether any cell of the column contains one of the needles (one search over the joined column)."""
    joined = "\x00".join(column)
    return any(needle in joined for needle in needles)


class RowProblems:
    """Each row's problems, by row index, in the order they were added: checks run column by column in
    the order a row's checks run, so every row lists its problems as if it had been checked alone."""

    def __init__(self) -> None:
        self.found: dict[int, list[Problem]] = {}

    def add(self, row: int, problems: Sequence[Problem]) -> None:
        if problems:
            self.found.setdefault(row, []).extend(problems)

    def add_each(self, per_row: Sequence[Sequence[Problem]]) -> None:
        """Every row's problems from a column of them (mostly empty: the rows with some found in C)."""
        found = self.found
        for row in compress(range(len(per_row)), per_row):
            found.setdefault(row, []).extend(per_row[row])

    def of(self, row: int) -> list[Problem]:
        return list(self.found.get(row, ()))


def rows_where(flags: Iterable[object]) -> Iterator[int]:
    """The rows whose flag is true, picked in C (for columns where few rows need any work)."""
    cells = flags if isinstance(flags, Sequence) else list(flags)
    return compress(range(len(cells)), cells)
