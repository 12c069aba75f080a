"""Errors that carry a message meant for the person using the program."""

from __future__ import annotations

from typing import Any

from fulfiller.domain.messages import Message


class UserError(Exception):
    """Bad input or a state the user can fix. Its text (`str(error)`) is English and complete; with a
    `Message` the window can word it in the interface's language (see `fulfiller.domain.messages`)."""

    def __init__(self, text: str | Message = "", *args: Any) -> None:
        self.message = text if isinstance(text, Message) else Message("", str(text))
        super().__init__(str(self.message), *args)


class DatabaseFileError(UserError):
    """The file given as a database cannot be used; it has not been changed."""


class Cancelled(UserError):
    """The person asked a long job to stop; nothing it did was kept (see `fulfiller.domain.progress`)."""

    def __init__(self, what: str = "The work") -> None:
        # `what` ("The import", "Printing") is a message of its own, so the window can word it too.
        super().__init__(Message("cancelled", "{what} was cancelled; nothing was saved.", {"what": Message("", what)}))
        self.what = what
