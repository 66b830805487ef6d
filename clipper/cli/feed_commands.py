"""feed add|list|edit|remove|check|entries|import|export, and watch (issue 17)."""

from __future__ import annotations

import argparse
import sys
import time

from clipper.cli.output import ProgressBar, column, one_line, print_json
from clipper.services import LibraryService

WATCH_TICK = 60.0  # seconds between two looks at which feeds are due, in `clipper watch`


def register(subparsers: argparse._SubParsersAction) -> None:
    feed = subparsers.add_parser(
        "feed", help="watch RSS/Atom feeds: new articles come into the Inbox",
        description="Watched feeds: an outlet's RSS or Atom feed, or a news-search feed "
        "(a portal's search results as RSS). New entries' pages are imported into the "
        "Inbox, filtered and deduplicated, by `clipper feed check` or `clipper watch`.")
    sub = feed.add_subparsers(dest="feed_action", metavar="ACTION")
    sub.required = True

    p = sub.add_parser("add", help="watch a feed by its address",
                       description="Watch a feed (undoable with `clipper undo`).")
    p.add_argument("url", metavar="URL")
    _settings(p)
    p.set_defaults(func=cmd_feed_add)

    p = sub.add_parser("list", help="list watched feeds, their last check and errors",
                       description="List watched feeds: number, unread clippings, last "
                       "check, last error.")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_feed_list)

    p = sub.add_parser("edit", help="change a feed's settings, pause or resume it",
                       description="Change a feed's settings (undoable).")
    p.add_argument("feed", metavar="FEED", help="the feed's number (see `feed list`) or address")
    p.add_argument("--url", help="a new address")
    _settings(p)
    p.add_argument("--resume", action="store_true", help="check the feed again")
    p.set_defaults(func=cmd_feed_edit)

    p = sub.add_parser("remove", help="stop watching a feed (its clippings stay)",
                       description="Stop watching feeds (undoable); their clippings stay.")
    p.add_argument("feeds", nargs="+", metavar="FEED")
    p.set_defaults(func=cmd_feed_remove)

    p = sub.add_parser("check", help="check feeds now and import their new articles",
                       description="Check feeds now (every one not paused, or those "
                       "given) and import their new entries into the Inbox. Exit status 1 "
                       "if a feed failed.")
    p.add_argument("feeds", nargs="*", metavar="FEED")
    p.add_argument("--json", action="store_true", help="print one JSON object per feed")
    p.set_defaults(func=cmd_feed_check)

    p = sub.add_parser("entries", help="what a feed brought, entry by entry",
                       description="A feed's newest entries and how each ended: imported, "
                       "duplicate, filtered, failed (with why), skipped.")
    p.add_argument("feed", metavar="FEED")
    p.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_feed_entries)

    p = sub.add_parser("import", help="watch every feed of an OPML file",
                       description="Watch every feed listed in an OPML file (what feed "
                       "readers export), as one undoable step.")
    p.add_argument("file", metavar="FILE.opml")
    p.set_defaults(func=cmd_feed_import)

    p = sub.add_parser("export", help="write the watched feeds to an OPML file",
                       description="Write every watched feed to an OPML file.")
    p.add_argument("file", metavar="FILE.opml")
    p.set_defaults(func=cmd_feed_export)

    p = subparsers.add_parser(
        "watch", help="check feeds when due (for cron, a systemd timer, Task Scheduler)",
        description="Check every feed that is due (its interval passed since its last "
        "check) and import new articles; with --once, one sweep and exit (run it from the "
        "OS scheduler), else keep watching until interrupted. Several watchers on one "
        "library never import an entry twice.")
    p.add_argument("--once", action="store_true", help="one sweep, then exit")
    p.add_argument("--all", action="store_true",
                   help="check every feed not paused, due or not")
    p.set_defaults(func=cmd_watch)


def _settings(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title", help="the name shown in the sidebar (default: the feed's own)")
    p.add_argument("--filter", metavar="QUERY",
                   help="keep only entries whose page matches this search query")
    p.add_argument("--tag", help="give every new clipping this tag")
    p.add_argument("--theme", help="suggest this theme for every new clipping")
    p.add_argument("--every", type=int, metavar="MINUTES", dest="interval_minutes",
                   help="check every MINUTES (default 15)")
    p.add_argument("--pause", action="store_true", help="do not check it for now")


def _fields(args: argparse.Namespace) -> dict[str, object]:
    fields = {k: getattr(args, k) for k in ("title", "filter", "tag", "theme",
                                           "interval_minutes", "url")
              if getattr(args, k, None) is not None}
    if args.pause:
        fields["paused"] = True
    if getattr(args, "resume", False):
        fields["paused"] = False
    return fields


def cmd_feed_add(service: LibraryService, args: argparse.Namespace) -> int:
    feed = service.add_feed(**_fields(args))
    print(f"watching feed {feed.id}: {one_line(feed.url)} (every {feed.interval_minutes} "
          f"min{', paused' if feed.paused else ''})")
    return 0


def cmd_feed_edit(service: LibraryService, args: argparse.Namespace) -> int:
    fields = _fields(args)
    if not fields:
        print("clipper feed edit: nothing to change (give --title, --filter, --tag, "
              "--theme, --every, --url, --pause or --resume)", file=sys.stderr)
        return 2
    feed = service.edit_feed(args.feed, **fields)
    print(f"edited feed {feed.id}: {', '.join(fields)}")
    return 0


def cmd_feed_remove(service: LibraryService, args: argparse.Namespace) -> int:
    for name in args.feeds:
        feed = service.remove_feed(name)
        print(f"removed feed {feed.id}: {one_line(feed.title or feed.url)}")
    return 0


def cmd_feed_list(service: LibraryService, args: argparse.Namespace) -> int:
    feeds = service.list_feeds()
    if args.json:
        print_json([{k: v for k, v in vars(f).items() if k not in ("etag", "last_modified")}
                    for f in feeds])
        return 0
    if not feeds:
        print("no feeds; add one with `clipper feed add URL`")
    for f in feeds:
        state = "paused" if f.paused else f"every {f.interval_minutes} min"
        checked = (f.last_checked or "never checked").replace("T", " ")[:16]
        print(f"{f.id:>3}  {column(f.title or f.url, 40)}  {f.unread:>3} new  "
              f"{checked:<16}  {state}")
        print(f"     {one_line(f.url)}")
        if f.filter or f.tag or f.theme:
            print("     " + "  ".join(f"{k}: {one_line(v)}" for k, v in (
                ("filter", f.filter), ("tag", f.tag), ("theme", f.theme)) if v))
        if f.last_error:
            print(f"     failing: {one_line(f.last_error)}")
    return 0


def cmd_feed_entries(service: LibraryService, args: argparse.Namespace) -> int:
    entries = service.feed_entries(args.feed, args.limit)
    if args.json:
        print_json(entries)
        return 0
    for e in entries:
        clip = f"#{e['clipping_id']}" if e["clipping_id"] else ""
        reason = f": {one_line(str(e['reason']))}" if e["reason"] else ""
        print(f"{e['status']:<10} {clip:<6} {one_line(str(e['link']))}{reason}")
    return 0


def cmd_feed_check(service: LibraryService, args: argparse.Namespace) -> int:
    results = service.check_feeds(args.feeds or None, progress=ProgressBar("Checking"))
    return _report(results, args.json)


def _report(results: list, as_json: bool) -> int:
    if as_json:
        print_json([{"feed": r.feed_id, "title": r.title, "summary": r.summary(),
                     "error": r.error, "not_modified": r.not_modified, "imported": r.imported,
                     "duplicates": r.duplicates, "filtered": r.filtered, "skipped": r.skipped,
                     "failed": [{"link": link, "reason": why} for link, why in r.failed]}
                    for r in results])
    else:
        for r in sorted(results, key=lambda r: r.feed_id):
            print(f"feed {r.feed_id} {one_line(r.title)[:50]}: {r.summary()}")
            for link, why in r.failed:
                print(f"    failed {one_line(link)}: {one_line(why)}")
        print(f"{sum(len(r.imported) for r in results)} new clipping(s) from "
              f"{len(results)} feed(s)")
    return 1 if any(r.error for r in results) else 0


def cmd_feed_import(service: LibraryService, args: argparse.Namespace) -> int:
    results = service.import_opml(args.file)
    for url, outcome in results:
        print(f"{'added' if outcome == 'added' else 'skipped'}  {one_line(url)}"
              + ("" if outcome == "added" else f": {one_line(outcome)}"))
    print(f"{sum(1 for _, o in results if o == 'added')} of {len(results)} feed(s) added")
    return 0


def cmd_feed_export(service: LibraryService, args: argparse.Namespace) -> int:
    count = service.export_opml(args.file)
    print(f"wrote {count} feed(s) to {args.file}")
    return 0


def cmd_watch(service: LibraryService, args: argparse.Namespace) -> int:
    if args.once:
        feeds = None if args.all else [f.id for f in service.due_feeds()]
        if feeds == []:
            print("no feed is due")
            return 0
        return _report(service.check_feeds(feeds), False)
    print("watching feeds; Ctrl+C stops", file=sys.stderr)
    while True:  # Ctrl+C ends it (the CLI's KeyboardInterrupt handler)
        due = [f.id for f in service.due_feeds()]
        if due:
            _report(service.check_feeds(due), False)
            sys.stdout.flush()
        time.sleep(WATCH_TICK)
