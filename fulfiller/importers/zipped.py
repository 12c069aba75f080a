"""Read a zip of CSV files (Kickstarter exports one per reward tier) into one table per file.

Folders, hidden files and macOS resource forks are skipped; an empty member is no loss.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from contextlib import suppress
from pathlib import PurePosixPath

from fulfiller.domain.messages import message
from fulfiller.importers.delimited import read_delimited
from fulfiller.importers.tables import ImportFileError, Table, short_reason

TEXT_MEMBER_SUFFIXES = (".csv", ".tsv", ".txt")


def read_zip(name: str, data: bytes) -> list[Table]:
    """One table per text file in the zip `data` called `name`; raises ImportFileError if none is usable."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportFileError(
            name,
            message(
                "import.zip_damaged",
                "the zip file is damaged or incomplete ({reason}); download it again",
                reason=short_reason(exc),
            ),
        ) from exc
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        members = [info for info in infos if _is_text_member(info)]
        if not members:
            found = ", ".join(_member_name(info) for info in infos[:8]) or message("import.zip_nothing", "nothing")
            raise ImportFileError(
                name, message("import.zip_no_csv", "the zip file holds no CSV file (found: {found})", found=found)
            )
        tables = []
        for info in members:
            member = _member_name(info)
            label = f"{name} › {member}"
            member_data = _read_member(archive, info, name, member)
            if not member_data.strip():
                continue  # an empty tier file: no header, no backers, nothing lost
            tables.append(read_delimited(member_data, name=member, label=label))
    if not tables:
        raise ImportFileError(
            name, message("import.zip_all_empty", "every CSV file in the zip is empty: no rows to import")
        )
    return tables


def _is_text_member(info: zipfile.ZipInfo) -> bool:
    path = PurePosixPath(info.filename)
    hidden = path.name.startswith(".") or "__MACOSX" in path.parts
    return not hidden and path.suffix.lower() in TEXT_MEMBER_SUFFIXES


def _member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:
        # Without the UTF-8 flag zipfile reads names as cp437; most tools wrote UTF-8 anyway.
        with suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return PurePosixPath(name).name


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, member: str) -> bytes:
    label = f"{name} › {member}"
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ImportFileError(
            label,
            message(
                "import.zip_member_damaged",
                "the zip file is damaged ({reason}); download it again",
                reason=short_reason(exc),
            ),
        ) from exc
    except (RuntimeError, NotImplementedError) as exc:  # encrypted or an unsupported compression
        raise ImportFileError(
            label,
            message(
                "import.zip_member_unreadable",
                "this file in the zip cannot be read ({reason})",
                reason=short_reason(exc),
            ),
        ) from exc
