"""release import|list|show|delete, pickup, credits list|set (issue 18)."""

from __future__ import annotations

import argparse
import datetime as dt

from clipper.cli.output import (
    ProgressBar,
    column,
    one_line,
    outcome_counts,
    outcome_line,
    parse_ids,
    print_json,
)
from clipper.errors import LibraryError
from clipper.services import LibraryService


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def register(subparsers: argparse._SubParsersAction) -> None:
    release = subparsers.add_parser(
        "release", help="the office's own press releases (보도자료): import, list, show",
        description="The office's press releases, kept apart from clippings. Each "
        "imported release is matched against the library's clippings (pickups), and "
        "clippings imported later are matched against it.")
    sub = release.add_subparsers(dest="release_action", metavar="ACTION")
    sub.required = True

    p = sub.add_parser("import", help="import release files (.txt, .docx, .hwpx, .pdf)",
                       description="Import press releases from text (UTF-8 or EUC-KR), Word, "
                       "HWPX or PDF files, or folders of them; each is matched against the "
                       "clippings (one undoable step). Exit status 1 if an item failed.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print a JSON list of outcomes")
    p.set_defaults(func=cmd_release_import)

    p = sub.add_parser("list", help="list releases with their pickup counts",
                       description="Releases, newest first: date, pickups, outlets, "
                       "near-verbatim pickups, clippings that ran their photos.")
    p.add_argument("--since", type=_date, metavar="DATE", help="issued on or after (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, metavar="DATE", help="issued on or before")
    p.add_argument("--query", default="", help="only releases holding these words")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_release_list)

    p = sub.add_parser("show", help="show a release and who picked it up",
                       description="A release's head and text, then its pickups (outlet, "
                       "kind, share of the article that is the release's text) and photo "
                       "pickups. With --clipping, the side-by-side passages of the release "
                       "and that clipping (= same, ~ changed, + added, - left out).")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--clipping", type=int, metavar="CLIPPING_ID",
                   help="compare with this clipping passage by passage")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_release_show)

    p = sub.add_parser("delete", help="delete releases (undoable)",
                       description="Delete releases and their pickups (undo with "
                       "`clipper undo`); clippings stay.")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_release_delete)

    p = subparsers.add_parser(
        "pickup", help="which outlets picked up the office's releases",
        description="The pickup table per release issued in a period (outlets, by "
        "category, near-verbatim share, photos used), or one release's pickups with "
        "--release. --csv writes it as CSV; --rematch matches every clipping again first.")
    p.add_argument("--release", type=int, metavar="ID", help="one release's pickups")
    p.add_argument("--since", type=_date, metavar="DATE", help="releases issued on or after")
    p.add_argument("--until", type=_date, metavar="DATE", help="releases issued on or before")
    p.add_argument("--csv", metavar="FILE", help="write CSV to FILE")
    p.add_argument("--rematch", action="store_true",
                   help="match every clipping against every release again first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_pickup)

    credits = subparsers.add_parser(
        "credits", help="the photo credits that mark the office's own photos",
        description="Photo credits (경기도 제공, ⓒ경기도, Gyeonggi Province, ...): a clipping "
        "photo whose credit or caption holds one is counted as the office's photo.")
    sub = credits.add_subparsers(dest="credits_action", metavar="ACTION")
    sub.required = True
    p = sub.add_parser("list", help="list the photo credits", description="List the photo credits.")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_credits_list)
    p = sub.add_parser("set", help="replace the photo credits (undoable)",
                       description="Replace the photo credits with those given (undoable); "
                       "photo pickups are found again.")
    p.add_argument("credits", nargs="+", metavar="CREDIT")
    p.set_defaults(func=cmd_credits_set)


def cmd_release_import(service: LibraryService, args: argparse.Namespace) -> int:
    outcomes = service.import_releases(args.paths, progress=ProgressBar("Importing releases"))
    if args.json:
        print_json([o.to_json() for o in outcomes])
    else:
        for o in outcomes:
            print(outcome_line(o, "release "))
        print(outcome_counts(outcomes))
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def cmd_release_list(service: LibraryService, args: argparse.Namespace) -> int:
    rows = service.releases(args.since, args.until, args.query)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    for r in rows:
        date = r.issued.isoformat() if r.issued else "----------"
        print(f"{r.id:>5}  {date}  {r.pickups:>4} pickup(s) {r.outlets:>3} outlet(s) "
              f"{r.near_verbatim:>3} near-verbatim {r.photos_used:>3} photo(s)  "
              f"{one_line(r.title)}")
    return 0


_MARKS = {"same": "=", "changed": "~", "added": "+", "left-out": "-"}


def cmd_release_show(service: LibraryService, args: argparse.Namespace) -> int:
    release = service.release(args.id)
    if args.clipping is not None:
        passages = service.pickup_passages(args.id, args.clipping)
        if args.json:
            print_json([p.to_json() for p in passages])
            return 0
        for p in passages:
            text = p.release_text if p.kind == "left-out" else (
                p.clipping_text if p.kind == "added" else p.clipping_text)
            print(f"{_MARKS[p.kind]} {p.similarity:4.2f}  {one_line(text)}")
            if p.kind == "changed" and p.release_text:
                print(f"  release: {one_line(p.release_text)}")
        return 0
    pickups = service.pickups(args.id)
    photos = service.photo_pickups(release_id=args.id)
    if args.json:
        print_json({**release.to_json(), "pickups": [p.to_json() for p in pickups],
                    "photo_pickups": [p.to_json() for p in photos]})
        return 0
    print(f"release #{release.id}  {one_line(release.title)}")
    print(f"  issued: {release.issued.isoformat() if release.issued else '-'}  "
          f"department: {one_line(release.department) or '-'}  "
          f"contact: {one_line(release.contact) or '-'}")
    print(f"  from: {one_line(release.source_name)} ({release.source_kind}), "
          f"{len(release.photos)} photo(s)")
    print()
    for block in release.body:
        print(("## " if block.kind == "subheading" else "") + one_line(block.text))
    print()
    print(f"{len(pickups)} pickup(s):")
    for p in pickups:
        date = p.published.isoformat() if p.published else "----------"
        print(f"  #{p.clipping_id:<5} {date}  {column(p.outlet, 14)}  "
              f"{column(p.category or '-', 10)}  {p.kind:<13} share {p.share:.2f}  "
              f"coverage {p.coverage:.2f}  photos {p.photos}  {one_line(p.title)}")
    if photos:
        print(f"{len(photos)} photo pickup(s):")
        for ph in photos:
            distance = f" distance {ph.distance}" if ph.distance is not None else ""
            print(f"  clipping #{ph.clipping_id} photo {ph.position + 1}: {ph.how}{distance}")
    return 0


def cmd_release_delete(service: LibraryService, args: argparse.Namespace) -> int:
    ids = parse_ids(args.ids)
    service.delete_releases(ids)
    print(f"deleted {len(ids)} release(s) (undo with `clipper undo`)")
    return 0


def cmd_pickup(service: LibraryService, args: argparse.Namespace) -> int:
    if args.rematch:
        found = service.rematch(progress=ProgressBar("Matching"))
        if not args.json:
            print(f"matched again: {found} pickup(s)")
    if args.release is not None:
        service.release(args.release)  # a clear message for an unknown id
        pickups = service.pickups(args.release)
        if args.csv:
            n = service.export_pickup_csv(args.csv, release_id=args.release)
            print(f"wrote {n} pickup(s) to {args.csv}")
        if args.json:
            print_json([p.to_json() for p in pickups])
        elif not args.csv:
            for p in pickups:
                date = p.published.isoformat() if p.published else "----------"
                print(f"#{p.clipping_id:<5} {date}  {column(p.outlet, 14)}  {p.kind:<13} "
                      f"share {p.share:.2f}  photos {p.photos}  {one_line(p.title)}")
        return 0
    if args.since and args.until and args.since > args.until:
        raise LibraryError("--since is after --until")
    table = service.pickup_table(args.since, args.until)
    if args.csv:
        n = service.export_pickup_csv(args.csv, args.since, args.until)
        print(f"wrote {n} release(s) to {args.csv}")
    if args.json:
        print_json(table.to_json())
        return 0
    if args.csv:
        return 0
    for row in [*table.rows, table.total]:
        date = row.issued.isoformat() if row.issued else " " * 10
        categories = ", ".join(f"{c or '미분류'} {row.by_category[c]}"
                               for c in table.categories if row.by_category.get(c))
        print(f"{row.release_id or '':>5}  {date}  {row.outlets:>3} outlet(s) "
              f"{row.pickups:>4} pickup(s)  near-verbatim {row.near_verbatim_share:4.0%}  "
              f"photos {row.photos_used:>3}  {column(row.title, 40)}  {categories}")
    return 0


def cmd_credits_list(service: LibraryService, args: argparse.Namespace) -> int:
    credits = service.photo_credits()
    if args.json:
        print_json(credits)
    else:
        for credit in credits:
            print(one_line(credit))
    return 0


def cmd_credits_set(service: LibraryService, args: argparse.Namespace) -> int:
    service.set_photo_credits(args.credits)
    print(f"{len(service.photo_credits())} photo credit(s) set (undo with `clipper undo`)")
    return 0
