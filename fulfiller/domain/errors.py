"""Errors that carry a message meant for the person using the program."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a state the user can fix; its message is shown as it is."""


class DatabaseFileError(UserError):
    """The file given as a database cannot be used; it has not been changed."""
