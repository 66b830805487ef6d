"""The `clipper` command: thin wrappers over `clipper.services`, one per subcommand.

Each module in COMMAND_MODULES adds its subcommands with `register(subparsers)`; a
command function takes (service, args) and returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from clipper import __version__
from clipper.cli import output
from clipper.config import default_library_path
from clipper.errors import LibraryError, user_message

COMMAND_MODULES = [
    "clipper.cli.library_commands",
    "clipper.cli.search_commands",
    "clipper.cli.organise_commands",
    "clipper.cli.export_commands",
    "clipper.cli.feed_commands",  # issue 17: feed add|list|..., watch
    "clipper.cli.desk_commands",  # issue 15: outlet, tone, place, response
    "clipper.cli.daily_commands",
    "clipper.cli.page_commands",  # issue 16: print pages, OCR, cutting
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clipper",
        description="Clipper: keep, find and report on press clippings.",
    )
    parser.add_argument("--version", action="version", version=f"clipper {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        default=None,
        help=f"library folder (default: {default_library_path()})",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Korean output must not crash a terminal whose locale is not UTF-8.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    output.install_escaping()  # library text never reaches the terminal as control codes
    from clipper.services import LibraryService

    folder = args.library or default_library_path()
    try:
        with LibraryService(folder) as service:
            return int(args.func(service, args) or 0)
    except KeyboardInterrupt:
        print("clipper: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `clipper show --json | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except (LibraryError, sqlite3.Error, OSError, OverflowError) as exc:
        # One line naming the library and what to do (clipper.errors words them all:
        # damaged, newer, read-only, disk full, busy), never a traceback.
        print(f"clipper: {user_message(exc, _shown_folder(folder))}", file=sys.stderr)
        return 2


def _shown_folder(folder: Path) -> Path:
    try:
        return Path(folder).expanduser().resolve()
    except OSError:
        return Path(folder)
