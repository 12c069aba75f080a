"""`fulfiller`: the same services as the window, from a terminal.

With no subcommand (or `fulfiller gui`) it opens the window. Bad input prints one clear line on
stderr and exits 1; a usage mistake exits 2. Each module here holds one group of commands, as a table.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from fulfiller import __version__
from fulfiller.cli import aftersales, campaigns, importing, planning, printing, shipping, warehouses, waves
from fulfiller.cli.context import data_dir
from fulfiller.cli.parsers import Handler, add_commands, common_options
from fulfiller.domain.errors import UserError
from fulfiller.logs import log_error, start_logging

GROUPS = (campaigns, importing, planning, warehouses, printing, waves, shipping, aftersales)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="fulfiller",
        description="Deliver the rewards of a crowdfunding campaign: backers, kitting, packing, shipping.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_commands(subparsers, common, (command for group in GROUPS for command in group.COMMANDS))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", campaigns.open_window)
    try:
        start_logging(data_dir(args))
        return handler(args)
    except UserError as exc:
        print(f"fulfiller: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `fulfiller ... | head` closed the pipe: not an error worth a traceback
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("fulfiller: interrupted; nothing was saved from the unfinished step", file=sys.stderr)
        return 130
    except Exception:
        log_error(*sys.exc_info())  # type: ignore[arg-type] - an exception is being handled
        raise
