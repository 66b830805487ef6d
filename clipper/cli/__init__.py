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
    "clipper.cli.release_commands",  # issue 18: release, pickup, credits
    "clipper.cli.page_commands",  # issue 16: print pages, OCR, cutting
]


def build_parser() -> argparse.ArgumentParser:
    return _build(None)[0]


def _build(only: str | None) -> tuple[argparse.ArgumentParser, bool]:
    """The whole command line; with `only`, just that subcommand's parser (the others
    are registered into a sink: building all 80 of them is a tenth of a cold `clipper
    list`) and whether a module registered it."""
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
    target = subparsers if only is None else _OnlyCommand(subparsers, only)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(target)
    return parser, only is None or target.found


class _OnlyCommand:
    """Subparsers that build the parser of one command and let the others' registration
    calls fall into `_Sink`."""

    def __init__(self, subparsers: argparse._SubParsersAction, command: str):
        self._subparsers, self._command = subparsers, command
        self.found = False

    def add_parser(self, name: str, **kwargs: object) -> object:
        if name == self._command or self._command in kwargs.get("aliases", ()):  # type: ignore[operator]
            self.found = True
            return self._subparsers.add_parser(name, **kwargs)
        return _Sink()


class _Sink:
    """Takes any call and attribute, chained (`p.add_subparsers().add_parser(...)`)."""

    def __getattr__(self, name: str) -> object:
        return self._call

    def _call(self, *args: object, **kwargs: object) -> _Sink:
        return self


def _command_word(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names, or None when the whole parser is needed (help,
    --version, no command, or an option this peek does not know)."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--library":
            i += 2
        elif arg.startswith("--library="):
            i += 1
        elif arg.startswith("-"):
            return None
        else:
            return arg
    return None


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command_word(argv)
    if command is not None:
        parser, found = _build(only=command)
        if found:
            return parser.parse_args(argv)
    return build_parser().parse_args(argv)  # help, version and errors list every command


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
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
