"""Messages for people: a stable code, an English template and the values it names.

Services raise and return these instead of finished sentences, so that each front end words them
itself: the command line prints the English text (`str(message)`); the window looks the template up
in the interface's language and fills in the same values. The code names the message in the log.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    code: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.template, self.params, english)


def message(code: str, template: str, /, **params: Any) -> Message:
    """A message with its values; `template` uses str.format fields named like the parameters."""
    return Message(code, template, params)


def joined(*notes: Message | enum.Enum | str | None, separator: str = " ", end: str = "") -> Message:
    """Several sentences (or clauses, or statuses) shown as one; each keeps its own code and is worded on its own.
    An empty note (None, "", or a count of 0 in `n and message(...)`) is left out."""
    notes = tuple(note for note in notes if note)
    template = separator.join(f"{{m{n}}}" for n in range(len(notes))) + end
    return Message(
        "",
        template,
        {f"m{n}": note if isinstance(note, Message | enum.Enum) else Message("", note) for n, note in enumerate(notes)},
    )


def all_of(parts: Sequence[Message | str]) -> Message:
    """ "a and b and c": a list each language joins with its own word for "and"."""
    return _chained(parts, lambda first, rest: message("list.and", "{first} and {rest}", first=first, rest=rest))


def one_of(parts: Sequence[Message | str]) -> Message:
    """ "a or b or c": a list each language joins with its own word for "or"."""
    return _chained(parts, lambda first, rest: message("list.or", "{first} or {rest}", first=first, rest=rest))


def _chained(parts: Sequence[Message | str], link: Callable[[Message, Message], Message]) -> Message:
    notes = [part if isinstance(part, Message) else Message("", part) for part in parts]
    if not notes:
        return Message("", "")
    chained = notes[-1]
    for note in reversed(notes[:-1]):
        chained = link(note, chained)
    return chained


def fill(template: str, params: Mapping[str, Any], word: Any) -> str:
    """The template with its values: a nested Message and an enum are worded by `word`
    (English for the CLI: the message's text and the enum's value)."""
    values = {name: _worded(value, word) for name, value in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names a value the message lacks
        return template


def _worded(value: Any, word: Any) -> Any:
    if isinstance(value, Message | enum.Enum):
        return word(value)
    return value


def english(value: Message | enum.Enum | str) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)
