"""Argument pieces the organising commands share: sub-actions, and which clippings a
command acts on (`--ids` or `--query`)."""

from __future__ import annotations

import argparse

from clipper.cli.output import parse_ids
from clipper.services import LibraryService
from clipper.store.library import LibraryError

IDS_HELP = "clipping ids, as 1,2,3 or 1 2 3"


def sub_actions(parser: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction:
    """A required ACTION sub-command (`clipper tag add`, `clipper tone set`)."""
    sub = parser.add_subparsers(dest=dest, metavar="ACTION")
    sub.required = True
    return sub


def add_selection(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--ids", nargs="+", metavar="ID", help=IDS_HELP)
    group.add_argument("--query", metavar="QUERY", help="every clipping this search finds")


def selected_ids(service: LibraryService, args: argparse.Namespace) -> list[int]:
    """The clippings `add_selection`'s options name; a search that finds none is an error."""
    if args.query is not None:
        ids = service.matching_ids(args.query)
        if not ids:
            raise LibraryError(f"the search {args.query!r} finds no clipping")
        return ids
    return parse_ids(args.ids)
