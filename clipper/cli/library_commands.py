"""import, list, show, edit, delete."""

from __future__ import annotations

import argparse
import textwrap

from clipper.cli.output import (
    ProgressBar,
    column,
    one_line,
    outcome_counts,
    outcome_line,
    parse_ids,
    print_json,
)
from clipper.domain import Clipping
from clipper.services import LibraryService


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import", help="import files, folders (recursively) and URLs",
        description="Import saved pages (.html with its _files folder, .mhtml), copied text "
        "(.txt), PDFs and scans (.pdf .png .jpg .tif: a PDF's pages wait to be cut with "
        "`clipper page cut`; a single image becomes a clipping, its text by OCR), folders "
        "of them, and http(s) URLs. Each item is reported as imported, "
        "duplicate or failed; exit status 1 if any item failed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--json", action="store_true", help="print one JSON object per item, as a list")
    # print (issue 16): PDFs become pages to cut; a single image a clipping at once
    p.add_argument("--pages", action="store_true",
                   help="keep single images (.png .jpg .tif) as pages to cut, too")
    p.add_argument("--whole-pages", action="store_true",
                   help="also make a clipping of every whole PDF page")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("list", help="list clippings",
                              description="List clippings, newest first.")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--order", default="published",
                   choices=["published", "imported", "title", "outlet", "page", "tone"])
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("show", help="show clippings whole",
                              description="Show clippings whole: metadata, photos, body.")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--json", action="store_true",
                   help="print the stable JSON form (a list when several ids are given)")
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser("edit", help="correct a clipping's metadata",
                              description="Correct what extraction got wrong.")
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--outlet")
    p.add_argument("--byline")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date ('' clears it)")
    p.add_argument("--url")
    p.add_argument("--section")
    p.set_defaults(func=cmd_edit)

    p = subparsers.add_parser("delete", help="delete clippings",
                              description="Delete clippings and photos no other clipping uses.")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_delete)


def cmd_import(service: LibraryService, args: argparse.Namespace) -> int:
    known = {o.name for o in service.outlets()}
    outcomes = service.import_paths(args.paths, progress=ProgressBar("Importing"),
                                    pages=args.pages, whole_pages=args.whole_pages)
    if args.json:
        print_json([o.to_json() for o in outcomes])
    else:
        for o in outcomes:
            print(outcome_line(o))
        new = [o.name for o in service.outlets() if o.name not in known]
        if new:  # the registry learnt them; the office gives them a category
            print(f"new outlet(s), not yet categorised: {one_line(', '.join(new))} "
                  "(see `clipper outlet list --uncategorised`)")
        print(outcome_counts(outcomes))  # last, always
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def cmd_list(service: LibraryService, args: argparse.Namespace) -> int:
    rows = service.summaries(service.clipping_ids(args.order))
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    lines = []
    for r in rows:
        date = r.published.isoformat() if r.published else "----------"
        tags = f"  [{one_line(', '.join(r.tags))}]" if r.tags else ""
        photos = f"  {r.photo_count} photo(s)" if r.photo_count else ""
        lines.append(f"{r.id:>5}  {date}  {column(r.outlet, 16)}  {one_line(r.language):<3} "
                     f"{one_line(r.title)}{photos}{tags}")
    if lines:  # one write: 10,000 prints cost a tenth of a second
        print("\n".join(lines))
    return 0


def cmd_show(service: LibraryService, args: argparse.Namespace) -> int:
    clippings = [service.get(i) for i in parse_ids(args.ids)]
    if args.json:
        data = [c.to_json() for c in clippings]
        print_json(data[0] if len(data) == 1 else data)
        return 0
    for n, clipping in enumerate(clippings):
        if n:
            print("\n" + "=" * 72 + "\n")
        print(format_clipping(clipping))
    return 0


def format_clipping(c: Clipping) -> str:
    lines = [one_line(c.title), ""]
    meta = [
        ("Outlet", c.outlet), ("Byline", c.byline),
        ("Published", c.published.isoformat() if c.published else ""),
        ("URL", c.url or ""), ("Language", c.language),
        ("Keywords", ", ".join(c.source_keywords)), ("Tags", ", ".join(c.tags)),
        ("Themes", ", ".join(c.themes)), ("Source", f"{c.source_kind}: {c.source_name}"),
        ("Print", " ".join(p for p in (c.edition, c.page and f"{c.page}면", c.position) if p)),
        ("Tone", c.tone or ""),
    ]
    lines += [f"{k + ':':<11}{one_line(v)}" for k, v in meta if v]
    for n, p in enumerate(c.photos, 1):
        credit = f" ({one_line(p.credit)})" if p.credit else ""
        lines.append(f"Photo {n}:   {one_line(p.caption)}{credit}"
                     + (f" [{one_line(p.image)}]" if p.image else ""))
    lines.append("")
    for block in c.body:
        if block.kind == "subheading":
            lines += ["", f"## {one_line(block.text)}", ""]
        else:
            lines += textwrap.wrap(block.text, 88) + [""]
    return "\n".join(lines).rstrip()


def cmd_edit(service: LibraryService, args: argparse.Namespace) -> int:
    fields = {
        k: getattr(args, k)
        for k in ("title", "outlet", "byline", "published", "url", "section")
        if getattr(args, k) is not None
    }
    if not fields:
        print("clipper edit: nothing to change (give --title, --outlet, --byline, "
              "--published, --url or --section)")
        return 2
    service.edit(args.id, **fields)
    print(f"edited #{args.id}: {', '.join(fields)}")
    return 0


def cmd_delete(service: LibraryService, args: argparse.Namespace) -> int:
    changes = service.delete(parse_ids(args.ids))
    ids = changes.clippings_deleted
    print(f"deleted {len(ids)} clipping(s): {', '.join(map(str, ids))}")
    return 0
