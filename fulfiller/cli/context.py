"""What the commands share: the data folder and database, the campaign, the operator, and how they answer."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from fulfiller import paths
from fulfiller.domain.progress import Progress
from fulfiller.services.audit import default_operator
from fulfiller.services.campaigns import CampaignInfo, resolve_campaign
from fulfiller.services.database import Database, open_db
from fulfiller.station import backup_folder, current_database


def data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def db_path(args: argparse.Namespace, default: Callable[[Path], Path] = current_database) -> Path:
    """--db, else the station's current database: the newest one opened or made here (by the
    window, `demo` or an import), else fulfiller.sqlite in the data folder."""
    given: Path | None = getattr(args, "db", None)
    return given if given is not None else default(data_dir(args))


def operator(args: argparse.Namespace) -> str:
    return getattr(args, "operator", None) or default_operator()


def emit(payload: object, *, as_json: bool, text: Callable[[], str]) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2) if as_json else text())


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    db = open_db(db_path(args), create=create, backups=backup_folder(data_dir(args)))
    try:
        yield db
    finally:
        db.close()


def campaign_of(db: Database, args: argparse.Namespace) -> CampaignInfo:
    with db.reading() as session:
        return resolve_campaign(session, getattr(args, "campaign", None))


@contextmanager
def campaign_session(args: argparse.Namespace, *, writing: bool = False) -> Iterator[tuple[Session, CampaignInfo]]:
    """A session on the chosen campaign's database: one transaction when `writing`, committed at the end."""
    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.transaction() if writing else db.reading() as session:
            yield session, campaign


def terminal_progress() -> Progress | None:
    """Rows done so far on stderr, when a person watches a terminal."""
    if sys.stderr is None or not sys.stderr.isatty():  # a windowed build has no stderr
        return None

    def show(done: int, total: int) -> None:
        print(f"\r  {done:,} of {total:,} rows", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show
