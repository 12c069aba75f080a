"""Column types that keep values exact in SQLite."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Enum, String, TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its text, so no amount ever passes through a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, _dialect: object) -> str | None:
        if value is None:
            return None
        return str(Decimal(value))

    def process_result_value(self, value: str | None, _dialect: object) -> Decimal | None:
        return None if value is None else Decimal(value)


def enum_type(enum_cls: type[StrEnum]) -> Enum:
    """Stored by value as plain text without a CHECK, so adding a value needs no migration."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
    )
