"""Column mappings a user builds once and saves under a name, beside the ones shipped with Fulfiller."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import MappingPreset
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.importers.mapping import PRESETS, ColumnMapping
from fulfiller.importers.registry import FORMATS
from fulfiller.services.audit import record


def saved_presets(session: Session) -> dict[str, ColumnMapping]:
    return {
        name: ColumnMapping.from_json(text)
        for name, text in session.execute(
            select(MappingPreset.name, MappingPreset.mapping_json).order_by(MappingPreset.name)
        )
    }


def format_choices(session: Session) -> list[str]:
    """Everything `--format` accepts: built-in layouts, shipped presets, then the user's own."""
    return [*FORMATS, *(name for name in saved_presets(session) if name not in FORMATS)]


def resolve_format(session: Session, name: str) -> tuple[str, ColumnMapping | None]:
    if name in FORMATS:
        return name, None
    saved = saved_presets(session)
    if name in saved:
        return f"mapped:{name}", saved[name]
    raise UserError(
        message(
            "import.unknown_format",
            "Unknown format {name!r}; choose one of: {choices}.",
            name=name,
            choices=", ".join(format_choices(session)),
        )
    )


def save_preset(session: Session, mapping: ColumnMapping, *, operator: str) -> None:
    name = mapping.name.strip()
    if not name:
        raise UserError(message("import.mapping_no_name", "A saved mapping needs a name."))
    if name in PRESETS or name in FORMATS:
        raise UserError(
            message(
                "import.mapping_name_taken",
                "{name!r} is the name of a built-in format; choose another name.",
                name=name,
            )
        )
    preset = session.scalar(select(MappingPreset).where(MappingPreset.name == name))
    text = mapping.to_json()
    if preset is None:
        session.add(MappingPreset(name=name, mapping_json=text))
        record(session, operator, AuditAction.CREATE, "mapping_preset", None, field=name, new=text)
    elif preset.mapping_json != text:
        record(
            session,
            operator,
            AuditAction.UPDATE,
            "mapping_preset",
            preset.id,
            field=name,
            old=preset.mapping_json,
            new=text,
        )
        preset.mapping_json = text


def read_mapping_file(path: Path) -> ColumnMapping:
    try:
        return ColumnMapping.from_json(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(
            message("import.mapping_unreadable", "{path}: cannot be read ({reason})", path=path, reason=exc.strerror)
        ) from exc
    except (ValueError, KeyError, TypeError, json.JSONDecodeError) as exc:
        raise UserError(
            message("import.not_a_mapping", "{path}: not a column mapping ({reason})", path=path, reason=str(exc))
        ) from exc
