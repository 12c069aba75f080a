"""The subcommands as data, and the one place that turns those tables into argparse parsers.

Each command module lists its commands as `Command`s (and a `Group` of them for `fulfiller NAME ACTION`,
with a `default` for `fulfiller NAME` alone); `add_commands` gives every one the options all commands share
(`--data-dir`, `--db`, `--operator`), then `--campaign` and `--json` where its entry asks for them, then its
own arguments.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fulfiller import paths
from fulfiller.services.audit import OPERATOR_ENV

Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Arg:
    """One `add_argument`: the flags (or the positional's name) and argparse's keywords."""

    flags: tuple[str, ...]
    options: Mapping[str, Any] = field(default_factory=dict)


def arg(*flags: str, **options: Any) -> Arg:
    return Arg(flags, options)


@dataclass(frozen=True)
class OneOf:
    """Options of which a command takes one at the most."""

    args: tuple[Arg, ...]


@dataclass(frozen=True)
class Command:
    name: str
    help: str  # the line in `fulfiller --help`
    description: str  # the opening of `fulfiller NAME --help`
    handler: Handler
    arguments: tuple[Arg | OneOf, ...] = ()
    campaign: bool = False  # works on one campaign: takes --campaign
    json: str = ""  # what --json prints machine-readable ("output", "summary"); "" for a command without --json


@dataclass(frozen=True)
class Group:
    """Commands under one name, such as `fulfiller claims open`: each is a `Command` named by its action."""

    name: str
    help: str
    description: str
    commands: tuple[Command, ...]
    default: Command | None = None  # what `fulfiller NAME` does with no action (its options come before one)


def common_options() -> argparse.ArgumentParser:
    """The options every command takes, also before the command's name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"folder for databases, settings and backups (or set {paths.DATA_DIR_ENV})",
    )
    common.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help="the campaign database file (default: the one used last on this station, by the window, demo or "
        "import; else fulfiller.sqlite in the data folder)",
    )
    common.add_argument(
        "--operator",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"who is working, for the audit log (or set {OPERATOR_ENV}; default: your login name)",
    )
    return common


def add_commands(
    subparsers: argparse._SubParsersAction,
    common: argparse.ArgumentParser,
    commands: Iterable[Command | Group],
    *,
    under_default: bool = False,
) -> None:
    for command in commands:
        if isinstance(command, Group):
            group = subparsers.add_parser(
                command.name, parents=[common], help=command.help, description=command.description
            )
            if command.default is not None:
                _add_arguments(group, command.default)
            actions = group.add_subparsers(dest="action", metavar="ACTION", required=command.default is None)
            add_commands(actions, common, command.commands, under_default=command.default is not None)
            continue
        parser = subparsers.add_parser(
            command.name, parents=[common], help=command.help, description=command.description
        )
        _add_arguments(parser, command, under_default=under_default)


def _add_arguments(parser: argparse.ArgumentParser, command: Command, *, under_default: bool = False) -> None:
    """The command's options and arguments, and its handler. Under a group's default command, `--campaign`
    and `--json` only count when given, so that those typed before the action are kept."""
    unset: dict[str, Any] = {"default": argparse.SUPPRESS} if under_default else {}
    if command.campaign:
        parser.add_argument(
            "--campaign", metavar="ID|NAME", help="which campaign, when the database holds several", **unset
        )
    for argument in command.arguments:
        if isinstance(argument, OneOf):
            group = parser.add_mutually_exclusive_group()
            for one in argument.args:
                group.add_argument(*one.flags, **one.options)
        else:
            parser.add_argument(*argument.flags, **argument.options)
    if command.json:
        parser.add_argument("--json", action="store_true", help=f"machine-readable {command.json}", **unset)
    parser.set_defaults(handler=command.handler)
