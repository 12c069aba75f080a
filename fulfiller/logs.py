"""What happened, in a rotating log file in the data folder: one line per import, export, print,
reship, undo and unexpected error, with ids, counts and codes only.

The campaign holds thousands of people's names, e-mail and postal addresses and phone numbers; none of
them belongs in a log that is e-mailed along with a bug report. So the services do not write free
text here: they call `log_event(name, **facts)` with numbers and short codes, and an error is logged
by its type and where it happened, never by its message (which may quote a cell of the file).
"""

from __future__ import annotations

import logging
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_NAME = "fulfiller.log"
LOGGER = "fulfiller"
MAX_BYTES = 1_000_000
BACKUPS = 4

PACKAGE_DIR = Path(__file__).resolve().parent
_SAFE_TEXT = re.compile(r"^[A-Za-z0-9_.:/+-]{0,40}$")  # codes, formats, statuses, ISO countries


def log_file(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_NAME


def start_logging(data_dir: Path) -> Path:
    """Send Fulfiller's log lines to `fulfiller.log` in the data folder (rotated at 1 MB, 5 files)."""
    path = log_file(data_dir)
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):  # a second window or command in this process
            logger.removeHandler(handler)
            handler.close()
    try:
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return path  # a read-only data folder: the program works on, without a log
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return path


def log_event(event: str, **facts: object) -> None:
    """One line: the event's name and its facts as key=value. Numbers pass as they are; a text fact
    must look like a code (letters, digits, `_.:/+-`, at most 40), else only its length is written."""
    words = [event, *(f"{key}={_safe(value)}" for key, value in facts.items())]
    logging.getLogger(LOGGER).info(" ".join(words))


def log_error(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error: its type and the innermost frames of our code, not its message."""
    frames = [f for f in traceback.extract_tb(tb) if _ours(f.filename)]
    where = " < ".join(f"{_module(f.filename)}:{f.lineno}:{f.name}" for f in reversed(frames[-4:]))
    logging.getLogger(LOGGER).error(f"error type={kind.__name__} at={where or 'outside-fulfiller'}")


def _safe(value: object) -> str:
    if value is None or isinstance(value, bool | int | float):
        return str(value)
    text = str(value)
    return text if _SAFE_TEXT.match(text) else f"<{len(text)} chars>"


def _ours(filename: str) -> bool:
    return Path(filename).resolve().is_relative_to(PACKAGE_DIR)


def _module(filename: str) -> str:
    inside = Path(filename).resolve().relative_to(PACKAGE_DIR).with_suffix("")
    return ".".join(("fulfiller", *inside.parts))
