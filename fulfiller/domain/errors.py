"""Errors that carry a message meant for the person using the program."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a state the user can fix; its message is shown as it is."""


class DatabaseFileError(UserError):
    """The file given as a database cannot be used; it has not been changed."""


class Cancelled(UserError):
    """The person asked a long job to stop; nothing it did was kept (see `fulfiller.domain.progress`)."""

    def __init__(self, what: str = "The work") -> None:
        super().__init__(f"{what} was cancelled; nothing was saved.")
        self.what = what
