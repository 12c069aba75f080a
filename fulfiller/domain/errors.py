"""Errors that carry a message meant for the person using the program."""

from __future__ import annotations

from typing import Any

from fulfiller.domain.messages import Message


def _as_message(text: str | Message) -> Message:
    return text if isinstance(text, Message) else Message("", str(text))


class UserError(Exception):
    """Bad input or a state the user can fix. Its text (`str(error)`) is English and complete; with a
    `Message` the window can word it in the interface's language (see `fulfiller.domain.messages`)."""

    def __init__(self, text: str | Message = "", *args: Any) -> None:
        self.message = _as_message(text)
        super().__init__(str(self.message), *args)


class InvalidValue(ValueError):
    """A value that cannot be read (a cell of a sheet, a field of a form), said like a UserError: English
    text, and a `Message` the window can word. The caller says where the value was."""

    def __init__(self, text: str | Message = "") -> None:
        self.message = _as_message(text)
        super().__init__(str(self.message))


def message_of(exc: BaseException) -> Message:
    """What an error says, as a Message: its own when it carries one, else its (English) text."""
    found = getattr(exc, "message", None)
    return found if isinstance(found, Message) else Message("", str(exc))


class DatabaseFileError(UserError):
    """The file given as a database cannot be used; it has not been changed."""


class Cancelled(UserError):
    """The person asked a long job to stop; nothing it did was kept (see `fulfiller.domain.progress`)."""

    def __init__(self, what: str = "The work") -> None:
        # `what` ("The import", "Printing") is a message of its own, so the window can word it too.
        super().__init__(
            Message("job.cancelled", "{what} was cancelled; nothing was saved.", {"what": Message("", what)})
        )
        self.what = what
