"""search, reindex, check."""

from __future__ import annotations

import argparse
import sys

from clipper.cli.output import ProgressBar, column, one_line, print_json
from clipper.services import LibraryService
from clipper.store.leftovers import Leftovers

QUERY_HELP = """\
Words must all match (AND); use OR and NOT (or -word) to widen or exclude.
  "스타트업 천국"                a phrase
  title:경기도 outlet:오마이뉴스   a field: title outlet byline body caption keyword tag
                               theme note (caption covers photo captions and credits)
  published:2024-05-01..2024-05-15   a date range (also published:[2024-05 TO 2024-06],
                               published:2024-05, published:..2024-05-15)
  스타트*                      words starting with 스타트
  *                            every clipping (`* -sports`: all but those)
Korean words match by morpheme (경기도 finds 경기도에) and, as a second tier, inside
longer words (블록체인 in 에이아이포블록체인)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search", help="find clippings by words, phrases, fields and dates",
        description="Search the library, best matches first.", epilog=QUERY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help="the query (several arguments are joined with spaces)")
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="show at most N results (default 20)")
    p.add_argument("--json", action="store_true",
                   help='print a JSON list of {"id", "title", "outlet", "published", '
                   '"score", "snippet"}; matched words are marked «like this»')
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser(
        "reindex", help="rebuild the search index from the database",
        description="Rebuild the search index from the database. Interrupted, the next "
        "search or `clipper check --fix` finishes the job.",
    )
    p.set_defaults(func=cmd_reindex)

    p = subparsers.add_parser(
        "check", help="find clippings missing from the search index or stale in it",
        description="Compare the search index with the database. Exit status 1 when they "
        "differ; --fix re-indexes what differs.",
    )
    p.add_argument("--fix", action="store_true", help="re-index what differs")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_check)


def cmd_search(service: LibraryService, args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if service.index_pending():
        # A first build, or what a crash left: finish it before answering.
        service.update_index(progress=ProgressBar("Indexing"))
    hits = service.search(query, limit=max(1, args.limit))
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    if not hits:
        print(f"no clippings match {one_line(query)!r}")
        return 0
    for h in hits:
        date = h.published.isoformat() if h.published else "----------"
        print(f"{h.id:>5}  {date}  {column(h.outlet, 16)}  {one_line(h.title)}")
        print(f"       {one_line(h.marked_snippet())}")
    return 0


def cmd_reindex(service: LibraryService, args: argparse.Namespace) -> int:
    count = service.reindex(progress=ProgressBar("Indexing"))
    print(f"indexed {count} clipping(s)")
    return 0


def cmd_check(service: LibraryService, args: argparse.Namespace) -> int:
    report = service.check_index(fix=args.fix, progress=ProgressBar("Indexing"))
    leftovers = service.check_leftovers(fix=args.fix)
    clean = leftovers.empty or leftovers.removed
    if args.json:
        print_json({**report.to_json(), **leftovers.to_json()})
    else:
        print_leftovers(leftovers)
        print(f"{report.clippings} clipping(s) in the library, {report.indexed} in the index")
        for label, ids in (("missing from the index", report.missing),
                           ("stale in the index", report.stale),
                           ("in the index but deleted", report.orphaned)):
            if ids:
                shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
                print(f"{len(ids)} {label}: {shown}")
        if report.pending:
            print(f"{report.pending} change(s) waiting to be indexed")
        if report.consistent:
            print("the index is up to date")
        elif report.fixed:
            print("fixed: the index is up to date now")
        else:
            print("run `clipper check --fix` to repair", file=sys.stderr)
    return 0 if (report.consistent or report.fixed) and clean else 1


def print_leftovers(leftovers: Leftovers) -> None:
    """What a crash left in the library folder (check), or what was removed (--fix)."""
    for label, rels in (("photo or original file(s) no clipping uses", leftovers.orphans),
                        ("temporary file(s) left by an interrupted write",
                         leftovers.temporary)):
        if rels:
            shown = ", ".join(rels[:5]) + (" …" if len(rels) > 5 else "")
            verb = "removed" if leftovers.removed else "found"
            print(f"{verb} {len(rels)} {label}: {shown}")
    if not leftovers.empty and not leftovers.removed:
        print("run `clipper check --fix` to remove them", file=sys.stderr)
