"""One notion of 'now' for the whole program: naive UTC, as SQLite stores it."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
