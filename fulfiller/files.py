"""Writing a file so that it is either complete or not there at all.

The content goes to a hidden temporary file beside the target and is moved into place in one step
once it is whole; a failure or a cancel leaves the target as it was and no temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, message

Result = TypeVar("Result")


THE_FILE = message("file.the_file", "the file")


@contextmanager
def replacing(path: Path, *, what: Message = THE_FILE) -> Iterator[Path]:
    """A temporary path to write; when the block ends normally it replaces `path` at once.

    An OSError (disk full, no permission, a folder that went away) becomes a UserError naming the
    file; any other error is passed on. Either way the temporary file is removed.
    """
    path = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _not_written(path, what, exc) from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        _ordinary_permissions(temp)
        os.replace(temp, path)
    except OSError as exc:
        raise _not_written(path, what, exc) from exc
    finally:
        temp.unlink(missing_ok=True)


def _not_written(path: Path, what: Message, exc: OSError) -> UserError:
    return UserError(
        message(
            "file.not_written",
            "{path}: {what} could not be written ({reason})",
            path=path,
            what=what,
            reason=exc.strerror or str(exc),
        )
    )


def write_atomically(path: Path, write: Callable[[Path], Result], *, what: Message = THE_FILE) -> Result:
    """Call write(temporary path) and move the result into place; return what write returned."""
    with replacing(path, what=what) as temp:
        return write(temp)


def _ordinary_permissions(path: Path) -> None:
    # mkstemp makes the file private; a document or export gets the permissions any new file would.
    umask = os.umask(0)
    os.umask(umask)
    path.chmod(0o666 & ~umask)
